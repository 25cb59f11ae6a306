"""The list tools: needs board, love-style bridging, self-compassion kit,
boundaries planner, presence commitments, and the shared item actions."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from turntoward.accounts.privacy import get_owned_or_404
from turntoward.core.errors import ServiceError
from turntoward.plans import content, forms, selectors
from turntoward.plans.kinds import KINDS, ItemKind
from turntoward.plans.services import coach, items, records
from turntoward.plans.views._common import form_error, me
from turntoward.safety.decorators import require_abuse_screen
from turntoward.safety.services import flash_help


def _forms(request: HttpRequest, *slugs: str) -> dict[str, Any]:
    linked = me(request).partner_id is not None
    return {
        slug.replace("-", "_") + "_form": forms.item_form(KINDS[slug], linked=linked)
        for slug in slugs
    }


def _lists(request: HttpRequest, *slugs: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for slug in slugs:
        rows = selectors.items_visible(user=me(request), kind=KINDS[slug])
        mine, theirs = selectors.split_mine(me(request), rows)
        key = slug.replace("-", "_")
        out[key] = mine
        out[f"partner_{key}"] = theirs
    return out


# --- shared item actions --------------------------------------------------------


def _back(kind: ItemKind) -> HttpResponse:
    return redirect(kind.page)


def _form_data(kind: ItemKind, form: Any) -> tuple[dict[str, Any], bool]:
    data = {k: v for k, v in form.cleaned_data.items() if k != "shared"}
    return data, bool(form.cleaned_data.get("shared"))


@login_required
def item_add(request: HttpRequest, kind: str) -> HttpResponse:
    """Add an item of one kind, then go back to its tool."""
    spec = items.get_kind(kind)
    linked = me(request).partner_id is not None
    form = forms.item_form(spec, data=request.POST or None, linked=linked)
    if request.method == "POST" and form.is_valid():
        data, shared = _form_data(spec, form)
        try:
            _, help = items.item_create(
                user=me(request), kind=kind, data=data, shared=shared
            )
        except ServiceError as exc:
            form_error(form, exc)
        else:
            flash_help(request, help)
            messages.success(request, "Saved.")
            return _back(spec)
    return render(request, "plans/item_form.html", {"form": form, "kind": spec})


@login_required
def item_edit(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Change an item the user owns."""
    spec = items.get_kind(kind)
    item = get_owned_or_404(
        spec.model._default_manager.all(), viewer=me(request), pk=pk
    )
    initial = {s.name: getattr(item, s.name) for s in spec.fields}
    initial.update({name: getattr(item, name) for name, _ in spec.choices})
    initial["shared"] = item.shared
    linked = me(request).partner_id is not None
    form = forms.item_form(
        spec, data=request.POST or None, initial=initial, linked=linked, editing=True
    )
    if request.method == "POST" and form.is_valid():
        data, shared = _form_data(spec, form)
        try:
            _, help = items.item_update(
                user=me(request),
                kind=kind,
                pk=pk,
                data=data,
                shared=shared if linked else None,
            )
        except ServiceError as exc:
            form_error(form, exc)
        else:
            flash_help(request, help)
            messages.success(request, "Saved.")
            return _back(spec)
    context = {"form": form, "kind": spec, "item": item}
    return render(request, "plans/item_form.html", context)


@login_required
@require_POST
@require_abuse_screen
def item_share(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Share an item with the partner, or make it private again."""
    spec = items.get_kind(kind)
    try:
        items.item_update(
            user=me(request),
            kind=kind,
            pk=pk,
            data={},
            shared=request.POST.get("shared") == "1",
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    return _back(spec)


@login_required
@require_POST
def item_delete(request: HttpRequest, kind: str, pk: int) -> HttpResponse:
    """Delete an item the user owns."""
    spec = items.get_kind(kind)
    items.item_delete(user=me(request), kind=kind, pk=pk)
    messages.success(request, "Deleted.")
    return _back(spec)


# --- needs board ----------------------------------------------------------------


@login_required
def needs(request: HttpRequest) -> HttpResponse:
    """Show the user's requests, the partner's shared ones, and a form to add one."""
    rows = list(selectors.needs_for(user=me(request)))
    mine, theirs = selectors.split_mine(me(request), rows)
    context = {
        "mine": mine,
        "theirs": theirs,
        "respond_form": forms.RespondForm(),
        **_forms(request, "needs"),
    }
    return render(request, "plans/needs.html", context)


@login_required
@require_POST
@require_abuse_screen
def need_respond(request: HttpRequest, pk: int) -> HttpResponse:
    """Answer a request the partner shared (anything else is "not found")."""
    try:
        _, help = records.need_respond(
            user=me(request),
            pk=pk,
            answer=request.POST.get("answer", ""),
            reason=request.POST.get("reason"),
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        flash_help(request, help)
        messages.success(request, "Your answer is sent.")
    return redirect("plans:needs")


@login_required
def needs_review(request: HttpRequest) -> HttpResponse:
    """Look back at one week of requests and answers."""
    try:
        weeks_ago = int(request.GET.get("weeks_ago", "0"))
    except ValueError:
        weeks_ago = 0
    review = selectors.needs_review(user=me(request), weeks_ago=weeks_ago)
    context = {"review": review, "weeks_ago": max(0, weeks_ago)}
    return render(request, "plans/needs_review.html", context)


# --- love-style bridging --------------------------------------------------------


@login_required
def love(request: HttpRequest) -> HttpResponse:
    """Show small actions for each partner, from the love-style results."""
    actions = selectors.love_actions(user=me(request))
    context = {
        "bridge": selectors.love_bridge(user=me(request)),
        "mine": [(a, n) for a, n in actions if a.owner_id == me(request).pk],
        "theirs": [a for a, _ in actions if a.owner_id != me(request).pk],
        "style_words": content.STYLE_WORDS,
        **_forms(request, "love-actions", "needs"),
    }
    return render(request, "plans/love.html", context)


@login_required
@require_POST
def love_add_idea(request: HttpRequest) -> HttpResponse:
    """Turn one of our ideas into an editable action (or a request to the partner)."""
    style, text = request.POST.get("style", ""), request.POST.get("text", "")
    try:
        if request.POST.get("as") == "need":
            items.item_create(
                user=me(request),
                kind="needs",
                data={"text": f"I'd love it if you would: {text}"},
            )
            messages.success(request, "Added to your needs board.")
        else:
            items.item_create(
                user=me(request),
                kind="love-actions",
                data={"style": style, "text": text},
            )
            messages.success(request, "Added to your small actions.")
    except ServiceError as exc:
        messages.error(request, exc.message)
    return redirect("plans:love")


@login_required
@require_POST
def love_done(request: HttpRequest, pk: int) -> HttpResponse:
    """Note one time the user did one of their small actions."""
    records.love_action_done(user=me(request), action=pk)
    messages.success(request, "Noted. Small things add up.")
    return redirect("plans:love")


# --- self-compassion kit --------------------------------------------------------


@login_required
def kit(request: HttpRequest) -> HttpResponse:
    """The daily affirmation, self-care plan, supportive people and kind answers."""
    user = me(request)
    form = forms.KitCheckForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = coach.kit_check(user=user, text=form.cleaned_data["text"])
        except ServiceError as exc:
            form_error(form, exc)
        else:
            flash_help(request, result.help)
    context = {
        "affirmation": selectors.affirmation_of_the_day(user=user),
        "own_affirmation": selectors.own_affirmation_of_the_day(user=user),
        "check_form": form,
        "result": result,
        "self_care_ideas": content.SELF_CARE_IDEAS,
        **_lists(request, "affirmations", "self-care", "people"),
        **_forms(request, "affirmations", "self-care", "people"),
    }
    return render(request, "plans/kit.html", context)


# --- boundaries -----------------------------------------------------------------


@login_required
def boundaries(request: HttpRequest) -> HttpResponse:
    """Plan boundaries and keep a private record of when one was needed."""
    context = {
        "records": selectors.boundary_records(user=me(request))[:50],
        "record_form": forms.BoundaryRecordForm(),
        **_lists(request, "boundaries"),
        **_forms(request, "boundaries"),
    }
    return render(request, "plans/boundaries.html", context)


@login_required
@require_POST
def boundary_record(request: HttpRequest, pk: int) -> HttpResponse:
    """Note privately that a boundary was needed."""
    form = forms.BoundaryRecordForm(request.POST)
    held = form.data.get("held", "")
    try:
        _, help = records.boundary_record_create(
            user=me(request), boundary=pk, held=held, note=form.data.get("note")
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        flash_help(request, help)
        messages.success(request, "Noted, just for you.")
    return redirect("plans:boundaries")


# --- express and be present -----------------------------------------------------


@login_required
def presence(request: HttpRequest) -> HttpResponse:
    """Today's small step, presence commitments and a private log."""
    context = {
        "prompt": selectors.prompt_of_the_day(user=me(request)),
        "logs": selectors.presence_logs(user=me(request))[:50],
        "log_form": forms.PresenceLogForm(),
        "ideas": content.COMMITMENT_IDEAS,
        **_lists(request, "commitments"),
        **_forms(request, "commitments"),
    }
    return render(request, "plans/presence.html", context)


@login_required
@require_POST
def presence_log(request: HttpRequest) -> HttpResponse:
    """Log keeping a commitment or trying today's step."""
    commitment = request.POST.get("commitment") or None
    try:
        _, help = records.presence_log_create(
            user=me(request),
            commitment=commitment,
            prompt=None if commitment else request.POST.get("prompt"),
            kept=request.POST.get("kept", "1") == "1",
            note=request.POST.get("note"),
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        flash_help(request, help)
        messages.success(request, "Noted, just for you.")
    return redirect("plans:presence")
