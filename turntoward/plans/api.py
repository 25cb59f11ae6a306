"""API endpoints for plans, under /api/v1/plans/: the same services as the pages."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any, cast

from django.http import HttpRequest, HttpResponse
from ninja import Body, Router, Schema
from ninja.responses import Status

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.plans import content, selectors
from turntoward.plans.plan import Plan, plan_for
from turntoward.plans.services import coach, items, records
from turntoward.plans.services import plan as plan_services
from turntoward.plans.services.coach import CoachResult
from turntoward.plans.summary import summary_build
from turntoward.plans.worksheet import worksheet_for
from turntoward.safety.services import with_help

router = Router(tags=["plans"])


def _me(request: HttpRequest) -> User:
    return cast(User, request.auth)  # type: ignore[attr-defined]


# --- the plan -------------------------------------------------------------------


def _plan_dict(plan: Plan) -> dict[str, Any]:
    def entry(e: Any) -> dict[str, Any]:
        return {
            "id": e.id,
            "title": e.info.title,
            "what": e.info.what,
            "why": e.info.why,
            "tool": {"label": e.info.tool_label, "url": e.url},
            "progress": e.progress,
            "because": e.because,
            "skipped": e.skipped,
        }

    return {
        "role": plan.role,
        "safety_mode": plan.safety_mode,
        "based_on": plan.based_on,
        "steps": [entry(e) for e in plan.steps],
        "skipped": [entry(e) for e in plan.skipped],
    }


class StepPatch(Schema):
    skipped: bool | None = None
    move: str | None = None


@router.get("/plans/plan")
def plan(request: HttpRequest) -> dict[str, Any]:
    """Return the caller's plan, ordered for their role and results."""
    return _plan_dict(plan_for(user=_me(request)))


@router.patch("/plans/plan/steps/{step}")
def plan_step(request: HttpRequest, step: str, payload: StepPatch) -> dict[str, Any]:
    """Skip or bring back a step, or move it 'up' or 'down'."""
    return _plan_dict(
        plan_services.plan_step_update(
            user=_me(request), step=step, skipped=payload.skipped, move=payload.move
        )
    )


@router.post("/plans/plan/reset")
def plan_reset(request: HttpRequest) -> dict[str, Any]:
    """Go back to the suggested order with nothing skipped."""
    plan_services.plan_reset(user=_me(request))
    return _plan_dict(plan_for(user=_me(request)))


# --- coaches --------------------------------------------------------------------


class MessageIn(Schema):
    text: str


class ReplyIn(Schema):
    reply: str
    context: str | None = None


def _coached(result: CoachResult) -> dict[str, Any]:
    return with_help(result.to_dict(), result.help)


@router.post("/plans/coach/message")
def coach_message(request: HttpRequest, payload: MessageIn) -> dict[str, Any]:
    """Check a message for blame; return what was noticed and a gentler version."""
    return _coached(coach.coach_message(user=_me(request), text=payload.text))


@router.post("/plans/coach/empathy")
def coach_empathy(request: HttpRequest, payload: ReplyIn) -> dict[str, Any]:
    """Check a reply for brushing a feeling off; return a validating one."""
    return _coached(
        coach.coach_reply(
            user=_me(request), context=payload.context, reply=payload.reply
        )
    )


@router.get("/plans/coach/starters")
def starters(request: HttpRequest) -> list[str]:
    """Return our gentle conversation starters."""
    return list(content.STARTERS)


@router.get("/plans/coach/scenarios")
def scenarios(request: HttpRequest) -> list[dict[str, str]]:
    """Return the empathy practice scenarios."""
    return [asdict(s) for s in content.SCENARIOS]


@router.post("/plans/coach/scenarios/{scenario}")
def practice(request: HttpRequest, scenario: str, payload: ReplyIn) -> dict[str, Any]:
    """Check an answer to one practice scenario."""
    if scenario not in content.SCENARIO_BY_ID:
        from django.http import Http404

        raise Http404("Not found")
    return _coached(
        coach.coach_practice(user=_me(request), scenario=scenario, reply=payload.reply)
    )


# --- list items (needs, love actions, affirmations, …) --------------------------


def _split_shared(payload: dict[str, Any]) -> tuple[dict[str, Any], bool | None]:
    data = dict(payload)
    shared = data.pop("shared", None)
    if shared is not None and not isinstance(shared, bool):
        raise ServiceError("shared must be true or false.", field="shared")
    return data, shared


@router.get("/plans/items/{kind}")
def item_list(request: HttpRequest, kind: str) -> list[dict[str, Any]]:
    """List the caller's items of a kind and the partner's shared ones."""
    spec = items.get_kind(kind)
    rows = selectors.items_visible(user=_me(request), kind=spec)
    return [selectors.item_dict(r, viewer=_me(request), kind=spec) for r in rows]


@router.post("/plans/items/{kind}", response={201: dict[str, Any]})
def item_create(
    request: HttpRequest, kind: str, payload: Body[dict[str, Any]]
) -> Status[Any]:
    """Create an item; `shared` (default false) shows it to the partner."""
    data, shared = _split_shared(payload)
    item, help = items.item_create(
        user=_me(request), kind=kind, data=data, shared=bool(shared)
    )
    body = selectors.item_dict(item, viewer=_me(request), kind=items.get_kind(kind))
    return Status(201, with_help(body, help))


@router.get("/plans/items/{kind}/{item_id}")
def item_get(request: HttpRequest, kind: str, item_id: int) -> dict[str, Any]:
    """Return one item the caller may read (own, or shared by the partner)."""
    spec = items.get_kind(kind)
    item = selectors.item_visible(user=_me(request), kind=spec, pk=item_id)
    return selectors.item_dict(item, viewer=_me(request), kind=spec)


@router.patch("/plans/items/{kind}/{item_id}")
def item_update(
    request: HttpRequest, kind: str, item_id: int, payload: Body[dict[str, Any]]
) -> dict[str, Any]:
    """Change an item the caller owns; the partner gets 404."""
    data, shared = _split_shared(payload)
    item, help = items.item_update(
        user=_me(request), kind=kind, pk=item_id, data=data, shared=shared
    )
    body = selectors.item_dict(item, viewer=_me(request), kind=items.get_kind(kind))
    return with_help(body, help)


@router.delete("/plans/items/{kind}/{item_id}", response={204: None})
def item_delete(request: HttpRequest, kind: str, item_id: int) -> Status[None]:
    """Delete an item the caller owns; the partner gets 404."""
    items.item_delete(user=_me(request), kind=kind, pk=item_id)
    return Status(204, None)


# --- needs board ----------------------------------------------------------------


class RespondIn(Schema):
    answer: str
    reason: str | None = None


@router.post("/plans/needs/{item_id}/responses", response={201: dict[str, Any]})
def need_respond(request: HttpRequest, item_id: int, payload: RespondIn) -> Status[Any]:
    """Answer a request the partner shared (anything else is 404)."""
    response, help = records.need_respond(
        user=_me(request), pk=item_id, answer=payload.answer, reason=payload.reason
    )
    body = {
        "request": response.request_id,
        "answer": response.answer,
        "reason": response.reason,
        "at": response.created_at.isoformat(),
    }
    return Status(201, with_help(body, help))


@router.get("/plans/needs/review")
def needs_review(request: HttpRequest, weeks_ago: int = 0) -> dict[str, Any]:
    """Return one week's look back: asked, answered, and the partner's requests."""
    review = selectors.needs_review(user=_me(request), weeks_ago=weeks_ago)
    kind = items.get_kind("needs")

    def rows(found: list[Any]) -> list[dict[str, Any]]:
        return [selectors.item_dict(r, viewer=_me(request), kind=kind) for r in found]

    return {
        "start": review.start.isoformat(),
        "end": review.end.isoformat(),
        "asked": rows(review.asked),
        "answered": rows(review.answered),
        "partner_asked": rows(review.partner_asked),
    }


# --- love styles, kit, boundaries, presence -------------------------------------


@router.get("/plans/love")
def love(request: HttpRequest) -> dict[str, Any]:
    """Return ideas each way from the love-style results the caller may see."""
    bridge = selectors.love_bridge(user=_me(request))
    return {
        "my_styles": bridge.my_styles,
        "partner_styles": bridge.partner_styles,
        "ideas_for_partner": [{"style": s, "text": t} for s, t in bridge.for_partner],
        "ideas_to_ask_for": [{"style": s, "text": t} for s, t in bridge.for_me],
    }


@router.post("/plans/love/actions/{item_id}/done", response={201: dict[str, Any]})
def love_done(request: HttpRequest, item_id: int) -> Status[Any]:
    """Note one time the caller did one of their own small actions."""
    done = records.love_action_done(user=_me(request), action=item_id)
    return Status(201, {"action": done.action_id, "at": done.created_at.isoformat()})


@router.get("/plans/kit")
def kit(request: HttpRequest) -> dict[str, Any]:
    """Return today's affirmation (and one of the caller's own)."""
    return {
        "affirmation": selectors.affirmation_of_the_day(user=_me(request)),
        "own_affirmation": selectors.own_affirmation_of_the_day(user=_me(request)),
    }


@router.post("/plans/kit/check")
def kit_check(request: HttpRequest, payload: MessageIn) -> dict[str, Any]:
    """Answer self-invalidating words with validation; nothing is stored."""
    return _coached(coach.kit_check(user=_me(request), text=payload.text))


class RecordIn(Schema):
    held: str
    note: str | None = None


@router.post(
    "/plans/items/boundaries/{item_id}/records", response={201: dict[str, Any]}
)
def boundary_record(
    request: HttpRequest, item_id: int, payload: RecordIn
) -> Status[Any]:
    """Note privately that a boundary was needed, and whether it held."""
    record, help = records.boundary_record_create(
        user=_me(request), boundary=item_id, held=payload.held, note=payload.note
    )
    body = {
        "id": record.pk,
        "boundary": item_id,
        "held": record.held,
        "note": record.note,
        "at": record.created_at.isoformat(),
    }
    return Status(201, with_help(body, help))


@router.get("/plans/boundaries/records")
def boundary_records(request: HttpRequest) -> list[dict[str, Any]]:
    """Return the caller's own boundary records."""
    return [
        {
            "id": r.pk,
            "boundary": r.boundary_id,
            "held": r.held,
            "note": r.note,
            "at": r.created_at.isoformat(),
        }
        for r in selectors.boundary_records(user=_me(request))
    ]


class LogIn(Schema):
    commitment: int | None = None
    prompt: str | None = None
    kept: bool = True
    note: str | None = None


def _log_dict(log: Any) -> dict[str, Any]:
    return {
        "id": log.pk,
        "commitment": log.commitment_id,
        "prompt": log.prompt or None,
        "kept": log.kept,
        "note": log.note,
        "at": log.created_at.isoformat(),
    }


@router.get("/plans/presence")
def presence(request: HttpRequest) -> dict[str, Any]:
    """Return today's small step and the caller's own presence log."""
    prompt = selectors.prompt_of_the_day(user=_me(request))
    return {
        "prompt": {"id": prompt.id, "text": prompt.text},
        "log": [_log_dict(r) for r in selectors.presence_logs(user=_me(request))],
    }


@router.post("/plans/presence/log", response={201: dict[str, Any]})
def presence_log(request: HttpRequest, payload: LogIn) -> Status[Any]:
    """Log keeping a commitment or trying a daily step, privately."""
    log, help = records.presence_log_create(
        user=_me(request),
        commitment=payload.commitment,
        prompt=payload.prompt,
        kept=payload.kept,
        note=payload.note,
    )
    return Status(201, with_help(_log_dict(log), help))


# --- decision worksheet and professional help -----------------------------------


class AnswersIn(Schema):
    answers: dict[str, str]


def _worksheet(user: User) -> dict[str, Any]:
    sheet = worksheet_for(user=user)
    return {
        "since": sheet.since.isoformat() if sheet.since else None,
        "asked": [
            {
                "text": r.text,
                "at": r.created_at.isoformat(),
                "answers": [a.answer for a in r.responses.all()],
            }
            for r in sheet.asked
        ],
        "answered": sheet.answered,
        "accepted": sheet.accepted,
        "trends": [asdict(t) for t in sheet.trends],
        "questions": [
            {"id": q.id, "text": q.text, "answer": a} for q, a in sheet.questions
        ],
    }


@router.get("/plans/decide")
def decide(request: HttpRequest) -> dict[str, Any]:
    """Return the caller's decision worksheet (never anyone else's)."""
    return _worksheet(_me(request))


@router.post("/plans/decide")
def decide_save(request: HttpRequest, payload: AnswersIn) -> dict[str, Any]:
    """Save worksheet answers; a blank answer clears that question."""
    _, help = records.decision_answers_save(user=_me(request), answers=payload.answers)
    return with_help(_worksheet(_me(request)), help)


@router.get("/plans/help")
def professional_help(request: HttpRequest) -> dict[str, Any]:
    """Return when and why to look for a therapist, and the kinds of help."""
    return {
        "your_reasons": selectors.help_reasons(user=_me(request)),
        "when": list(content.WHEN_TO_LOOK),
        "kinds": [{"name": n, "text": t} for n, t in content.THERAPY_KINDS],
    }


class SummaryIn(Schema):
    results: bool = False
    needs: bool = False
    journal: list[int] = []


@router.post("/plans/summary")
def summary(request: HttpRequest, payload: SummaryIn) -> dict[str, Any]:
    """Return the summary of exactly what was picked, as JSON."""
    built = summary_build(user=_me(request), **payload.dict())
    return asdict(built)


@router.post("/plans/summary.pdf")
def summary_pdf(request: HttpRequest, payload: SummaryIn) -> HttpResponse:
    """Return the summary of exactly what was picked, as a PDF."""
    built = summary_build(user=_me(request), **payload.dict())
    response = HttpResponse(built.pdf(), content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="summary.pdf"'
    return response
