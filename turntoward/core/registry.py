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


# The couples gate: safety decides whether couples features (partner link,
# sharing) may start; accounts asks through here so it never imports safety.
WebGate = Callable[[Any, str], Any]
ApiGate = Callable[["User"], "str | None"]
_GATES: dict[str, Any] = {}


def register_couples_gate(*, web: WebGate, api: ApiGate) -> None:
    """Install the check that runs before a couples feature starts."""
    _GATES["web"], _GATES["api"] = web, api


def couples_gate_web(request: Any, next_url: str) -> Any:
    """Return a response that sends the person through the check, or None."""
    gate = _GATES.get("web")
    return gate(request, next_url) if gate else None


def couples_gate_api(user: User) -> str | None:
    """Return why couples features can't start yet for `user`, or None."""
    gate = _GATES.get("api")
    return gate(user) if gate else None
