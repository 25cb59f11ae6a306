"""Detector stages; importing this package registers them."""

from __future__ import annotations

from . import dismissive, harsh, safety, self_invalidation, signs

__all__ = ["dismissive", "harsh", "safety", "self_invalidation", "signs"]
