from __future__ import annotations

from django.apps import AppConfig


class JournalConfig(AppConfig):
    name = "turntoward.journal"
    label = "journal"
    verbose_name = "Journal"

    def ready(self) -> None:
        from turntoward.core.registry import register_nav, register_user_data
        from turntoward.journal import selectors

        register_nav(
            "journal:list",
            label="Journal",
            order=25,
            description="Private writing, locked on disk, with gentle reflections.",
        )
        register_user_data(
            "journal",
            title="Journal entries (decrypted, only yours)",
            export=selectors.journal_export,
        )
