"""Everything that leaves the screen: PNG/SVG/PDF export of a view, the handout PDF and printing."""
