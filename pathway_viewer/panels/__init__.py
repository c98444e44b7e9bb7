"""Docked panels beside the canvas: step details, care team, search bar, glossary underlining."""
