"""Writes for the plan itself: skip, bring back, move, and count a tool's use."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.plans import content
from turntoward.plans.models import PlanStep
from turntoward.plans.plan import Plan, plan_for

MOVES = ("up", "down")


def _check_step(plan: Plan, step: str) -> None:
    if step in plan.step_ids():
        return
    if step in content.STEPS:
        raise ServiceError(
            f"\u201c{content.STEPS[step].title}\u201d isn't part of your plan right "
            f"now: your plan is for {content.ROLE_WORDS[plan.role]}. You can "
            "change which fits you in Settings.",
            field="step",
            code="wrong_role",
        )
    raise ServiceError("There's no step with that name.", field="step")


@transaction.atomic
def plan_step_update(
    *, user: User, step: str, skipped: bool | None = None, move: str | None = None
) -> Plan:
    """Skip or bring back a step, or move it up or down; return the new plan."""
    plan = plan_for(user=user)
    _check_step(plan, step)
    if move is not None and move not in MOVES:
        raise ServiceError("Move a step 'up' or 'down'.", field="move")
    if skipped is not None:
        PlanStep.objects.update_or_create(
            owner=user, step=step, defaults={"skipped": skipped}
        )
    if move is not None:
        order = [e.id for e in plan.steps if e.id not in content.SAFETY_STEPS]
        if step in order:
            index = order.index(step)
            other = index - 1 if move == "up" else index + 1
            if 0 <= other < len(order):
                order[index], order[other] = order[other], order[index]
            for position, step_id in enumerate(order):
                PlanStep.objects.update_or_create(
                    owner=user, step=step_id, defaults={"position": position}
                )
    return plan_for(user=user)


@transaction.atomic
def plan_reset(*, user: User) -> None:
    """Forget the person's own order and skips; keep their counts."""
    PlanStep.objects.filter(owner=user).update(position=None, skipped=False)


def plan_record_use(*, user: User, step: str) -> None:
    """Count one use of a step's tool (a count only, never what was written)."""
    with transaction.atomic():
        row, _ = PlanStep.objects.get_or_create(owner=user, step=step)
        PlanStep.objects.filter(pk=row.pk).update(uses=F("uses") + 1)
