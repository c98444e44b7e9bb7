"""The command line: view, validate, export and handout commands (no Qt until a command needs it)."""

from __future__ import annotations

from .commands import main

__all__ = ["main"]
