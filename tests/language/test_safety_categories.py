"""Crisis and abuse by category, with the idioms and denials that must not trigger.

Sentences here are written for these tests (not taken from any evaluation
set), one or more per category of the C-SSRS ladder and the warning signs,
and per kind of abuse.
"""

from __future__ import annotations

import pytest

from turntoward.language import analyze


def _crisis(text: str, kind: str = "journal") -> bool:
    return analyze(text, kind=kind, emotions=False).crisis


def _abuse(text: str, kind: str = "journal") -> bool:
    return analyze(text, kind=kind, emotions=False).abuse


@pytest.mark.parametrize(
    "text",
    [
        # wish to be dead / not exist
        "Most mornings I'd rather not exist at all.",
        "I pray I don't wake up tomorrow.",
        # burden
        "They'd all be freer without me dragging them down.",
        # no way out
        "I can't keep living like this, nothing left for me here.",
        # thoughts, any wording, typos and slang
        "been feeling sucidal since friday",
        "thinking about unaliving myself tbh",
        "i keep fantasising about my own death",
        # method and means
        "I've been stashing my sleeping pills instead of taking them, just in case.",
        "Keep looking at the rope in the shed for ages.",
        "I held the blade against my wrist for a while.",
        # preparation
        "Wrote a letter to each of the kids, marked 'for after'.",
        "This is my last post, thank you all.",
        # self-harm, current
        "I relapsed last night and cut my thigh.",
        "I keep banging my head against the wall until it goes quiet.",
        # veiled
        "don't worry, you won't have to deal with me for much longer",
        "I'm not going to hurt myself, but I keep thinking about it.",
    ],
)
def test_crisis_categories_are_noticed(text: str) -> None:
    assert _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me.",
        "I'm dying to try that new ramen place.",
        "I could murder a curry.",
        "dead tired, bed now",
        "I'm dead 😂 that was so funny",
        "I'd kill for a day off.",
        "Her cheesecake is to die for.",
        "You're killing it at work lately!",
        # denial and a past the writer came through
        "I'm not suicidal, just sad about us.",
        "I don't want to die, I just want the arguing to stop.",
        "I used to self-harm at school but I've been well for years now.",
        # someone else, the news, a show
        "Watched a documentary about suicide prevention with my sister.",
        # tiredness and sadness without an ending
        "I'm so tired of trying to get him to talk to me.",
        "I can't do this maths homework anymore.",
        # everyday acts that look like preparation
        "Gave away most of my books to the library, felt good.",
        "I hit my head on the cupboard, so clumsy.",
        # insults aimed at someone else
        "you're a total waste of space sometimes lol",
    ],
)
def test_idioms_denials_and_other_peoples_stories_are_not_crisis(text: str) -> None:
    assert not _crisis(text)


@pytest.mark.parametrize(
    "text",
    [
        # fear
        "I tiptoe round the flat so she doesn't snap.",
        "When he's been drinking I lock myself in the bathroom.",
        "I'm scared to be alone with him after what he did to my wrist.",
        # violence
        "He pinches me under the table when I talk too much.",
        "She threw the remote at me.",
        "I wear scarves so nobody sees the marks he leaves.",
        # threats
        "He said he'd break my fingers if I told anyone.",
        "She says she'll take the kids abroad and I'll never find them.",
        # coercive control
        "I don't have access to our bank account any more.",
        "He puts a tracker on my car.",
        "He decides what I wear and weighs me every Sunday.",
        "He listens in on my phone calls.",
        "I keep a bag packed at my friend's in case I need to go.",
        "please don't shout, I was only at the shop, here's the receipt",
    ],
)
def test_abuse_categories_are_noticed(text: str) -> None:
    assert _abuse(text)


@pytest.mark.parametrize(
    "text",
    [
        "He grabbed my arm to stop me stepping into the road.",
        "What would I do if he ever hit me? Glad it's just a podcast question.",
        "She slammed the door on her way out and I felt awful.",
        "He keeps the car keys in his coat pocket.",
        "Can you send me a photo of the menu?",
        "The urge to hurt myself is back and I hid the razors.",
    ],
)
def test_protective_hypothetical_and_crisis_only_texts_are_not_abuse(
    text: str,
) -> None:
    assert not _abuse(text)


@pytest.mark.parametrize(
    "text",
    [
        "you took my bank card again, can I please have it back",
        "I know you said I'm not allowed to see Zoe, but can I go to her wedding?",
    ],
)
def test_the_victim_asking_is_abuse_but_not_harsh(text: str) -> None:
    result = analyze(text, kind="message", emotions=False)
    assert result.abuse and not result.harsh


@pytest.mark.parametrize(
    "text",
    [
        "You never listen to me and you always ignore my feelings",
        "You never help with the kids, you always leave it to me",
        "You never call when you're late and you never say sorry",
    ],
)
def test_harsh_rewrite_keeps_no_absolute_accusation(text: str) -> None:
    suggestion = analyze(text, kind="message", emotions=False).suggestion
    assert suggestion is not None
    lowered = suggestion.lower()
    for absolute in ("you always", "you never", "you're always", "every time you"):
        assert absolute not in lowered, suggestion
