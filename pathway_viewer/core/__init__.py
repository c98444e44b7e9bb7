"""What every view shares: the document (one owner of state), theme, settings, clinic details, fonts, zoom base."""
