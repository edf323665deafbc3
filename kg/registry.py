"""Named implementations of one extension point; third-party plugins join through entry points.

>>> r = Registry("kg.example")
>>> @r.register("double")
... def double(x): return 2 * x
>>> r.get("double")(2), r.names()
(4, ['double'])
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from kg.errors import RegistryError

T = TypeVar("T")


class Registry(Generic[T]):
    """A name → implementation table that refuses duplicates and lists the names on a miss."""

    def __init__(self, group: str) -> None:
        self.group = group
        self._items: dict[str, T] = {}
        self._plugins_loaded = False

    def register(self, name: str) -> Callable[[T], T]:
        """Decorator: add `func` under `name`; a second registration of a name is an error."""

        def add(func: T) -> T:
            if name in self._items:
                raise RegistryError(f"{self.group}: {name!r} is already registered")
            self._items[name] = func
            return func

        return add

    def _load_plugins(self) -> None:
        if self._plugins_loaded:
            return
        self._plugins_loaded = True
        for ep in entry_points(group=self.group):
            if ep.name not in self._items:
                self._items[ep.name] = ep.load()

    def get(self, name: str) -> T:
        """The implementation registered as `name`; unknown names list what is available."""
        self._load_plugins()
        try:
            return self._items[name]
        except KeyError:
            raise RegistryError(
                f"{self.group}: no {name!r}. Available names: {', '.join(self.names())}"
            ) from None

    def names(self) -> list[str]:
        """Registered names, sorted so reports and --help are stable."""
        self._load_plugins()
        return sorted(self._items)

    def __contains__(self, name: object) -> bool:
        self._load_plugins()
        return name in self._items
