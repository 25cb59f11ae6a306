"""Assessment endpoints: instruments, results, sharing and acknowledgement.

Item answers and the safety flag go only to the person who answered. A
partner sees a result only when it was shared, read-only, as a summary.
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from turntoward.accounts.models import User
from turntoward.assessments import selectors, services
from turntoward.assessments.instruments import (
    Instrument,
    UnknownInstrumentError,
    get_instrument,
    list_instruments,
)
from turntoward.assessments.models import SHAREABLE
from turntoward.safety.services import with_help

router = Router(tags=["assessments"])


class AnswersIn(Schema):
    # Any, not list[int]: the engine gives the clearer message for a string,
    # a fraction or a true/false, and pydantic would quietly turn "2" into 2.
    answers: Any = Field(
        description="Numbers in question order, or an object of question id to number"
    )


class ShareIn(Schema):
    shared: bool


class AcknowledgeIn(Schema):
    response: str = Field(max_length=40)
    note: str = Field(default="", max_length=1000)


def _user(request: HttpRequest) -> User:
    return request.auth  # type: ignore[attr-defined,no-any-return]


def _instrument_or_404(instrument_id: str) -> Instrument:
    try:
        return get_instrument(instrument_id)
    except UnknownInstrumentError:
        raise Http404("No such assessment") from None


def _summary(inst: Instrument) -> dict[str, Any]:
    return {
        "id": inst.id,
        "version": inst.version,
        "title": inst.title,
        "intro": inst.intro,
        "audience": list(inst.audience),
        "for": selectors.audience_words(inst),
        "questions": len(inst.items),
        "shareable": inst.id in SHAREABLE,
        "credit": inst.credit,
    }


@router.get("/assessments/instruments")
def instruments(request: HttpRequest) -> list[dict[str, Any]]:
    """List every instrument."""
    return [_summary(inst) for inst in list_instruments()]


@router.get("/assessments/instruments/{instrument_id}")
def instrument(request: HttpRequest, instrument_id: str) -> dict[str, Any]:
    """Return one instrument with its questions and answer options."""
    inst = _instrument_or_404(instrument_id)
    return {
        **_summary(inst),
        "stem": inst.stem,
        "note": inst.note,
        "options": [{"value": o.value, "label": o.label} for o in inst.options],
        "items": [{"id": i.id, "text": i.text} for i in inst.items],
        "subscales": [{"id": s.id, "title": s.title} for s in inst.subscales],
        "max_total": inst.max_total if inst.has_total else None,
    }


@router.post(
    "/assessments/instruments/{instrument_id}/results", response={201: dict[str, Any]}
)
def submit(request: HttpRequest, instrument_id: str, payload: AnswersIn) -> Status[Any]:
    """Score answers and save the result; `help` comes back when it is needed."""
    inst = _instrument_or_404(instrument_id)
    user = _user(request)
    result, help = services.result_submit(
        user=user, instrument_id=inst.id, answers=payload.answers
    )
    return Status(201, with_help(selectors.result_data(result, viewer=user), help))


@router.get("/assessments/results")
def results(
    request: HttpRequest, instrument: str | None = None
) -> list[dict[str, Any]]:
    """List the caller's own results, newest first."""
    user = _user(request)
    return [
        selectors.result_data(r, viewer=user)
        for r in selectors.results_for(user=user, instrument_id=instrument)
    ]


@router.get("/assessments/shared")
def shared(request: HttpRequest) -> list[dict[str, Any]]:
    """List the results the caller's partner shared, newest first."""
    user = _user(request)
    return [
        selectors.result_data(r, viewer=user)
        for r in selectors.shared_with_me(viewer=user)
    ]


@router.get("/assessments/results/{result_id}")
def result(request: HttpRequest, result_id: int) -> dict[str, Any]:
    """Return one of the caller's results, or one their partner shared."""
    user = _user(request)
    row = selectors.result_visible(viewer=user, pk=result_id)
    return selectors.result_data(row, viewer=user)


@router.post("/assessments/results/{result_id}/share")
def share(request: HttpRequest, result_id: int, payload: ShareIn) -> dict[str, Any]:
    """Share one of the caller's results with their partner, or stop sharing."""
    user = _user(request)
    row = selectors.result_owned(viewer=user, pk=result_id)
    row = services.result_share(user=user, result=row, shared=payload.shared)
    return selectors.result_data(row, viewer=user)


@router.post("/assessments/results/{result_id}/acknowledge")
def acknowledge(
    request: HttpRequest, result_id: int, payload: AcknowledgeIn
) -> dict[str, Any]:
    """Answer the partner's shared neglect check ("I see this too", …)."""
    user = _user(request)
    row = selectors.result_visible(viewer=user, pk=result_id)
    ack, help = services.acknowledgement_save(
        user=user, result=row, response=payload.response, note=payload.note
    )
    return with_help(selectors.ack_data(ack), help)
