from __future__ import annotations

from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "turntoward.core"
    label = "core"
    verbose_name = "TurnToward core"
