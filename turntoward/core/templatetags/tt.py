"""Template helpers shared by every app."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils.safestring import SafeString

register = template.Library()


@register.filter
def described(field: Any) -> SafeString:
    """Render a field's widget tied to its help text and errors for screen readers."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_help")
    if field.errors:
        ids.append(f"{field.auto_id}_errors")
    attrs: dict[str, str] = {}
    if ids:
        attrs["aria-describedby"] = " ".join(ids)
    if field.errors:
        attrs["aria-invalid"] = "true"
    return SafeString(field.as_widget(attrs=attrs))


@register.filter
def feeling_words(labels: Any) -> str:
    """Join emotion labels as the everyday words we show ("longing", "hope")."""
    from turntoward.core.feelings import feeling_word

    return ", ".join(feeling_word(str(label)) for label in labels or [])
