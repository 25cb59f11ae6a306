from __future__ import annotations

from django.apps import AppConfig


class BidsConfig(AppConfig):
    name = "turntoward.bids"
    label = "bids"
