"""Each finding, with positive cases and hard negatives written for these tests."""

from __future__ import annotations

import pytest

from turntoward.language import SIGN_IDS, analyze


def _msg(text: str) -> bool:
    return analyze(text, kind="message", emotions=False).harsh


@pytest.mark.parametrize(
    "text",
    [
        "You never once asked how my exam went.",
        "you always find a way to make it about you",
        "Honestly, you're the most inconsiderate person I know.",
        "Thanks a lot for leaving me to do the whole move alone 🙄",
        "How hard is it to put your cup in the sink?",
        "ur so selfish lately",
        "What's wrong with you? Seriously.",
        "Oh wonderful, you forgot the reservation. Classic.",
        "Don't bother calling tonight, you obviously have better things to do.",
        "You clearly don't care what I think.",
    ],
)
def test_harsh_messages_are_noticed(text: str) -> None:
    assert _msg(text)


@pytest.mark.parametrize(
    "text",
    [
        "You always make me feel at home. Thank you.",
        "You never have to earn a hug from me.",
        "I never told you how proud I was of you last week.",
        "I feel lonely when our evenings go by without talking. Could we try a walk?",
        "I'd love it if you asked about my day, it helps me feel close to you.",
        "I'm not saying you never help, I'm just really tired tonight.",
        "I don't think you're selfish at all. Can we talk later?",
        "This week is murdering me, can we get takeout?",
        "He told me 'you never listen' and I didn't know what to say.",
    ],
)
def test_gentle_messages_are_not_harsh(text: str) -> None:
    assert not _msg(text)


def _reply(text: str, context: str = "I'm feeling really low today.") -> bool:
    return analyze(text, kind="reply", context=context, emotions=False).dismissive


@pytest.mark.parametrize(
    "text",
    [
        "Relax, it's not that deep.",
        "You're overreacting again.",
        "At least you still have a job.",
        "Anyway, what do you want for dinner?",
        "Cheer up, tomorrow's another day.",
        "lol ok",
        "I'm sorry you feel that way.",
        "Just go to bed early, you'll be fine.",
    ],
)
def test_dismissive_replies_are_noticed(text: str) -> None:
    assert _reply(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'm so sorry, love. Do you want to talk or just be held?",
        "That sounds exhausting. What made today so heavy?",
        "I'm here. Tell me what's going on?",
        "Of course you feel low, it's been a brutal month. I've got you.",
        "Thank you for telling me. How long have you felt like this?",
    ],
)
def test_validating_replies_are_not_dismissive(text: str) -> None:
    assert not _reply(text)


def _journal(text: str) -> object:
    return analyze(text, kind="journal", emotions=False)


@pytest.mark.parametrize(
    "text",
    [
        "I'm probably just being dramatic about the whole thing.",
        "I shouldn't be this upset about a missed call.",
        "Who am I to complain, she works so hard. It's not a big deal.",
        "Maybe I'm asking for too much from him.",
        "I know it's silly to feel hurt over nothing.",
    ],
)
def test_self_invalidation_is_noticed(text: str) -> None:
    assert analyze(text, kind="journal", emotions=False).self_invalidation


@pytest.mark.parametrize(
    "text",
    [
        "I don't think I'm overreacting. I'm hurt and that's allowed.",
        "He said I was being dramatic, but I was just sad.",
        "I was told I'm too sensitive, and I'm learning to ignore that.",
        "Today was good. We laughed a lot.",
    ],
)
def test_reported_or_rejected_labels_are_not_self_invalidation(text: str) -> None:
    assert not analyze(text, kind="journal", emotions=False).self_invalidation


@pytest.mark.parametrize(
    "text",
    [
        "i dont want to be alive anymore",
        "I keep thinking everyone would be better off without me.",
        "I cut myself again last night.",
        "I've been giving away my things and it feels like the right time.",
        "Thinking about how many of my pills it would take.",
        "What's the point anymore. Nothing changes.",
        "I want to kill myself",
    ],
)
@pytest.mark.parametrize("kind", ["message", "journal"])
def test_crisis_is_noticed_directly_and_indirectly(text: str, kind: str) -> None:
    assert analyze(text, kind=kind, emotions=False).crisis


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me.",
        "I'd die for a nap right now.",
        "I'd kill for a pizza.",
        "I nearly died laughing at the dog.",
        "I'm dead tired but happy.",
        "Gave two bags of clothes to the charity shop.",
        "Took an ibuprofen for my headache.",
        "If he sings that song once more I'm jumping off the roof 😂",
    ],
)
def test_everyday_idioms_are_not_crisis(text: str) -> None:
    assert not analyze(text, kind="journal", emotions=False).crisis


@pytest.mark.parametrize(
    "text",
    [
        "I'm scared of what he'll do when he finds out.",
        "She hit me when I said I wanted to leave.",
        "He checks my phone every night and takes my bank card.",
        "If you leave, you'll regret it.",
        "He won't let me see my friends anymore.",
    ],
)
def test_abuse_is_noticed(text: str) -> None:
    assert analyze(text, kind="journal", emotions=False).abuse


@pytest.mark.parametrize(
    "text",
    [
        "He's not violent, he's just never around.",
        "I'm scared this is all our marriage will ever be.",
        "I bit my tongue again so he wouldn't sigh.",
        "It suddenly hit me how lonely I've been.",
        "He grabbed my hand and pulled me onto the dance floor.",
        "I hit my head on the cupboard door, ouch.",
        "He took my phone to order the takeaway because his was dead.",
        "I swear I'll kill him if he spoils the finale 😂",
        "We had a quiet dinner and went to bed early.",
    ],
)
def test_neglect_and_jokes_are_not_abuse(text: str) -> None:
    assert not analyze(text, kind="journal", emotions=False).abuse


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        (
            "Even on the sofa together I feel completely alone with him.",
            "lonely_together",
        ),
        ("I told him I felt invisible and he changed the subject.", "unmet_needs"),
        ("She hasn't hugged me in weeks.", "lack_of_affection"),
        (
            "I'm afraid to bring up money because of the sighing.",
            "walking_on_eggshells",
        ),
        (
            "He went back to his laptop while I was still talking.",
            "partner_unavailable",
        ),
    ],
)
def test_each_sign_is_noticed(text: str, sign: str) -> None:
    signs = analyze(text, kind="journal", emotions=False).signs
    assert sign in signs
    assert set(signs) <= set(SIGN_IDS)


def test_a_happy_entry_has_no_signs() -> None:
    text = "Long walk with Ana, she held my hand the whole way and we talked for hours."
    assert analyze(text, kind="journal", emotions=False).signs == ()


def test_spans_point_at_the_words_and_explain_why() -> None:
    text = "Fine. You never listen to me."
    result = analyze(text, kind="message", emotions=False)
    harsh = [s for s in result.spans if s.label == "harsh"]
    assert any(text[s.start : s.end].lower().startswith("you never") for s in harsh)
    assert all(s.why and len(s.why.split()) <= 16 for s in result.spans)


def test_harsh_suggestion_is_a_blame_free_i_statement() -> None:
    result = analyze("You never ask about my day.", kind="message", emotions=False)
    assert result.suggestion is not None
    text = result.suggestion
    assert text.startswith("I")
    assert "ask about my day" in text
    assert "you never" not in text.lower()
    assert 3 <= len(text.split()) <= 80


def test_dismissive_suggestion_reflects_the_partner_feeling() -> None:
    result = analyze(
        "Calm down, it's just a test.",
        kind="reply",
        context="I'm really nervous about my driving test.",
        emotions=False,
    )
    assert result.suggestion is not None
    assert "nervous" in result.suggestion
    assert "your driving test" in result.suggestion
    assert "calm down" not in result.suggestion.lower()


def test_no_suggestion_when_nothing_needs_rewriting() -> None:
    assert (
        analyze("Love you, see you soon", kind="message", emotions=False).suggestion
        is None
    )


def test_the_tone_model_separates_blame_from_requests() -> None:
    from turntoward.language.model import probability

    assert probability("harsh", "You treat the dog better than you treat me.") > 0.7
    assert probability("harsh", "Could we plan a quiet night in this week?") < 0.3
    assert probability("dismissive", "That's your problem, not mine.") > 0.5


def test_the_tone_model_does_not_overrule_a_kind_absolute() -> None:
    assert not _msg("You never have to pretend with me.")
