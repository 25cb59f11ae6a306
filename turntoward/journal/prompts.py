"""Writing prompts of our own, drawn from the framework's healing steps.

Each prompt has a stable id (kept on the entry it started) and the step it
comes from: reconnecting with emotions, validating one's own feelings, or
noticing and naming needs.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Prompt:
    id: str
    step: str
    text: str


PROMPTS: tuple[Prompt, ...] = (
    Prompt(
        "body-now",
        "reconnect_emotions",
        "Pause for a breath. Where in your body do you feel something right "
        "now, and what might it be trying to say?",
    ),
    Prompt(
        "three-words",
        "reconnect_emotions",
        "If today had three feeling words, what would they be? Try to go "
        'past "fine" and "tired".',
    ),
    Prompt(
        "small-moment",
        "reconnect_emotions",
        "Describe one small moment today that stirred something in you, even a little.",
    ),
    Prompt(
        "used-to-feel",
        "reconnect_emotions",
        "Think of a feeling you used to have often and rarely feel now. "
        "When did you last notice it?",
    ),
    Prompt(
        "unsaid",
        "reconnect_emotions",
        "What is something you felt this week but didn't say out loud?",
    ),
    Prompt(
        "friend-voice",
        "validate_feelings",
        "If a close friend told you what you are feeling, what would you say "
        "to them? Try saying it to yourself.",
    ),
    Prompt(
        "makes-sense",
        "validate_feelings",
        'Finish this sentence a few times: "It makes sense that I feel ... '
        'because ..."',
    ),
    Prompt(
        "too-much",
        "validate_feelings",
        'When have you told yourself you were "too sensitive" or "asking '
        'too much"? What were you actually feeling?',
    ),
    Prompt(
        "allowed",
        "validate_feelings",
        "Write down one feeling you are allowed to have, even if nobody "
        "else understands it yet.",
    ),
    Prompt(
        "need-today",
        "needs",
        "What did you need today that you didn't get? It can be something small.",
    ),
    Prompt(
        "ask-for",
        "needs",
        "If you could ask your partner for one thing this week, without "
        "worrying about the answer, what would it be?",
    ),
    Prompt(
        "felt-close",
        "needs",
        "Remember a time you felt truly close to someone. What made it feel that way?",
    ),
    Prompt(
        "cared-for",
        "needs",
        "What helps you feel cared for: words, time, touch, help, or small "
        "surprises? Which is missing lately?",
    ),
    Prompt(
        "kind-to-self",
        "needs",
        "What is one kind thing you could do for yourself before the day ends?",
    ),
)
PROMPT_IDS: frozenset[str] = frozenset(p.id for p in PROMPTS)


def prompt_at(index: int) -> tuple[int, Prompt]:
    """Return the prompt at `index` (wrapping around) with its position."""
    position = index % len(PROMPTS)
    return position, PROMPTS[position]


def prompt_by_id(prompt_id: str) -> Prompt | None:
    """Return the prompt with this id, or None."""
    return next((p for p in PROMPTS if p.id == prompt_id), None)
