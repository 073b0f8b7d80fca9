"""Imports that run on first use: what the keyring library imports and a key lookup never runs.

Inside ``with deferred(names):``, importing one of ``names`` (not imported yet) gives its module
at once, and runs its code when an attribute of it is first read, by anyone, later in the process.
It does what the standard library's ``importlib.util.LazyLoader`` does, safely for threads as
Python 3.12.3 made that (python/cpython#114763): before, two threads first reading a deferred
module at the same moment could both run it, or one could read it half run, and this project
supports Python 3.11. Here one lock is held while a deferred module runs, and a thread reading it
meanwhile waits for it.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib.machinery import ModuleSpec, PathFinder
from typing import TYPE_CHECKING, Any, cast

if TYPE_CHECKING:
    from importlib.abc import Loader

_RUNNING = threading.RLock()
"""Held while a deferred module runs; reentrant, as its code may read another deferred module."""
_ABSENT = object()
"""Stands for an attribute a module did not have when it was imported."""


class _Deferred(types.ModuleType):
    """A module imported but not run yet: the first attribute read runs it, in one thread."""

    def __getattribute__(self, name: str) -> Any:
        with _RUNNING:
            if object.__getattribute__(self, "__class__") is _Deferred:
                state = object.__getattribute__(self, "__spec__").loader_state
                if not state["running"]:  # while it runs, its own reads (and the import system's) are plain
                    state["running"] = True
                    _run(self, state["attributes"])
        return types.ModuleType.__getattribute__(self, name)


def _run(module: types.ModuleType, imported: dict[str, Any]) -> None:
    """Run a deferred module's code; what was set on it since it was imported stays set, as after a plain import."""
    attributes: dict[str, Any] = object.__getattribute__(module, "__dict__")
    since = {name: value for name, value in attributes.items() if imported.get(name, _ABSENT) is not value}
    try:
        attributes["__spec__"].loader.exec_module(module)
        attributes.update(since)
    finally:
        module.__class__ = types.ModuleType  # run (or failed, as an eager import would have): plain from now on


class _DeferringLoader:
    """Hands the import system its module without running it (``_Deferred`` runs it on first use).

    A loader by its two methods (``importlib.abc.Loader`` would load ``importlib.resources``, and ``tempfile`` with it).
    """

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def create_module(self, spec: ModuleSpec) -> types.ModuleType | None:
        return self.loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        spec = module.__spec__
        assert spec is not None
        spec.loader = module.__loader__ = self.loader  # what runs it, on first use
        spec.loader_state = {"attributes": dict(module.__dict__), "running": False}
        module.__class__ = _Deferred


class _DeferringFinder:
    """Finds some modules as the import system would, and hands them over to run on first use."""

    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def find_spec(self, name: str, path: Sequence[str] | None, target: types.ModuleType | None = None) -> ModuleSpec | None:
        if name not in self.names:
            return None
        spec = PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return None  # the usual finders take it, and it runs at once
        spec.loader = cast("Loader", _DeferringLoader(spec.loader))
        return spec


def waiting(module: types.ModuleType) -> bool:
    """True for a deferred module not used yet: its code has not run (asking runs nothing)."""
    return type(module) is _Deferred


@contextmanager
def deferred(names: frozenset[str]) -> Iterator[None]:
    """Inside the block, importing one of ``names`` (not imported yet) gives a module that runs on first use.

    An attribute of the module, read by anyone later in this process (any thread), runs it then, so
    nothing behaves differently; what nobody reads is never run.
    """
    finder = _DeferringFinder(names)
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        sys.meta_path.remove(finder)
