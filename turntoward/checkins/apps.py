from __future__ import annotations

from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "turntoward.checkins"
    label = "checkins"
    verbose_name = "Check-ins"

    def ready(self) -> None:
        from turntoward.checkins import selectors
        from turntoward.core.registry import register_nav, register_user_data

        register_user_data(
            "checkins", title="Daily check-ins", export=selectors.checkins_export
        )
        register_nav(
            "checkins:today",
            label="Check-in",
            order=10,
            description="A minute to name how you feel and how close you felt.",
        )
