"""`turntoward serve`, `turntoward manage` and `turntoward rotate-key`."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "turntoward.config.settings")
    import django

    django.setup()


def _prepare() -> None:
    """Apply migrations and gather static files before the first request."""
    from django.core.management import call_command

    from turntoward.core.crypto import verify_can_decrypt

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    # Refuse to start with a wrong or missing key rather than show garbage.
    verify_can_decrypt()


def serve_main(argv: list[str]) -> int:
    """Apply migrations and serve the app with gunicorn."""
    parser = argparse.ArgumentParser(prog="turntoward serve")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    from turntoward.config.env import ConfigError

    try:
        _setup_django()
        _prepare()
    except ConfigError as exc:
        print(f"turntoward: {exc}", file=sys.stderr)
        return 2
    from django.conf import settings
    from gunicorn.app.base import BaseApplication

    from turntoward.config.wsgi import application

    options = {
        "bind": f"{args.host}:{args.port}",
        "workers": args.workers,
        "threads": 4,
        "worker_class": "gthread",
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
    }

    class _App(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    print(
        f"TurnToward is running at http://{args.host}:{args.port}/ "
        f"(data in {settings.DATA_DIR}). Press Ctrl-C to stop.",
        flush=True,
    )
    _App().run()
    return 0


def manage_main(argv: list[str]) -> int:
    """Run a Django management command against TurnToward's settings."""
    _setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["turntoward manage", *argv])
    return 0


def rotate_key_main(argv: list[str]) -> int:
    """Re-encrypt stored private text under a new key (safe to re-run)."""
    parser = argparse.ArgumentParser(
        prog="turntoward rotate-key",
        description="Re-encrypt journal entries and other private text under a "
        "new key. If it stops part-way, run it again.",
    )
    parser.parse_args(argv)
    from turntoward.config.env import ConfigError

    try:
        _setup_django()
        from django.core.management import call_command

        from turntoward.core.crypto import key_path, rotate_keys

        call_command("migrate", interactive=False, verbosity=0)

        def progress(label: str, done: int, total: int) -> None:
            print(f"  {label}: {done}/{total}", flush=True)

        count = rotate_keys(progress=progress)
    except ConfigError as exc:
        print(f"turntoward rotate-key: {exc}", file=sys.stderr)
        return 2
    print(f"Done: {count} item(s) re-encrypted. The key is in {key_path()}.")
    return 0
