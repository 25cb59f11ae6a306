"""Forms for the plan pages; they only shape input, services do the checking."""

from __future__ import annotations

from typing import Any

from django import forms

from turntoward.plans import content
from turntoward.plans import models as m
from turntoward.plans.kinds import ItemKind
from turntoward.plans.services._common import COACH_MAX, NOTE_MAX


def _area(rows: int = 4, **attrs: Any) -> forms.Textarea:
    return forms.Textarea(attrs={"rows": rows, **attrs})


class MessageForm(forms.Form):
    text = forms.CharField(
        label="What you want to say to your partner",
        max_length=COACH_MAX,
        widget=_area(5),
        help_text="Write it the way it comes out. Nothing here is saved or sent.",
    )


class ReplyForm(forms.Form):
    context = forms.CharField(
        label="What your partner said",
        max_length=COACH_MAX,
        required=False,
        widget=_area(3),
    )
    reply = forms.CharField(
        label="Your reply",
        max_length=COACH_MAX,
        widget=_area(4),
        help_text="Nothing here is saved or sent.",
    )


class PracticeForm(forms.Form):
    reply = forms.CharField(label="Your answer", max_length=COACH_MAX, widget=_area(3))


class KitCheckForm(forms.Form):
    text = forms.CharField(
        label="Write down how you feel",
        max_length=COACH_MAX,
        widget=_area(4),
        help_text="Only read here, to answer you. It isn't saved.",
    )


class RespondForm(forms.Form):
    answer = forms.ChoiceField(
        label="Your answer", choices=m.Answer.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label="Why, or what you'd suggest",
        required=False,
        max_length=NOTE_MAX,
        widget=_area(2),
        help_text="Kind and honest is enough. Needed when you suggest a change.",
    )


class BoundaryRecordForm(forms.Form):
    held = forms.ChoiceField(
        label="Did it hold?", choices=m.Held.choices, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label="A note for yourself",
        required=False,
        max_length=NOTE_MAX,
        widget=_area(2),
    )


class PresenceLogForm(forms.Form):
    note = forms.CharField(
        label="A note for yourself",
        required=False,
        max_length=NOTE_MAX,
        widget=_area(2),
    )


def decision_form(data: Any = None, initial: dict[str, str] | None = None) -> Any:
    """Return a form with one optional answer box per reflective question."""
    form = forms.Form(data, initial=initial)
    for question in content.QUESTIONS:
        form.fields[question.id] = forms.CharField(
            label=question.text,
            required=False,
            max_length=NOTE_MAX * 2,
            widget=_area(3),
        )
    return form


def item_form(
    kind: ItemKind,
    *,
    data: Any = None,
    initial: Any = None,
    linked: bool = False,
    editing: bool = False,
) -> Any:
    """Return a form for one kind of list item, prefixed so several fit a page.

    Owner-only notes ("what happened") only make sense later, so a new item's
    form leaves them out.
    """
    form = forms.Form(data, initial=initial, prefix=kind.slug)
    for spec in kind.fields:
        if spec.owner_only and not editing:
            continue
        widget = _area(2) if spec.limit > 120 else forms.TextInput()
        form.fields[spec.name] = forms.CharField(
            label=spec.label,
            required=spec.required,
            max_length=spec.limit,
            widget=widget,
            help_text=spec.help,
        )
    for name, allowed in kind.choices:
        labels = dict(m.LoveStyle.choices)
        form.fields[name] = forms.ChoiceField(
            label="Which style", choices=[(v, labels.get(v, v)) for v in allowed]
        )
    if linked:
        form.fields["shared"] = forms.BooleanField(
            label="Share with my partner (they can read it, not change it)",
            required=False,
        )
    return form
