"""Assessment writes: save answers as a person goes, finish, share, acknowledge.

Every write is checked by the pure scoring engine first and runs in one
transaction, so a refused request leaves nothing behind. Any answer above 0
on a safety item (PHQ-9 item 9) records a private safety event at once and
returns the help to show, whatever the total.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.assessments.instruments import (
    AssessmentError,
    Instrument,
    Result,
    UnknownInstrumentError,
    check_partial_answers,
    get_instrument,
    score,
)
from turntoward.assessments.models import (
    SHAREABLE,
    Acknowledgement,
    AckResponse,
    AssessmentResponse,
    AssessmentResult,
)
from turntoward.core.errors import ServiceError
from turntoward.safety.selectors import couples_gate_reason
from turntoward.safety.services import Help, help_for, safety_check_text, safety_trigger

FINISHED = (
    "These answers were already turned into a result, so nothing was changed. "
    "You can take it again any time."
)
NOT_SHAREABLE = (
    "This result stays private to you. Answers about mood and worry are never "
    "shown to a partner."
)
NOT_LINKED = "Link with your partner first; then you can choose what to share."
ACK_ONLY_NEGLECT = "Only a shared 'Feeling alone together' result can be answered."
ACK_NOT_OWN = "This is for your partner to answer, not you."
NOTE_MAX = 1000


def instrument_or_error(instrument_id: str) -> Instrument:
    """Return the instrument, or raise ServiceError naming the unknown id."""
    try:
        return get_instrument(instrument_id)
    except UnknownInstrumentError:
        raise ServiceError(
            f"There is no assessment called {instrument_id!r}.",
            field="instrument",
            code="unknown_instrument",
        ) from None


def _safety_help(
    *, user: User, instrument: Instrument, answers: Mapping[str, int]
) -> Help | None:
    if any(answers.get(item_id, 0) > 0 for item_id in instrument.safety_items):
        return safety_trigger(user=user, reason="crisis", source=instrument.id)
    return None


def _store(*, user: User, instrument: Instrument, result: Result) -> AssessmentResult:
    row = AssessmentResult(
        owner=user,
        instrument_id=instrument.id,
        instrument_version=result.version,
        answers=list(result.answers),
        total=result.total,
        band=result.band.id if result.band else "",
        subscales=dict(result.subscales),
        interpretation=result.interpretation,
        next_steps=list(result.next_steps),
        safety=result.safety,
    )
    row.full_clean()
    row.save()
    return row


def _score_or_error(
    instrument: Instrument, answers: Sequence[int] | Mapping[str, int]
) -> Result:
    try:
        return score(instrument, answers)
    except AssessmentError as exc:
        raise ServiceError(str(exc), field="answers") from None


def result_submit(
    *, user: User, instrument_id: str, answers: Any
) -> tuple[AssessmentResult, Help | None]:
    """Score a full set of answers (a list, or {item_id: value}) and save it."""
    instrument = instrument_or_error(instrument_id)
    if not isinstance(answers, list | dict):
        raise ServiceError(
            "Send answers as a list of numbers in question order, or as an object "
            "of question ids to numbers.",
            field="answers",
        )
    result = _score_or_error(instrument, answers)
    with transaction.atomic():
        row = _store(user=user, instrument=instrument, result=result)
        help = (
            safety_trigger(user=user, reason="crisis", source=instrument.id)
            if result.safety
            else None
        )
    return row, help


def response_start(*, user: User, instrument_id: str) -> AssessmentResponse:
    """Return the person's unfinished response for this instrument, or start one."""
    instrument = instrument_or_error(instrument_id)
    with transaction.atomic():
        response, _ = AssessmentResponse.objects.get_or_create(
            owner=user,
            instrument_id=instrument.id,
            completed_at__isnull=True,
            defaults={"instrument_version": instrument.version},
        )
        if response.instrument_version != instrument.version:
            # The questions changed since the pause: keep answers to those
            # that are still asked, so finishing cannot trip on a retired id.
            ids = {item.id for item in instrument.items}
            response.answers = {k: v for k, v in response.answers.items() if k in ids}
            response.instrument_version = instrument.version
            response.save(update_fields=["answers", "instrument_version"])
    return response


def response_restart(*, user: User, instrument_id: str) -> AssessmentResponse:
    """Throw away unfinished answers for this instrument and start afresh."""
    instrument = instrument_or_error(instrument_id)
    with transaction.atomic():
        AssessmentResponse.objects.filter(
            owner=user, instrument_id=instrument.id, completed_at__isnull=True
        ).delete()
        return AssessmentResponse.objects.create(
            owner=user,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
        )


def _locked_open(*, user: User, response: AssessmentResponse) -> AssessmentResponse:
    locked = AssessmentResponse.objects.select_for_update().get(
        pk=response.pk, owner=user
    )
    if locked.is_finished:
        raise ServiceError(FINISHED, field="answers", code="finished")
    return locked


def response_save_answers(
    *, user: User, response: AssessmentResponse, answers: Mapping[str, object]
) -> tuple[AssessmentResponse, Help | None]:
    """Save some answers to an unfinished response (to pause and resume)."""
    instrument = instrument_or_error(response.instrument_id)
    try:
        checked = check_partial_answers(instrument, answers)
    except AssessmentError as exc:
        raise ServiceError(str(exc), field="answers") from None
    with transaction.atomic():
        locked = _locked_open(user=user, response=response)
        merged = {**locked.answers, **checked}
        locked.answers = {
            i.id: merged[i.id] for i in instrument.items if i.id in merged
        }
        help = None
        if not locked.safety_noted:
            help = _safety_help(user=user, instrument=instrument, answers=checked)
            locked.safety_noted = help is not None
        locked.save()
    return locked, help


def response_finish(
    *, user: User, response: AssessmentResponse
) -> tuple[AssessmentResult, Help | None]:
    """Score a complete response, store the result and close the response."""
    instrument = instrument_or_error(response.instrument_id)
    with transaction.atomic():
        locked = _locked_open(user=user, response=response)
        result = _score_or_error(instrument, locked.answers)
        row = _store(user=user, instrument=instrument, result=result)
        help = None
        if result.safety:
            # Recorded once per response; shown again on finishing either way.
            help = (
                help_for(user=user, reason="crisis")
                if locked.safety_noted
                else safety_trigger(user=user, reason="crisis", source=instrument.id)
            )
        locked.safety_noted = locked.safety_noted or result.safety
        locked.completed_at = timezone.now()
        locked.result = row
        locked.save()
    return row, help


def _couples_gate(user: User, *, field: str) -> None:
    """Refuse a couples action until safety's private partner check allows it."""
    reason = couples_gate_reason(user)
    if reason is not None:
        raise ServiceError(reason, field=field, code="couples_gate")


def result_share(
    *, user: User, result: AssessmentResult, shared: bool
) -> AssessmentResult:
    """Share a result with the linked partner, or make it private again."""
    if result.owner_id != user.pk:
        raise ServiceError("Only the person who took it can share it.", field="shared")
    if shared and result.instrument_id not in SHAREABLE:
        raise ServiceError(NOT_SHAREABLE, field="shared", code="not_shareable")
    if shared and user.partner_id is None:
        raise ServiceError(NOT_LINKED, field="shared", code="not_linked")
    # Sharing waits for the private partner check; un-sharing never does.
    if shared:
        _couples_gate(user, field="shared")
    with transaction.atomic():
        AssessmentResult.objects.filter(pk=result.pk, owner=user).update(
            shared=shared, updated_at=timezone.now()
        )
        result.refresh_from_db()
    return result


def acknowledgement_save(
    *, user: User, result: AssessmentResult, response: str, note: str = ""
) -> tuple[Acknowledgement, Help | None]:
    """Answer a partner's shared neglect check; saying it again replaces the answer."""
    if result.owner_id == user.pk:
        raise ServiceError(ACK_NOT_OWN, field="response")
    if (
        result.instrument_id != "neglect_check"
        or not result.shared
        or user.partner_id != result.owner_id
    ):
        raise ServiceError(ACK_ONLY_NEGLECT, field="response")
    _couples_gate(user, field="response")
    if response not in AckResponse.values:
        raise ServiceError(
            "Choose 'I see this too' or 'I didn't realise — I want to understand'.",
            field="response",
        )
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ServiceError(
            f"Please keep the note under {NOTE_MAX} characters.", field="note"
        )
    with transaction.atomic():
        ack, _ = Acknowledgement.objects.update_or_create(
            result=result,
            owner=user,
            defaults={"response": response, "note": note, "shared": True},
        )
        help = (
            safety_check_text(
                user=user, text=note, source="assessment_ack", kind="message"
            )
            if note
            else None
        )
    return ack, help
