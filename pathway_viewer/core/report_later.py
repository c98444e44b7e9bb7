"""Hand an error raised inside a Qt override to ``sys.excepthook`` once back in the event loop.

PySide hands an exception from an override to ``sys.excepthook`` when Qt called it from the
event loop. When Qt called it inside a call made from Python (``window.show()`` at start, which
shows every view and so runs their first look), the exception stays pending instead, and the
next Python override Qt calls in that chain (a style's metric for a scroll bar) runs with the
error still set: PySide 6.11 then crashes, and the window is gone. An override that does the
app's own work catches the error, draws what it can, and reports it this way: the crash
handler (window/crash.py) logs it and tells the user, and the window stays up.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer


def report_later(error: BaseException) -> None:
    """Give ``error`` to ``sys.excepthook`` as soon as the event loop runs again."""
    QTimer.singleShot(0, lambda: sys.excepthook(type(error), error, error.__traceback__))
