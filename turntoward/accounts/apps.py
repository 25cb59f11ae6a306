from __future__ import annotations

from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "turntoward.accounts"
    label = "accounts"
    verbose_name = "Accounts"

    def ready(self) -> None:
        from turntoward.accounts import export

        export.register()
