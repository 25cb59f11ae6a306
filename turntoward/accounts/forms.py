"""Forms for the account pages; they only check input and call services."""

from __future__ import annotations

from django import forms
from django.contrib.auth.forms import AuthenticationForm

from turntoward.accounts.models import Role
from turntoward.core.countries import country_choices


class SignupForm(forms.Form):
    email = forms.EmailField(
        label="Email", widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label="Password",
        help_text="At least 8 characters, not a common one and not all numbers.",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )


class LoginForm(AuthenticationForm):
    error_messages = {
        "invalid_login": (
            "That email and password don't match an account. Please try again."
        ),
        "inactive": "That email and password don't match an account. Please try again.",
    }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["username"].label = "Email"
        self.fields["username"].widget = forms.EmailInput(
            attrs={"autocomplete": "email"}
        )


class ProfileForm(forms.Form):
    role = forms.ChoiceField(
        label="Which fits best right now?",
        choices=Role.choices,
        widget=forms.RadioSelect,
        help_text="You can change this any time in settings.",
    )
    country = forms.ChoiceField(
        label="Where do you live?",
        choices=country_choices,
        required=False,
        help_text="Only used to show help lines near you.",
    )


class PasswordChangeForm(forms.Form):
    old_password = forms.CharField(
        label="Current password",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    new_password = forms.CharField(
        label="New password",
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )


class InviteAcceptForm(forms.Form):
    code = forms.CharField(
        label="Invite code from your partner",
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "off", "autocapitalize": "characters"}
        ),
    )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label="Your password, to confirm",
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label="I understand this erases my account and everything in it, for good.",
    )
