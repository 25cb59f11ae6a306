"""Every check-in page and endpoint, tried by Alice (owner), Bob, Carol and nobody."""

from __future__ import annotations

from datetime import date

import pytest

from turntoward.accounts import services as accounts
from turntoward.accounts.models import User
from turntoward.checkins.models import CheckIn
from turntoward.checkins.services import checkin_save

pytestmark = pytest.mark.django_db

WHO = ["alice", "bob", "carol", "anon"]


@pytest.fixture
def rows(alice: User, bob: User) -> dict[str, CheckIn]:
    today = date.today()
    shared = checkin_save(
        user=alice, mood="close", connection=5, shared=True, today=today
    ).checkin
    private = checkin_save(
        user=alice, mood="sad", connection=1, today=today, day=date(2020, 1, 1)
    ).checkin
    return {"shared": shared, "private": private}


def _api(request: pytest.FixtureRequest, who: str) -> object:
    return request.getfixturevalue(f"api_{who}")


def _web(request: pytest.FixtureRequest, who: str) -> object:
    return request.getfixturevalue("anon" if who == "anon" else f"web_{who}")


@pytest.mark.parametrize(
    ("who", "private", "shared"),
    [
        ("alice", 200, 200),
        ("bob", 404, 200),
        ("carol", 404, 404),
        ("anon", 401, 401),
    ],
)
def test_reading_one_checkin_through_the_api(
    request: pytest.FixtureRequest,
    rows: dict[str, CheckIn],
    who: str,
    private: int,
    shared: int,
) -> None:
    client = _api(request, who)
    assert client.get(f"/checkins/{rows['private'].pk}").status_code == private  # type: ignore[attr-defined]
    assert client.get(f"/checkins/{rows['shared'].pk}").status_code == shared  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("who", "private", "shared"),
    [
        ("alice", 200, 200),
        ("bob", 404, 200),
        ("carol", 404, 404),
        ("anon", 302, 302),
    ],
)
def test_reading_one_checkin_page(
    request: pytest.FixtureRequest,
    rows: dict[str, CheckIn],
    who: str,
    private: int,
    shared: int,
) -> None:
    client = _web(request, who)
    assert client.get(f"/checkin/{rows['private'].pk}/").status_code == private  # type: ignore[attr-defined]
    assert client.get(f"/checkin/{rows['shared'].pk}/").status_code == shared  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("who", "status"), [("bob", 404), ("carol", 404), ("anon", 401)]
)
def test_only_the_owner_changes_or_deletes_through_the_api(
    request: pytest.FixtureRequest, rows: dict[str, CheckIn], who: str, status: int
) -> None:
    client = _api(request, who)
    pk = rows["shared"].pk
    assert client.delete(f"/checkins/{pk}").status_code == status  # type: ignore[attr-defined]
    put = client.client.put(  # type: ignore[attr-defined]
        f"/api/v1/checkins/{pk}/emotions",
        data={"emotions": ["joy"]},
        content_type="application/json",
        headers=client.headers,  # type: ignore[attr-defined]
    )
    assert put.status_code == status
    assert CheckIn.objects.get(pk=pk).emotions == []


@pytest.mark.parametrize(
    ("who", "status"), [("bob", 404), ("carol", 404), ("anon", 302)]
)
def test_only_the_owner_names_emotions_on_the_page(
    request: pytest.FixtureRequest, rows: dict[str, CheckIn], who: str, status: int
) -> None:
    client = _web(request, who)
    pk = rows["shared"].pk
    response = client.post(f"/checkin/{pk}/emotions/", {"emotions": ["joy"]})  # type: ignore[attr-defined]
    assert response.status_code == status
    assert CheckIn.objects.get(pk=pk).emotions == []


@pytest.mark.parametrize(
    ("who", "sees"),
    [("alice", {"shared", "private"}), ("bob", {"shared"}), ("carol", set())],
)
def test_lists_hold_own_and_partner_shared_only(
    request: pytest.FixtureRequest,
    rows: dict[str, CheckIn],
    who: str,
    sees: set[str],
) -> None:
    listed = {c["id"] for c in _api(request, who).get("/checkins").json()}  # type: ignore[attr-defined]
    assert listed == {rows[name].pk for name in sees}


def test_unlinking_hides_what_was_shared(
    rows: dict[str, CheckIn], alice: User, api_bob: object
) -> None:
    accounts.partner_unlink(user=alice)
    assert api_bob.get(f"/checkins/{rows['shared'].pk}").status_code == 404  # type: ignore[attr-defined]
    assert api_bob.get("/checkins").json() == []  # type: ignore[attr-defined]
