"""What every view stands on: the document (one owner of state and its signals), the theme
(every colour and style sheet), settings, clinic details, the navigation key map, fonts,
text fitting, the safe rich-text view, the zoomable view base and atomic file writes.

Imports nothing from the views, dialogs, output or window (tests/test_architecture.py).
"""
