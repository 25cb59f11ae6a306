"""Forms for the journal pages; they only check input and call services."""

from __future__ import annotations

from typing import Any

from django import forms

from turntoward.core.feelings import EMOTION_WORDS


class EntryForm(forms.Form):
    title = forms.CharField(
        label="Title (optional)",
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )
    # No max_length here: a browser would cut a long paste short without a
    # word, so the service checks the length and says so plainly.
    text = forms.CharField(
        label="Your entry",
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "true"}),
        help_text="Private to you. Only you can read it unless you share it.",
    )
    shared = forms.BooleanField(
        label="Share this entry with my partner (read-only)", required=False
    )
    prompt = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, can_share: bool = False, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not can_share:
            del self.fields["shared"]


class EmotionsForm(forms.Form):
    emotions = forms.MultipleChoiceField(
        label="Which of these fit?",
        required=False,
        choices=list(EMOTION_WORDS.items()),
        widget=forms.CheckboxSelectMultiple,
    )


class SearchForm(forms.Form):
    q = forms.CharField(
        label="Search your entries",
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
