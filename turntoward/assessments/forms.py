"""One radio group per question, built from the instrument's data file."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django import forms

from turntoward.assessments.instruments import Instrument, Item

CHOOSE_ONE = "Please choose one of the answers, or pause and come back later."


class AnswersForm(forms.Form):
    """Answers to some of an instrument's questions; each field named by item id."""

    def __init__(
        self,
        instrument: Instrument,
        items: Sequence[Item],
        *args: Any,
        required: bool = True,
        saved: Mapping[str, int] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(o.value), o.label) for o in instrument.options]
        for item in items:
            value = (saved or {}).get(item.id)
            self.fields[item.id] = forms.TypedChoiceField(
                label=item.text,
                choices=choices,
                coerce=int,
                empty_value=None,
                required=required,
                widget=forms.RadioSelect,
                initial=None if value is None else str(value),
                error_messages={"required": CHOOSE_ONE, "invalid_choice": CHOOSE_ONE},
            )

    def answers(self) -> dict[str, int]:
        """Return the answers given (unanswered questions left out)."""
        return {k: v for k, v in self.cleaned_data.items() if v is not None}


class AcknowledgeForm(forms.Form):
    note = forms.CharField(
        label="Add a few words (optional)",
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Your partner will see this with your answer.",
    )
