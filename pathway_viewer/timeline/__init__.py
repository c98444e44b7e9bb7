"""The timeline: steps drawn as bars on a scale of days around day 0 (the scale itself is
Qt-free, in models/day_scale.py); its items, scene and view."""
