"""Pixel sizes for presentation mode, worked out from the window (no Qt).

Everything scales with the smaller of the window's two sides, so the same screen reads on
a 1024x768 projector and on a 4K monitor.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes for one window size: everything scales with the smaller of its two sides."""

    base: float

    @classmethod
    def for_window(cls, width: int, height: int) -> Sizes:
        # 1024x768 -> about 20 px body text, 1920x1080 -> 32 px, 3840x2160 -> 64 px.
        return cls(max(14.0, min(96.0, min(height / 34.0, width / 50.0))))

    @property
    def body(self) -> int:
        return round(self.base)

    @property
    def title(self) -> int:
        return round(self.base * 1.75)

    @property
    def heading(self) -> int:
        return round(self.base * 1.05)

    @property
    def position(self) -> int:
        return round(self.base * 0.9)

    @property
    def small(self) -> int:
        # Small, but never below 14 px: the disclaimer must stay readable.
        return max(14, round(self.base * 0.62))

    @property
    def choice(self) -> int:
        # A little under the body size: three side paths fit side by side on a 16:9 screen.
        return round(self.base * 0.8)

    @property
    def margin(self) -> int:
        return round(self.base * 1.1)
