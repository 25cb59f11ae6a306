"""Assessment pages: thin views over the assessment services and selectors."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.views.decorators.http import require_POST

from turntoward.accounts.models import User
from turntoward.assessments import selectors, services
from turntoward.assessments.charts import history_charts
from turntoward.assessments.cli import STEP_NAMES
from turntoward.assessments.forms import AcknowledgeForm, AnswersForm
from turntoward.assessments.instruments import (
    Instrument,
    UnknownInstrumentError,
    get_instrument,
)
from turntoward.assessments.models import AckResponse, AssessmentResponse
from turntoward.core.errors import ServiceError
from turntoward.safety.decorators import abuse_screen_redirect, require_abuse_screen
from turntoward.safety.services import flash_help

PAUSED = "Your answers are saved. You can pick up where you left off any time."
# Screeners whose credit and "not a diagnosis" line must always show.
SCREENERS = {"phq9", "gad7"}


def _user(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]


def _instrument_or_404(instrument_id: str) -> Instrument:
    try:
        return get_instrument(instrument_id)
    except UnknownInstrumentError:
        raise Http404("No such assessment") from None


def result_url(pk: int) -> str:
    """Return a result page's address."""
    return reverse("assessments:result", args=[pk])


def step_url(step_id: str) -> str:
    """Return the step's place on the person's plan (each step is `#step-<id>`)."""
    try:
        return reverse("plans:plan") + f"#step-{step_id}"
    except NoReverseMatch:  # the plans app not wired in yet
        return f"/plan/#step-{step_id}"


def _steps(step_ids: list[str]) -> list[dict[str, str]]:
    return [
        {"id": s, "name": STEP_NAMES.get(s, s), "url": step_url(s)} for s in step_ids
    ]


@login_required
def instrument_list(request: HttpRequest) -> HttpResponse:
    """List every assessment, with progress, and what the partner shared."""
    user = _user(request)
    context = {
        "cards": selectors.instruments_for(user=user),
        "shared_with_me": selectors.shared_with_me(viewer=user),
        "comparison": selectors.love_styles_comparison(viewer=user) is not None,
    }
    return render(request, "assessments/list.html", context)


@login_required
def instrument_detail(request: HttpRequest, instrument_id: str) -> HttpResponse:
    """Say what an assessment is, then start, resume or start over."""
    instrument = _instrument_or_404(instrument_id)
    user = _user(request)
    context = {
        "instrument": instrument,
        "for_words": selectors.audience_words(instrument),
        "in_progress": selectors.open_responses(user=user).get(instrument.id),
        "latest": selectors.latest_results(user=user).get(instrument.id),
        "screener": instrument.id in SCREENERS,
    }
    return render(request, "assessments/detail.html", context)


@login_required
@require_POST
def start(request: HttpRequest, instrument_id: str) -> HttpResponse:
    """Begin (or resume) an assessment, one question per page or all on one."""
    instrument = _instrument_or_404(instrument_id)
    user = _user(request)
    if request.POST.get("action") == "restart":
        response = services.response_restart(user=user, instrument_id=instrument.id)
    else:
        response = services.response_start(user=user, instrument_id=instrument.id)
    name = (
        "assessments:take_all"
        if request.POST.get("mode") == "all"
        else "assessments:take"
    )
    return redirect(name, pk=response.pk)


def _finished(request: HttpRequest, response: AssessmentResponse) -> HttpResponse:
    messages.info(request, services.FINISHED)
    if response.result_id:
        return redirect("assessments:result", pk=response.result_id)
    return redirect("assessments:list")


def _save_answers(
    request: HttpRequest,
    user: User,
    response: AssessmentResponse,
    form: AnswersForm,
    pausing: bool,
) -> tuple[AssessmentResponse, HttpResponse | None]:
    """Save the form's answers (help first if needed); when pausing, say where next."""
    response, help = services.response_save_answers(
        user=user, response=response, answers=form.answers()
    )
    flash_help(request, help)
    if not pausing:
        return response, None
    messages.success(request, PAUSED)
    return response, redirect("assessments:list")


def _finish(request: HttpRequest, response: AssessmentResponse) -> HttpResponse:
    result, help = services.response_finish(user=_user(request), response=response)
    flash_help(request, help)
    return redirect("assessments:result", pk=result.pk)


def _question_index(
    request: HttpRequest, instrument: Instrument, saved: dict[str, int]
) -> int:
    raw = request.GET.get("q", "")
    if raw.isdecimal() and 1 <= int(raw) <= len(instrument.items):
        return int(raw) - 1
    unanswered = [n for n, i in enumerate(instrument.items) if i.id not in saved]
    return unanswered[0] if unanswered else len(instrument.items) - 1


@login_required
def take(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask one question per page; answers are saved as the person goes."""
    user = _user(request)
    response = selectors.response_owned(viewer=user, pk=pk)
    if response.is_finished:
        return _finished(request, response)
    instrument = _instrument_or_404(response.instrument_id)
    index = _question_index(request, instrument, response.answers)
    if request.method == "POST":
        item_id = request.POST.get("item", "")
        index = next(
            (n for n, i in enumerate(instrument.items) if i.id == item_id), index
        )
    item = instrument.items[index]
    pausing = request.POST.get("action") == "pause"
    form = AnswersForm(
        instrument,
        [item],
        request.POST or None,
        required=not pausing,
        saved=response.answers,
    )
    if request.method == "POST" and form.is_valid():
        try:
            response, paused = _save_answers(request, user, response, form, pausing)
            if paused is not None:
                return paused
            unanswered = [
                n
                for n, i in enumerate(instrument.items)
                if i.id not in response.answers
            ]
            if not unanswered:
                return _finish(request, response)
            following = (
                index + 1 if index + 1 < len(instrument.items) else unanswered[0]
            )
            return redirect(
                reverse("assessments:take", args=[response.pk]) + f"?q={following + 1}"
            )
        except ServiceError as exc:
            if exc.code == "finished":
                return _finished(request, response)
            form.add_error(None, exc.message)
    context = {
        "instrument": instrument,
        "response": response,
        "form": form,
        "item": item,
        "number": index + 1,
        "count": len(instrument.items),
        "previous": index if index > 0 else None,
    }
    return render(request, "assessments/take.html", context)


@login_required
def take_all(request: HttpRequest, pk: int) -> HttpResponse:
    """Ask every question on one page, with pause and finish."""
    user = _user(request)
    response = selectors.response_owned(viewer=user, pk=pk)
    if response.is_finished:
        return _finished(request, response)
    instrument = _instrument_or_404(response.instrument_id)
    pausing = request.POST.get("action") == "pause"
    form = AnswersForm(
        instrument,
        instrument.items,
        request.POST or None,
        required=not pausing,
        saved=response.answers,
    )
    if request.method == "POST" and form.is_valid():
        try:
            response, paused = _save_answers(request, user, response, form, pausing)
            if paused is not None:
                return paused
            return _finish(request, response)
        except ServiceError as exc:
            if exc.code == "finished":
                return _finished(request, response)
            form.add_error(None, exc.message)
    context = {
        "instrument": instrument,
        "response": response,
        "form": form,
        "answered": len(response.answers),
        "count": len(instrument.items),
    }
    return render(request, "assessments/take_all.html", context)


@login_required
def result_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Show a result: to its owner in full, to the partner read-only if shared."""
    user = _user(request)
    result = selectors.result_visible(viewer=user, pk=pk)
    instrument = get_instrument(result.instrument_id)
    mine = result.owner_id == user.pk
    context: dict[str, Any] = {
        "result": result,
        "instrument": instrument,
        "mine": mine,
        "band": selectors.total_band(result),
        "subscales": selectors.subscale_views(result),
        "steps": _steps(list(result.next_steps)),
        "screener": instrument.id in SCREENERS,
        "acks": selectors.acknowledgements_for(viewer=user, result=result),
        "partner_linked": user.partner_id is not None,
        "comparison": result.instrument_id == "love_styles"
        and selectors.love_styles_comparison(viewer=user) is not None,
    }
    if not mine and result.instrument_id == "neglect_check":
        context["my_ack"] = selectors.my_acknowledgement(viewer=user, result=result)
        mine_ack = context["my_ack"]
        context["ack_form"] = AcknowledgeForm(
            initial={"note": mine_ack.note if mine_ack else ""}
        )
        context["ack_choices"] = AckResponse.choices
    return render(request, "assessments/result.html", context)


@login_required
@require_POST
def result_share(request: HttpRequest, pk: int) -> HttpResponse:
    """Share a result with the linked partner, or stop sharing it."""
    user = _user(request)
    result = selectors.result_owned(viewer=user, pk=pk)
    shared = request.POST.get("shared") == "1"
    if shared:  # the private partner check first; un-sharing is never held up
        gate = abuse_screen_redirect(request, next_url=result_url(result.pk))
        if gate is not None:
            return gate
    try:
        services.result_share(user=user, result=result, shared=shared)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(
            request,
            "Shared with your partner. You can stop sharing any time."
            if shared
            else "This result is private again.",
        )
    return redirect("assessments:result", pk=result.pk)


@login_required
@require_POST
def acknowledge(request: HttpRequest, pk: int) -> HttpResponse:
    """Let the partner answer a shared neglect check."""
    user = _user(request)
    result = selectors.result_visible(viewer=user, pk=pk)
    gate = abuse_screen_redirect(request, next_url=result_url(result.pk))
    if gate is not None:
        return gate
    form = AcknowledgeForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Please keep the note under 1000 characters.")
        return redirect("assessments:result", pk=result.pk)
    try:
        _, help = services.acknowledgement_save(
            user=user,
            result=result,
            response=request.POST.get("response", ""),
            note=form.cleaned_data["note"],
        )
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        flash_help(request, help)
        messages.success(request, "Thank you. Your partner will see your answer.")
    return redirect("assessments:result", pk=result.pk)


@login_required
def history(request: HttpRequest, instrument_id: str) -> HttpResponse:
    """Show how one assessment's scores changed over time: a chart and a table."""
    instrument = _instrument_or_404(instrument_id)
    results = selectors.result_history(user=_user(request), instrument_id=instrument.id)
    rows = [
        {
            "result": r,
            "band": selectors.total_band(r),
            "values": [r.subscales.get(s.id) for s in instrument.subscales],
        }
        for r in results
    ]
    context = {
        "instrument": instrument,
        "rows": rows,
        "charts": history_charts(instrument, results) if results else [],
    }
    return render(request, "assessments/history.html", context)


@login_required
@require_abuse_screen
def love_styles_compare(request: HttpRequest) -> HttpResponse:
    """Show both partners' shared love-styles profiles side by side."""
    comparison = selectors.love_styles_comparison(viewer=_user(request))
    if comparison is None:
        raise Http404("Nothing to compare yet")
    return render(request, "assessments/compare.html", {"c": comparison})
