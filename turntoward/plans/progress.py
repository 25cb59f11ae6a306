"""The person's own progress, as plain counts of things done.

No streaks, no scores to fail: a count only ever goes up, and a step with
nothing done yet simply says nothing.
"""

from __future__ import annotations

from django.db.models import Count

from turntoward.accounts.models import User
from turntoward.plans import models as m
from turntoward.plans import sources


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _uses(user: User) -> dict[str, int]:
    rows = m.PlanStep.objects.filter(owner=user, uses__gt=0)
    return {row.step: row.uses for row in rows}


def step_progress(*, user: User) -> dict[str, list[str]]:
    """Return step id → short lines like "3 messages checked"."""
    uses = _uses(user)
    out: dict[str, list[str]] = {}

    def say(step: str, count: int, one: str, many: str) -> None:
        if count:
            out.setdefault(step, []).append(_plural(count, one, many))

    results = len(sources.latest_results(user=user))
    say("acknowledge", results, "questionnaire taken", "questionnaires taken")
    say(
        "communicate_gently",
        uses.get("communicate_gently", 0),
        "message checked",
        "messages checked",
    )
    say(
        "practice_empathy",
        uses.get("practice_empathy", 0),
        "reply practised",
        "replies practised",
    )
    needs = m.NeedRequest.objects.filter(owner=user).aggregate(
        n=Count("pk", distinct=True), answered=Count("responses", distinct=True)
    )
    say("set_expectations", needs["n"], "need written down", "needs written down")
    say("set_expectations", needs["answered"], "answer received", "answers received")
    say(
        "love_languages",
        m.LoveAction.objects.filter(owner=user).count(),
        "small action planned",
        "small actions planned",
    )
    say(
        "love_languages",
        m.LoveActionDone.objects.filter(owner=user).count(),
        "time done",
        "times done",
    )
    say(
        "validate_feelings",
        uses.get("validate_feelings", 0),
        "time you wrote it out",
        "times you wrote it out",
    )
    say(
        "self_compassion",
        m.Affirmation.objects.filter(owner=user).count(),
        "affirmation of your own",
        "affirmations of your own",
    )
    say(
        "self_compassion",
        m.SelfCareItem.objects.filter(owner=user).count(),
        "self-care idea",
        "self-care ideas",
    )
    say(
        "self_compassion",
        m.SupportPerson.objects.filter(owner=user).count(),
        "supportive person listed",
        "supportive people listed",
    )
    say(
        "boundaries",
        m.Boundary.objects.filter(owner=user).count(),
        "boundary planned",
        "boundaries planned",
    )
    say(
        "boundaries",
        m.BoundaryRecord.objects.filter(owner=user).count(),
        "time noted",
        "times noted",
    )
    logs = m.PresenceLog.objects.filter(owner=user, kept=True)
    say(
        "express_emotions",
        logs.exclude(prompt="").count(),
        "small step tried",
        "small steps tried",
    )
    say(
        "be_present",
        m.PresenceCommitment.objects.filter(owner=user).count(),
        "commitment made",
        "commitments made",
    )
    say(
        "be_present",
        logs.filter(commitment__isnull=False).count(),
        "time kept",
        "times kept",
    )
    say(
        "decide",
        m.DecisionAnswer.objects.filter(owner=user).count(),
        "question answered",
        "questions answered",
    )
    for step in ("professional_help", "seek_guidance"):
        say(step, uses.get("professional_help", 0), "summary made", "summaries made")
    return out
