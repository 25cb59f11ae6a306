"""Concrete, small ideas for meeting each way of feeling loved (our own words)."""

from __future__ import annotations

LOVE_STYLE_IDEAS: dict[str, tuple[str, ...]] = {
    "words": (
        "Name one specific thing you appreciated today, out loud or in a message.",
        "Leave a short note where they will find it.",
        "When they handle something well, tell them what you noticed.",
    ),
    "acts_of_service": (
        "Take one task off their list without being asked.",
        "Ask what one thing you could do would make their week easier.",
        "Finish the small job they have mentioned more than once.",
    ),
    "gifts": (
        "Bring home something small that made you think of them.",
        "Keep a list of things they mention liking, and use it later.",
        "Mark an ordinary day, not only birthdays, with a small token.",
    ),
    "quality_time": (
        "Set aside twenty phone-free minutes to hear about their day.",
        "Take a walk together with no errands attached.",
        "Keep one evening a week just for the two of you.",
    ),
    "physical_touch": (
        "Greet and say goodbye with a hug that lasts a few seconds longer.",
        "Sit close or hold hands while you watch or read something.",
        "Ask what kind of touch feels good to them right now, and respect the answer.",
    ),
}
