"""The services hand their callers frozen DTOs, never ORM rows (DESIGN: services/<feature>/)."""

from __future__ import annotations

import dataclasses
import functools
import importlib
import inspect
import pkgutil
import typing
from types import ModuleType

import cpm_desktop.reports
import cpm_desktop.services
from cpm_desktop.models import Base

# Helpers that hand ORM rows from one service to another; an import-linter contract keeps
# ui/, cli/ and demo/ from importing them.
INTERNAL_MODULES = {
    "cpm_desktop.services.plan.outline",
    "cpm_desktop.services.client_workbook.edit_plan",
    "cpm_desktop.services.client_workbook.edit_rows",
    "cpm_desktop.services.plan.timeline_rows",  # the rows both Timeline reads build
}


@functools.cache
def _modules() -> tuple[ModuleType, ...]:
    package = cpm_desktop.services
    return tuple(
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(package.__path__, f"{package.__name__}.")
    )


@functools.cache
def _classes_of_services() -> dict[str, type]:
    """The classes the services' modules hold, and those of the reports they build content
    for (a writer's content class is imported only for type checking: its module loads
    reportlab or openpyxl on first export)."""
    reports = cpm_desktop.reports
    written = tuple(
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(reports.__path__, f"{reports.__name__}.")
    )
    return {
        name: value
        for module in (*written, *_modules())
        for name, value in vars(module).items()
        if isinstance(value, type)
    }


def _public_functions() -> dict[str, typing.Any]:
    """The services' public functions by qualified name, but for the internal helpers."""
    found = {}
    for module in _modules():
        if module.__name__ in INTERNAL_MODULES:
            continue
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if not name.startswith("_") and function.__module__ == module.__name__:
                found[f"{module.__name__}.{name}"] = function
    return found


def _returned(function: typing.Any) -> object:
    """The return annotation, resolved; names imported only for type checking are looked up
    in the other service modules (the function's own module first)."""
    known = {**_classes_of_services(), **function.__globals__}
    hints = typing.get_type_hints(function, localns=known)
    return hints.get("return")


def _classes_in(hint: object) -> set[type]:
    """Every class a return annotation names, through unions, generics and aliases."""
    found: set[type] = set()
    if isinstance(hint, type):
        found.add(hint)
    for argument in typing.get_args(hint):
        found |= _classes_in(argument)
    return found


def test_no_public_service_returns_an_orm_row() -> None:
    """Every public service function's return annotation names no ORM class."""
    functions = _public_functions()
    assert len(functions) > 100  # the walk found the services
    offenders = []
    for name, function in functions.items():
        rows = {c.__name__ for c in _classes_in(_returned(function)) if issubclass(c, Base)}
        if rows:
            offenders.append(f"{name} -> {', '.join(sorted(rows))}")
    assert offenders == []


def test_the_dtos_services_return_are_frozen_and_slotted() -> None:
    """The DTOs returned by use cases cannot be changed behind the service's back."""
    dtos = {
        c
        for function in _public_functions().values()
        for c in _classes_in(_returned(function))
        if dataclasses.is_dataclass(c) and c.__module__.startswith("cpm_desktop.services")
    }
    assert {"TaskRecord", "RiskRow", "ChangeRow", "ProjectRecord"} <= {c.__name__ for c in dtos}
    mutable = sorted(
        c.__name__ for c in dtos if not (c.__dataclass_params__.frozen and "__slots__" in vars(c))
    )
    assert mutable == []
