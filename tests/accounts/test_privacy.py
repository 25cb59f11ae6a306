"""The privacy selectors: owner sees all, partner sees shared only, others nothing."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from django.http import Http404

from tests.support.models import Note
from turntoward.accounts.models import User
from turntoward.accounts.privacy import (
    get_owned_or_404,
    get_visible_or_404,
    owned_models,
    visible_to,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def notes(alice: User) -> dict[str, Note]:
    return {
        "private": Note.objects.create(owner=alice, text="private"),
        "shared": Note.objects.create(owner=alice, text="shared", shared=True),
    }


def test_new_records_are_private_by_default(alice: User) -> None:
    assert Note.objects.create(owner=alice, text="x").shared is False


def test_owner_sees_all_of_their_records(alice: User, notes: dict[str, Note]) -> None:
    assert set(visible_to(Note.objects.all(), viewer=alice)) == set(notes.values())


def test_partner_sees_only_shared_records(
    alice: User, bob: User, notes: dict[str, Note]
) -> None:
    assert list(visible_to(Note.objects.all(), viewer=bob)) == [notes["shared"]]


def test_stranger_and_anonymous_see_nothing(
    carol: User, notes: dict[str, Note]
) -> None:
    assert not visible_to(Note.objects.all(), viewer=carol).exists()
    assert not visible_to(Note.objects.all(), viewer=AnonymousUser()).exists()
    assert not visible_to(Note.objects.all(), viewer=None).exists()


def test_partner_gets_404_for_private_record_and_for_writes(
    bob: User, notes: dict[str, Note]
) -> None:
    with pytest.raises(Http404):
        get_visible_or_404(Note.objects.all(), viewer=bob, pk=notes["private"].pk)
    assert get_visible_or_404(Note.objects.all(), viewer=bob, pk=notes["shared"].pk)
    with pytest.raises(Http404):
        get_owned_or_404(Note.objects.all(), viewer=bob, pk=notes["shared"].pk)


def test_stranger_gets_404_never_403(carol: User, notes: dict[str, Note]) -> None:
    for note in notes.values():
        with pytest.raises(Http404):
            get_visible_or_404(Note.objects.all(), viewer=carol, pk=note.pk)
    with pytest.raises(Http404):
        get_visible_or_404(Note.objects.all(), viewer=carol, pk="not-a-number")


def test_owned_models_finds_every_user_owned_model() -> None:
    assert Note in owned_models()
