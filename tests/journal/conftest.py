"""Journal test helpers: a key of each test's own, and engine results on demand."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from turntoward.accounts.models import User
from turntoward.core import crypto
from turntoward.journal import services
from turntoward.journal.models import JournalEntry
from turntoward.language import Analysis


@pytest.fixture(autouse=True)
def own_key(settings: Any, tmp_path: Any, monkeypatch: Any) -> Iterator[Any]:
    """Give each test its own data directory, so its key file is its own."""
    monkeypatch.delenv(crypto.KEY_ENV, raising=False)
    settings.DATA_DIR = tmp_path
    crypto.reset_key_cache()
    yield tmp_path
    crypto.reset_key_cache()


def reading(**found: Any) -> Analysis:
    """Return an engine result as if the engine had noticed `found`."""
    return Analysis(**found)


def write(user: User, text: str = "A quiet evening.", **kw: Any) -> JournalEntry:
    """Write an entry through the service, with an empty reading unless given."""
    kw.setdefault("analysis", reading())
    return services.journal_entry_create(user=user, text=text, **kw).entry
