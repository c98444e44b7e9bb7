"""CAR-T Pathway Viewer: the Qt face and the command line."""

from __future__ import annotations

# The one place the version is written; pyproject.toml reads it from here. A literal
# rather than importlib.metadata keeps ~0.1 s off every start.
__version__ = "0.1.0"

APP_NAME = "CAR-T Pathway Viewer"
ORG_NAME = "CAR-T Pathway Viewer"
