"""Everything that leaves the screen: image export, the handout PDF, printing, atomic file writes."""
