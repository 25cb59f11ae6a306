"""Self-invalidation: the writer talking themselves out of their own feelings."""

from __future__ import annotations

import re

from ..doc import Doc
from ..model import probability
from ..patterns import rules
from ..registry import CONTEXT_CHARS, apply, stage
from ..types import Span

_LABEL = "calling yourself 'too much' argues with a real feeling"
_SHOULD = "'I shouldn't feel' tells a real feeling it isn't allowed"
_RIGHT = "your feelings don't need permission or a good enough reason"
_DOUBT = "handing the point to someone else's view can drown out your own"
_SMALL = "shrinking a hurt doesn't make it go away"
_COMPARE = "others having it worse doesn't make your feeling smaller"

_SELF_LABELS = (
    r"(?:over-?reacting|over-?thinking|too sensitive|oversensitive|so sensitive"
    r"|dramatic|needy|too needy|ridiculous|silly|selfish|petty|a brat|stupid"
    r"|ungrateful|crazy|paranoid|a baby|childish|clingy|too much|high maintenance"
    r"|exaggerating|imagining (?:it|things)|making (?:a big deal|too much|it up"
    r"|something out of nothing|a fuss)|asking (?:for )?too much|expecting too much"
    r"|hormonal|irrational|unreasonable|being unfair|the problem|pathetic|weak"
    r"|a drama queen|being a \w+)"
)
_FILL = (
    r"(?:(?:probably|just|being|so|too|way too|a bit|a little|such a|kind of"
    r"|sort of|overly|really|maybe|honestly|definitely|likely|only)\s+){0,3}"
)

ALWAYS = rules(
    "self_invalidation",
    [
        (r"<IM> " + _FILL + _SELF_LABELS, _LABEL),
        (
            r"(?:probably|prob|maybe) (?:just )?(?:over-?reacting|over-?thinking"
            r"|hormones|pms|tired|nothing|in my head|my fault|me|being silly"
            r"|being dramatic|too sensitive|too needy)",
            _LABEL,
        ),
        (
            r"(?:maybe|perhaps) <IM> (?:just )?(?:asking|too|being|expecting"
            r"|overreacting|the problem|the one|making)",
            _LABEL,
        ),
        (r"maybe i am(?=\s*[.,!?]|\s*$)", _DOUBT),
        (
            r"i'?m sure <IM> (?:just )?(?:exaggerating|overreacting|imagining"
            r"|making|being)",
            _LABEL,
        ),
        (
            r"i (?:shouldn'?t|should not|shouldnt) (?:even )?(?:feel|be (?:upset|sad"
            r"|hurt"
            r"|bothered|angry|lonely|jealous|mad|this upset|so upset)|care|let it"
            r"|mind|need|want|expect|complain|be bothered|make)",
            _SHOULD,
        ),
        (
            r"(?:that|it|this) (?:shouldn'?t|should not) (?:bother|upset|hurt|matter"
            r"|get to) me",
            _SHOULD,
        ),
        (
            r"i (?:have|'?ve got|got) no (?:right|reason) to (?:feel|be|complain)",
            _RIGHT,
        ),
        (
            r"(?:nothing|no reason) to (?:complain|be upset|be sad|feel \w+) about",
            _RIGHT,
        ),
        (
            r"i should (?:just )?be (?:grateful|thankful|happy|over it|fine|used to it"
            r"|able to handle|moving on|stronger)",
            _SHOULD,
        ),
        (r"should be over (?:it|this|that) by now", _SHOULD),
        (
            r"<HES> (?:probably |prob |maybe |likely |totally |definitely |actually )?"
            r"right(?! (?:here|there|next|beside|behind|in front|now|away|back|by))",
            _DOUBT,
        ),
        (r"(?:it'?s|its) (?:probably |prob |just |all )*me(?=\s*[.,!?]|\s*$)", _DOUBT),
        (
            r"i (?:need to|should|have to|gotta) (?:get over myself|stop making"
            r" (?:everything|it) about me|toughen up|stop being)",
            _LABEL,
        ),
        (
            r"(?:it'?s|its|it is) (?:so |a bit |kind of )?(?:silly|stupid|dumb"
            r"|ridiculous"
            r"|selfish|petty|childish|pathetic|ungrateful|wrong|unfair|greedy|too much)"
            r" (?:of me )?(?:to|that i)",
            _LABEL,
        ),
        (
            r"i know (?:it'?s|i'?m) (?:so |just |being )?(?:stupid|silly|dumb"
            r"|ridiculous|too sensitive|overreacting|petty|irrational)",
            _LABEL,
        ),
        (
            r"(?:upset|sad|hurt|bad|crying|cry|fuss|deal|deals|drama|worked up|angry"
            r"|mad|upset) (?:over|about|out of) nothing",
            _SMALL,
        ),
        (
            r"what am i (?:even )?(?:upset|complaining|crying|sad|angry|mad) about",
            _SMALL,
        ),
        (
            r"(?:doesn'?t|does not|shouldn'?t) matter (?:at our age|that much|anyway)",
            _SMALL,
        ),
        (
            r"wanting (?:it|that|more|this|affection|attention) (?:is|makes me) "
            r"(?:a bit |kind of |so )?(?:pathetic|selfish|silly|needy|too much|greedy)",
            _LABEL,
        ),
        (r"keep telling myself (?:it'?s|it doesn'?t|i'?m|i shouldn'?t|that)", _SMALL),
        (r"talk(?:ed|ing)? myself out of", _SMALL),
        (r"who needs (?:to|that|it)", _SMALL),
        (r"(?:just|probably) (?:hormones|pms|stress|my hormones)", _SMALL),
        (r"everyone has (?:rough patches|problems|bad days|it worse)", _COMPARE),
        (
            r"other (?:couples|people|women|men|wives|husbands) have (?:real|bigger"
            r"|worse|actual) problems",
            _COMPARE,
        ),
        (
            r"plenty of (?:husbands|wives|people|couples|men|women|partners)"
            r" (?:don'?t|never)",
            _COMPARE,
        ),
        (r"(?:silly|stupid|selfish|unfair|wrong) to (?:expect|want|ask)", _LABEL),
        (r"(?:asking|expect|expecting|want|wanting) (?:for )?too much", _LABEL),
        (r"(?:ungrateful|selfish|petty|silly) of me", _LABEL),
        (
            r"(?:people|others|folks) with (?:actual|real|bigger|worse) problems"
            r"|(?:feel|felt|feeling) (?:so |really |a bit |kind of )?(?:selfish|needy"
            r"|silly|stupid|guilty|petty|ungrateful|pathetic|dramatic|greedy|bad)"
            r" (?:for|about) (?:wanting|needing|asking|feeling|being \w+|crying"
            r"|expecting|minding|caring|getting upset|getting hurt)|(?:don'?t|do not"
            r"|doesn'?t) have (?:the|any) right"
            r" to (?:complain|feel|be upset|ask|want|expect)",
            _COMPARE,
        ),
        (
            r"<IM> (?:just )?(?:sulking|moping|whining|being a baby|being a brat)",
            _LABEL,
        ),
        (
            r"(?:told|tell|telling|remind|reminded|convinced|convince) myself (?:that"
            r" )?"
            r"(?:i'?m|i was|it'?s|it was|it doesn'?t|i should|i shouldn'?t|not to"
            r"|it didn'?t)",
            _SMALL,
        ),
        (
            r"<IM> not being (?:reasonable|fair|rational|logical)|<IM> being"
            r" unreasonable",
            _LABEL,
        ),
        (
            r"(?:i|we) (?:have|'ve got|got) it (?:so )?good|could be (?:so much )?worse"
            r"|first world problem",
            _COMPARE,
        ),
    ],
)
SELF_MORE = rules(
    "self_invalidation",
    [
        (
            r"i (?:shouldn'?t|should not|shouldnt) (?:even )?(?:be|feel) (?:this |so "
            r"|that"
            r" |as )?(?:upset|sad|hurt|bothered|angry|lonely|jealous|mad|down|low"
            r"|emotional|worked up|miserable|unhappy|needy)",
            _SHOULD,
        ),
        (
            r"(?:don'?t|do not) want to be (?:the |that )?(?:needy|clingy|dramatic"
            r"|difficult|demanding|high-?maintenance|nagging|annoying)",
            _LABEL,
        ),
        (
            r"(?:feel|felt|feeling) (?:so |really |a bit |kind of )?(?:stupid|silly"
            r"|dumb"
            r"|pathetic|ridiculous|selfish|guilty) (?:for|about) (?:being|feeling"
            r"|wanting|needing|getting|crying|caring)",
            _LABEL,
        ),
        (
            r"<IM> (?:probably |just |maybe )?(?:being )?(?:high-?maintenance|too"
            r" demanding|a nag|a burden to him|a burden to her|hard to love)",
            _LABEL,
        ),
        (
            r"most people wouldn'?t (?:mind|care|notice)|(?:anyone|normal people)"
            r" would(?:n'?t)? (?:mind|cope|be fine)",
            _COMPARE,
        ),
    ],
)
SELF_MORE = SELF_MORE + rules(
    "self_invalidation",
    [
        (
            r"count my blessings|(?:it'?s )?not like (?:he|she|they) (?:hits?|cheats?"
            r"|hurts?|yells?|is cruel|drinks)|mountain out of a molehill|storm in a"
            r" teacup",
            _COMPARE,
        ),
        (
            r"(?:probably|must have|maybe i) (?:misread|misunderstood|imagined"
            r"|overthought)|always (?:misread|overthink|overreact)|(?:i must be|i'?m"
            r" probably|maybe i'?m) the problem|must be me(?= *[.!,]| *$)",
            _DOUBT,
        ),
        (
            r"why am i (?:even )?(?:crying|upset|sad|so upset|hurt|angry|moping)"
            r" (?:over|about)|(?:don'?t|do not) deserve to (?:feel|be) (?:hurt|upset"
            r"|sad|angry)",
            _SMALL,
        ),
        (
            r"(?:got|have|'ve got) no reason to feel|lower my expectations"
            r"|expect(?:ing)?"
            r" less|need to stop expecting",
            _RIGHT,
        ),
        (
            r"(?:that'?s|it'?s) (?:normal|fine|ok|okay),? right\?|it'?s only (?:been )?"
            r"(?:a few|a couple)",
            _SMALL,
        ),
        (r"who am i to (?:complain|ask|judge|be upset|want|expect|moan)", _RIGHT),
        (
            r"(?:it'?s|its) (?:just |probably )?me being (?:dramatic|silly|sensitive"
            r"|needy|difficult|petty)|i'?m sure it'?s (?:just )?me|i (?:shouldn'?t"
            r"|should not|need to stop|have to stop) (?:take|taking) (?:it|things"
            r"|everything) (?:so |too )?personally",
            _LABEL,
        ),
        (
            r"<HES> not wrong|maybe (?:he|she|they) (?:is|are|has|have) (?:a point"
            r"|right)"
            r"|(?:he|she|they) (?:has|have) a point",
            _DOUBT,
        ),
        (
            r"(?:lots of|plenty of|many|other|most) (?:\w+ )?(?:have|had) it (?:so )?"
            r"(?:much )?worse|i should (?:stop|quit) (?:moaning|complaining|whining"
            r"|sulking|feeling sorry)|<IM> lucky really",
            _COMPARE,
        ),
    ],
)
# Minimisers that in a reply would be aimed at the partner, not the writer.
OWN_ONLY = rules(
    "self_invalidation",
    [
        (r"get a grip|pull myself together|snap out of it", _SMALL),
        (r"(?:it'?s|its|it is) not (?:a|that) big (?:of a )?deal", _SMALL),
        (r"who cares", _SMALL),
        (r"(?:it|this) could be (?:so much )?worse", _COMPARE),
    ],
)


# Category-first: blaming yourself for a partner's turning away, shrinking
# what happened, doubting your own skill at saying it.
SELF_CATEGORIES = rules(
    "self_invalidation",
    [
        (
            r"(?:it'?s|its|it is|it was|it wasn'?t) not like (?:anything|something"
            r"|anyone) (?:actually |really )?(?:bad|terrible|awful|serious|big)"
            r" (?:happened|died)|nothing (?:actually |really )?(?:bad|terrible"
            r"|awful) (?:even )?happened",
            _SMALL,
        ),
        (
            r"my (?:own )?fault (?:really|anyway|probably|i guess|i suppose|for"
            r" (?:being|expecting|asking|bringing|wanting))|(?:i'?m sure|probably"
            r"|maybe|i guess) i (?:just )?(?:picked|chose) (?:a |the )?(?:bad|wrong)"
            r" (?:moment|time)",
            _DOUBT,
        ),
        (
            r"(?:maybe|probably|i guess|perhaps|i suppose) <IM> (?:just )?(?:bad at"
            r"|rubbish at|terrible at|not good at|no good at|hopeless at|crap at)"
            r"|<IM> (?:surely|probably|definitely|likely|maybe) (?:exaggerating"
            r"|overreacting|overthinking|being (?:dramatic|silly|petty|needy"
            r"|sensitive|ridiculous|stupid|unfair))",
            _LABEL,
        ),
    ],
)

MODEL_THRESHOLD = 0.8
_MODEL = "this reads like talking yourself out of a real feeling"
# The writer standing by the feeling ("I'm allowed to feel hurt", "not any
# more"): a look back at old self-talk, or its opposite, is not self-talk.
_AFFIRM = re.compile(
    r"\b(?:i'?m allowed to (?:feel|be|want)|not any ?more\b|(?:this|it) matters to"
    r" me|my feelings (?:are|were) valid|i deserve to)"
)
_OTHERS_VIEW = re.compile(
    r"\b(?:he|she|they|him|her|them) (?:won'?t |wouldn'?t |will |would |might )?"
    r"(?:think|thinks|say|says|call|calls)(?: me)? (?:that )?$"
)


def _not_own(doc: Doc, span: Span) -> bool:
    """Return whether a self-invalidation span is someone else's view or past."""
    if span.label != "self_invalidation":
        return False
    if _OTHERS_VIEW.search(doc.norm, max(0, span.start - 30), span.start):
        return True
    return _AFFIRM.search(doc.norm, 0, CONTEXT_CHARS) is not None


@stage("self_invalidation")
def self_invalidation(doc: Doc) -> None:
    """Notice the writer talking themselves out of their own feelings."""
    apply(doc, ALWAYS)
    apply(doc, SELF_MORE)
    if doc.kind != "reply":
        apply(doc, OWN_ONLY)
        apply(doc, SELF_CATEGORIES)
    if "self_invalidation" in doc.flags:
        doc.spans = [s for s in doc.spans if not _not_own(doc, s)]
        if not any(s.label == "self_invalidation" for s in doc.spans):
            doc.flags.discard("self_invalidation")
    if (
        doc.kind == "journal"
        and "self_invalidation" not in doc.flags
        and _AFFIRM.search(doc.norm, 0, CONTEXT_CHARS) is None
        and probability("self_invalidation", doc.text) >= MODEL_THRESHOLD
    ):
        start = len(doc.text) - len(doc.text.lstrip())
        doc.add(start, max(start, len(doc.text.rstrip())), "self_invalidation", _MODEL)
