"""Alice, Bob and Carol as in tests/conftest.py, past the private partner check.

Sharing waits for that check (the safety layer's couples gate), so here the
cast has answered it; tests of the gate itself make people who have not.
"""

from __future__ import annotations

import pytest

from turntoward.accounts.models import User
from turntoward.safety.services import abuse_screen_answer


def screened(user: User) -> User:
    """Answer the private partner check with "no" for one person."""
    abuse_screen_answer(user=user, afraid=False, hurt=False, controlled=False)
    return user


@pytest.fixture
def alice(alice: User) -> User:
    return screened(alice)


@pytest.fixture
def bob(bob: User) -> User:
    return screened(bob)


@pytest.fixture
def carol(carol: User) -> User:
    return screened(carol)
