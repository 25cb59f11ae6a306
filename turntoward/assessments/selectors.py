"""Assessment reads. Each takes the requesting user and goes through the privacy
selectors: the owner sees their own, the linked partner sees only what was
shared (never item answers), everyone else gets "not found".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet

from turntoward.accounts.models import Role, User
from turntoward.accounts.privacy import (
    get_owned_or_404,
    get_visible_or_404,
    owned_by,
    shared_by_partner,
    visible_to,
)
from turntoward.assessments.instruments import (
    ROLES,
    Band,
    Instrument,
    get_instrument,
    list_instruments,
)
from turntoward.assessments.models import (
    SHAREABLE,
    Acknowledgement,
    AssessmentResponse,
    AssessmentResult,
)

# Who each instrument is written for, in words (framework §3 roles).
ROLE_WORDS = {
    Role.NEGLECTED: "people whose emotional needs often go unanswered",
    Role.NEGLECTING: "people who think they may be hard to reach",
    Role.BOTH: "couples who both feel it",
    Role.UNSURE: "anyone not sure yet",
}


def audience_words(instrument: Instrument) -> str:
    """Return who an instrument is for, in a short plain phrase."""
    if set(instrument.audience) >= ROLES:
        return "Anyone"
    words = [ROLE_WORDS[Role(role)] for role in instrument.audience]
    if len(words) == 1:
        return words[0].capitalize()
    return (", ".join(words[:-1]) + " and " + words[-1]).capitalize()


# --- results ------------------------------------------------------------------


def results_for(
    *, user: User, instrument_id: str | None = None
) -> QuerySet[AssessmentResult]:
    """Return the user's own results, newest first."""
    qs = owned_by(AssessmentResult.objects.all(), viewer=user)
    if instrument_id is not None:
        qs = qs.filter(instrument_id=instrument_id)
    return qs


def result_history(*, user: User, instrument_id: str) -> list[AssessmentResult]:
    """Return the user's own results for one instrument, oldest first."""
    return list(
        results_for(user=user, instrument_id=instrument_id).order_by("created_at", "id")
    )


def latest_results(*, user: User) -> dict[str, AssessmentResult]:
    """Return the user's own newest result for each instrument they have taken."""
    latest: dict[str, AssessmentResult] = {}
    for row in results_for(user=user):
        latest.setdefault(row.instrument_id, row)
    return latest


def shared_with_me(*, viewer: User) -> QuerySet[AssessmentResult]:
    """Return the results the viewer's linked partner chose to share, newest first."""
    return shared_by_partner(AssessmentResult.objects.all(), viewer=viewer)


def result_visible(*, viewer: User, pk: Any) -> AssessmentResult:
    """Return a result the viewer owns or was shown by their partner, else 404."""
    return get_visible_or_404(AssessmentResult.objects.all(), viewer=viewer, pk=pk)


def result_owned(*, viewer: User, pk: Any) -> AssessmentResult:
    """Return a result the viewer owns, else 404 (the partner included)."""
    return get_owned_or_404(AssessmentResult.objects.all(), viewer=viewer, pk=pk)


def acknowledgements_for(
    *, viewer: User, result: AssessmentResult
) -> list[Acknowledgement]:
    """Return the acknowledgements on a result that the viewer may read."""
    return list(visible_to(result.acknowledgements.all(), viewer=viewer))


def my_acknowledgement(
    *, viewer: User, result: AssessmentResult
) -> Acknowledgement | None:
    """Return the viewer's own acknowledgement of a partner's result, if any."""
    return owned_by(result.acknowledgements.all(), viewer=viewer).first()


# --- responses in progress ----------------------------------------------------


def open_responses(*, user: User) -> dict[str, AssessmentResponse]:
    """Return the user's unfinished responses, keyed by instrument id."""
    qs = owned_by(AssessmentResponse.objects.all(), viewer=user)
    return {r.instrument_id: r for r in qs.filter(completed_at__isnull=True)}


def response_owned(*, viewer: User, pk: Any) -> AssessmentResponse:
    """Return one of the viewer's own responses, else 404."""
    return get_owned_or_404(AssessmentResponse.objects.all(), viewer=viewer, pk=pk)


# --- what a result means, for pages and the API ---------------------------------


@dataclass(frozen=True)
class SubscaleView:
    id: str
    title: str
    value: int
    band: Band | None


def _band_for(bands: tuple[Band, ...], value: int | None) -> Band | None:
    if value is None:
        return None
    return next((b for b in bands if b.contains(value)), None)


def total_band(result: AssessmentResult) -> Band | None:
    """Return the stored total's band as the instrument describes it."""
    instrument = get_instrument(result.instrument_id)
    return next((b for b in instrument.bands if b.id == result.band), None)


def subscale_views(result: AssessmentResult) -> list[SubscaleView]:
    """Return each subscale's score with its band, in the instrument's order."""
    instrument = get_instrument(result.instrument_id)
    views = []
    for sub in instrument.subscales:
        value = result.subscales.get(sub.id)
        if value is None:
            continue
        views.append(
            SubscaleView(sub.id, sub.title, value, _band_for(sub.bands, value))
        )
    return views


def result_data(result: AssessmentResult, *, viewer: User) -> dict[str, Any]:
    """Return a result as JSON-ready data; item answers only ever go to the owner."""
    instrument = get_instrument(result.instrument_id)
    band = total_band(result)
    mine = result.owner_id == viewer.pk
    data: dict[str, Any] = {
        "id": result.pk,
        "instrument": result.instrument_id,
        "title": instrument.title,
        "version": result.instrument_version,
        "created_at": result.created_at.isoformat(),
        "owner": "you" if mine else "partner",
        "total": result.total,
        "max_total": instrument.max_total if instrument.has_total else None,
        "band": band.id if band else None,
        "band_label": band.label if band else None,
        "subscales": dict(result.subscales),
        "subscale_bands": {
            s.id: s.band.id for s in subscale_views(result) if s.band is not None
        },
        "interpretation": result.interpretation,
        "next_steps": list(result.next_steps),
        "shared": result.shared,
        "shareable": result.instrument_id in SHAREABLE,
        "acknowledgements": [
            ack_data(a) for a in acknowledgements_for(viewer=viewer, result=result)
        ],
    }
    if mine:
        # PHQ-9 and GAD-7 item answers, and the safety flag, never leave the
        # owner's hands; the partner gets the summary of a shared result only.
        data["answers"] = {
            item.id: value
            for item, value in zip(instrument.items, result.answers, strict=False)
        }
        data["safety"] = result.safety
    return data


def ack_data(ack: Acknowledgement) -> dict[str, Any]:
    """Return an acknowledgement as JSON-ready data."""
    return {
        "response": ack.response,
        "label": ack.get_response_display(),
        "note": ack.note,
        "at": ack.updated_at.isoformat(),
    }


# --- love styles side by side ---------------------------------------------------


def latest_shared_love_styles(*, user: User) -> AssessmentResult | None:
    """Return the user's newest shared love-styles result, if any."""
    return (
        results_for(user=user, instrument_id="love_styles").filter(shared=True).first()
    )


def top_ways(subscales: dict[str, int], *, limit: int = 2) -> list[str]:
    """Return the ids of the highest-scored ways (ties at the cut-off kept)."""
    ranked = sorted(subscales.items(), key=lambda kv: -kv[1])
    if not ranked:
        return []
    cut = ranked[min(limit, len(ranked)) - 1][1]
    return [way for way, value in ranked if value >= cut]


# --- export ---------------------------------------------------------------------


def assessments_export(user: User) -> dict[str, Any]:
    """Return the user's own results, unfinished answers and acknowledgements."""
    return {
        "results": [
            {
                "instrument": r.instrument_id,
                "version": r.instrument_version,
                "at": r.created_at.isoformat(),
                "answers": list(r.answers),
                "total": r.total,
                "band": r.band or None,
                "subscales": r.subscales,
                "shared": r.shared,
            }
            for r in results_for(user=user)
        ],
        "in_progress": [
            {"instrument": r.instrument_id, "answers": r.answers}
            for r in open_responses(user=user).values()
        ],
        "acknowledgements_written": [
            {"result_instrument": a.result.instrument_id, **ack_data(a)}
            for a in owned_by(
                Acknowledgement.objects.select_related("result"), viewer=user
            )
        ],
    }


# Signs first, then their impacts and the ways of feeling loved, then the
# screeners (framework §1, §2, §4); anything new goes after these.
LIST_ORDER = (
    "neglect_check",
    "availability_check",
    "impact_check",
    "love_styles",
    "phq9",
    "gad7",
)


def instruments_for(*, user: User) -> list[dict[str, Any]]:
    """Return every instrument with the user's progress, those for their role first."""
    latest = latest_results(user=user)
    open_ = open_responses(user=user)
    cards = [
        {
            "instrument": inst,
            "for_words": audience_words(inst),
            "for_everyone": set(inst.audience) >= ROLES,
            "suggested": user.role in inst.audience,
            "latest": latest.get(inst.id),
            "in_progress": open_.get(inst.id),
        }
        for inst in list_instruments()
    ]
    position = {key: n for n, key in enumerate(LIST_ORDER)}

    def key(card: dict[str, Any]) -> tuple[bool, bool, int]:
        inst = card["instrument"]
        return (
            not card["suggested"],
            card["for_everyone"],
            position.get(inst.id, len(position)),
        )

    return sorted(cards, key=key)


def love_styles_comparison(*, viewer: User) -> dict[str, Any] | None:
    """Return both partners' shared love-styles profiles side by side, or None.

    Only when both have shared one: nobody sees a comparison their partner did
    not choose to take part in.
    """
    from turntoward.assessments.ideas import LOVE_STYLE_IDEAS

    partner = viewer.partner
    if partner is None:
        return None
    mine = latest_shared_love_styles(user=viewer)
    theirs = shared_with_me(viewer=viewer).filter(instrument_id="love_styles").first()
    if mine is None or theirs is None:
        return None
    titles = {s.id: s.title for s in get_instrument("love_styles").subscales}
    my_top, their_top = top_ways(mine.subscales), top_ways(theirs.subscales)
    return {
        "mine": mine,
        "theirs": theirs,
        "rows": [
            {
                "id": way,
                "title": title,
                "mine": mine.subscales.get(way),
                "theirs": theirs.subscales.get(way),
                "my_top": way in my_top,
                "their_top": way in their_top,
            }
            for way, title in titles.items()
        ],
        "my_top": [titles[w] for w in my_top],
        "their_top": [titles[w] for w in their_top],
        "for_partner": [
            {"title": titles[w], "ideas": LOVE_STYLE_IDEAS[w]} for w in their_top
        ],
        "for_me": [{"title": titles[w], "ideas": LOVE_STYLE_IDEAS[w]} for w in my_top],
    }
