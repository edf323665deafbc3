"""kg.registry.Registry: a name → implementation table that refuses duplicates, lists names on a miss,
and lets third-party plugins join through an entry-point group."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

import kg.registry
from kg.errors import KgError, RegistryError
from kg.exporters import exporters
from kg.extractors import DEFAULT_EXTRACTORS, extractors
from kg.registry import Registry


@dataclass
class FakeEntryPoint:
    name: str
    value: object

    def load(self) -> object:
        return self.value


@pytest.fixture
def no_plugins(monkeypatch):
    monkeypatch.setattr(kg.registry, "entry_points", lambda group: [])


def test_register_get_and_names(no_plugins):
    r: Registry = Registry("kg.test")

    @r.register("double")
    def double(x):
        return 2 * x

    r.register("alpha")(str.upper)
    assert r.get("double") is double and r.get("double")(21) == 42
    assert r.names() == ["alpha", "double"]  # sorted, whatever the registration order
    assert "alpha" in r and "beta" not in r


def test_register_returns_the_function_unchanged(no_plugins):
    r: Registry = Registry("kg.test")

    def f():
        return 1

    assert r.register("f")(f) is f


def test_a_duplicate_name_is_refused_and_the_first_stays(no_plugins):
    r: Registry = Registry("kg.test")
    r.register("x")(int)
    with pytest.raises(RegistryError, match="'x' is already registered"):
        r.register("x")(float)
    assert r.get("x") is int


def test_an_unknown_name_lists_the_available_ones(no_plugins):
    r: Registry = Registry("kg.test")
    for name in ("b", "a", "c"):
        r.register(name)(object)
    with pytest.raises(RegistryError) as err:
        r.get("d")
    assert "kg.test" in str(err.value) and "'d'" in str(err.value)
    assert "a, b, c" in str(err.value)


def test_registry_error_is_a_kg_error():
    assert issubclass(RegistryError, KgError)


# ---- entry points -----------------------------------------------------------------------------


def test_plugins_from_the_entry_point_group_are_loaded(monkeypatch):
    asked = []

    def fake_entry_points(group):
        asked.append(group)
        return [FakeEntryPoint("plugin", len)]

    monkeypatch.setattr(kg.registry, "entry_points", fake_entry_points)
    r: Registry = Registry("kg.example")
    r.register("builtin")(str)
    assert r.names() == ["builtin", "plugin"]
    assert r.get("plugin") is len
    assert asked == ["kg.example"]


def test_plugins_are_looked_up_once(monkeypatch):
    calls = []
    monkeypatch.setattr(kg.registry, "entry_points", lambda group: calls.append(group) or [FakeEntryPoint("p", len)])
    r: Registry = Registry("kg.example")
    for _ in range(3):
        r.get("p")
        r.names()
    assert len(calls) == 1


def test_a_plugin_never_replaces_a_built_in(monkeypatch):
    monkeypatch.setattr(kg.registry, "entry_points", lambda group: [FakeEntryPoint("partner", len)])
    r: Registry = Registry("kg.example")
    r.register("partner")(str)
    assert r.get("partner") is str


def test_an_unknown_name_lists_plugins_too(monkeypatch):
    monkeypatch.setattr(kg.registry, "entry_points", lambda group: [FakeEntryPoint("from-plugin", len)])
    r: Registry = Registry("kg.example")
    with pytest.raises(RegistryError, match="from-plugin"):
        r.get("nope")


# ---- the two registries newskg ships -----------------------------------------------------------


def test_built_in_extractors_cover_the_default_run_order():
    assert set(DEFAULT_EXTRACTORS) <= set(extractors.names())


def test_built_in_exporters():
    assert {"turtle", "html", "graphml", "jsonld", "report"} <= set(exporters.names())


@pytest.mark.parametrize(("registry", "group"), [(extractors, "kg.extractors"), (exporters, "kg.exporters")])
def test_entry_point_groups_are_the_documented_ones(registry, group):
    assert registry.group == group
