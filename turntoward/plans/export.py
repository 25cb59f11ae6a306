"""The plans part of a person's export: everything they own here, nothing else."""

from __future__ import annotations

from typing import Any

from turntoward.accounts.models import User
from turntoward.plans import models as m
from turntoward.plans.kinds import KINDS
from turntoward.plans.selectors import item_dict


def _at(value: Any) -> str:
    return str(value.isoformat())


def plans_export(user: User) -> dict[str, Any]:
    """Return the user's plan choices, items, logs and worksheet answers."""
    data: dict[str, Any] = {
        "plan_steps": [
            {
                "step": r.step,
                "position": r.position,
                "skipped": r.skipped,
                "uses": r.uses,
            }
            for r in m.PlanStep.objects.filter(owner=user).order_by("step")
        ],
    }
    for slug, kind in KINDS.items():
        rows = kind.model._default_manager.filter(owner=user).order_by(
            "created_at", "pk"
        )
        data[slug.replace("-", "_")] = [
            item_dict(row, viewer=user, kind=kind) for row in rows
        ]
    data["answers_i_gave"] = [
        {
            "request": r.request_id,
            "answer": r.answer,
            "reason": r.reason,
            "at": _at(r.created_at),
        }
        for r in m.NeedResponse.objects.filter(responder=user).order_by("pk")
    ]
    data["love_actions_done"] = [
        {"action": r.action_id, "at": _at(r.created_at)}
        for r in m.LoveActionDone.objects.filter(owner=user).order_by("pk")
    ]
    data["boundary_records"] = [
        {
            "boundary": r.boundary_id,
            "held": r.held,
            "note": r.note,
            "at": _at(r.created_at),
        }
        for r in m.BoundaryRecord.objects.filter(owner=user).order_by("pk")
    ]
    data["presence_log"] = [
        {
            "commitment": r.commitment_id,
            "prompt": r.prompt or None,
            "kept": r.kept,
            "note": r.note,
            "at": _at(r.created_at),
        }
        for r in m.PresenceLog.objects.filter(owner=user).order_by("pk")
    ]
    data["decision_worksheet"] = [
        {"question": r.question, "answer": r.answer, "at": _at(r.updated_at)}
        for r in m.DecisionAnswer.objects.filter(owner=user).order_by("question")
    ]
    return data
