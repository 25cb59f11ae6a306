from __future__ import annotations

from django.apps import AppConfig


class CheckinsConfig(AppConfig):
    name = "turntoward.checkins"
    label = "checkins"
