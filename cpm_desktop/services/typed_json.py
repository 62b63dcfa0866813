"""Frozen dataclasses as JSON and back, guided by their type hints (no pickle: what another
user of a team server stored must never run code when read).

Covers what read models hold: dataclasses, str, int, float, bool, Decimal, dates, enums,
Literal strings, `X | None`, `tuple[X, ...]` and `dict[str, X]`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import types
import typing
from decimal import Decimal
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def to_json(value: object) -> str:
    """`value` (a dataclass instance) as compact JSON text."""
    return json.dumps(_plain(value), separators=(",", ":"))


def from_json(text: str, cls: type[T]) -> T:
    """The `cls` instance that `to_json` wrote as `text`."""
    built: T = _built(json.loads(text), cls)
    return built


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Decimal | dt.date):  # a datetime is a date too
        return str(value) if isinstance(value, Decimal) else value.isoformat()
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _built(value: Any, hint: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        chosen = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _built(value, chosen[0])
    if origin is tuple:
        args = typing.get_args(hint)
        return tuple(_built(item, args[0]) for item in value)
    if origin is dict:
        _key, item_hint = typing.get_args(hint)
        return {key: _built(item, item_hint) for key, item in value.items()}
    if origin is typing.Literal or hint in (str, int, bool, Any):
        return value
    if hint is float:
        return float(value)
    if hint is Decimal:
        return Decimal(value)
    if hint is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if hint is dt.date:
        return dt.date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return hint(value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        cls = typing.cast(type, hint)
        fields, hints = dataclasses.fields(cls), _hints(cls)
        return cls(**{f.name: _built(value[f.name], hints[f.name]) for f in fields})
    raise TypeError(f"no JSON reading for {hint!r}")
