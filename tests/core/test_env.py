"""Settings read from the environment fail loudly on bad values."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from turntoward.config.env import ConfigError, envbool, envint, read_or_create_secret


def test_envbool_reads_yes_and_no(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TT_FLAG", "yes")
    assert envbool("TT_FLAG") is True
    monkeypatch.setenv("TT_FLAG", "0")
    assert envbool("TT_FLAG", True) is False
    monkeypatch.setenv("TT_FLAG", "maybe")
    with pytest.raises(ConfigError, match="TT_FLAG"):
        envbool("TT_FLAG")


def test_envint_rejects_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TT_NUM", "seven")
    with pytest.raises(ConfigError, match="TT_NUM"):
        envint("TT_NUM", 1)


def test_secret_is_made_once_with_owner_only_permissions(tmp_path: Path) -> None:
    path = tmp_path / "secret_key"
    first = read_or_create_secret(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert read_or_create_secret(path) == first and len(first) > 40
