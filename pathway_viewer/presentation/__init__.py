"""Presentation mode: one step at a time, full screen, for explaining across a desk."""
