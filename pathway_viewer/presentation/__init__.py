"""Presentation mode: one step at a time, full screen, for explaining across a desk. The walk
through the pathway is Qt-free (models/presentation_walk.py); here are the presenter window,
the journey strip, the branch choices and the sizes that follow the screen."""
