"""Forms for the safety pages; they only check input and call services."""

from __future__ import annotations

from django import forms

from turntoward.safety.models import LockMinutes

ANSWERS = [
    ("no", "No"),
    ("yes", "Yes"),
    ("unsure", "Sometimes, or I'm not sure"),
]


def _question(label: str) -> forms.ChoiceField:
    return forms.ChoiceField(label=label, choices=ANSWERS, widget=forms.RadioSelect)


class AbuseScreenForm(forms.Form):
    afraid = _question("Do you ever feel afraid of your partner?")
    hurt = _question(
        "Has your partner hurt you, or threatened to hurt you or someone you love?"
    )
    controlled = _question(
        "Does your partner control your money, your phone, where you go or who you see?"
    )

    def answers(self) -> dict[str, bool]:
        """Return each answer as 'anything but no'."""
        return {name: value != "no" for name, value in self.cleaned_data.items()}


class DiscreetForm(forms.Form):
    discreet = forms.BooleanField(
        label="Use plain names: the tab and header say “Notes” and the icon is plain",
        required=False,
    )


class PinForm(forms.Form):
    pin = forms.CharField(
        label="New PIN (4 to 8 digits)",
        min_length=4,
        max_length=8,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": "new-password"}
        ),
    )
    lock_minutes = forms.TypedChoiceField(
        label="Ask for it after this long without use",
        choices=LockMinutes.choices,
        coerce=int,
        initial=LockMinutes.TEN,
    )


class UnlockForm(forms.Form):
    pin = forms.CharField(
        label="PIN",
        max_length=8,
        widget=forms.PasswordInput(
            attrs={"inputmode": "numeric", "autocomplete": "off", "autofocus": True}
        ),
    )


class SafetyPlanForm(forms.Form):
    warning_signs = forms.CharField(
        label="Warning signs",
        help_text="Thoughts, moods, situations or moments that tell you things "
        "are getting harder.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    what_helps = forms.CharField(
        label="Things that help",
        help_text="What you can do on your own to feel a little steadier.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    people_and_places = forms.CharField(
        label="People and places I can reach",
        help_text="Someone to call or sit with, and places where you feel safe.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    professionals = forms.CharField(
        label="Professionals and services to call",
        help_text="A doctor, counsellor, helpline or local service, with numbers.",
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
