"""The plain list items the tools keep, described once for services, views and API.

Each kind is a user-owned model with a few short text fields. Creating,
editing, sharing and deleting work the same way for all of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from turntoward.core.models import OwnedModel
from turntoward.plans import models as m


@dataclass(frozen=True)
class TextSpec:
    """One text field: its label, its limit, and whether the partner may read it."""

    name: str
    label: str
    limit: int
    required: bool = True
    owner_only: bool = False
    help: str = ""


@dataclass(frozen=True)
class ItemKind:
    """A kind of list item and where its tool lives."""

    slug: str
    model: type[OwnedModel]
    title: str
    fields: tuple[TextSpec, ...]
    page: str
    step: str
    choices: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def field(self, name: str) -> TextSpec | None:
        for spec in self.fields:
            if spec.name == name:
                return spec
        return None


KINDS: dict[str, ItemKind] = {
    k.slug: k
    for k in [
        ItemKind(
            "needs",
            m.NeedRequest,
            "Needs and requests",
            (
                TextSpec("text", "I need…", 300, help="One request, in a sentence."),
                TextSpec(
                    "example",
                    "For example",
                    500,
                    required=False,
                    help="Optional: what it could look like in a normal week.",
                ),
                TextSpec(
                    "what_happened",
                    "What happened",
                    1000,
                    required=False,
                    owner_only=True,
                    help="Only you see this: how it went after you asked.",
                ),
            ),
            page="plans:needs",
            step="set_expectations",
        ),
        ItemKind(
            "love-actions",
            m.LoveAction,
            "Small loving actions",
            (TextSpec("text", "The small action", 300),),
            page="plans:love",
            step="love_languages",
            choices=(("style", tuple(m.LoveStyle.values)),),
        ),
        ItemKind(
            "affirmations",
            m.Affirmation,
            "Your own affirmations",
            (TextSpec("text", "Your affirmation", 300),),
            page="plans:kit",
            step="self_compassion",
        ),
        ItemKind(
            "self-care",
            m.SelfCareItem,
            "Self-care plan",
            (
                TextSpec("text", "Something that helps you", 300),
                TextSpec(
                    "when",
                    "When",
                    200,
                    required=False,
                    help="Optional, for example: after work on Fridays.",
                ),
            ),
            page="plans:kit",
            step="self_compassion",
        ),
        ItemKind(
            "people",
            m.SupportPerson,
            "Supportive people",
            (
                TextSpec("name", "Name", 100),
                TextSpec("how", "How they help", 300, required=False),
                TextSpec("contact", "How to reach them", 200, required=False),
            ),
            page="plans:kit",
            step="self_compassion",
        ),
        ItemKind(
            "boundaries",
            m.Boundary,
            "Boundaries",
            (
                TextSpec("when_text", "When this happens", 300),
                TextSpec("will_text", "I will", 300),
            ),
            page="plans:boundaries",
            step="boundaries",
        ),
        ItemKind(
            "commitments",
            m.PresenceCommitment,
            "Presence commitments",
            (
                TextSpec(
                    "text",
                    "Your commitment",
                    300,
                    help="For example: phone-free dinner.",
                ),
            ),
            page="plans:presence",
            step="be_present",
        ),
    ]
}


def kind_for(model: type[OwnedModel]) -> ItemKind:
    """Return the kind a model belongs to."""
    for kind in KINDS.values():
        if kind.model is model:
            return kind
    raise LookupError(model)
