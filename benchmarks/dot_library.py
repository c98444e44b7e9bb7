"""Graphviz dot run inside this process, through its C library, to time it as ours is timed.

Timing the `dot` command includes starting a program, loading Graphviz's plugins and
reading and writing files: about 20 ms on this project's machine, which at 200 steps is
most of what the command takes. Our layout is timed as a function call in a warm process,
so dot's layout is timed here the same way: ``gvLayout`` and ``gvRenderData`` on a graph
read from memory, in the process that lays out ours, with the same clock. The library
(libgvc, libcgraph) comes with Debian's ``graphviz`` package, which the comparison
already needs; it is called through ctypes, so nothing else is installed. Its ``plain``
output is the same text `dot -Tplain` prints.
"""

from __future__ import annotations

import ctypes
import ctypes.util


class DotLibrary:
    """Graphviz's dot layout as a function: ``plain(source)`` is `dot -Tplain` of ``source``."""

    def __init__(self) -> None:
        gvc_name = ctypes.util.find_library("gvc") or "libgvc.so.6"
        cgraph_name = ctypes.util.find_library("cgraph") or "libcgraph.so.6"
        self._gvc = ctypes.CDLL(gvc_name)
        self._cgraph = ctypes.CDLL(cgraph_name)
        gvc, cgraph = self._gvc, self._cgraph
        gvc.gvContext.restype = ctypes.c_void_p
        gvc.gvContext.argtypes = []
        gvc.gvLayout.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p]
        gvc.gvLayout.restype = ctypes.c_int
        gvc.gvRenderData.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p,
                                     ctypes.POINTER(ctypes.c_void_p), ctypes.POINTER(ctypes.c_uint)]
        gvc.gvRenderData.restype = ctypes.c_int
        gvc.gvFreeRenderData.argtypes = [ctypes.c_void_p]
        gvc.gvFreeLayout.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        cgraph.agmemread.argtypes = [ctypes.c_char_p]
        cgraph.agmemread.restype = ctypes.c_void_p
        cgraph.agclose.argtypes = [ctypes.c_void_p]
        self._context = gvc.gvContext()
        if not self._context:
            raise OSError("gvContext failed")

    def plain(self, source: bytes) -> str:
        """Lay out a DOT graph with dot and return its ``plain`` output (dot -Tplain)."""
        graph = self._cgraph.agmemread(source)
        if not graph:
            raise ValueError("Graphviz could not read the graph")
        try:
            if self._gvc.gvLayout(self._context, graph, b"dot") != 0:
                raise RuntimeError("Graphviz dot failed to lay out the graph")
            try:
                data, size = ctypes.c_void_p(), ctypes.c_uint()
                if self._gvc.gvRenderData(self._context, graph, b"plain", ctypes.byref(data), ctypes.byref(size)) != 0:
                    raise RuntimeError("Graphviz could not write the plain output")
                text = ctypes.string_at(data, size.value).decode("utf-8")
                self._gvc.gvFreeRenderData(data)
                return text
            finally:
                self._gvc.gvFreeLayout(self._context, graph)
        finally:
            self._cgraph.agclose(graph)


def load_dot_library() -> DotLibrary | None:
    """The library, or None where Graphviz's shared libraries are not installed."""
    try:
        return DotLibrary()
    except (OSError, AttributeError):
        return None
