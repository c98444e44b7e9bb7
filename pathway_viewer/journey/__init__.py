"""The journey map: graphics scene, step cards and arrows, and its view."""
