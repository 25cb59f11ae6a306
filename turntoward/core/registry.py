"""One small registry through which each app offers its part of export and deletion.

`accounts` is the base and knows no feature; features register here in their
AppConfig.ready(), and export/delete walk the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from turntoward.accounts.models import User

Exporter = Callable[["User"], Any]
Deleter = Callable[["User"], None]


@dataclass(frozen=True)
class UserDataPart:
    """One app's share of a user's data: how to export it and how to erase it."""

    name: str
    title: str
    export: Exporter
    delete: Deleter | None = None


_PARTS: dict[str, UserDataPart] = {}


def register_user_data(
    name: str, *, title: str, export: Exporter, delete: Deleter | None = None
) -> None:
    """Register how one app exports (and, if not by cascade, deletes) a user's data."""
    _PARTS[name] = UserDataPart(name=name, title=title, export=export, delete=delete)


def user_data_parts() -> list[UserDataPart]:
    """Return the registered parts in a stable order."""
    return [_PARTS[name] for name in sorted(_PARTS)]
