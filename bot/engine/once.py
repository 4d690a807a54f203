"""`once`: a per-instance cached attribute without functools.cached_property's lock."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar, overload

_T = TypeVar("_T")


class once(Generic[_T]):  # noqa: N801 (read like the decorator it replaces)
    """functools.cached_property without its lock (Python 3.11 takes one on every first read: a
    microsecond each, paid for every value of every draft): computed on the first read and
    stored on the instance, whose own attribute answers every later read."""

    def __init__(self, compute: Callable[[Any], _T]):
        self.compute = compute
        self.name = compute.__name__
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> once[_T]: ...

    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...

    def __get__(self, instance: object | None, owner: type | None = None) -> once[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.compute(instance)
        return value
