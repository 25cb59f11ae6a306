from __future__ import annotations

from django.apps import AppConfig


class SafetyConfig(AppConfig):
    name = "turntoward.safety"
    label = "safety"
    verbose_name = "Safety"

    def ready(self) -> None:
        from turntoward.core.registry import register_couples_gate, register_user_data
        from turntoward.safety import selectors
        from turntoward.safety.decorators import abuse_screen_redirect

        register_user_data(
            "safety",
            title="Safety records (only yours)",
            export=selectors.safety_export,
        )
        register_user_data(
            "safety_private",
            title="Your partner question, privacy settings and safety plan",
            export=selectors.safety_private_export,
        )
        register_couples_gate(
            web=lambda request, next_url: abuse_screen_redirect(
                request, next_url=next_url
            ),
            api=selectors.couples_gate_reason,
        )
