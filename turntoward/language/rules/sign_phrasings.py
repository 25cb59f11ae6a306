"""More ways people describe each sign of neglect, added as fresh examples came in.

Each table here is a tuple in SIGN_IDS order; signs.py joins them to its own.
"""

from __future__ import annotations

from ..patterns import rules
from .sign_reasons import WHY_AFFECTION, WHY_AWAY, WHY_EGGSHELLS, WHY_LONELY, WHY_UNMET

SIGNS_EXTRA = (
    rules(
        "lonely_together",
        [
            (
                r"(?:share|sharing) a (?:house|home|bed|roof|calendar"
                r"|flat)[^.!?\n]{0,40}"
                r"(?:that'?s (?:about )?it|nothing (?:else|more))|ate in silence",
                WHY_LONELY,
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
                WHY_UNMET,
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
                WHY_AFFECTION,
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
                WHY_EGGSHELLS,
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
                WHY_AWAY,
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
                WHY_LONELY,
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
                WHY_UNMET,
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
                WHY_AFFECTION,
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
                WHY_EGGSHELLS,
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
                WHY_AWAY,
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
                r"opposite ends of the (?:sofa|couch|bed|table)|different (?:screens"
                r"|lives|rooms)",
                WHY_LONELY,
            ),
            (
                r"(?:i was|i'?m|i am) (?:just |so |really )?lonely(?= *[.!]| *$)",
                WHY_LONELY,
            ),
            (
                r"(?:this |so )?alone in (?:a|my|our|this) (?:marriage|relationship)",
                WHY_LONELY,
            ),
            (
                r"housemate|flatmate|only (?:ever )?talk about (?:whose turn|the"
                r" (?:school"
                r" run|kids|bills))|whose turn|edge of the bed|canyon|gap in the"
                r" (?:middle|bed)",
                WHY_LONELY,
            ),
            (
                r"used to (?:talk|laugh|chat|stay up|go out|do everything)|eye contact"
                r"|came and went|furniture|without a (?:real|proper|deep|meaningful)"
                r" (?:conversation|talk|chat)",
                WHY_LONELY,
            ),
            (
                r"(?:evenings?|nights?|dinners?|meals?|weekends?) (?:are|is|were|was)"
                r" (?:silent|quiet|separate)|(?:he'?s|she'?s) in the \w+, i'?m in the"
                r"|co-?parenting|more like (?:parents|flatmates|roommates|colleagues)"
                r"|(?:don'?t|wouldn'?t) (?:talk|speak) at all|stopped trying to"
                r" (?:start"
                r"|make|have) (?:a )?(?:conversations?|talk)",
                WHY_LONELY,
            ),
            (
                r"two (?:people )?on (?:two )?(?:phones|screens)|on (?:our|two"
                r"|separate)"
                r" (?:phones|screens)|that'?s us now",
                WHY_LONELY,
            ),
            (
                r"like (?:two )?(?:people|strangers|colleagues|flatmates|roommates)"
                r" sharing|sound of (?:cutlery|forks|the clock|chewing)|hotel room"
                r"|physically in the room",
                WHY_LONELY,
            ),
            (
                r"(?:alone|lonely|lonelier)\b[^.!?\n]{0,40}\b(?:with (?:him|her|them)"
                r"|together|next to|beside|same (?:bed|room|house|couch|sofa|table))"
                r"|(?:haven'?t|hasn'?t|don'?t|didn'?t|never|no) (?:had )?(?:a )?(?:real"
                r"|proper|deep|meaningful|honest) (?:conversation|talk|chat)"
                r"|different (?:worlds|planets)|separate (?:worlds|rooms)",
                WHY_LONELY,
            ),
        ],
        reportable=False,
    ),
    rules(
        "unmet_needs",
        [
            (r"(?:wasn'?t|isn'?t|weren'?t) (?:even )?listening", WHY_UNMET),
            (
                r"i (?:cried|broke down|was crying)[^.!?\n]{0,40}(?:and|but) (?:he|she"
                r"|they) (?:checked|looked at|scrolled|yawned|turned)",
                WHY_UNMET,
            ),
            (
                r"i (?:said|told \w+) (?:that )?i (?:needed|need|wanted|want)"
                r" [^.!?\n]{0,40}(?:he|she|they) (?:said|told me|laughed|shrugged)",
                WHY_UNMET,
            ),
            (
                r"tells? me to be grateful|(?:said|says) '?join the club|every time i"
                r" (?:say|tell|mention)[^.!?\n]{0,30}(?:struggling|sad|low|lonely|hurt"
                r"|tired|overwhelmed)[^.!?\n]{0,30}(?:he|she|they) (?:tells|says"
                r"|changes|sighs)",
                WHY_UNMET,
            ),
            (
                r"i (?:tried to (?:talk|tell|explain|share|bring)|brought up|shared"
                r"|showed|opened up|asked for)[^.!?\n]{0,80}?(?:he|she|they) (?:laughed"
                r"|said|shrugged|changed|sighed|rolled|told|went|kept|just|didn'?t"
                r"|looked|scoffed|joked|turned)",
                WHY_UNMET,
            ),
        ],
        reportable=False,
    ),
    rules(
        "lack_of_affection",
        [
            (r"miss being (?:touched|held|hugged|kissed|cuddled)", WHY_AFFECTION),
            (
                r"(?:the )?only one who (?:ever )?(?:says|said) (?:i love you|goodnight"
                r"|sorry)",
                WHY_AFFECTION,
            ),
            (
                r"(?:moves?|moved|shrugs?|shrugged|wriggles?) (?:me )?(?:away|off)"
                r" when i"
                r"|(?:put|putting) my arm around",
                WHY_AFFECTION,
            ),
            (
                r"kisses the (?:dog|cat|kids?|baby)(?: \w+)? but not me|not a touchy"
                r"(?:-feely)? person|not (?:very )?affectionate|doesn'?t do affection"
                r"|not into (?:hugs|cuddles|affection)|needed (?:more )?(?:affection"
                r"|touch|hugs|cuddles|intimacy|closeness)",
                WHY_AFFECTION,
            ),
            (
                r"(?:hasn'?t|haven'?t|didn'?t|doesn'?t|never) (?:said|say|told me)"
                r" (?:he|she|they) loves? me|nobody (?:touches|hugs|holds|kisses) me"
                r"|(?:don'?t|doesn'?t|no longer|never) (?:cuddle|snuggle|spoon|hold"
                r" hands)",
                WHY_AFFECTION,
            ),
            (
                r"pulls? away when i (?:try to )?(?:cuddle|hug|kiss|touch|hold)"
                r"|no '?(?:good morning|goodnight|good night|have a good day|i love you"
                r"|bye|hello)|(?:months|weeks|years) since (?:he|she|they) (?:last )?"
                r"(?:held|hugged|kissed|touched)",
                WHY_AFFECTION,
            ),
        ],
        reportable=False,
    ),
    rules(
        "walking_on_eggshells",
        [
            (
                r"run (?:every|each) (?:sentence|word|thought) past|imaginary version"
                r" of"
                r" (?:him|her|them)",
                WHY_EGGSHELLS,
            ),
            (
                r"saying (?:them|it|things) out loud|(?:starts|start|started) a (?:row"
                r"|fight|argument)|check (?:his|her|their) mood|sound of the front door"
                r"|(?:his|her) key in the door",
                WHY_EGGSHELLS,
            ),
            (
                r"(?:wait|waiting) for the right (?:mood|moment|time)|(?:learned"
                r"|learnt)"
                r" which (?:topics|things|subjects)|avoid (?:them all|those topics"
                r"|certain topics|the subject)|make (?:him|her|them) go cold",
                WHY_EGGSHELLS,
            ),
            (
                r"hold(?:ing)? back (?:tears|my tears|crying)|cry (?:in|when) (?:the )?"
                r"(?:shower|bathroom|car)|until (?:he|she|they)'?s asleep|(?:don'?t"
                r"|no longer|stopped) (?:share|sharing|tell|telling) (?:good news|news"
                r"|things|anything)",
                WHY_EGGSHELLS,
            ),
            (
                r"so (?:it|things) (?:doesn'?t|don'?t|won'?t) (?:turn|become|end|blow"
                r" up)"
                r" (?:into )?(?:a )?(?:fight|row|argument)|(?:plan|script|rehearse)"
                r" every (?:conversation|word|sentence)",
                WHY_EGGSHELLS,
            ),
            (
                r"keep (?:things|it) light|(?:waited|wait) (?:\w+ ){0,3}(?:days?|hours?"
                r"|weeks?) to (?:mention|tell|ask|bring)|knew (?:he|she|they)'?d be"
                r" (?:cross|angry|annoyed|upset|mad|furious)|pretending"
                r" (?:everything'?s"
                r"|everything is|i'?m|it'?s) (?:fine|ok|okay)|so (?:he|she|they)"
                r" (?:doesn'?t|don'?t|won'?t) have to deal|gets? that (?:tight|cold"
                r"|hard"
                r"|blank|annoyed) look",
                WHY_EGGSHELLS,
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
                WHY_EGGSHELLS,
            ),
        ],
        reportable=False,
    ),
    rules(
        "partner_unavailable",
        [
            (r"uh-?huh|(?:wasn'?t|isn'?t|weren'?t) (?:even )?listening", WHY_AWAY),
            (
                r"without looking at me|missed (?:our|my|his|her) (?:son|daughter|kid"
                r"|child)"
                r"'?s|'about to'|never happens|asked if i could (?:get|take|make my"
                r" own"
                r" way)|even though (?:he|she|they) knew",
                WHY_AWAY,
            ),
            (
                r"comes home, eats|eats, (?:showers|sleeps)|checked (?:his|her|their)"
                r" phone|mid-sentence|didn'?t (?:even )?mention (?:it|our|my)"
                r"|petrol station",
                WHY_AWAY,
            ),
            (
                r"(?:scrolls|scrolling|on (?:his|her) phone) (?:through|during|at)"
                r" (?:dinner|meals?|breakfast|the film)|thumbs up|(?:hours|days) later"
                r"|never reacts|doesn'?t react|no reaction|always the one who"
                r" (?:reaches"
                r"|texts|calls|plans|tries|makes)|(?:in|to) the (?:garage|shed|study"
                r"|office|spare room)(?= *[,.]| all| every)",
                WHY_AWAY,
            ),
            (
                r"took (?:his|her|their) (?:plate|food|dinner) (?:to|into)|put (?:the"
                r"|a)"
                r" (?:match|game|telly|tv) on|head is (?:always )?(?:in|on|somewhere)"
                r"|carried on (?:texting|scrolling|watching|typing|playing|reading)"
                r"|went back to the (?:game|match|show|tv|telly)|didn'?t (?:come|turn"
                r" up"
                r"|show up) to (?:the )?(?:hospital|funeral|appointment|scan|recital"
                r"|party)",
                WHY_AWAY,
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
                WHY_AWAY,
            ),
        ],
        reportable=False,
    ),
)
SIGNS_OLDER = (
    rules("lonely_together", [], reportable=False),
    rules("unmet_needs", [], reportable=False),
    rules(
        "lack_of_affection",
        [
            (
                r"without (?:touching|a kiss|a hug|holding hands|kissing|hugging)"
                r"|(?:couldn'?t|could not) keep our hands off",
                WHY_AFFECTION,
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
                WHY_EGGSHELLS,
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
                WHY_AWAY,
            ),
        ],
        reportable=False,
    ),
)
# Category-first phrasings: alone beside the partner, asking again and again,
# pulling away from touch, rehearsing every word, always somewhere else.
SIGNS_CATEGORIES = (
    rules(
        "lonely_together",
        [
            (
                r"(?:next to|beside|in the same (?:room|bed|house)|on the same sofa"
                r"|across the table from) (?:him|her|them|each other|my \w+)"
                r"[^.!?\n]{0,50}(?:on my own|alone|by myself|lonely|a stranger)"
                r"|(?:like|as) (?:flatmates|roommates|housemates|strangers"
                r"|colleagues|ships (?:passing|that pass)|co-?parents)",
                WHY_LONELY,
            ),
            (
                r"(?:conversations?|all we talk about|we only talk about)[^.!?\n]{0,30}"
                r"(?:logistics|admin|bills|bins|schedules|who'?s picking)|nothing real"
                r"|ran out of things to say|nothing to say to each other|(?:eati"
                r"ng|living"
                r"|sleeping|sitting) (?:with|next to) a stranger|(?:apart|away) "
                r"and miles"
                r" away|feel(?:ing)? (?:a thousand |so many )?miles away|two shi"
                r"ps|ships in"
                r" the night|loneliness in (?:this|our) (?:house|home|marriage)|"
                r"lonely in"
                r" (?:this|my|our) (?:marriage|relationship|house|home)|we don'?"
                r"t (?:really )?"
                r"(?:talk|touch)\b|stay on the surface|two people sharing",
                WHY_LONELY,
            ),
        ],
        reportable=False,
    ),
    rules(
        "unmet_needs",
        [
            (
                r"(?:told|asked|begged) (?:him|her|them) (?:so many times|again and"
                r" again|over and over|repeatedly|a hundred times|a million times)"
                r"|nothing (?:ever )?changes"
                r"|when i (?:cry|cried|'?m upset|am upset|'?m sad|was upset|get upset"
                r"|was crying)[^.!?\n]{0,30}(?:leaves|left|walks out|walked out"
                r"|ignores|ignored|turns away|turned away|changes the subject|goes"
                r" quiet|rolls over|rolled over|scrolls)",
                WHY_UNMET,
            ),
            (
                r"(?:steers?|steered|changes?|changed|switches|switched|turns?|t"
                r"urned) (?:it"
                r"|the subject|the conversation)(?: back)?(?: to)?|(?:tried|try|"
                r"trying) to"
                r" tell (?:him|her|them)[^.!?\n]{0,40}(?:started|starts) (?:talking|on)"
                r"|to feel seen|the only one who (?:plans|tries|organises|makes|"
                r"does|asks"
                r"|remembers|books)|(?:nobody|no one) asks (?:how i am|about me|"
                r"how i'?m)"
                r"|brush(?:es|ed)? it off",
                WHY_UNMET,
            ),
        ],
        reportable=False,
    ),
    rules(
        "lack_of_affection",
        [
            (
                r"(?:pulls?|pulled|moves|moved|turns?|turned|shrugs?|shrugged|steps?"
                r"|stepped) (?:away|off)[^.!?\n]{0,20}(?:when|whenever|every time|if)"
                r" i (?:try to )?(?:hug|kiss|touch|hold|cuddle|reach)"
                r"|no (?:touch|touching|kisses|hugs|cuddles|affection|intimacy)"
                r" (?:any ?more|at all|now|these days)",
                WHY_AFFECTION,
            ),
            (
                r"ticking a box|going through the motions|(?:barely|hardly|rarel"
                r"y) (?:hugs?"
                r"|kisses|touches|holds|cuddles) me|wanted (?:him|her|them) to"
                r" (?:hold|hug|comfort|kiss) me|we don'?t (?:touch|kiss|hug|cuddle)\b"
                r"|doesn'?t touch me",
                WHY_AFFECTION,
            ),
        ],
        reportable=False,
    ),
    rules(
        "walking_on_eggshells",
        [
            (
                r"(?:rehearse|rehearsing|script|scripting|weigh|weighing) (?:every"
                r"|each|everything|what|the words)"
                r"|(?:keep|kept|stay|stayed) (?:quiet|silent) (?:about|because|so)"
                r"|(?:check|checking|read|reading|gauge|gauging|test|testing) (?:his"
                r"|her|their) mood",
                WHY_EGGSHELLS,
            ),
            (
                r"bottle (?:everything|it|things) up|hold (?:it |things )?back because"
                r"|(?:stayed|stay|kept|keep) quiet (?:again|to avoid|rather than"
                r")|(?:easier"
                r"|safer) than (?:watching|hearing|dealing|another)|(?:scared|afraid"
                r"|nervous|wary) to (?:push|bring (?:it|things) up|raise|mention|ask)"
                r"|pick(?:ing)? (?:every|my) words?|choos(?:e|ing) my words|agree with"
                r" everything|check (?:his|her|their) face|(?:always|just) turns into a"
                r" (?:fight|row|argument)|(?:she|he|they)'?d only say i was",
                WHY_EGGSHELLS,
            ),
        ],
        reportable=False,
    ),
    rules(
        "partner_unavailable",
        [
            (
                r"(?:always|constantly|every (?:evening|night|weekend)|all (?:evening"
                r"|night|weekend))[^.!?\n]{0,30}(?:at work|working|on (?:his|her"
                r"|their) (?:phone|laptop|computer|xbox|playstation)|gaming|scrolling"
                r"|in (?:his|her|their) (?:study|office|shed|garage)|headphones)"
                r"|headphones on|physically (?:here|there|present)|(?:head|mind) is"
                r" (?:always )?(?:somewhere else|elsewhere|miles away)",
                WHY_AWAY,
            ),
            (
                r"without (?:even )?looking up|(?:didn'?t|doesn'?t|wouldn'?t|won"
                r"'?t) (?:even )?"
                r"look (?:up|at (?:it|me))|works? (?:nights|late every|all hours|every"
                r" weekend)|goes cold for days|(?:won'?t|doesn'?t) talk about anything"
                r" real|(?:never|doesn'?t) (?:wants? to )?(?:hear|ask) about my "
                r"day|when i"
                r" try (?:to talk )?(?:he|she|they) (?:walks out|leaves)|(?:went"
                r"|goes) to"
                r" bed(?= *[.!]| *$)",
                WHY_AWAY,
            ),
        ],
        reportable=False,
    ),
)
