from __future__ import annotations

from django.apps import AppConfig


class BidsConfig(AppConfig):
    name = "turntoward.bids"
    label = "bids"
    verbose_name = "Bids for connection"

    def ready(self) -> None:
        from turntoward.bids import selectors
        from turntoward.core.registry import register_nav, register_user_data

        register_user_data(
            "bids", title="Bids for connection", export=selectors.bids_export
        )
        register_nav(
            "bids:index",
            label="Bids",
            order=20,
            description="Small reaches for attention, and how they were met.",
        )
