"""Python's cycle collector held off from the first import until the window is painted.

Starting the window imports a few hundred modules and builds the pydantic classes, Qt's
enums and the journey scene: several hundred thousand objects, nearly all kept for the
life of the app. The collector would walk them again and again (about 115 passes, 25 ms
of a cold start measured at a raised priority and 45-70 ms under load, issue #13) and free
almost nothing. Reference counting still
frees what start-up drops; only the search for cycles waits.

Imports nothing (not Qt, not the format's modules), so the entry point can hold the
collector before it imports anything else.
"""

from __future__ import annotations

import gc

_held = False


def hold_collector() -> None:
    """The cycle collector off until :func:`release_collector`; nothing if it is off already."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release_collector(freeze: bool) -> None:
    """The collector back on, if :func:`hold_collector` turned it off.

    With ``freeze``, what exists now (the app as started) is set aside for good, so no later
    collection walks it again: Python's documented way to keep a long-lived start-up out of
    the collector's passes (``gc.freeze``).
    """
    global _held
    if not _held:
        return
    _held = False
    if freeze:
        gc.freeze()
    gc.enable()
