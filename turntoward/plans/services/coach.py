"""The message coach, the empathy coach and the self-kit's kind answers.

They read text with the language engine and count a use of the tool. What the
person wrote is never stored: only the count is.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from typing import Any

from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.language import Analysis, analyze
from turntoward.plans import content
from turntoward.plans.services._common import COACH_MAX, check_safety, clean_text
from turntoward.plans.services.plan import plan_record_use
from turntoward.safety.services import Help, safety_check_text


@dataclass(frozen=True)
class Finding:
    """A piece of the text the engine noticed, and why it matters."""

    fragment: str
    why: str
    label: str

    def to_dict(self) -> dict[str, str]:
        return {"fragment": self.fragment, "why": self.why, "label": self.label}


@dataclass
class CoachResult:
    """What a coach shows: the text, what was noticed, and a kinder version."""

    text: str
    flagged: bool
    findings: list[Finding]
    suggestion: str | None
    help: Help | None = None
    extra: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "flagged": self.flagged,
            "findings": [f.to_dict() for f in self.findings],
            "suggestion": self.suggestion,
            "extra": list(self.extra),
        }


def _findings(text: str, analysis: Analysis, labels: set[str]) -> list[Finding]:
    seen: set[tuple[int, int]] = set()
    out: list[Finding] = []
    for span in analysis.spans:
        if span.label not in labels or (span.start, span.end) in seen:
            continue
        # A span inside one already shown adds nothing for the reader.
        if any(s <= span.start and span.end <= e for s, e in seen):
            continue
        seen.add((span.start, span.end))
        out.append(Finding(text[span.start : span.end], span.why, span.label))
    return out


def coach_message(*, user: User, text: str) -> CoachResult:
    """Check a message for blame or harshness and offer a gentler version."""
    text = clean_text(text, field="text", label="Your message", limit=COACH_MAX)
    analysis = analyze(text, kind="message", emotions=False)
    help = safety_check_text(
        user=user, text=text, source="message_coach", kind="message", analysis=analysis
    )
    plan_record_use(user=user, step="communicate_gently")
    return CoachResult(
        text=text,
        flagged=analysis.harsh,
        findings=_findings(text, analysis, {"harsh"}),
        suggestion=analysis.suggestion if analysis.harsh else None,
        help=help,
    )


def coach_reply(*, user: User, context: str | None, reply: str) -> CoachResult:
    """Check a reply for brushing a feeling off and offer a validating one."""
    said = clean_text(
        context,
        field="context",
        label="What they said",
        limit=COACH_MAX,
        required=False,
    )
    reply = clean_text(reply, field="reply", label="Your reply", limit=COACH_MAX)
    analysis = analyze(reply, kind="reply", context=said or None, emotions=False)
    help = safety_check_text(
        user=user, text=reply, source="empathy_coach", kind="reply", analysis=analysis
    ) or check_safety(user=user, texts=[said], source="empathy_coach", kind="message")
    plan_record_use(user=user, step="practice_empathy")
    return CoachResult(
        text=reply,
        flagged=analysis.dismissive,
        findings=_findings(reply, analysis, {"dismissive", "harsh"}),
        suggestion=analysis.suggestion if analysis.dismissive else None,
        help=help,
    )


def coach_practice(*, user: User, scenario: str, reply: str) -> CoachResult:
    """Check a practice answer to one of our scenarios."""
    found = content.SCENARIO_BY_ID.get(scenario)
    if found is None:
        raise ServiceError(
            "There's no practice scenario with that name.", field="scenario"
        )
    return coach_reply(user=user, context=found.said, reply=reply)


def kit_check(*, user: User, text: str) -> CoachResult:
    """Answer self-invalidating words with validation."""
    text = clean_text(text, field="text", label="What you wrote", limit=COACH_MAX)
    analysis = analyze(text, kind="journal", emotions=False)
    help = safety_check_text(
        user=user, text=text, source="self_kit", kind="journal", analysis=analysis
    )
    plan_record_use(user=user, step="validate_feelings")
    answers: list[str] = []
    if analysis.self_invalidation:
        start = zlib.crc32(text.encode("utf-8")) % len(content.VALIDATIONS)
        answers = [
            content.VALIDATIONS[(start + k) % len(content.VALIDATIONS)] for k in (0, 1)
        ]
    return CoachResult(
        text=text,
        flagged=analysis.self_invalidation,
        findings=_findings(text, analysis, {"self_invalidation"}),
        suggestion=None,
        help=help,
        extra=answers,
    )
