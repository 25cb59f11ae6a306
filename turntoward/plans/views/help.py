"""The decision worksheet and the path to professional help, with the summary."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from turntoward.core.errors import ServiceError
from turntoward.plans import content, forms, selectors, sources
from turntoward.plans.services import records
from turntoward.plans.summary import Summary, summary_build
from turntoward.plans.views._common import form_error, me
from turntoward.plans.worksheet import worksheet_for
from turntoward.safety.services import flash_help


@login_required
def decide(request: HttpRequest) -> HttpResponse:
    """Lay out the user's own history, with questions to think about. Never shared."""
    sheet = worksheet_for(user=me(request))
    initial = {q.id: answer for q, answer in sheet.questions}
    form = forms.decision_form(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            _, help = records.decision_answers_save(
                user=me(request), answers=form.cleaned_data
            )
        except ServiceError as exc:
            form_error(form, exc)
        else:
            flash_help(request, help)
            messages.success(request, "Saved, just for you.")
            return redirect("plans:decide")
    return render(request, "plans/decide.html", {"sheet": sheet, "form": form})


def _picker_context(request: HttpRequest) -> dict[str, Any]:
    entries = sources.journal_entries(user=me(request))
    return {
        "journal_entries": [
            (e.pk, getattr(e, "created_at", None), sources.journal_entry_text(e)[:80])
            for e in entries[:100]
        ],
    }


@login_required
def professional_help(request: HttpRequest) -> HttpResponse:
    """When and why a therapist helps, kinds of therapy, and the summary picker."""
    context = {
        "reasons": selectors.help_reasons(user=me(request)),
        "when": content.WHEN_TO_LOOK,
        "kinds": content.THERAPY_KINDS,
        **_picker_context(request),
    }
    return render(request, "plans/professional_help.html", context)


def _build(request: HttpRequest) -> Summary:
    return summary_build(
        user=me(request),
        results=request.POST.get("results") == "on",
        needs=request.POST.get("needs") == "on",
        journal=request.POST.getlist("journal"),
    )


@login_required
@require_POST
def summary(request: HttpRequest) -> HttpResponse:
    """Show the printable summary of exactly what was picked."""
    try:
        built = _build(request)
    except ServiceError as exc:
        context = {
            "reasons": selectors.help_reasons(user=me(request)),
            "when": content.WHEN_TO_LOOK,
            "kinds": content.THERAPY_KINDS,
            "summary_error": exc.message,
            **_picker_context(request),
        }
        return render(request, "plans/professional_help.html", context, status=422)
    return render(request, "plans/summary.html", {"summary": built})


@login_required
@require_POST
def summary_pdf(request: HttpRequest) -> HttpResponse:
    """Download the summary of exactly what was picked, as a PDF."""
    try:
        built = _build(request)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect("plans:professional_help")
    response = HttpResponse(built.pdf(), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="summary.pdf"'
    response["Cache-Control"] = "no-store"
    return response
