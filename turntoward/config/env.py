"""Small typed readers for settings that come from the environment."""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path

from platformdirs import user_data_dir


class ConfigError(RuntimeError):
    """Raised when an environment value cannot be used; the message says why."""


def envbool(name: str, default: bool = False) -> bool:
    """Return the environment variable `name` read as a yes/no flag."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}={raw!r} is not a yes/no value (use 1/0, true/false)")


def envint(name: str, default: int) -> int:
    """Return the environment variable `name` read as an integer."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}={raw!r} is not a whole number") from None


def envlist(name: str, default: list[str]) -> list[str]:
    """Return the environment variable `name` read as a comma-separated list."""
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [part.strip() for part in raw.split(",") if part.strip()]


def data_dir() -> Path:
    """Return the data directory, creating it (mode 0700) if needed."""
    raw = os.environ.get("TURNTOWARD_DATA_DIR")
    path = Path(raw).expanduser() if raw else Path(user_data_dir("turntoward"))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path


def read_or_create_secret(path: Path, *, nbytes: int = 48) -> str:
    """Return the secret stored in `path`, creating it with mode 0600 on first use."""
    if path.exists():
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            path.chmod(0o600)
        value = path.read_text(encoding="utf-8").strip()
        if not value:
            raise ConfigError(f"{path} is empty; delete it to have a new one made")
        return value
    value = secrets.token_urlsafe(nbytes)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
    return value
