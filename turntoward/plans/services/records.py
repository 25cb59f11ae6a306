"""Answers to a partner's request, and the private logs the tools keep."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.http import Http404

from turntoward.accounts.models import User
from turntoward.accounts.privacy import get_owned_or_404, shared_by_partner
from turntoward.core.errors import ServiceError
from turntoward.plans import content
from turntoward.plans import models as m
from turntoward.plans.services._common import (
    NOTE_MAX,
    check_safety,
    clean_text,
    require_couples,
)
from turntoward.safety.services import Help


def need_respond(
    *, user: User, pk: Any, answer: str, reason: str | None = None
) -> tuple[m.NeedResponse, Help | None]:
    """Answer a request the partner shared; anything else is "not found"."""
    try:
        request = shared_by_partner(m.NeedRequest.objects.all(), viewer=user).get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404("Not found") from None
    require_couples(user, field="answer")
    if answer not in m.Answer.values:
        raise ServiceError(
            "Choose yes, a change, or not now.", field="answer", code="invalid"
        )
    text = clean_text(
        reason,
        field="reason",
        label="Your reason",
        limit=NOTE_MAX,
        required=answer == m.Answer.CHANGE,
    )
    with transaction.atomic():
        response = m.NeedResponse.objects.create(
            request=request, responder=user, answer=answer, reason=text
        )
    return response, check_safety(user=user, texts=[text], source="plan_needs")


def _note(note: str | None) -> str:
    return clean_text(
        note, field="note", label="Your note", limit=NOTE_MAX, required=False
    )


def boundary_record_create(
    *, user: User, boundary: Any, held: str, note: str | None = None
) -> tuple[m.BoundaryRecord, Help | None]:
    """Note privately that a boundary was needed, and whether it held."""
    found = get_owned_or_404(m.Boundary.objects.all(), viewer=user, pk=boundary)
    if held not in m.Held.values:
        raise ServiceError("Choose whether it held.", field="held")
    text = _note(note)
    with transaction.atomic():
        record = m.BoundaryRecord.objects.create(
            owner=user, boundary=found, held=held, note=text
        )
    return record, check_safety(user=user, texts=[text], source="plan_boundaries")


def presence_log_create(
    *,
    user: User,
    commitment: Any = None,
    prompt: str | None = None,
    kept: bool = True,
    note: str | None = None,
) -> tuple[m.PresenceLog, Help | None]:
    """Log keeping a commitment, or trying a daily prompt, privately."""
    if (commitment is None) == (not prompt):
        raise ServiceError(
            "Log either a commitment or a daily step.", field="commitment"
        )
    found = None
    if commitment is not None:
        found = get_owned_or_404(
            m.PresenceCommitment.objects.all(), viewer=user, pk=commitment
        )
    elif prompt not in content.PROMPT_BY_ID:
        raise ServiceError("There's no daily step with that name.", field="prompt")
    text = _note(note)
    with transaction.atomic():
        log = m.PresenceLog.objects.create(
            owner=user, commitment=found, prompt=prompt or "", kept=kept, note=text
        )
    return log, check_safety(user=user, texts=[text], source="plan_presence")


def love_action_done(*, user: User, action: Any) -> m.LoveActionDone:
    """Note that the user did one of their own love actions."""
    found = get_owned_or_404(m.LoveAction.objects.all(), viewer=user, pk=action)
    with transaction.atomic():
        return m.LoveActionDone.objects.create(owner=user, action=found)


def decision_answers_save(
    *, user: User, answers: dict[str, str]
) -> tuple[int, Help | None]:
    """Save the worksheet answers given (blank clears one); return how many kept."""
    cleaned: dict[str, str] = {}
    for question, value in answers.items():
        if question not in content.QUESTION_BY_ID:
            raise ServiceError("There's no question with that name.", field=question)
        cleaned[question] = clean_text(
            value,
            field=question,
            label="Your answer",
            limit=NOTE_MAX * 2,
            required=False,
        )
    with transaction.atomic():
        for question, text in cleaned.items():
            if text:
                m.DecisionAnswer.objects.update_or_create(
                    owner=user, question=question, defaults={"answer": text}
                )
            else:
                m.DecisionAnswer.objects.filter(owner=user, question=question).delete()
    kept = m.DecisionAnswer.objects.filter(owner=user).count()
    return kept, check_safety(
        user=user, texts=list(cleaned.values()), source="plan_decide"
    )
