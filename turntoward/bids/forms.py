"""The bid form: it only reads input; the service decides what is allowed."""

from __future__ import annotations

from django import forms

from turntoward.bids.models import DESCRIPTION_MAX, Direction, Response


class BidForm(forms.Form):
    direction = forms.ChoiceField(
        label="Who reached out?",
        choices=[
            (Direction.MADE, "I did: a bid I made"),
            (Direction.RECEIVED, "My partner did: a bid I received"),
        ],
        widget=forms.RadioSelect,
        error_messages={"required": "Please say who reached out."},
    )
    description = forms.CharField(
        label="What was the bid?",
        max_length=DESCRIPTION_MAX,
        help_text=(
            "A few words, e.g. “showed him a funny video” or “asked how her call went”."
        ),
        error_messages={
            "required": "A few words about the bid, please.",
            "max_length": f"Please keep it under {DESCRIPTION_MAX} characters.",
        },
    )
    response = forms.ChoiceField(
        label="How was it met?",
        choices=Response.choices,
        widget=forms.RadioSelect,
        help_text="For a bid you received, this is how you answered it.",
        error_messages={"required": "Please choose toward, away or against."},
    )
    occurred_at = forms.DateTimeField(
        label="When was it?",
        required=False,
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        ),
        help_text="Leave empty for just now.",
    )
    shared = forms.BooleanField(
        label="Share this bid with my partner",
        required=False,
        help_text="Your partner can read it but not change it.",
    )
