"""Signs of emotional neglect described in the text (framework section 1)."""

from __future__ import annotations

from ..doc import Doc
from ..patterns import RuleTable, rules
from ..registry import apply, stage

_LONELY = "feeling alone while you're together is one of the quietest signs"
_UNMET = "sharing a feeling and having it brushed aside leaves a need unmet"
_AFFECTION = "small touches and kind words going missing is worth noticing"
_EGGSHELLS = "holding feelings back to avoid a reaction is walking on eggshells"
_AWAY = "a partner who seems elsewhere when you need them"

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
            _LONELY,
        ),
        (
            r"(?:feel|felt|feeling) (?:so |completely |totally )?(?:alone|lonely)"
            r"[^.!?\n]{0,40}(?:next to|beside|with (?:him|her|them|someone)"
            r"|right there|in the same room|together|on the sofa|on the couch)",
            _LONELY,
        ),
        (r"lonely when i'?m (?:literally )?never alone", _LONELY),
        (
            r"alone (?:together|with someone|next to|in (?:my|our|this) marriage)",
            _LONELY,
        ),
        (
            r"(?:we|we'?ve) (?:<DONT>|never|hardly|rarely|barely) (?:really )?"
            r"(?:talk|speak|connect|have (?:real|deep) conversations)",
            _LONELY,
        ),
        (r"(?:we|we'?re) (?:only|mostly|just) (?:talk|speak|discuss) about", _LONELY),
        (
            r"(?:we )?talk about (?:groceries|logistics|bills|the kids|schedules"
            r"|the weather|chores)",
            _LONELY,
        ),
        (
            r"(?:can'?t|cannot|don'?t) remember the last time we (?:talked|had a real"
            r"|had a proper|really talked|laughed)",
            _LONELY,
        ),
        (
            r"(?:didn'?t|don'?t|never) say (?:one|a single) (?:real |true )?(?:thing"
            r"|word)",
            _LONELY,
        ),
        (
            r"roommates|room-mates|flatmates|like strangers|two strangers|ships"
            r" passing",
            _LONELY,
        ),
        (
            r"(?:in|of) silence|words between us|separate lives|polite, quiet"
            r"|nothing to say to each other|small talk|on the surface",
            _LONELY,
        ),
        (r"<HES> (?:home|here|next to me)[^.!?\n]{0,30}somewhere else", _LONELY),
        (
            r"(?:feel|feeling|felt|grown|growing) (?:really |so |very )?(?:far|distant"
            r"|disconnected) from (?:him|her|them|each other)|growing apart|drifting"
            r" apart",
            _LONELY,
        ),
        (
            r"(?:spent|spends|spend) (?:dinner|the (?:whole )?(?:evening|night|meal"
            r"|date)|our \w+) (?:on|answering|scrolling|looking|texting|watching"
            r"|checking)",
            _LONELY,
        ),
        (r"i miss (?:us|talking to (?:him|her|you)|how we used to)", _LONELY),
    ],
    reportable=False,
)
LONELY_MORE = rules(
    "lonely_together",
    [
        (
            r"(?:felt|feel|feeling) like (?:furniture|a ghost|a stranger|a flatmate"
            r"|a roommate|part of the furniture|i'?m invisible)",
            _LONELY,
        ),
        (
            r"same (?:table|room|bed|couch|sofa|house)[^.!?\n]{0,30}(?:but|and yet"
            r"|miles)",
            _LONELY,
        ),
        (
            r"never felt (?:further|so far|more alone|lonelier|so alone|so lonely)"
            r"|further away from",
            _LONELY,
        ),
        (
            r"(?:barely|hardly|rarely|never|don'?t|didn'?t) (?:even )?(?:speak|talk)"
            r"(?= *[.!,]| *$| to each other| anymore| any more)",
            _LONELY,
        ),
        (
            r"in front of the (?:tv|telly|television|screen)s? (?:every|each|all)",
            _LONELY,
        ),
        (
            r"alone in (?:this|my|our) (?:marriage|relationship|house)"
            r"|even when we'?re together|lonelier (?:with|than)",
            _LONELY,
        ),
        (
            r"like (?:strangers|roommates|housemates|flatmates|colleagues|business"
            r" partners|co-?workers)",
            _LONELY,
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
            _LONELY,
        ),
        (r"(?:the )?silence(?: between us| at dinner| is| in the house)", _LONELY),
        (r"physically (?:here|there|present|home)", _LONELY),
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
            _UNMET,
        ),
        (
            r"(?:when|whenever|every time) i (?:try to )?(?:tell|talk to|open up to"
            r"|share"
            r"|bring)[^.!?\n]{0,50}(?:he|she|they) (?:looks at|checks|scrolls|changes"
            r"|walks|turns|sighs|rolls|says|just)",
            _UNMET,
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
            _AWAY,
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
            _AFFECTION,
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
            _EGGSHELLS,
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
            _UNMET,
        ),
        (
            r"i (?:said|told \w+|mentioned)[^.!?\n]{0,50}(?:lonely|hurt|sad|struggling"
            r"|hard|miss|dark|upset|scared|left out|disconnected)[^.\n]{0,40}?"
            r"(?:and|but|\.) (?:he|she|they|\w+) (?:said|asked|went|just|changed)",
            _UNMET,
        ),
        (
            r"changed the subject|change the subject|starts? talking about"
            r"|(?:brushed|brushes|brush) (?:it|me) off|(?:rolled|rolls) (?:his|her"
            r"|their)"
            r" eyes|roll its eyes",
            _UNMET,
        ),
        (
            r"said (?:i was|i'?m|i am) (?:being )?(?:dramatic|too sensitive|too"
            r" emotional"
            r"|overreacting|needy|making a big deal)",
            _UNMET,
        ),
        (
            r"told (?:i'?m|i am|that i'?m) (?:too|so) (?:emotional|sensitive|dramatic)",
            _UNMET,
        ),
        (r"(?:making|made) a big deal out of nothing", _UNMET),
        (
            r"(?:don'?t|doesn'?t|didn'?t|never) (?:really )?(?:listen|hear me|get it"
            r"|understand)",
            _UNMET,
        ),
        (r"feel (?:so )?(?:unheard|unseen|invisible|ignored|dismissed)", _UNMET),
        (r"why i keep trying|don'?t know why i (?:keep|bother)", _UNMET),
        (r"says we'?re fine|said we'?re fine|we'?re not fine", _UNMET),
        (
            r"(?:bring|brought) up (?:feeling|how i)[^.!?\n]{0,60}(?:she|he|they)"
            r" (?:says|said|changes|changed)",
            _UNMET,
        ),
        (r"said '(?:mm|ok|okay|nice|everyone is|i'?m right here|you have)", _UNMET),
        (r"to be (?:listened to|asked how|heard|seen)", _UNMET),
        (r"should be moving on|(?:don'?t|dont) be dramatic", _UNMET),
    ],
    reportable=False,
)
AFFECTION = rules(
    "lack_of_affection",
    [
        (_NO + r"[^.!?\n]{0,40}?" + _TOUCH, _AFFECTION),
        (
            _TOUCH + r"[^.!?\n]{0,25}?(?:without me asking|any ?more|in (?:months|weeks"
            r"|years|ages)|just (?:sort of )?went away|feel forced|leading anywhere)",
            _AFFECTION,
        ),
        (
            r"(?:asked|ask|begged) for a hug[^.!?\n]{0,60}(?:quick|pat|half|barely)",
            _AFFECTION,
        ),
        (
            r"stopped holding hands|touched without|(?:just|only) a (?:kiss|hug"
            r"|cuddle)",
            _AFFECTION,
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
            _EGGSHELLS,
        ),
        (
            r"(?:<DONT>|never|stopped|no longer) (?:tell(?:ing)?|ask(?:ing)?"
            r"|bring(?:ing)?"
            r" (?:it |things |anything )?up|say(?:ing)?|mention(?:ing)?) (?:him|her"
            r"|them"
            r"|for|what|how|when|anything)[^.!?\n]{0,40}(?:any ?more|now)",
            _EGGSHELLS,
        ),
        (
            r"edit myself|holding (?:things|it|stuff|my feelings) (?:in|back)"
            r"|hold (?:things|it|my feelings) back|keep (?:things|it) in",
            _EGGSHELLS,
        ),
        (
            r"keep(?:ing)? quiet|kept quiet|kept my mouth shut|keep my mouth shut"
            r"|bite my tongue|bit my tongue|biting my tongue",
            _EGGSHELLS,
        ),
        (
            r"(?:shouldn'?t|should not|learned not to|learnt not to) bring (?:things|it"
            r"|stuff|anything)? ?up",
            _EGGSHELLS,
        ),
        (r"list of things i'?ve learned not to|learned not to bring", _EGGSHELLS),
        (r"rehearsed what i wanted to say", _EGGSHELLS),
        (r"so (?:he|she|they) wouldn'?t (?:hear|sigh|see|get|be|know)", _EGGSHELLS),
        (r"(?:to|just to) avoid (?:that|his|her|a fight|an argument|the)", _EGGSHELLS),
        (
            r"easier to (?:just )?(?:keep quiet|do it myself|say nothing|stay quiet"
            r"|not (?:say|bring|mention|ask|tell)|keep (?:it|things) to myself"
            r"|keep the peace|let it go)",
            _EGGSHELLS,
        ),
        (r"writing things here instead|instead of saying them", _EGGSHELLS),
        (r"watch (?:his|her|their) face", _EGGSHELLS),
        (r"(?:saying|say|said) '?i'?m fine'?", _EGGSHELLS),
        (r"eggshells|tiptoe\w*|tip-toe\w*", _EGGSHELLS),
        (r"talked myself out of", _EGGSHELLS),
        (r"(?:didn'?t|don'?t) want to be told", _EGGSHELLS),
        (r"before i speak|checked for anything|take (?:it )?the wrong way", _EGGSHELLS),
        (
            r"(?:afraid|scared) (?:of|to)[^.!?\n]{0,30}(?:reaction|upset (?:him|her)"
            r"|set (?:him|her) off)",
            _EGGSHELLS,
        ),
        (r"(?:don'?t|doesn'?t) (?:tell|ask) (?:him|her|them) (?:when|for)", _EGGSHELLS),
        (
            r"i (?:<DONT>|no longer) (?:ask|tell|share|bring)[^.!?\n]{0,30}any ?more",
            _EGGSHELLS,
        ),
    ],
    reportable=False,
)
AWAY = rules(
    "partner_unavailable",
    [
        (
            r"<HES> (?:just )?(?:not|isn'?t|never) (?:there|present|around|interested)",
            _AWAY,
        ),
        (
            r"somewhere else|miles away|checked out|emotionally (?:unavailable|absent"
            r"|distant)|(?:so |always )distant",
            _AWAY,
        ),
        (
            r"(?:went|goes|go) back to (?:his|her|their) (?:laptop|phone|show|game|book"
            r"|computer|work|emails)",
            _AWAY,
        ),
        (r"(?:went|goes) (?:golfing|out|to the pub|to check)", _AWAY),
        (
            r"(?:didn'?t|doesn'?t|never) (?:ask|asks|asked) (?:once|me once|how(?! i)"
            r"|about(?! my day)|if)",
            _AWAY,
        ),
        (
            r"(?:replied|said|texted) '?(?:nice|cool|k|uh huh|great|whatever)'?"
            r"(?=[\s.,!']|$)",
            _AWAY,
        ),
        (
            r"glanced up|answering emails|uh huh|headphones (?:back )?in"
            r"|looks (?:straight )?through me|wouldn'?t (?:even )?notice",
            _AWAY,
        ),
        (
            r"(?:goes|went|go) quiet|leaves the room|left the room|walks? off"
            r"|walked off|walked away",
            _AWAY,
        ),
        (
            r"(?:can'?t|cannot) control whether (?:he|she|they)|trying on my own"
            r"|only one reaching|the only one (?:trying|who tries|reaching)",
            _AWAY,
        ),
        (r"(?:indifferent|doesn'?t care|don'?t care|couldn'?t care)", _AWAY),
        (r"like nothing (?:was|is) happening", _AWAY),
        (r"(?:shrug|shrugs|shrugged) and", _AWAY),
        (r"(?:check|checked|checking) the score", _AWAY),
        (
            r"(?:on|glued to) (?:his|her|their) (?:phone|laptop|ipad|computer"
            r"|tablet)[^.!?\n]{0,30}(?:dinner|whole"
            r"|while i)",
            _AWAY,
        ),
        (r"pulls? away|pulling away|distan(?:ce|t)", _AWAY),
    ],
    reportable=False,
)
UNMET_MORE = rules(
    "unmet_needs",
    [
        (
            r"told me to (?:look on the bright side|cheer up|calm down|get over it"
            r"|stop|relax|move on|toughen up|not worry|be grateful)",
            _UNMET,
        ),
        (
            r"(?:(?<=[.!?] )|^|i )(?:told|said to) (?:him|her|them|\w+)[^.!?\n]{0,60}"
            r"(?:lonely|hurt|sad|struggling|low|unappreciated|invisible|overwhelmed"
            r"|scared|anxious|down|upset|disconnected|left out|alone)",
            _UNMET,
        ),
        (
            r"(?:called|calls|call) me (?:dramatic|oversensitive|needy|crazy|too"
            r" sensitive|a drama queen|hysterical|clingy|too much)",
            _UNMET,
        ),
        (
            r"said (?:i was|i'?m|i am) (?:being )?(?:oversensitive|overreacting"
            r"|ridiculous|needy|silly|crazy|paranoid|too much)|changed the topic"
            r"|eye[- ]?roll",
            _UNMET,
        ),
        (r"(?:said|says) '?(?:we all|everyone|everybody) (?:has|have|gets|is)", _UNMET),
        (
            r"(?:nobody|no one) (?:listens|hears me|asks)|falls? on deaf ears"
            r"|talking to a wall|like talking to",
            _UNMET,
        ),
    ],
    reportable=False,
)
AWAY_MORE = rules(
    "partner_unavailable",
    [
        (r"turned (?:the )?(?:tv|telly|music|volume|game) (?:up|back on)", _AWAY),
        (
            r"(?:always|too) (?:'|\")?(?:too )?(?:tired|busy)(?:'|\")? (?:to talk|for"
            r" (?:me|us)|to listen)",
            _AWAY,
        ),
        (r"what'?s left(?: of (?:him|her))?|gets? the leftovers", _AWAY),
        (
            r"(?:hasn'?t|didn'?t|doesn'?t|never) (?:asked|asks|ask) (?:me )?(?:a single"
            r"|one|any) question",
            _AWAY,
        ),
        (r"(?:not one|not once|never once)(?= *[.!]| *$| did (?:he|she|they))", _AWAY),
        (
            r"(?:works?|working) late every|always (?:at work|working|out|away|on"
            r" (?:his|her|their) phone)",
            _AWAY,
        ),
        (
            r"(?:doesn'?t|didn'?t|never) (?:even )?(?:look up|notice|react|respond"
            r"|reply|come|show up)",
            _AWAY,
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
            _AFFECTION,
        ),
        (
            r"(?:can'?t|cannot|don'?t) remember the last time (?:he|she|they)"
            r" (?:reached|held|kissed|hugged|touched|said|complimented|took my hand)",
            _AFFECTION,
        ),
        (
            r"(?:no|without a) (?:kiss|hug|cuddle|touch|goodnight|good morning|hello"
            r"|compliment)",
            _AFFECTION,
        ),
        (
            r"(?:sleep|sleeps|sleeping) (?:on (?:his|her|their) (?:own )?side"
            r"|back to back|in separate)|(?:flinches|pulls away) when i (?:touch|hug"
            r"|kiss)",
            _AFFECTION,
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
            _EGGSHELLS,
        ),
        (
            r"(?:don'?t|didn'?t|never) (?:end up )?(?:say|saying) (?:them|it|anything)"
            r"(?= *[.!,]| *$)",
            _EGGSHELLS,
        ),
        (
            r"<DONT> (?:mention|tell|share|bring up|raise|talk about|show|open up)"
            r"[^.!?\n]{0,40}any ?more",
            _EGGSHELLS,
        ),
        (
            r"keep (?:my \w+|things|it|stuff|everything|my feelings) to myself",
            _EGGSHELLS,
        ),
        (
            r"not worth the (?:eye ?roll|sigh|fight|argument|look|silence|hassle|drama"
            r"|reaction|mood)",
            _EGGSHELLS,
        ),
        (
            r"(?:choose|chose|pick|picked) my words|(?:the )?right moment to (?:tell"
            r"|ask|bring)|(?:wait|waiting) for (?:a|the) good mood",
            _EGGSHELLS,
        ),
        (
            r"(?:so as )?not to (?:upset|annoy|set off|provoke) (?:him|her|them)"
            r"|(?:swallow|swallowed) (?:it|my)",
            _EGGSHELLS,
        ),
    ],
    reportable=False,
)
SIGNS_EXTRA = (
    rules(
        "lonely_together",
        [
            (
                r"(?:share|sharing) a (?:house|home|bed|roof|calendar"
                r"|flat)[^.!?\n]{0,40}"
                r"(?:that'?s (?:about )?it|nothing (?:else|more))|ate in silence",
                _LONELY,
            ),
        ],
        reportable=False,
    ),
    rules(
        "unmet_needs",
        [
            (
                r"(?:mentioned|said|told \w+) (?:that )?i (?:felt|was|'?m|am|feel)"
                r" (?:so |really )?\w+[^.!?\n]{0,30}(?:he|she|they) (?:said|told me)"
                r" (?:i should|to)",
                _UNMET,
            ),
        ],
        reportable=False,
    ),
    rules(
        "lack_of_affection",
        [
            (
                r"used to (?:\w+ ){0,3}(?:holding hands|hold hands|kiss\w*|hug\w*"
                r"|cuddl\w*)|gap between us|wish (?:he|she|they)'?d (?:ask|hug|kiss"
                r"|hold"
                r"|touch|say|notice|compliment|reach)",
                _AFFECTION,
            ),
        ],
        reportable=False,
    ),
    rules(
        "walking_on_eggshells",
        [
            (
                r"stopped (?:telling|sharing|mentioning|bringing up|asking|talking"
                r" about"
                r"|showing)|(?:keep|kept) saying (?:it'?s|i'?m) fine",
                _EGGSHELLS,
            ),
        ],
        reportable=False,
    ),
    rules(
        "partner_unavailable",
        [
            (
                r"without (?:even )?looking up|answer(?:ed|ing|s)? (?:work |his |her )?"
                r"emails|(?:wasn'?t|isn'?t|never) there (?:when|for)|too busy",
                _AWAY,
            ),
        ],
        reportable=False,
    ),
)
SIGNS_EXTRA = (
    SIGNS_EXTRA[0]
    + rules(
        "lonely_together",
        [
            (
                r"(?:didn'?t|did not|doesn'?t|never) (?:say|said) (?:a|one|a single)"
                r" word"
                r"|we (?:barely |hardly |rarely )?talk less|talk more to (?:my|the) \w+"
                r" than",
                _LONELY,
            ),
        ],
        reportable=False,
    ),
    SIGNS_EXTRA[1]
    + rules(
        "unmet_needs",
        [
            (
                r"i (?:cried|broke down|was crying|was upset|got upset|was shaking"
                r"|told \w+ i was \w+)[^.!?\n]{0,40}(?:and|but) (?:he|she|they)"
                r" (?:asked|said|just|went|kept|carried|changed|laughed)",
                _UNMET,
            ),
        ],
        reportable=False,
    ),
    SIGNS_EXTRA[2]
    + rules(
        "lack_of_affection",
        [
            (
                r"(?:can'?t|don'?t|cannot) remember (?:our|the|his|her) last (?:kiss"
                r"|hug"
                r"|date|cuddle|real kiss|night out|compliment)|(?:just )?a peck",
                _AFFECTION,
            ),
        ],
        reportable=False,
    ),
    SIGNS_EXTRA[3]
    + rules(
        "walking_on_eggshells",
        [
            (
                r"so (?:he|she|they) (?:doesn'?t|don'?t|won'?t|wouldn'?t) (?:get|go|be"
                r"|snap|sulk|sigh|explode|shout)|keep my (?:feelings|needs|voice"
                r"|opinions?) (?:small|quiet|down|in check|to myself)",
                _EGGSHELLS,
            ),
        ],
        reportable=False,
    ),
    SIGNS_EXTRA[4]
    + rules(
        "partner_unavailable",
        [
            (
                r"(?:he|she|they) [^.!?\n]{0,30}in front of the (?:football|game|telly"
                r"|tv|news|computer|match)"
                r"|<HES> (?:just |so |always )?(?:absent|distant|elsewhere|unavailable"
                r"|not present|never around|never home)",
                _AWAY,
            ),
        ],
        reportable=False,
    ),
)
SIGNS_LATE = (
    rules(
        "lonely_together",
        [
            (
                r"like (?:two )?(?:people|strangers|colleagues|flatmates|roommates)"
                r" sharing|sound of (?:cutlery|forks|the clock|chewing)|hotel room"
                r"|physically in the room",
                _LONELY,
            ),
            (
                r"(?:alone|lonely|lonelier)\b[^.!?\n]{0,40}\b(?:with (?:him|her|them)"
                r"|together|next to|beside|same (?:bed|room|house|couch|sofa|table))"
                r"|(?:haven'?t|hasn'?t|don'?t|didn'?t|never|no) (?:had )?(?:a )?(?:real"
                r"|proper|deep|meaningful|honest) (?:conversation|talk|chat)"
                r"|different (?:worlds|planets)|separate (?:worlds|rooms)",
                _LONELY,
            ),
        ],
        reportable=False,
    ),
    rules(
        "unmet_needs",
        [
            (
                r"tells? me to be grateful|(?:said|says) '?join the club|every time i"
                r" (?:say|tell|mention)[^.!?\n]{0,30}(?:struggling|sad|low|lonely|hurt"
                r"|tired|overwhelmed)[^.!?\n]{0,30}(?:he|she|they) (?:tells|says"
                r"|changes|sighs)",
                _UNMET,
            ),
            (
                r"i (?:tried to (?:talk|tell|explain|share|bring)|brought up|shared"
                r"|showed|opened up|asked for)[^.!?\n]{0,80}?(?:he|she|they) (?:laughed"
                r"|said|shrugged|changed|sighed|rolled|told|went|kept|just|didn'?t"
                r"|looked|scoffed|joked|turned)",
                _UNMET,
            ),
        ],
        reportable=False,
    ),
    rules(
        "lack_of_affection",
        [
            (
                r"(?:hasn'?t|haven'?t|didn'?t|doesn'?t|never) (?:said|say|told me)"
                r" (?:he|she|they) loves? me|nobody (?:touches|hugs|holds|kisses) me"
                r"|(?:don'?t|doesn'?t|no longer|never) (?:cuddle|snuggle|spoon|hold"
                r" hands)",
                _AFFECTION,
            ),
            (
                r"pulls? away when i (?:try to )?(?:cuddle|hug|kiss|touch|hold)"
                r"|no '?(?:good morning|goodnight|good night|have a good day|i love you"
                r"|bye|hello)|(?:months|weeks|years) since (?:he|she|they) (?:last )?"
                r"(?:held|hugged|kissed|touched)",
                _AFFECTION,
            ),
        ],
        reportable=False,
    ),
    rules(
        "walking_on_eggshells",
        [
            (
                r"keep (?:things|it) light|(?:waited|wait) (?:\w+ ){0,3}(?:days?|hours?"
                r"|weeks?) to (?:mention|tell|ask|bring)|knew (?:he|she|they)'?d be"
                r" (?:cross|angry|annoyed|upset|mad|furious)|pretending"
                r" (?:everything'?s"
                r"|everything is|i'?m|it'?s) (?:fine|ok|okay)|so (?:he|she|they)"
                r" (?:doesn'?t|don'?t|won'?t) have to deal|gets? that (?:tight|cold"
                r"|hard"
                r"|blank|annoyed) look",
                _EGGSHELLS,
            ),
            (
                r"so (?:it|i) (?:doesn'?t|don'?t|won'?t) (?:sound|seem|come across"
                r"|look)"
                r" like|(?:hide|hiding|hid) how (?:i feel|tired|sad|upset|much)"
                r"|(?:gets?|getting) (?:annoyed|irritated|angry|upset|cross|snappy)"
                r" when i"
                r"|careful (?:about|with) (?:everything|what) i say|in case (?:it|he"
                r"|she)"
                r" (?:starts|gets|turns)|stopped asking (?:him|her|them)|rehears\w*",
                _EGGSHELLS,
            ),
        ],
        reportable=False,
    ),
    rules(
        "partner_unavailable",
        [
            (
                r"took (?:his|her|their) (?:plate|food|dinner) (?:to|into)|put (?:the"
                r"|a)"
                r" (?:match|game|telly|tv) on|head is (?:always )?(?:in|on|somewhere)"
                r"|carried on (?:texting|scrolling|watching|typing|playing|reading)"
                r"|went back to the (?:game|match|show|tv|telly)|didn'?t (?:come|turn"
                r" up"
                r"|show up) to (?:the )?(?:hospital|funeral|appointment|scan|recital"
                r"|party)",
                _AWAY,
            ),
            (
                r"(?:always|constantly) on (?:his|her|their) (?:laptop|phone|computer"
                r"|ipad|tablet|xbox|playstation)|(?:didn'?t|doesn'?t|never) (?:even )?"
                r"ask(?:ed)?(?= *[.!]| *$)|missed (?:the|my|our) (?:\w+"
                r" )?(?:appointment"
                r"|scan|birthday|recital|show|graduation|party) for|(?:kept|keeps)"
                r" (?:watching|scrolling|playing|reading|typing)|went (?:to sleep"
                r"|silent)"
                r"|goes silent|to everyone (?:but|except) me|the answer'?s always no",
                _AWAY,
            ),
        ],
        reportable=False,
    ),
)
_SIGNS_OLDER = (
    rules("lonely_together", [], reportable=False),
    rules("unmet_needs", [], reportable=False),
    rules(
        "lack_of_affection",
        [
            (
                r"without (?:touching|a kiss|a hug|holding hands|kissing|hugging)"
                r"|(?:couldn'?t|could not) keep our hands off",
                _AFFECTION,
            ),
        ],
        reportable=False,
    ),
    rules(
        "walking_on_eggshells",
        [
            (
                r"(?:didn'?t|don'?t|never) tell (?:him|her|them) about|not worth the"
                r" (?:lecture|fallout|row|grief|trouble|fight)",
                _EGGSHELLS,
            ),
        ],
        reportable=False,
    ),
    rules(
        "partner_unavailable",
        [
            (
                r"went straight to (?:his|her|their) (?:study|office|room|phone"
                r"|computer|laptop|desk|game|garage|shed)|(?:forgot|forgets|but not)"
                r" our (?:anniversary|date night)",
                _AWAY,
            ),
        ],
        reportable=False,
    ),
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
    a + b + c + d
    for a, b, c, d in zip(_BASE, SIGNS_EXTRA, _SIGNS_OLDER, SIGNS_LATE, strict=True)
)


@stage("signs")
def signs(doc: Doc) -> None:
    """Notice which signs of emotional neglect the text describes."""
    for table in ALL_SIGNS:
        if apply(doc, table):
            doc.signs.append(table.rules[0].label)
