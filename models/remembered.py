"""A hook through which a slow, pure result of the first look can be remembered between runs.

Placing the numbered badges and the arrows' labels of the journey's first look are pure
geometry that a window makes again at every start, from the very same inputs when the
window opens at the same size. Each such step asks its :class:`Recall` first; the app hands
it a memory (pathway_viewer/core/bundled_cache.py keeps one per step in the user's cache
folder). Without one, as in tests and exports, the step simply runs.

Qt-free, and knows nothing of where a memory is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Remember(Protocol[T]):
    """A memory of one step's results."""

    def __call__(self, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        """What ``compute()`` gave before for the same ``inputs``, or ``compute()`` now."""
        ...

    def renew(self, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()``, remembered for ``inputs`` in place of what was."""
        ...


class Recall(Generic[T]):
    """One step's hook: :meth:`__call__` runs the step through the memory in use, if any."""

    def __init__(self) -> None:
        self._remember: Remember[T] | None = None

    def use(self, remember: Remember[T] | None) -> None:
        """Look results up with ``remember`` first (None: always run the step)."""
        self._remember = remember

    def __call__(self, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()``, or what it gave before for the same ``inputs``."""
        if self._remember is None:
            return compute()
        return self._remember(inputs, compute)

    def renew(self, inputs: tuple[object, ...], compute: Callable[[], T]) -> T:
        """``compute()``, remembered in place of what it gave before for the same ``inputs``:
        for a result found not to hold after all (see journey/look_memory.py)."""
        if self._remember is None:
            return compute()
        return self._remember.renew(inputs, compute)
