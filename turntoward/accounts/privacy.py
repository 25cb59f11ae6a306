"""The one place that decides who may see a user-owned record.

The owner sees everything they own. The linked partner sees only what the owner
marked shared, read-only. Everyone else sees nothing, and asking for a record
one may not see is answered as "not found" so its existence does not leak.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from django.apps import apps
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, Q, QuerySet
from django.http import Http404

from turntoward.core.models import OwnedModel

if TYPE_CHECKING:
    from turntoward.accounts.models import User

M = TypeVar("M", bound=Model)


def _user_id(viewer: Any) -> int | None:
    if viewer is None or not getattr(viewer, "is_authenticated", False):
        return None
    return int(viewer.pk)


def visible_to(queryset: QuerySet[M], *, viewer: Any) -> QuerySet[M]:
    """Return the rows of `queryset` that `viewer` may read."""
    user_id = _user_id(viewer)
    if user_id is None:
        return queryset.none()
    mine = Q(owner_id=user_id)
    partner_id = getattr(viewer, "partner_id", None)
    if partner_id is None:
        return queryset.filter(mine)
    return queryset.filter(mine | Q(owner_id=partner_id, shared=True))


def owned_by(queryset: QuerySet[M], *, viewer: Any) -> QuerySet[M]:
    """Return the rows of `queryset` that `viewer` owns (and so may change)."""
    user_id = _user_id(viewer)
    if user_id is None:
        return queryset.none()
    return queryset.filter(owner_id=user_id)


def shared_by_partner(queryset: QuerySet[M], *, viewer: Any) -> QuerySet[M]:
    """Return the rows the viewer's linked partner chose to share."""
    partner_id = getattr(viewer, "partner_id", None)
    if _user_id(viewer) is None or partner_id is None:
        return queryset.none()
    return queryset.filter(owner_id=partner_id, shared=True)


def get_visible_or_404(queryset: QuerySet[M], *, viewer: Any, pk: Any) -> M:
    """Return one readable row or raise Http404 (never 403)."""
    try:
        return visible_to(queryset, viewer=viewer).get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404("Not found") from None


def get_owned_or_404(queryset: QuerySet[M], *, viewer: Any, pk: Any) -> M:
    """Return one row the viewer owns or raise Http404, even for the partner."""
    try:
        return owned_by(queryset, viewer=viewer).get(pk=pk)
    except (ObjectDoesNotExist, ValueError, TypeError):
        raise Http404("Not found") from None


def owned_models() -> list[type[OwnedModel]]:
    """Return every concrete model that stands on OwnedModel."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, OwnedModel) and not model._meta.abstract
    ]


def unshare_everything(*, user: User) -> int:
    """Mark every record `user` owns as private again; return how many changed."""
    changed = 0
    for model in owned_models():
        changed += model._default_manager.filter(owner=user, shared=True).update(
            shared=False
        )
    return changed
