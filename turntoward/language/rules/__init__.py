"""Detector stages; importing this package registers them."""

from __future__ import annotations

from . import abuse, crisis, dismissive, harsh, self_invalidation, signs

__all__ = ["abuse", "crisis", "dismissive", "harsh", "self_invalidation", "signs"]
