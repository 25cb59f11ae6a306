"""Every bid page and endpoint, tried by Alice (owner), Bob, Carol and nobody."""

from __future__ import annotations

import pytest

from turntoward.accounts import services as accounts
from turntoward.accounts.models import User
from turntoward.bids.models import Bid
from turntoward.bids.services import bid_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows(alice: User, bob: User) -> dict[str, Bid]:
    def make(description: str, shared: bool) -> Bid:
        return bid_create(
            user=alice,
            direction="made",
            description=description,
            response="toward",
            shared=shared,
        ).bid

    return {"shared": make("shared one", True), "private": make("private one", False)}


def _api(request: pytest.FixtureRequest, who: str) -> object:
    return request.getfixturevalue(f"api_{who}")


def _web(request: pytest.FixtureRequest, who: str) -> object:
    return request.getfixturevalue("anon" if who == "anon" else f"web_{who}")


@pytest.mark.parametrize(
    ("who", "private", "shared"),
    [("alice", 200, 200), ("bob", 404, 200), ("carol", 404, 404), ("anon", 401, 401)],
)
def test_reading_one_bid_through_the_api(
    request: pytest.FixtureRequest,
    rows: dict[str, Bid],
    who: str,
    private: int,
    shared: int,
) -> None:
    client = _api(request, who)
    assert client.get(f"/bids/{rows['private'].pk}").status_code == private  # type: ignore[attr-defined]
    assert client.get(f"/bids/{rows['shared'].pk}").status_code == shared  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("who", "private", "shared"),
    [("alice", 200, 200), ("bob", 404, 200), ("carol", 404, 404), ("anon", 302, 302)],
)
def test_reading_one_bid_page(
    request: pytest.FixtureRequest,
    rows: dict[str, Bid],
    who: str,
    private: int,
    shared: int,
) -> None:
    client = _web(request, who)
    assert client.get(f"/bids/{rows['private'].pk}/").status_code == private  # type: ignore[attr-defined]
    assert client.get(f"/bids/{rows['shared'].pk}/").status_code == shared  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("who", "status"), [("bob", 404), ("carol", 404), ("anon", 401)]
)
def test_only_the_owner_changes_or_deletes_through_the_api(
    request: pytest.FixtureRequest, rows: dict[str, Bid], who: str, status: int
) -> None:
    client = _api(request, who)
    pk = rows["shared"].pk
    assert client.patch(f"/bids/{pk}", {"response": "against"}).status_code == status  # type: ignore[attr-defined]
    assert client.delete(f"/bids/{pk}").status_code == status  # type: ignore[attr-defined]
    assert Bid.objects.get(pk=pk).response == "toward"


@pytest.mark.parametrize(
    ("who", "status"), [("bob", 404), ("carol", 404), ("anon", 302)]
)
def test_only_the_owner_deletes_on_the_page(
    request: pytest.FixtureRequest, rows: dict[str, Bid], who: str, status: int
) -> None:
    pk = rows["shared"].pk
    assert _web(request, who).post(f"/bids/{pk}/delete/").status_code == status  # type: ignore[attr-defined]
    assert Bid.objects.filter(pk=pk).exists()


@pytest.mark.parametrize(
    ("who", "sees"),
    [("alice", {"shared", "private"}), ("bob", {"shared"}), ("carol", set())],
)
def test_lists_hold_own_and_partner_shared_only(
    request: pytest.FixtureRequest, rows: dict[str, Bid], who: str, sees: set[str]
) -> None:
    listed = {b["id"] for b in _api(request, who).get("/bids").json()}  # type: ignore[attr-defined]
    assert listed == {rows[name].pk for name in sees}
    page = _web(request, who).get("/bids/").content.decode()  # type: ignore[attr-defined]
    for name in ("shared", "private"):
        assert (f"{name} one" in page) == (name in sees)


def test_unlinking_hides_what_was_shared(
    rows: dict[str, Bid], alice: User, api_bob: object
) -> None:
    accounts.partner_unlink(user=alice)
    assert api_bob.get(f"/bids/{rows['shared'].pk}").status_code == 404  # type: ignore[attr-defined]
