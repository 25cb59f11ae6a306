"""Check-in forms: they only read input; the service decides what is allowed."""

from __future__ import annotations

from typing import Any

from django import forms

from turntoward.checkins.models import EMOTIONS, NOTE_MAX
from turntoward.checkins.moods import GROUPS, MOODS
from turntoward.core.feelings import feeling_word

CONNECTION_CHOICES = [
    ("1", "1 · far apart"),
    ("2", "2"),
    ("3", "3 · somewhere in the middle"),
    ("4", "4"),
    ("5", "5 · very close"),
]


class CheckInForm(forms.Form):
    mood = forms.ChoiceField(
        label="Which word fits how you feel right now?",
        choices=[(m.word, m.word) for m in MOODS],
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please pick the word that fits best, even roughly.",
            "invalid_choice": "Please pick a feeling word from the list.",
        },
    )
    connection = forms.TypedChoiceField(
        label="How connected did you feel with your partner today?",
        choices=CONNECTION_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Please choose a number from 1 to 5.",
            "invalid_choice": "Please choose a number from 1 to 5.",
        },
    )
    note = forms.CharField(
        label="How was your day?",
        required=False,
        max_length=NOTE_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="As much or as little as you like. Only you see it unless you share.",
    )
    shared = forms.BooleanField(
        label="Share this check-in with my partner",
        required=False,
        help_text="Your partner can read it but not change it. You can stop any time.",
    )

    def mood_groups(self) -> list[dict[str, Any]]:
        """Return the mood radios split into their energy/pleasantness groups."""
        radios = {radio.data["value"]: radio for radio in self["mood"]}
        by_group: dict[str, list[Any]] = {key: [] for key, _, _ in GROUPS}
        for mood in MOODS:
            by_group[mood.group].append(radios[mood.word])
        return [
            {"key": key, "heading": heading, "hint": hint, "radios": by_group[key]}
            for key, heading, hint in GROUPS
        ]


class EmotionsForm(forms.Form):
    emotions = forms.MultipleChoiceField(
        label="Feelings in more words",
        choices=[(e, feeling_word(e)) for e in EMOTIONS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
