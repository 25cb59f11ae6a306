"""Create, edit, share and delete the tools' list items (see `kinds.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction
from django.http import Http404

from turntoward.accounts.models import User
from turntoward.accounts.privacy import get_owned_or_404
from turntoward.core.errors import ServiceError
from turntoward.core.models import OwnedModel
from turntoward.plans.kinds import KINDS, ItemKind
from turntoward.plans.services._common import check_safety, clean_text, require_couples
from turntoward.safety.services import Help


def get_kind(slug: str) -> ItemKind:
    """Return the item kind for a URL slug, or 404."""
    kind = KINDS.get(slug)
    if kind is None:
        raise Http404("Not found")
    return kind


def _clean(kind: ItemKind, data: Mapping[str, Any], *, partial: bool) -> dict[str, str]:
    unknown = sorted(
        set(data) - {s.name for s in kind.fields} - {name for name, _ in kind.choices}
    )
    if unknown:
        raise ServiceError(f"Unknown field: {unknown[0]}.", field=unknown[0])
    cleaned: dict[str, str] = {}
    for spec in kind.fields:
        if partial and spec.name not in data:
            continue
        cleaned[spec.name] = clean_text(
            data.get(spec.name),
            field=spec.name,
            label=spec.label,
            limit=spec.limit,
            required=spec.required,
        )
    for name, allowed in kind.choices:
        if partial and name not in data:
            continue
        if data.get(name) not in allowed:
            raise ServiceError(f"Choose one of: {', '.join(allowed)}.", field=name)
        cleaned[name] = str(data[name])
    return cleaned


def _check(user: User, kind: ItemKind, cleaned: dict[str, str]) -> Help | None:
    texts = [cleaned.get(spec.name, "") for spec in kind.fields]
    return check_safety(user=user, texts=texts, source=f"plan_{kind.slug}"[:32])


def item_create(
    *, user: User, kind: str, data: Mapping[str, Any], shared: bool = False
) -> tuple[OwnedModel, Help | None]:
    """Save a new item of `kind`; return it and any help to show."""
    spec = get_kind(kind)
    cleaned = _clean(spec, data, partial=False)
    if shared:
        require_couples(user)
    with transaction.atomic():
        item = spec.model(owner=user, shared=shared, **cleaned)
        item.full_clean()
        item.save()
    return item, _check(user, spec, cleaned)


def item_update(
    *,
    user: User,
    kind: str,
    pk: Any,
    data: Mapping[str, Any],
    shared: bool | None = None,
) -> tuple[OwnedModel, Help | None]:
    """Change an item the user owns (partners get 404); return it and any help."""
    spec = get_kind(kind)
    item = get_owned_or_404(spec.model._default_manager.all(), viewer=user, pk=pk)
    cleaned = _clean(spec, data, partial=True)
    if shared:
        require_couples(user)
    with transaction.atomic():
        for name, value in cleaned.items():
            setattr(item, name, value)
        if shared is not None:
            item.shared = shared
        item.full_clean()
        item.save()
    return item, _check(user, spec, cleaned)


def item_delete(*, user: User, kind: str, pk: Any) -> None:
    """Delete an item the user owns (partners and strangers get 404)."""
    spec = get_kind(kind)
    item = get_owned_or_404(spec.model._default_manager.all(), viewer=user, pk=pk)
    with transaction.atomic():
        item.delete()
