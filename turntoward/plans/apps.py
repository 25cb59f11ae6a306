from __future__ import annotations

from django.apps import AppConfig


class PlansConfig(AppConfig):
    name = "turntoward.plans"
    label = "plans"
    verbose_name = "Plans"

    def ready(self) -> None:
        from turntoward.core.registry import register_nav, register_user_data
        from turntoward.plans.export import plans_export

        register_nav(
            "plans:plan",
            label="My plan",
            order=5,
            description="Your next steps, in an order that fits you.",
        )
        register_user_data(
            "plans", title="Your plan and its tools", export=plans_export
        )
