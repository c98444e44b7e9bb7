"""Per-user folders of a tool's own, so a tool's windows never touch the real user's.

A window remembers its first looks and label places in the per-user cache folder
(pathway_viewer/core/bundled_cache.py): a picture taken by a tool must neither read what
the user's own starts remembered (it would not be a first start) nor leave its memories
behind in the user's cache.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

USER_DIRS = (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
             ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state"))


def use_private_home() -> Path:
    """Point HOME and the XDG folders of this process (and its children) at a new empty folder."""
    home = Path(tempfile.mkdtemp(prefix="pathway-tool-home-"))
    os.environ["HOME"] = str(home)
    for var, sub in USER_DIRS:
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    return home
