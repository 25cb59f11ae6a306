"""Gentler rewrites: I-statements for harsh messages, validation for replies."""

from __future__ import annotations

import re

from .doc import Doc
from .patterns import expand
from .registry import stage
from .rules.abuse import writer_pressure

_VERB = (
    r"(?:ask|listen|call|text|help|say|tell|notice|hug|kiss|touch|plan|make"
    r"|spend|come|check|show|thank|remember|offer|put|look|talk|share|take|do"
    r"|cook|clean|pick|let|give|answer|reply|want|try|hold|think|get|be|stay"
    r"|include|consider|turn|wash|tidy|empty|load|walk|sit|join|invite|tell)"
)
# "you never ask about my day" -> the wish is "ask about my day".
_WISH = re.compile(
    expand(
        r"(?<![\w'])(?:<YOU>(?:'?ve| have| just| only| even)? (?:never|don'?t ever"
        r"|don'?t even|never even|never once|can'?t even|don'?t|didn'?t|<CANT>)"
        r"|how (?:hard|difficult) (?:is|was|can) it (?:for <YOU> )?to"
        r"|impossible for <YOU> to|(?:can|could) <YOU> (?:for once|just once|ever)"
        r"|would it kill <YOU> to|why <CANT> <YOU> (?:just |ever )?) "
        r"(" + _VERB + r"\b[^.!?,;\n]{0,60})"
    )
)
_PRONOUNS = {
    "i": "you",
    "me": "you",
    "my": "your",
    "mine": "yours",
    "myself": "yourself",
    "i'm": "you're",
    "im": "you're",
    "i've": "you've",
    "i'd": "you'd",
    "i'll": "you'll",
    "you": "I",
    "your": "my",
    "yours": "mine",
    "yourself": "myself",
    "you're": "I'm",
    "you've": "I've",
    "u": "I",
    "ur": "my",
}
_WORD = re.compile(r"[A-Za-z']+")

# Topic words -> (what the writer feels, what would help, why it matters).
_CLOSE = "it would help me feel close to you"
_MEANS = "it would mean a lot to me"
_TOPICS: tuple[tuple[re.Pattern[str], str, str, str], ...] = tuple(
    (re.compile(r"\b(?:" + pattern + ")"), feeling, need, because)
    for pattern, feeling, need, because in (
        (
            r"phone|scroll|screen",
            "lonely",
            "some time together without our phones",
            _CLOSE,
        ),
        (
            r"dish|chore|clean|house|laundry|plate|tidy|mess",
            "worn out",
            "to share the load at home",
            "I'd feel less alone with it",
        ),
        (
            r"text|call|hear back|reply",
            "worried and left out",
            "to hear from you",
            _MEANS,
        ),
        (
            r"birthday|anniversary|forg[eo]t|remember",
            "hurt and forgotten",
            "to feel remembered",
            _MEANS,
        ),
        (
            r"friends?\b|party|plans",
            "left out",
            "to feel included in your plans",
            _CLOSE,
        ),
        (r"listen|hear me|word i say", "unheard", "to feel listened to", _CLOSE),
        (
            r"late|show up|on time",
            "let down",
            "to be able to count on our plans",
            _MEANS,
        ),
        (
            r"care|respect",
            "hurt and unimportant",
            "to feel that I matter to you",
            _CLOSE,
        ),
        (r"work|busy|job", "lonely", "some time that's just ours", _CLOSE),
        (
            r"interview|my day|news",
            "unseen",
            "you to ask how things went for me",
            _CLOSE,
        ),
    )
)
# Reflected words that would put blame back in ("you're always ...").
_ABSOLUTE = re.compile(
    r"\b(you(?:'re| are)?|I(?:'m| am)?) (always|never)\b|\bevery (?:single )?time\b",
    re.IGNORECASE,
)
_SOFTER = {"always": "often", "never": "rarely"}
_DEFAULT = ("hurt", "to feel that we're on the same side", _MEANS)


_OBJECT_AFTER = frozenset(
    [
        "to",
        "with",
        "for",
        "at",
        "about",
        "from",
        "of",
        "than",
        "without",
        "by",
        "around",
        "near",
        "on",
    ]
)
_I_BE = re.compile(r"\b[Ii] (am|was)\b")
_YOU_BE = re.compile(r"\b(?:you|u) (are|were)\b", re.IGNORECASE)


def _swap(text: str) -> str:
    """Return `text` with first and second person swapped ("my" -> "your")."""
    text = _YOU_BE.sub(lambda m: "\0" + ("am" if m.group(1) == "are" else "was"), text)
    text = _I_BE.sub(lambda m: "\1" + ("are" if m.group(1) == "am" else "were"), text)
    words = list(_WORD.finditer(text))
    out: list[str] = []
    last = 0
    for i, m in enumerate(words):
        word = m.group(0)
        low = word.lower()
        new = _PRONOUNS.get(low, word)
        if low in {"you", "u"}:
            prev = words[i - 1].group(0).lower() if i else ""
            tail = text[m.end() : m.end() + 2].strip()
            at_end = i == len(words) - 1 or (tail[:1] in {",", ".", "!", "?", ";"})
            new = "me" if prev in _OBJECT_AFTER or at_end else "I"
        out.append(text[last : m.start()] + new)
        last = m.end()
    out.append(text[last:])
    return "".join(out).replace("\0", "I ").replace("\1", "you ")


def _soften(m: re.Match[str]) -> str:
    """Return an absolute ("you're always") said more gently ("you're often")."""
    if m.group(2) is None:
        return "when"
    return f"{m.group(1)} {_SOFTER[m.group(2).lower()]}"


def _words(text: str, limit: int) -> str:
    """Return the first `limit` words of `text`."""
    return " ".join(text.split()[:limit])


# A threat or an order can't be softened into a request; pausing is the
# gentler thing to send.
_PAUSE = (
    "I'm feeling really upset right now, and I don't want to say something I"
    " regret. I'm going to take some time to calm down, and then I'd like us to"
    " talk."
)


# Where a second clause starts ("... and you always ...", "..., you never ...").
_NEXT_CLAUSE = re.compile(
    r"\s*(?:,|;|\s-\s|\b(?:and|but|or|then|so|because|cos|while|yet|plus)\b)"
    r"\s*(?:then\s+|also\s+|now\s+)?(?=(?:you|u|ya|your|ur|you're|youre)\b)"
    r"|\s+(?=\b(?:always|never|every (?:single )?time|constantly)\b)",
    re.IGNORECASE,
)
# Anything that still blames: no rewrite may keep one (checked on the whole).
_ACCUSES = re.compile(
    r"\b(?:you|u)(?:'re| are)? (?:never|always|constantly)\b|\bevery (?:single )?"
    r"time you\b|\b(?:you|u)(?:'re| are) (?:so |such an? )?(?:selfish|lazy"
    r"|useless|pathetic|stupid|idiot|crazy|ridiculous|overreacting|too"
    r" sensitive)\b",
    re.IGNORECASE,
)


def harsh_rewrite(doc: Doc) -> str:
    """Return an I-statement that keeps the wish behind a harsh message."""
    if any(writer_pressure(doc, s) for s in doc.spans):
        return _PAUSE
    norm = doc.norm
    feeling, need, because = _DEFAULT
    for regex, *topic in _TOPICS:
        if regex.search(norm):
            feeling, need, because = topic
            break
    m = _WISH.search(norm)
    if m and "yourself" not in m.group(1):
        wish = _words(doc.text[m.start(1) : m.end(1)].strip(), 12)
        # Keep only the first wish: a second clause ("and you always ignore
        # my feelings") would carry the accusation into the rewrite.
        wish = _NEXT_CLAUSE.split(wish, maxsplit=1)[0]
        wish = re.sub(r"\b[uU]\b", "you", wish).rstrip(" ,;:-")
        rewrite = (
            f"I'm feeling {feeling}, and I'd love it if you would {wish} — {because}."
        )
        if wish and not _ACCUSES.search(rewrite):
            return rewrite
    return (
        f"I'm feeling {feeling} right now, and I don't want this to come between"
        f" us. What I need is {need}. Can we talk about it?"
    )


_FEELING = re.compile(
    r"\b(scared|afraid|worried|anxious|nervous|stressed|overwhelmed|sad|hurt|lonely"
    r"|upset|frustrated|embarrassed|humiliated|ignored|invisible|disconnected|low"
    r"|down|angry|jealous|unattractive|alone|exhausted|tired|cut off|left out"
    r"|unheard|unappreciated|disappointed|betrayed|awful|overlooked)\b"
)


def validating_reply(doc: Doc) -> str:
    """Return a reply that reflects the partner's feeling from the context."""
    context = (doc.context or "").strip()
    first = re.split(r"(?<=[.!?])\s", context, maxsplit=1)[0] if context else ""
    feeling = _FEELING.search(first.lower())
    if not first or len(first.split()) > 30:
        return (
            "I can hear this matters to you, and I'm sorry I brushed it off."
            " Can you tell me more about how you're feeling?"
        )
    reflected = _swap(first.rstrip(".!? ")).strip()
    reflected = _ABSOLUTE.sub(_soften, reflected)
    reflected = reflected[:1].lower() + reflected[1:]
    name = feeling.group(1) if feeling else "this way"
    return (
        f"It makes sense that you feel {name}. I hear that {reflected}."
        " I'm here, and I want to understand — tell me more?"
    )


@stage("suggestion")
def suggestion(doc: Doc) -> None:
    """Propose a gentler message or a validating reply when one is needed."""
    if doc.kind == "reply" and "dismissive" in doc.flags:
        doc.suggestion = validating_reply(doc)
    elif "harsh" in doc.flags:
        doc.suggestion = harsh_rewrite(doc)
    elif "dismissive" in doc.flags:
        doc.suggestion = validating_reply(doc)
