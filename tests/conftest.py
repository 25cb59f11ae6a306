"""The cast shared by every test: Alice and Bob are linked partners, Carol a stranger.

Each has a bearer token for the API (`api_alice`, …) and a logged-in web client
(`web_alice`, …). `anon` is a client with nobody logged in.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from turntoward.accounts import services
from turntoward.accounts.models import Role, User

PASSWORD = "a quiet harbour 42"


def make_user(email: str, *, role: str = Role.NEGLECTED, country: str = "US") -> User:
    """Create an onboarded user with the shared test password."""
    user = User.objects.create_user(email=email, password=PASSWORD)
    services.user_accept_privacy(user=user)
    services.user_update_profile(user=user, role=role, country=country)
    return user


def link(a: User, b: User) -> None:
    """Link two users through a real invite code."""
    code, _ = services.partner_invite_create(user=a)
    services.partner_invite_accept(user=b, code=code)
    a.refresh_from_db()
    b.refresh_from_db()


class ApiClient:
    """A JSON client that sends one user's bearer token."""

    def __init__(self, token: str | None) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def _call(self, method: str, path: str, data: Any = None, **kw: Any) -> Any:
        func = getattr(self.client, method)
        if data is not None and method != "get":
            kw.update(data=data, content_type="application/json")
        elif data is not None:
            kw.update(data=data)
        return func(f"/api/v1{path}", headers=self.headers, **kw)

    def get(self, path: str, data: Any = None) -> Any:
        return self._call("get", path, data)

    def post(self, path: str, data: Any = None, **kw: Any) -> Any:
        return self._call("post", path, {} if data is None else data, **kw)

    def patch(self, path: str, data: Any = None) -> Any:
        return self._call("patch", path, data)

    def delete(self, path: str, data: Any = None) -> Any:
        return self._call("delete", path, data)


@pytest.fixture
def alice(db: Any) -> User:
    return make_user("alice@example.com")


@pytest.fixture
def bob(db: Any, alice: User) -> User:
    bob = make_user("bob@example.com", role=Role.NEGLECTING)
    link(alice, bob)
    alice.refresh_from_db()
    return bob


@pytest.fixture
def carol(db: Any) -> User:
    return make_user("carol@example.com", country="GB")


@pytest.fixture
def cast(alice: User, bob: User, carol: User) -> dict[str, User]:
    return {"alice": alice, "bob": bob, "carol": carol}


def _web(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def web_alice(alice: User) -> Client:
    return _web(alice)


@pytest.fixture
def web_bob(bob: User) -> Client:
    return _web(bob)


@pytest.fixture
def web_carol(carol: User) -> Client:
    return _web(carol)


@pytest.fixture
def anon() -> Client:
    return Client()


@pytest.fixture
def api_alice(alice: User) -> ApiClient:
    return ApiClient(services.api_token_create(user=alice))


@pytest.fixture
def api_bob(bob: User) -> ApiClient:
    return ApiClient(services.api_token_create(user=bob))


@pytest.fixture
def api_carol(carol: User) -> ApiClient:
    return ApiClient(services.api_token_create(user=carol))


@pytest.fixture
def api_anon(db: Any) -> ApiClient:
    return ApiClient(None)
