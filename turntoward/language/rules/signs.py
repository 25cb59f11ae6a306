"""Signs of emotional neglect described in the text (framework section 1)."""

from __future__ import annotations

from ..doc import Doc
from ..model import probability
from ..patterns import RuleTable, rules
from ..registry import apply, stage
from .sign_phrasings import SIGNS_CATEGORIES, SIGNS_EXTRA, SIGNS_LATE, SIGNS_OLDER
from .sign_reasons import WHY_AFFECTION, WHY_AWAY, WHY_EGGSHELLS, WHY_LONELY, WHY_UNMET

_NO = (
    r"(?:no|not|never|don'?t|doesn'?t|didn'?t|haven'?t|hasn'?t|won'?t|stopped"
    r"|without|can'?t remember the last time|rarely|hardly|barely|forgot|forgets"
    r"|no longer)"
)
_TOUCH = (
    r"(?:hug\w*|kiss\w*|touch(?:es|ed|ing)? (?:me|each other)|physical touch|hold(?:s"
    r"|ing)? (?:my )?hands?|held (?:my )?hands?"
    r"|cuddl\w*|affection\w*|say (?:i love you|goodnight|good night|hello|hi)"
    r"|says (?:i love you|goodnight|good night)|i love you|goodnight|good night"
    r"|compliment\w*|flirt\w*|sex|intimacy|intimate|hello|reach for each other"
    r"|how (?:was )?my day|about my day|how i'?m doing|how i was)"
)

LONELY = rules(
    "lonely_together",
    [
        (
            r"lonely (?:next to|beside|with|sitting|lying|in (?:my|our|this) "
            r"(?:marriage|relationship|own home)|even when|when we'?re together"
            r"|together)",
            WHY_LONELY,
        ),
        (
            r"(?:feel|felt|feeling) (?:so |completely |totally )?(?:alone|lonely)"
            r"[^.!?\n]{0,40}(?:next to|beside|with (?:him|her|them|someone)"
            r"|right there|in the same room|together|on the sofa|on the couch)",
            WHY_LONELY,
        ),
        (r"lonely when i'?m (?:literally )?never alone", WHY_LONELY),
        (
            r"alone (?:together|with someone|next to|in (?:my|our|this) marriage)",
            WHY_LONELY,
        ),
        (
            r"(?:we|we'?ve) (?:<DONT>|never|hardly|rarely|barely) (?:really )?"
            r"(?:talk|speak|connect|have (?:real|deep) conversations)",
            WHY_LONELY,
        ),
        (
            r"(?:we|we'?re) (?:only|mostly|just) (?:talk|speak|discuss) about",
            WHY_LONELY,
        ),
        (
            r"(?:we )?talk about (?:groceries|logistics|bills|the kids|schedules"
            r"|the weather|chores)",
            WHY_LONELY,
        ),
        (
            r"(?:can'?t|cannot|don'?t) remember the last time we (?:talked|had a real"
            r"|had a proper|really talked|laughed)",
            WHY_LONELY,
        ),
        (
            r"(?:didn'?t|don'?t|never) say (?:one|a single) (?:real |true )?(?:thing"
            r"|word)",
            WHY_LONELY,
        ),
        (
            r"roommates|room-mates|flatmates|like strangers|two strangers|ships"
            r" passing",
            WHY_LONELY,
        ),
        (
            r"(?:in|of) silence|words between us|separate lives|polite, quiet"
            r"|nothing to say to each other|small talk|on the surface",
            WHY_LONELY,
        ),
        (r"<HES> (?:home|here|next to me)[^.!?\n]{0,30}somewhere else", WHY_LONELY),
        (
            r"(?:feel|feeling|felt|grown|growing) (?:really |so |very )?(?:far|distant"
            r"|disconnected) from (?:him|her|them|each other)|growing apart|drifting"
            r" apart",
            WHY_LONELY,
        ),
        (
            r"(?:spent|spends|spend) (?:dinner|the (?:whole )?(?:evening|night|meal"
            r"|date)|our \w+) (?:on|answering|scrolling|looking|texting|watching"
            r"|checking)",
            WHY_LONELY,
        ),
        (r"i miss (?:us|talking to (?:him|her|you)|how we used to)", WHY_LONELY),
    ],
    reportable=False,
)
LONELY_MORE = rules(
    "lonely_together",
    [
        (
            r"(?:felt|feel|feeling) like (?:furniture|a ghost|a stranger|a flatmate"
            r"|a roommate|part of the furniture|i'?m invisible)",
            WHY_LONELY,
        ),
        (
            r"same (?:table|room|bed|couch|sofa|house)[^.!?\n]{0,30}(?:but|and yet"
            r"|miles)",
            WHY_LONELY,
        ),
        (
            r"never felt (?:further|so far|more alone|lonelier|so alone|so lonely)"
            r"|further away from",
            WHY_LONELY,
        ),
        (
            r"(?:barely|hardly|rarely|never|don'?t|didn'?t) (?:even )?(?:speak|talk)"
            r"(?= *[.!,]| *$| to each other| anymore| any more)",
            WHY_LONELY,
        ),
        (
            r"in front of the (?:tv|telly|television|screen)s? (?:every|each|all)",
            WHY_LONELY,
        ),
        (
            r"alone in (?:this|my|our) (?:marriage|relationship|house)"
            r"|even when we'?re together|lonelier (?:with|than)",
            WHY_LONELY,
        ),
        (
            r"like (?:strangers|roommates|housemates|flatmates|colleagues|business"
            r" partners|co-?workers)",
            WHY_LONELY,
        ),
    ],
    reportable=False,
)
_FEELINGS = (
    r"(?:lonely|hurt|sad|struggling|low|unappreciated|invisible|overwhelmed|scared"
    r"|anxious|down|upset|disconnected|left out|alone|depressed|stressed|worried"
    r"|unloved|neglected|ignored|exhausted|frightened|afraid|nervous|insecure"
    r"|miss (?:him|her|you|us)|far away|distant)"
)
LONELY_EXTRA = rules(
    "lonely_together",
    [
        (
            r"conversations? (?:are|is) (?:all |only |just |mostly )?about|never about"
            r" us"
            r"|that'?s our (?:night|evening|life)|back to back",
            WHY_LONELY,
        ),
        (r"(?:the )?silence(?: between us| at dinner| is| in the house)", WHY_LONELY),
        (r"physically (?:here|there|present|home)", WHY_LONELY),
    ],
    reportable=False,
)
UNMET_EXTRA = rules(
    "unmet_needs",
    [
        (
            r"i (?:said|told \w+|mentioned|admitted|explained)[^.!?\n]{0,50}"
            + _FEELINGS
            + r"[^.\n]{0,40}?(?:he|she|they) (?:just )?(?:said|told|asked|went|changed"
            r"|turned|shrugged|laughed|sighed|started|kept|looked)",
            WHY_UNMET,
        ),
        (
            r"(?:when|whenever|every time) i (?:try to )?(?:tell|talk to|open up to"
            r"|share"
            r"|bring)[^.!?\n]{0,50}(?:he|she|they) (?:looks at|checks|scrolls|changes"
            r"|walks|turns|sighs|rolls|says|just)",
            WHY_UNMET,
        ),
    ],
    reportable=False,
)
AWAY_EXTRA = rules(
    "partner_unavailable",
    [
        (
            r"physically (?:here|there|present|home) but|mentally (?:he|she|they)"
            r" (?:left|checked out|are gone|is gone|'s gone)|(?:started|starts)"
            r" scrolling"
            r"|looks at (?:his|her|their) phone|(?:doesn'?t|don'?t|didn'?t) seem"
            r" (?:interested|to care|to notice)|not interested in (?:me|us|talking)",
            WHY_AWAY,
        ),
    ],
    reportable=False,
)
AFFECTION_EXTRA = rules(
    "lack_of_affection",
    [
        (
            r"back to back|since (?:he|she|they) (?:last )?(?:told me|said|kissed"
            r"|hugged|touched"
            r"|held|complimented)",
            WHY_AFFECTION,
        ),
    ],
    reportable=False,
)
EGGSHELLS_EXTRA = rules(
    "walking_on_eggshells",
    [
        (
            r"(?:wait|waiting) (?:until|till|for) (?:he|she|they)(?:'s| is| are|'re)"
            r" in a (?:good|better) mood|used to tell (?:him|her|them) everything"
            r"|say(?:ing)? '?fine'? and|(?:watch|watching|read|reading|monitor"
            r"|gauge|gauging)\w* (?:his|her|their) (?:mood|face|tone)",
            WHY_EGGSHELLS,
        ),
    ],
    reportable=False,
)
UNMET = rules(
    "unmet_needs",
    [
        (
            r"i (?:told|said to|tried to tell|mentioned to|showed) (?:him|her|them"
            r"|\w+)[^.!?\n]{0,80}?(?:and|but) (?:he|she|they) (?:said|just said"
            r"|told me|shrugged|laughed|changed|asked)",
            WHY_UNMET,
        ),
        (
            r"i (?:said|told \w+|mentioned)[^.!?\n]{0,50}(?:lonely|hurt|sad|struggling"
            r"|hard|miss|dark|upset|scared|left out|disconnected)[^.\n]{0,40}?"
            r"(?:and|but|\.) (?:he|she|they|\w+) (?:said|asked|went|just|changed)",
            WHY_UNMET,
        ),
        (
            r"changed the subject|change the subject|starts? talking about"
            r"|(?:brushed|brushes|brush) (?:it|me) off|(?:rolled|rolls) (?:his|her"
            r"|their)"
            r" eyes|roll its eyes",
            WHY_UNMET,
        ),
        (
            r"(?<!friend )(?<!friends )(?<!mum )(?<!mom )(?<!sister )(?<!brother"
            r" )(?<!therapist )(?<!boss )"
            r"said (?:i was|i'?m|i am) (?:being )?(?:dramatic|too sensitive|too"
            r" emotional"
            r"|overreacting|needy|making a big deal)",
            WHY_UNMET,
        ),
        (
            r"told (?:i'?m|i am|that i'?m) (?:too|so) (?:emotional|sensitive|dramatic)",
            WHY_UNMET,
        ),
        (r"(?:making|made) a big deal out of nothing", WHY_UNMET),
        (
            r"(?:don'?t|doesn'?t|didn'?t|never) (?:really )?(?:listen|hear me|get it"
            r"|understand)",
            WHY_UNMET,
        ),
        (r"feel (?:so )?(?:unheard|unseen|invisible|ignored|dismissed)", WHY_UNMET),
        (r"why i keep trying|don'?t know why i (?:keep|bother)", WHY_UNMET),
        (r"says we'?re fine|said we'?re fine|we'?re not fine", WHY_UNMET),
        (
            r"(?:bring|brought) up (?:feeling|how i)[^.!?\n]{0,60}(?:she|he|they)"
            r" (?:says|said|changes|changed)",
            WHY_UNMET,
        ),
        (r"said '(?:mm|ok|okay|nice|everyone is|i'?m right here|you have)", WHY_UNMET),
        (r"to be (?:listened to|asked how|heard|seen)", WHY_UNMET),
        (r"should be moving on|(?:don'?t|dont) be dramatic", WHY_UNMET),
    ],
    reportable=False,
)
AFFECTION = rules(
    "lack_of_affection",
    [
        (_NO + r"[^.!?\n]{0,40}?" + _TOUCH, WHY_AFFECTION),
        (
            _TOUCH + r"[^.!?\n]{0,25}?(?:without me asking|any ?more|in (?:months|weeks"
            r"|years|ages)|just (?:sort of )?went away|feel forced|leading anywhere)",
            WHY_AFFECTION,
        ),
        (
            r"(?:asked|ask|begged) for a hug[^.!?\n]{0,60}(?:quick|pat|half|barely)",
            WHY_AFFECTION,
        ),
        (
            r"stopped holding hands|touched without|(?:just|only) a (?:kiss|hug"
            r"|cuddle)",
            WHY_AFFECTION,
        ),
    ],
    reportable=False,
)
EGGSHELLS = rules(
    "walking_on_eggshells",
    [
        (
            r"(?:afraid|scared|nervous|terrified) to (?:bring (?:it |this |that )?up"
            r"|tell|say|ask|mention|talk)",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:<DONT>|never|stopped|no longer) (?:tell(?:ing)?|ask(?:ing)?"
            r"|bring(?:ing)?"
            r" (?:it |things |anything )?up|say(?:ing)?|mention(?:ing)?) (?:him|her"
            r"|them"
            r"|for|what|how|when|anything)[^.!?\n]{0,40}(?:any ?more|now)",
            WHY_EGGSHELLS,
        ),
        (
            r"edit myself|holding (?:things|it|stuff|my feelings) (?:in|back)"
            r"|hold (?:things|it|my feelings) back|keep (?:things|it) in",
            WHY_EGGSHELLS,
        ),
        (
            r"keep(?:ing)? quiet|kept quiet|kept my mouth shut|keep my mouth shut"
            r"|bite my tongue|bit my tongue|biting my tongue",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:shouldn'?t|should not|learned not to|learnt not to) bring (?:things|it"
            r"|stuff|anything)? ?up",
            WHY_EGGSHELLS,
        ),
        (r"list of things i'?ve learned not to|learned not to bring", WHY_EGGSHELLS),
        (r"rehearsed what i wanted to say", WHY_EGGSHELLS),
        (r"so (?:he|she|they) wouldn'?t (?:hear|sigh|see|get|be|know)", WHY_EGGSHELLS),
        (
            r"(?:to|just to) avoid (?:that|his|her|a fight|an argument|the)",
            WHY_EGGSHELLS,
        ),
        (
            r"easier to (?:just )?(?:keep quiet|do it myself|say nothing|stay quiet"
            r"|not (?:say|bring|mention|ask|tell)|keep (?:it|things) to myself"
            r"|keep the peace|let it go)",
            WHY_EGGSHELLS,
        ),
        (r"writing things here instead|instead of saying them", WHY_EGGSHELLS),
        (r"watch (?:his|her|their) face", WHY_EGGSHELLS),
        (r"(?:saying|say|said) '?i'?m fine'?", WHY_EGGSHELLS),
        (r"eggshells|tiptoe\w*|tip-toe\w*", WHY_EGGSHELLS),
        (r"talked myself out of", WHY_EGGSHELLS),
        (r"(?:didn'?t|don'?t) want to be told", WHY_EGGSHELLS),
        (
            r"before i speak|checked for anything|take (?:it )?the wrong way",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:afraid|scared) (?:of|to)[^.!?\n]{0,30}(?:reaction|upset (?:him|her)"
            r"|set (?:him|her) off)",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:don'?t|doesn'?t) (?:tell|ask) (?:him|her|them) (?:when|for)",
            WHY_EGGSHELLS,
        ),
        (
            r"i (?:<DONT>|no longer) (?:ask|tell|share|bring)[^.!?\n]{0,30}any ?more",
            WHY_EGGSHELLS,
        ),
    ],
    reportable=False,
)
AWAY = rules(
    "partner_unavailable",
    [
        (
            r"<HES> (?:just )?(?:not|isn'?t|never) (?:there|present|around|interested)",
            WHY_AWAY,
        ),
        (
            r"somewhere else|miles away|checked out|emotionally (?:unavailable|absent"
            r"|distant)|(?:so |always )distant",
            WHY_AWAY,
        ),
        (
            r"(?:went|goes|go) back to (?:his|her|their) (?:laptop|phone|show|game|book"
            r"|computer|work|emails)",
            WHY_AWAY,
        ),
        (r"(?:went|goes) (?:golfing|out|to the pub|to check)", WHY_AWAY),
        (
            r"(?:didn'?t|doesn'?t|never) (?:ask|asks|asked) (?:once|me once|how(?! i)"
            r"|about(?! my day)|if)",
            WHY_AWAY,
        ),
        (
            r"(?:replied|said|texted) '?(?:nice|cool|k|uh huh|great|whatever)'?"
            r"(?=[\s.,!']|$)",
            WHY_AWAY,
        ),
        (
            r"glanced up|answering emails|uh huh|headphones (?:back )?in"
            r"|looks (?:straight )?through me|wouldn'?t (?:even )?notice",
            WHY_AWAY,
        ),
        (
            r"(?:goes|went|go) quiet|leaves the room|left the room|walks? off"
            r"|walked off|walked away",
            WHY_AWAY,
        ),
        (
            r"(?:can'?t|cannot) control whether (?:he|she|they)|trying on my own"
            r"|only one reaching|the only one (?:trying|who tries|reaching)",
            WHY_AWAY,
        ),
        (
            r"indifferent|(?:he|she|they) (?:just )?(?:doesn'?t|don'?t|didn'?t)"
            r" (?:seem to )?care|couldn'?t care less",
            WHY_AWAY,
        ),
        (r"like nothing (?:was|is) happening", WHY_AWAY),
        (r"(?:shrug|shrugs|shrugged) and", WHY_AWAY),
        (r"(?:check|checked|checking) the score", WHY_AWAY),
        (
            r"(?:on|glued to) (?:his|her|their) (?:phone|laptop|ipad|computer"
            r"|tablet)[^.!?\n]{0,30}(?:dinner|whole"
            r"|while i)",
            WHY_AWAY,
        ),
        (r"pulls? away|pulling away|distan(?:ce|t)", WHY_AWAY),
    ],
    reportable=False,
)
UNMET_MORE = rules(
    "unmet_needs",
    [
        (
            r"told me to (?:look on the bright side|cheer up|calm down|get over it"
            r"|stop|relax|move on|toughen up|not worry|be grateful)",
            WHY_UNMET,
        ),
        (
            r"(?:(?<=[.!?] )|^|i )(?:told|said to) (?:him|her|them|\w+)[^.!?\n]{0,60}"
            r"(?:lonely|hurt|sad|struggling|low|unappreciated|invisible|overwhelmed"
            r"|scared|anxious|down|upset|disconnected|left out|alone)",
            WHY_UNMET,
        ),
        (
            r"(?:called|calls|call) me (?:dramatic|oversensitive|needy|crazy|too"
            r" sensitive|a drama queen|hysterical|clingy|too much)",
            WHY_UNMET,
        ),
        (
            r"(?<!friend )(?<!friends )(?<!mum )(?<!mom )(?<!sister )(?<!brother"
            r" )(?<!therapist )(?<!boss )"
            r"said (?:i was|i'?m|i am) (?:being )?(?:oversensitive|overreacting"
            r"|ridiculous|needy|silly|crazy|paranoid|too much)|changed the topic"
            r"|eye[- ]?roll",
            WHY_UNMET,
        ),
        (
            r"(?:said|says) '?(?:we all|everyone|everybody) (?:has|have|gets|is)",
            WHY_UNMET,
        ),
        (
            r"(?:nobody|no one) (?:listens|hears me|asks)|falls? on deaf ears"
            r"|talking to a wall|like talking to",
            WHY_UNMET,
        ),
    ],
    reportable=False,
)
AWAY_MORE = rules(
    "partner_unavailable",
    [
        (r"turned (?:the )?(?:tv|telly|music|volume|game) (?:up|back on)", WHY_AWAY),
        (
            r"(?:always|too) (?:'|\")?(?:too )?(?:tired|busy)(?:'|\")? (?:to talk|for"
            r" (?:me|us)|to listen)",
            WHY_AWAY,
        ),
        (r"what'?s left(?: of (?:him|her))?|gets? the leftovers", WHY_AWAY),
        (
            r"(?:hasn'?t|didn'?t|doesn'?t|never) (?:asked|asks|ask) (?:me )?(?:a single"
            r"|one|any) question",
            WHY_AWAY,
        ),
        (
            r"(?:not one|not once|never once)(?= *[.!]| *$| did (?:he|she|they))",
            WHY_AWAY,
        ),
        (
            r"(?:works?|working) late every|always (?:at work|working|out|away|on"
            r" (?:his|her|their) phone)",
            WHY_AWAY,
        ),
        (
            r"(?:doesn'?t|didn'?t|never) (?:even )?(?:look up|notice|react|respond"
            r"|reply|come|show up)",
            WHY_AWAY,
        ),
    ],
    reportable=False,
)
AFFECTION_MORE = rules(
    "lack_of_affection",
    [
        (
            r"used to (?:kiss|hug|hold|cuddle|touch|say (?:i love you|goodnight)"
            r"|tell me (?:i was|i'?m) (?:beautiful|pretty|handsome)|call me|reach for"
            r"|surprise me|bring me|text me)",
            WHY_AFFECTION,
        ),
        (
            r"(?:can'?t|cannot|don'?t) remember the last time (?:he|she|they)"
            r" (?:reached|held|kissed|hugged|touched|said|complimented|took my hand)",
            WHY_AFFECTION,
        ),
        (
            r"(?:no|without a) (?:kiss|hug|cuddle|touch|goodnight|good morning|hello"
            r"|compliment)",
            WHY_AFFECTION,
        ),
        (
            r"(?:sleep|sleeps|sleeping) (?:on (?:his|her|their) (?:own )?side"
            r"|back to back|in separate)|(?:flinches|pulls away) when i (?:touch|hug"
            r"|kiss)",
            WHY_AFFECTION,
        ),
    ],
    reportable=False,
)
EGGSHELLS_MORE = rules(
    "walking_on_eggshells",
    [
        (
            r"(?:practise|practice|rehears)\w* (?:conversations|what i|what to say"
            r"|saying|it)",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:don'?t|didn'?t|never) (?:end up )?(?:say|saying) (?:them|it|anything)"
            r"(?= *[.!,]| *$)",
            WHY_EGGSHELLS,
        ),
        (
            r"<DONT> (?:mention|tell|share|bring up|raise|talk about|show|open up)"
            r"[^.!?\n]{0,40}any ?more",
            WHY_EGGSHELLS,
        ),
        (
            r"keep (?:my \w+|things|it|stuff|everything|my feelings) to myself",
            WHY_EGGSHELLS,
        ),
        (
            r"not worth the (?:eye ?roll|sigh|fight|argument|look|silence|hassle|drama"
            r"|reaction|mood)",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:choose|chose|pick|picked) my words|(?:the )?right moment to (?:tell"
            r"|ask|bring)|(?:wait|waiting) for (?:a|the) good mood",
            WHY_EGGSHELLS,
        ),
        (
            r"(?:so as )?not to (?:upset|annoy|set off|provoke) (?:him|her|them)"
            r"|(?:swallow|swallowed) (?:it|my)",
            WHY_EGGSHELLS,
        ),
    ],
    reportable=False,
)


_BASE = (
    LONELY + LONELY_MORE + LONELY_EXTRA,
    UNMET + UNMET_MORE + UNMET_EXTRA,
    AFFECTION + AFFECTION_MORE + AFFECTION_EXTRA,
    EGGSHELLS + EGGSHELLS_MORE + EGGSHELLS_EXTRA,
    AWAY + AWAY_MORE + AWAY_EXTRA,
)
# One table per sign, in SIGN_IDS order.
ALL_SIGNS: tuple[RuleTable, ...] = tuple(
    a + b + c + d + e
    for a, b, c, d, e in zip(
        _BASE, SIGNS_EXTRA, SIGNS_OLDER, SIGNS_LATE, SIGNS_CATEGORIES, strict=True
    )
)


# Below the rules, a small model per sign (journals only) catches some
# phrasings no rule names; it speaks only when it is fairly sure.
SIGN_MODEL_THRESHOLD = 0.7
_MODEL_WHY = "the way this is written sounds like this sign of distance"


@stage("signs")
def signs(doc: Doc) -> None:
    """Notice which signs of emotional neglect the text describes."""
    for table in ALL_SIGNS:
        label = table.rules[0].label
        if apply(doc, table):
            doc.signs.append(label)
        elif (
            doc.kind == "journal"
            and probability(f"signs:{label}", doc.text) >= SIGN_MODEL_THRESHOLD
        ):
            start = len(doc.text) - len(doc.text.lstrip())
            doc.add(start, max(start, len(doc.text.rstrip())), label, _MODEL_WHY)
            doc.signs.append(label)
