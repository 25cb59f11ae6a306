"""Account pages: thin views over the account services."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import logout, update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from turntoward.accounts import forms, services
from turntoward.accounts.export import export_filename, user_export_zip
from turntoward.core.errors import ServiceError
from turntoward.core.registry import couples_gate_web

SIGNUP_DONE = "Thanks. Log in with your email and password to continue."


def _form_error(form: Any, exc: ServiceError) -> None:
    form.add_error(exc.field if exc.field in form.fields else None, exc.message)


def signup(request: HttpRequest) -> HttpResponse:
    """Create an account; the reply is the same whether or not the email was taken."""
    if request.user.is_authenticated:
        return redirect("core:home")
    form = forms.SignupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_signup(
                email=form.cleaned_data["email"], password=form.cleaned_data["password"]
            )
        except ServiceError as exc:
            _form_error(form, exc)
        else:
            messages.success(request, SIGNUP_DONE)
            return redirect("accounts:login")
    return render(request, "accounts/signup.html", {"form": form})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = forms.LoginForm
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)
        # Django's LoginView adds the host name as `site_name`; keep ours.
        context.pop("site_name", None)
        context.pop("site", None)
        return context


def lockout_response(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
    """Answer a locked-out login the same way whatever the account."""
    if request.path.startswith("/api/"):
        return HttpResponse(
            '{"detail": "Too many tries. Please wait a few minutes."}',
            status=429,
            content_type="application/json",
        )
    context = {"form": forms.LoginForm(request), "locked_out": True}
    return render(request, "accounts/login.html", context, status=429)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    """Log out and go back to the log-in page."""
    logout(request)
    return redirect("accounts:login")


@require_POST
def quick_exit(request: HttpRequest) -> HttpResponse:
    """End the session at once; the page itself has already gone elsewhere."""
    logout(request)
    return HttpResponse(status=204)


@login_required
def privacy_notice(request: HttpRequest) -> HttpResponse:
    """Show the plain-words privacy notice before any sensitive question."""
    if request.method == "POST":
        services.user_accept_privacy(user=request.user)  # type: ignore[arg-type]
        return redirect("accounts:about_you")
    return render(request, "accounts/privacy.html")


@login_required
def about_you(request: HttpRequest) -> HttpResponse:
    """Ask for the role and country after the privacy notice."""
    user = request.user
    if user.privacy_accepted_at is None:  # type: ignore[union-attr]
        return redirect("accounts:privacy")
    initial = {"role": user.role, "country": user.country}  # type: ignore[union-attr]
    form = forms.ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.user_update_profile(user=user, **form.cleaned_data)  # type: ignore[arg-type]
        return redirect("core:home")
    return render(request, "accounts/about_you.html", {"form": form})


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    """Change role, country and password; reach partner, export and delete."""
    user = request.user
    profile = forms.ProfileForm(
        initial={"role": user.role, "country": user.country}  # type: ignore[union-attr]
    )
    password = forms.PasswordChangeForm()
    if request.method == "POST" and request.POST.get("form") == "profile":
        profile = forms.ProfileForm(request.POST)
        if profile.is_valid():
            services.user_update_profile(user=user, **profile.cleaned_data)  # type: ignore[arg-type]
            messages.success(request, "Saved.")
            return redirect("accounts:settings")
    elif request.method == "POST" and request.POST.get("form") == "password":
        password = forms.PasswordChangeForm(request.POST)
        if password.is_valid():
            try:
                services.user_change_password(user=user, **password.cleaned_data)  # type: ignore[arg-type]
            except ServiceError as exc:
                _form_error(password, exc)
            else:
                update_session_auth_hash(request, user)  # type: ignore[arg-type]
                messages.success(request, "Your password is changed.")
                return redirect("accounts:settings")
    context = {"profile_form": profile, "password_form": password}
    return render(request, "accounts/settings.html", context)


@login_required
def partner_page(request: HttpRequest) -> HttpResponse:
    """Make or enter an invite code, or end the link."""
    user = request.user
    if user.partner_id is None:  # type: ignore[union-attr]
        # Safety's private partner check comes before linking; ending a link
        # is never held up.
        gate: HttpResponse | None = couples_gate_web(
            request, reverse("accounts:partner")
        )
        if gate is not None:
            return gate
    accept = forms.InviteAcceptForm()
    context: dict[str, Any] = {}
    if request.method == "POST":
        action = request.POST.get("action")
        try:
            if action == "invite":
                code, invite = services.partner_invite_create(user=user)  # type: ignore[arg-type]
                context.update(code=code, expires=invite.expires_at)
            elif action == "accept":
                accept = forms.InviteAcceptForm(request.POST)
                if accept.is_valid():
                    services.partner_invite_accept(
                        user=user,  # type: ignore[arg-type]
                        code=accept.cleaned_data["code"],
                    )
                    messages.success(request, "You're linked. Nothing is shared yet.")
                    return redirect("accounts:partner")
            elif action == "unlink":
                services.partner_unlink(user=user)  # type: ignore[arg-type]
                messages.success(
                    request, "The link is ended. Nothing of yours is shared any more."
                )
                return redirect("accounts:partner")
        except ServiceError as exc:
            if action == "accept":
                _form_error(accept, exc)
            else:
                messages.error(request, exc.message)
    context["accept_form"] = accept
    return render(request, "accounts/partner.html", context)


@login_required
def export_download(request: HttpRequest) -> HttpResponse:
    """Download everything the user owns as one ZIP."""
    payload = user_export_zip(user=request.user)  # type: ignore[arg-type]
    response = HttpResponse(payload, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{export_filename()}"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    """Erase the account and all its data after one confirmed step."""
    form = forms.DeleteAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_delete(
                user=request.user,  # type: ignore[arg-type]
                password=form.cleaned_data["password"],
            )
        except ServiceError as exc:
            _form_error(form, exc)
        else:
            logout(request)
            messages.success(request, "Your account and everything in it are erased.")
            return redirect("accounts:login")
    return render(request, "accounts/delete.html", {"form": form})
