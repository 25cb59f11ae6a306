"""Why each sign of neglect was noticed, in words a person reads."""

from __future__ import annotations

WHY_LONELY = "feeling alone while you're together is one of the quietest signs"
WHY_UNMET = "sharing a feeling and having it brushed aside leaves a need unmet"
WHY_AFFECTION = "small touches and kind words going missing is worth noticing"
WHY_EGGSHELLS = "holding feelings back to avoid a reaction is walking on eggshells"
WHY_AWAY = "a partner who seems elsewhere when you need them"
