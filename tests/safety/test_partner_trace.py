"""As Bob, look everywhere for a trace of Alice's safety layer: there is none.

Bob's view of every page, every API read and his export is taken before and
after Alice has safety records, answered the partner question (with a 'yes'),
written a safety plan and turned on discreet mode and a PIN. The two views
must be the same, byte for byte (apart from per-request CSRF tokens).
"""

from __future__ import annotations

import json
import re
import zipfile
from datetime import UTC, datetime
from io import BytesIO

import pytest
import time_machine
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.safety import services
from turntoward.safety.models import SafetyEvent

pytestmark = pytest.mark.django_db

CSRF = re.compile(rb'name="csrfmiddlewaretoken" value="[^"]+"')
SECRET_WORDS = ["Maeve", "canal", "Okafor", "plain-icon", "Not sleeping"]


def _routes(patterns: list[object] | None = None, prefix: str = "") -> list[str]:
    """Return every path without parameters, pages and API alike."""
    found: list[str] = []
    for entry in patterns if patterns is not None else get_resolver().url_patterns:
        route = str(entry.pattern)  # type: ignore[attr-defined]
        if "<" in route:
            continue
        route = route.lstrip("^").rstrip("$")
        if isinstance(entry, URLResolver):
            found += _routes(entry.url_patterns, prefix + route)
        elif isinstance(entry, URLPattern):
            found.append("/" + prefix + route)
    return sorted(set(found))


def _bobs_view(web: Client, api: ApiClient) -> dict[str, bytes]:
    """Return what Bob gets from every page, API read and his export."""
    seen: dict[str, bytes] = {}
    for path in _routes():
        if path.startswith("/api/v1/"):
            res = api.get(path.removeprefix("/api/v1"))
        else:
            res = web.get(path)
        body = b"".join(res.streaming_content) if res.streaming else res.content
        if res.streaming:
            res.close()
        if path == "/accounts/export/" and res.status_code == 200:
            archive = zipfile.ZipFile(BytesIO(body))
            body = archive.read("export.json") + archive.read("export.html")
        seen[path] = f"{res.status_code} {res.get('Location', '')} ".encode() + (
            CSRF.sub(b"csrf", body)
        )
    return seen


def _alice_does_everything(alice: User) -> None:
    web = Client()
    web.force_login(alice)
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    services.safety_trigger(user=alice, reason="abuse", source="checkin")
    web.post("/help/check/", {"afraid": "yes", "hurt": "no", "controlled": "unsure"})
    web.post("/help/check/go-on/")
    web.post(
        "/help/plan/",
        {
            "warning_signs": "Not sleeping",
            "what_helps": "A walk by the canal",
            "people_and_places": "Maeve",
            "professionals": "Dr Okafor",
        },
    )
    web.post("/help/settings/", {"form": "discreet", "discreet": "on"})
    web.post("/help/settings/", {"form": "pin", "pin": "2468", "lock_minutes": 10})
    web.get("/help/")


def test_bob_finds_no_trace_of_alices_safety_layer_anywhere(
    alice: User, bob: User, web_bob: Client, api_bob: ApiClient
) -> None:
    with time_machine.travel(datetime.now(tz=UTC), tick=False):
        before = _bobs_view(web_bob, api_bob)
        _alice_does_everything(alice)
        after = _bobs_view(web_bob, api_bob)
    assert len(before) > 20
    assert {"/", "/help/", "/api/v1/export", "/accounts/export/"} <= set(before)
    changed = [path for path in before if before[path] != after[path]]
    assert changed == []
    everything = b" ".join(after.values()).decode(errors="replace")
    for word in SECRET_WORDS:
        assert word not in everything, word


def test_bob_cannot_reach_alices_records_by_number(
    alice: User, web_bob: Client, api_bob: ApiClient
) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    event = SafetyEvent.objects.get(owner=alice)
    assert api_bob.delete(f"/safety/events/{event.pk}").status_code == 404
    web_bob.post(f"/help/records/{event.pk}/delete/")
    assert SafetyEvent.objects.filter(pk=event.pk).exists()


def test_bobs_export_holds_only_his_own_safety_parts(
    alice: User, bob: User, api_bob: ApiClient
) -> None:
    services.safety_trigger(user=alice, reason="crisis", source="journal")
    services.abuse_screen_answer(user=alice, afraid=True, hurt=True, controlled=True)
    services.safety_plan_save(user=alice, what_helps="the canal")
    services.safety_settings_update(user=alice, discreet=True)
    data = api_bob.get("/export").json()
    assert data["safety"] == []
    assert data["safety_private"] == {
        "partner_check": None,
        "discreet_mode": False,
        "pin_lock": False,
        "lock_after_minutes": None,
        "safety_plan": None,
    }
    assert "canal" not in json.dumps(data)
