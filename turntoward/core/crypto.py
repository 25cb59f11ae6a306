"""Encryption at rest for private text (journal entries, safety plans).

Keys are Fernet keys (AES-128-CBC + HMAC-SHA256, from `cryptography`). The key
comes from TURNTOWARD_ENCRYPTION_KEY or from `encryption_key` in the data
directory (created with mode 0600 on first use). During a key rotation the
file holds the new key first and the old key after it, so a rotation that
stops part-way can simply be run again.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.db import models, transaction

from turntoward.config.env import ConfigError

KEY_ENV = "TURNTOWARD_ENCRYPTION_KEY"
KEY_FILE = "encryption_key"


class DecryptionError(ConfigError):
    """Stored text cannot be read with the configured key."""


def key_path() -> Path:
    """Return where the key file lives."""
    return Path(settings.DATA_DIR) / KEY_FILE


def _parse_keys(raw: str, where: str) -> list[bytes]:
    keys = [part.strip().encode() for part in raw.replace("\n", ",").split(",")]
    keys = [key for key in keys if key]
    if not keys:
        raise ConfigError(f"{where} holds no encryption key")
    for key in keys:
        try:
            Fernet(key)
        except (ValueError, TypeError):
            raise ConfigError(
                f"{where} does not hold a valid encryption key "
                "(expected a urlsafe base64 Fernet key)"
            ) from None
    return keys


def _write_keys(path: Path, keys: list[bytes]) -> None:
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write("\n".join(key.decode() for key in keys) + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def load_keys() -> list[bytes]:
    """Return the keys in use, newest first, creating a key file on first use."""
    raw = os.environ.get(KEY_ENV)
    if raw:
        return _parse_keys(raw, KEY_ENV)
    path = key_path()
    if not path.exists():
        _write_keys(path, [Fernet.generate_key()])
    return _parse_keys(path.read_text(encoding="ascii"), str(path))


@lru_cache(maxsize=1)
def _fernet() -> MultiFernet:
    return MultiFernet([Fernet(key) for key in load_keys()])


def reset_key_cache() -> None:
    """Forget the loaded keys (after a rotation, or in tests)."""
    _fernet.cache_clear()


def encrypt(text: str) -> str:
    """Return `text` encrypted under the newest key."""
    return _fernet().encrypt(text.encode("utf-8")).decode("ascii")


def decrypt(token: str) -> str:
    """Return the plain text of `token`, or raise DecryptionError."""
    try:
        return _fernet().decrypt(token.encode("ascii")).decode("utf-8")
    except (InvalidToken, ValueError):
        raise DecryptionError(
            "Stored private text can't be decrypted with the configured key. "
            f"Check {KEY_ENV} or the file {key_path()}; the app will not start "
            "with a wrong key rather than show or overwrite your data."
        ) from None


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A text column stored encrypted; Python code only ever sees plain text."""

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None or value == "":
            return value
        return decrypt(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None or value == "":
            return value
        return encrypt(str(value))


def encrypted_fields() -> Iterator[tuple[type[models.Model], str]]:
    """Yield (model, field name) for every encrypted column in the project."""
    from django.apps import apps

    for model in apps.get_models():
        for field in model._meta.concrete_fields:
            if isinstance(field, EncryptedTextField):
                yield model, field.attname


def _encrypted_rows(model: type[models.Model], name: str) -> Any:
    return model._default_manager.exclude(**{name: ""}).exclude(**{name: None})


def verify_can_decrypt() -> None:
    """Raise DecryptionError if stored encrypted values cannot be read.

    A missing key file is reported as such (and no new key is made) when
    encrypted data already exists; otherwise the oldest and newest value of
    every encrypted column are decrypted as a check.
    """
    fields = list(encrypted_fields())
    key_missing = not os.environ.get(KEY_ENV) and not key_path().exists()
    if key_missing and any(_encrypted_rows(m, n).exists() for m, n in fields):
        raise DecryptionError(
            f"The encryption key file {key_path()} is missing, but encrypted "
            f"data exists. Restore the key file (or set {KEY_ENV}); the app "
            "will not start without it."
        )
    for model, name in fields:
        rows = _encrypted_rows(model, name).only(name).order_by("pk")
        for row in (rows.first(), rows.last()):
            if row is not None:
                getattr(row, name)


def _reencrypt_all(progress: Any = None) -> int:
    """Rewrite every encrypted value under the newest key; return rows rewritten."""
    rewritten = 0
    for model, name in encrypted_fields():
        ids = list(
            model._default_manager.exclude(**{name: ""}).values_list("pk", flat=True)
        )
        for start in range(0, len(ids), 200):
            with transaction.atomic():
                for row in model._default_manager.filter(
                    pk__in=ids[start : start + 200]
                ):
                    model._default_manager.filter(pk=row.pk).update(
                        **{name: getattr(row, name)}
                    )
                    rewritten += 1
            if progress is not None:
                progress(model._meta.label, min(start + 200, len(ids)), len(ids))
    return rewritten


def rotate_keys(*, progress: Any = None) -> int:
    """Re-encrypt every encrypted value under a new key; return rows rewritten.

    Safe to stop at any point and run again: until every row is rewritten the
    key file keeps the old key too, and a row already under the new key is
    just rewritten again. With the key in TURNTOWARD_ENCRYPTION_KEY the
    operator supplies the new key first and the old one after it; every value
    is rewritten under the first.
    """
    raw = os.environ.get(KEY_ENV)
    if raw:
        if len(_parse_keys(raw, KEY_ENV)) < 2:
            raise ConfigError(
                f"{KEY_ENV} is set: rotate by putting a new key first in that "
                "variable (keep the old one after a comma), run rotate-key, then "
                "drop the old one."
            )
        reset_key_cache()
        verify_can_decrypt()
        return _reencrypt_all(progress)
    path = key_path()
    keys = load_keys()
    pending = path.with_name(KEY_FILE + ".rotating")
    if pending.exists():
        new_key = pending.read_text(encoding="ascii").strip().encode()
    else:
        new_key = Fernet.generate_key()
        _write_keys(pending, [new_key])
    if keys[0] != new_key:
        keys = [new_key, *[k for k in keys if k != new_key]]
        _write_keys(path, keys)
    reset_key_cache()
    verify_can_decrypt()
    rewritten = _reencrypt_all(progress)
    _write_keys(path, [new_key])
    pending.unlink()
    reset_key_cache()
    return rewritten
