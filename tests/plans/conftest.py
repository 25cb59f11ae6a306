"""Helpers for the plans tests: the private partner check, results, records."""

from __future__ import annotations

from typing import Any

import pytest

from turntoward.accounts.models import User
from turntoward.safety.services import abuse_screen_answer


def screened(*users: User, positive: bool = False) -> None:
    """Answer the private partner check for each user."""
    for user in users:
        abuse_screen_answer(user=user, afraid=positive, hurt=False, controlled=False)


@pytest.fixture
def couple(alice: User, bob: User) -> dict[str, User]:
    """Alice and Bob, linked, both past the partner check."""
    screened(alice, bob)
    return {"alice": alice, "bob": bob}


@pytest.fixture
def everyone(couple: dict[str, User], carol: User) -> dict[str, Any]:
    screened(carol)
    return {**couple, "carol": carol}
