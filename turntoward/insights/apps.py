from __future__ import annotations

from django.apps import AppConfig


class InsightsConfig(AppConfig):
    name = "turntoward.insights"
    label = "insights"
    verbose_name = "Insights"

    def ready(self) -> None:
        from turntoward.core.registry import register_nav

        # Insights store nothing of their own, so there is nothing to export.
        register_nav(
            "insights:dashboard",
            label="Insights",
            order=40,
            description="How things have been going, in charts and plain words.",
        )
