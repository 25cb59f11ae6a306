"""The summary a person can take to a therapist: only what they pick, only theirs."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils import timezone

from turntoward.accounts.models import User
from turntoward.assessments.instruments import AssessmentError, get_instrument
from turntoward.core.errors import ServiceError
from turntoward.plans import models as m
from turntoward.plans import sources
from turntoward.plans.pdf import Block, render_pdf
from turntoward.plans.services.plan import plan_record_use

NOTHING_PICKED = (
    "Pick at least one thing to put in the summary: your results, your needs, "
    "or some journal entries."
)


@dataclass
class Section:
    heading: str
    lines: list[str] = field(default_factory=list)


@dataclass
class Summary:
    title: str
    made_on: str
    intro: str
    sections: list[Section]

    def blocks(self) -> list[Block]:
        """Return the summary as PDF blocks."""
        out = [
            Block("title", self.title),
            Block("body", self.made_on),
            Block("body", self.intro),
        ]
        for section in self.sections:
            out.append(Block("heading", section.heading))
            out.extend(Block("body", line) for line in section.lines)
        return out

    def pdf(self) -> bytes:
        """Return the summary as a PDF file."""
        return render_pdf(self.blocks(), title=self.title)


def _band_label(instrument_id: str, band: Any) -> str:
    band_id = getattr(band, "id", band)
    try:
        for found in get_instrument(instrument_id).bands:
            if found.id == band_id:
                return found.label
    except (AssessmentError, LookupError):
        pass
    return str(band_id or "").replace("_", " ")


def _title(instrument_id: str) -> str:
    try:
        return get_instrument(instrument_id).title
    except (AssessmentError, LookupError):
        return instrument_id


def _results_section(user: User) -> Section:
    section = Section("Questionnaire results over time")
    for row in sources.result_history(user=user):
        instrument = str(getattr(row, "instrument_id", ""))
        when = getattr(row, "created_at", None)
        parts = [f"{when:%d %b %Y}" if when else "", _title(instrument)]
        total = getattr(row, "total", None)
        band = getattr(row, "band", None)
        if total is not None:
            parts.append(f"score {total}")
        if band:
            parts.append(_band_label(instrument, band))
        subscales = dict(getattr(row, "subscales", {}) or {})
        line = " - ".join(p for p in parts if p)
        if subscales:
            line += (
                " ("
                + ", ".join(
                    f"{k.replace('_', ' ')} {v}/100" for k, v in subscales.items()
                )
                + ")"
            )
        section.lines.append(line)
    if not section.lines:
        section.lines.append("No questionnaire results saved yet.")
    return section


def _needs_section(user: User) -> Section:
    section = Section("What I have asked for")
    rows = m.NeedRequest.objects.filter(owner=user).prefetch_related("responses")
    for req in rows.order_by("created_at", "pk"):
        section.lines.append(f"{req.created_at:%d %b %Y}: I need {req.text}")
        if req.example:
            section.lines.append(f"    For example: {req.example}")
        for answer in req.responses.all():
            said = m.Answer(answer.answer).label
            reason = f" - {answer.reason}" if answer.reason else ""
            section.lines.append(
                f"    Answer on {answer.created_at:%d %b %Y}: {said}{reason}"
            )
        if req.what_happened:
            section.lines.append(f"    What happened: {req.what_happened}")
    if not section.lines:
        section.lines.append("No requests written down yet.")
    return section


def _journal_section(user: User, wanted: set[str]) -> Section:
    section = Section("Journal entries I chose to bring")
    for entry in sources.journal_entries(user=user):
        if (
            str(entry.pk) not in wanted
            or getattr(entry, "owner_id", user.pk) != user.pk
        ):
            continue
        when = getattr(entry, "created_at", None)
        heading = f"{when:%d %b %Y}" if when else "Entry"
        section.lines.append(f"{heading}:")
        section.lines.extend(
            f"    {line}" for line in sources.journal_entry_text(entry).splitlines()
        )
    return section


def summary_build(
    *,
    user: User,
    results: bool = False,
    needs: bool = False,
    journal: Iterable[Any] = (),
) -> Summary:
    """Return a summary of exactly what was picked, from the user's own records."""
    wanted = {str(pk) for pk in journal if str(pk).strip()}
    if not (results or needs or wanted):
        raise ServiceError(NOTHING_PICKED, field="results", code="nothing_selected")
    sections = []
    if results:
        sections.append(_results_section(user))
    if needs:
        sections.append(_needs_section(user))
    if wanted:
        journal_part = _journal_section(user, wanted)
        if not journal_part.lines:
            raise ServiceError(
                "Those journal entries couldn't be found.", field="journal"
            )
        sections.append(journal_part)
    plan_record_use(user=user, step="professional_help")
    return Summary(
        title="Notes to bring to a therapist",
        made_on=f"Made on {timezone.localdate():%d %B %Y} with TurnToward.",
        intro=(
            "These are my own notes and questionnaire answers. The questionnaires "
            "are screeners, not a diagnosis."
        ),
        sections=sections,
    )
