"""Test settings: fast hashing, local-memory cache, a throwaway data directory."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault(
    "TURNTOWARD_DATA_DIR", tempfile.mkdtemp(prefix="turntoward-test-")
)

from turntoward.config.settings import *  # noqa: E402,F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
AXES_ENABLED = True

# A tiny app with one user-owned model, to test privacy rules on their own.
INSTALLED_APPS = [*INSTALLED_APPS, "tests.support"]  # noqa: F405
