"""Account services: sign-up, partner link, unlink, deletion."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.utils import timezone

from tests.conftest import PASSWORD, make_user
from tests.support.models import Note
from turntoward.accounts import services
from turntoward.accounts.models import PartnerInvite, User
from turntoward.core.errors import ServiceError

pytestmark = pytest.mark.django_db


def test_signup_creates_user_with_lowercased_email_and_argon2_capable_hash() -> None:
    user = services.user_signup(email=" Dana@Example.COM ", password=PASSWORD)
    assert user is not None
    assert user.email == "dana@example.com"
    assert user.check_password(PASSWORD)
    assert not user.is_onboarded


def test_signup_with_taken_email_returns_none_and_creates_nothing(alice: User) -> None:
    assert services.user_signup(email="ALICE@example.com", password=PASSWORD) is None
    assert User.objects.filter(email="alice@example.com").count() == 1


@pytest.mark.parametrize("password", ["short", "12345678901", "password123"])
def test_signup_rejects_weak_passwords(password: str) -> None:
    with pytest.raises(ServiceError) as err:
        services.user_signup(email="dana@example.com", password=password)
    assert err.value.field == "password"
    assert not User.objects.exists()


def test_signup_rejects_a_malformed_email() -> None:
    with pytest.raises(ServiceError) as err:
        services.user_signup(email="not-an-email", password=PASSWORD)
    assert err.value.field == "email"


def test_invite_code_links_both_people(alice: User, carol: User) -> None:
    code, invite = services.partner_invite_create(user=alice)
    assert invite.expires_at - invite.created_at == timedelta(hours=48)
    services.partner_invite_accept(user=carol, code=code.lower().replace("-", " "))
    alice.refresh_from_db()
    carol.refresh_from_db()
    assert alice.partner == carol and carol.partner == alice


def test_invite_code_is_single_use(alice: User, carol: User) -> None:
    dana = make_user("dana@example.com")
    code, _ = services.partner_invite_create(user=alice)
    services.partner_invite_accept(user=carol, code=code)
    with pytest.raises(ServiceError):
        services.partner_invite_accept(user=dana, code=code)
    dana.refresh_from_db()
    assert dana.partner is None


def test_invite_code_expires_after_48_hours(alice: User, carol: User) -> None:
    code, _ = services.partner_invite_create(user=alice)
    later = timezone.now() + timedelta(hours=48, seconds=1)
    with time_machine.travel(later), pytest.raises(ServiceError) as err:
        services.partner_invite_accept(user=carol, code=code)
    assert "48 hours" in err.value.message
    carol.refresh_from_db()
    assert carol.partner is None


def test_unknown_code_links_nothing(carol: User) -> None:
    with pytest.raises(ServiceError):
        services.partner_invite_accept(user=carol, code="ZZZZZ-ZZZZZ")
    carol.refresh_from_db()
    assert carol.partner is None


def test_own_code_cannot_be_used(alice: User) -> None:
    code, _ = services.partner_invite_create(user=alice)
    with pytest.raises(ServiceError):
        services.partner_invite_accept(user=alice, code=code)


def test_at_most_one_partner(alice: User, bob: User, carol: User) -> None:
    with pytest.raises(ServiceError):
        services.partner_invite_create(user=alice)
    code, _ = services.partner_invite_create(user=carol)
    with pytest.raises(ServiceError):
        services.partner_invite_accept(user=bob, code=code)
    carol.refresh_from_db()
    assert carol.partner is None


def test_unlinking_ends_link_for_both_and_unshares_everything(
    alice: User, bob: User
) -> None:
    Note.objects.create(owner=alice, text="shared", shared=True)
    Note.objects.create(owner=bob, text="bob shared", shared=True)
    services.partner_unlink(user=bob)
    alice.refresh_from_db()
    bob.refresh_from_db()
    assert alice.partner is None and bob.partner is None
    assert not Note.objects.filter(shared=True).exists()


def test_linking_after_unlink_reveals_nothing_old(alice: User, bob: User) -> None:
    Note.objects.create(owner=alice, text="once shared", shared=True)
    services.partner_unlink(user=alice)
    code, _ = services.partner_invite_create(user=alice)
    services.partner_invite_accept(user=bob, code=code)
    assert not Note.objects.filter(shared=True).exists()


def test_delete_requires_password_and_erases_everything(alice: User, bob: User) -> None:
    Note.objects.create(owner=alice, text="mine")
    with pytest.raises(ServiceError):
        services.user_delete(user=alice, password="wrong")
    assert User.objects.filter(pk=alice.pk).exists()
    services.user_delete(user=alice, password=PASSWORD)
    assert not User.objects.filter(pk=alice.pk).exists()
    assert not Note.objects.filter(text="mine").exists()
    bob.refresh_from_db()
    assert bob.partner is None


def test_delete_removes_pending_invites(carol: User) -> None:
    services.partner_invite_create(user=carol)
    services.user_delete(user=carol, password=PASSWORD)
    assert not PartnerInvite.objects.exists()


def test_profile_update_checks_role_and_country(carol: User) -> None:
    with pytest.raises(ServiceError):
        services.user_update_profile(user=carol, role="villain")
    with pytest.raises(ServiceError):
        services.user_update_profile(user=carol, country="U5")
    services.user_update_profile(user=carol, role="both", country="ie")
    carol.refresh_from_db()
    assert (carol.role, carol.country) == ("both", "IE")


def test_change_password_checks_old_one(carol: User) -> None:
    with pytest.raises(ServiceError):
        services.user_change_password(
            user=carol, old_password="nope", new_password="another calm river 7"
        )
    services.user_change_password(
        user=carol, old_password=PASSWORD, new_password="another calm river 7"
    )
    carol.refresh_from_db()
    assert carol.check_password("another calm river 7")
