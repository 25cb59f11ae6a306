"""The private safety plan: encrypted at rest, only ever the owner's, deletable."""

from __future__ import annotations

import html
import json
import zipfile
from io import BytesIO

import pytest
from django.db import connection
from django.test import Client

from tests.conftest import ApiClient
from turntoward.accounts.models import User
from turntoward.core.errors import ServiceError
from turntoward.safety import selectors, services
from turntoward.safety.models import SafetyPlan

pytestmark = pytest.mark.django_db

PLAN = {
    "warning_signs": "Not sleeping, going quiet",
    "what_helps": "A long walk by the canal",
    "people_and_places": "My sister Maeve, the library",
    "professionals": "Dr Okafor 01234 567890",
}


def _text(client: Client, path: str) -> str:
    return html.unescape(client.get(path).content.decode())


def test_the_plan_page_saves_and_shows_my_plan(web_alice: Client, alice: User) -> None:
    res = web_alice.post("/help/plan/", PLAN)
    assert res.status_code == 302
    page = _text(web_alice, "/help/plan/")
    for value in PLAN.values():
        assert value in page
    assert "Only you can see it" in page
    plan = selectors.safety_plan_for(user=alice)
    assert plan is not None and plan.what_helps == PLAN["what_helps"]


def test_the_plan_is_encrypted_at_rest(alice: User) -> None:
    services.safety_plan_save(user=alice, **PLAN)
    table = SafetyPlan._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT warning_signs, people_and_places FROM {table}")
        raw = " ".join(cursor.fetchone())
    assert "sleeping" not in raw and "Maeve" not in raw
    assert raw.startswith("gAAAA")  # a Fernet token


def test_the_plan_is_in_my_own_export(web_alice: Client, alice: User) -> None:
    services.safety_plan_save(user=alice, **PLAN)
    res = web_alice.get("/accounts/export/")
    archive = zipfile.ZipFile(BytesIO(res.content))
    data = json.loads(archive.read("export.json"))
    assert data["safety_private"]["safety_plan"] == PLAN
    assert "Maeve" in archive.read("export.html").decode()


def test_the_plan_can_be_deleted(web_alice: Client, alice: User) -> None:
    services.safety_plan_save(user=alice, **PLAN)
    web_alice.post("/help/plan/delete/")
    assert selectors.safety_plan_for(user=alice) is None
    assert "Maeve" not in _text(web_alice, "/help/plan/")


def test_the_partner_sees_only_an_empty_plan_of_their_own(
    web_bob: Client, api_bob: ApiClient, alice: User, bob: User
) -> None:
    services.safety_plan_save(user=alice, **PLAN)
    assert "Maeve" not in _text(web_bob, "/help/plan/")
    assert "Maeve" not in json.dumps(api_bob.get("/export").json())
    assert selectors.safety_plan_for(user=bob) is None
    web_bob.post("/help/plan/delete/")
    assert selectors.safety_plan_for(user=alice) is not None


def test_a_plan_has_no_way_to_be_shared() -> None:
    names = {f.name for f in SafetyPlan._meta.get_fields()}
    assert "shared" not in names


def test_a_very_long_answer_is_refused(alice: User) -> None:
    with pytest.raises(ServiceError):
        services.safety_plan_save(user=alice, what_helps="x" * 5001)


def test_unknown_fields_are_a_programming_error(alice: User) -> None:
    with pytest.raises(ValueError):
        services.safety_plan_save(user=alice, diary="no")


def test_deleting_the_account_deletes_the_plan(alice: User) -> None:
    services.safety_plan_save(user=alice, **PLAN)
    alice.delete()
    assert not SafetyPlan.objects.exists()


def test_help_page_links_to_my_plan_and_settings(web_alice: Client) -> None:
    page = _text(web_alice, "/help/")
    assert 'href="/help/plan/"' in page
    assert 'href="/help/settings/"' in page
