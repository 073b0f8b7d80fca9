"""The store's façade loads each module on first use: its table and the imports mypy reads say the same."""

from __future__ import annotations

import ast
import importlib
import inspect

import pytest

from supportjournal import store


def typed_imports() -> dict[str, set[str]]:
    """The names the façade's ``if TYPE_CHECKING:`` block imports, by module."""
    tree = ast.parse(inspect.getsource(store))
    (block,) = [node for node in tree.body if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"]
    found: dict[str, set[str]] = {}
    for node in block.body:
        assert isinstance(node, ast.ImportFrom) and node.module is not None
        found.setdefault(node.module.removeprefix("supportjournal.store."), set()).update(a.name for a in node.names)
    return found


def test_the_table_and_the_typed_imports_name_the_same_things():
    assert typed_imports() == {module: set(names.split()) for module, names in store._HOMES.items()}


def test_every_name_comes_from_its_module():
    for name in store.__all__:
        module = importlib.import_module(f"supportjournal.store.{store._HOME_OF[name]}")
        assert getattr(store, name) is getattr(module, name), name


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_thing"):
        store.no_such_thing  # noqa: B018
    assert "record_checkin" in dir(store)
