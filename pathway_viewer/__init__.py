"""CAR-T Pathway Viewer: the Qt face and the command line."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("pathway-viewer")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"

APP_NAME = "CAR-T Pathway Viewer"
ORG_NAME = "CAR-T Pathway Viewer"
