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


@dataclass(frozen=True)
class NavItem:
    """A link in the main navigation, offered by a feature app."""

    order: int
    label: str
    url_name: str
    description: str = ""


_NAV: dict[str, NavItem] = {}


def register_nav(
    url_name: str, *, label: str, order: int, description: str = ""
) -> None:
    """Add a feature's page to the main navigation (and the home page)."""
    _NAV[url_name] = NavItem(
        order=order, label=label, url_name=url_name, description=description
    )


def nav_items() -> list[NavItem]:
    """Return the navigation links in their order."""
    return sorted(_NAV.values(), key=lambda item: (item.order, item.label))
