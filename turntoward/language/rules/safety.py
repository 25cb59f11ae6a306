"""Crisis and abuse: tuned to notice, so that help can be offered at once."""

from __future__ import annotations

from ..doc import Doc
from ..model import probability
from ..patterns import rules
from ..registry import apply, stage

_SUICIDE = "talk of not wanting to live deserves care right away"
_HARM = "hurting yourself is a sign you deserve support right now"
_INDIRECT = "this can be a quiet way of saying life feels unbearable"

# Direct words stay on even in a joking sentence: better to ask than to miss.
CRISIS_DIRECT = rules(
    "crisis",
    [
        (r"(?:kill|killing|off|hang|hanging|shoot|drown) myself", _SUICIDE),
        (r"suicid\w*", _SUICIDE),
        (
            r"(?:end|ending|take|taking) (?:my (?:own )?life|it all|my own life)",
            _SUICIDE,
        ),
        (
            r"(?:<DONT>|<DIDNT>|never) (?:really )?(?:want|wanna|wish) to "
            r"(?:be alive|live|exist|be here|wake up|keep living|go on)",
            _SUICIDE,
        ),
        (r"(?:rather|better off) (?:be )?dead", _SUICIDE),
        (r"wish i (?:was|were|had) (?:never been born|not born|dead|gone)", _SUICIDE),
        (r"(?:better off|be fine|be okay|be ok|be happier) without me", _INDIRECT),
        (
            r"(?:better off|easier for everyone) if i (?:just )?(?:wasn'?t|weren'?t"
            r"|was not"
            r"|were not|wasnt|didn'?t exist|disappeared|died|was gone)",
            _INDIRECT,
        ),
        (
            r"(?:thoughts|thinking|thought) (?:about|of) (?:ending|killing|taking|not "
            r"being (?:here|alive|around))\w*",
            _SUICIDE,
        ),
        (r"not (?:being|be|to be) (?:here|alive|around) any ?more", _INDIRECT),
        (r"(?:wasn'?t|weren'?t|not) (?:here|alive|around) any ?more", _INDIRECT),
        (r"(?:about|of) not being (?:here|alive|around)", _INDIRECT),
        (
            r"(?:doing|do) (?:everyone|them|him|her|the world) a (?:favou?r)"
            r" (?:by|if i)",
            _INDIRECT,
        ),
        (
            r"(?:(?:i'?m|i am|feel like|feel|being) (?:just )?(?:a|such a) burden)",
            _INDIRECT,
        ),
        (
            r"no (?:reason|point) (?:to|in) (?:live|living|go on|going on|keep going|"
            r"be here|being here|wake up|waking up)",
            _INDIRECT,
        ),
        (r"tired of (?:existing|living|being alive|life)", _INDIRECT),
        (
            r"(?:what'?s|what is) the point (?:any ?more|of (?:living|anything|any of"
            r" it"
            r"|it all|going on|being here|life))",
            _INDIRECT,
        ),
        (r"(?:go to sleep|fall asleep|sleep) and (?:never|not) wake up", _INDIRECT),
        (r"(?:never|not) wake up again", _INDIRECT),
        (
            r"(?:disappear|be gone|go away|vanish) (?:for good|forever|permanently)",
            _INDIRECT,
        ),
        (r"dark thoughts", _INDIRECT),
        (
            r"(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|starve|punish)"
            r" myself",
            _HARM,
        ),
        (r"self[- ]?harm\w*", _HARM),
        (
            r"(?:cut|cutting) (?:again|my (?:arm|arms|wrist|wrists|leg|legs|thigh"
            r"|thighs"
            r"|skin))",
            _HARM,
        ),
        (r"urge to (?:cut|hurt|harm|bleed)", _HARM),
        (r"razor\w*", _HARM),
        (r"until (?:it|they|i) bled", _HARM),
        (
            r"how many (?:of (?:my|these|the) )?(?:pills|tablets|sleeping pills)"
            r" (?:it would|it'?d|would|i'?d need to) take",
            _SUICIDE,
        ),
        (r"overdos\w*", _SUICIDE),
        (
            r"(?:giving|give|gave|given) away (?:some of |all of |most of )?my "
            r"(?:things|stuff|belongings|possessions)",
            _INDIRECT,
        ),
        (r"(?:giving|gave) my (?:things|stuff|belongings) away", _INDIRECT),
        (r"(?:goodbye|suicide) (?:letters?|notes?)", _INDIRECT),
        (r"calm (?:about it )?now that i'?ve decided", _INDIRECT),
        (
            r"a way out that (?:doesn'?t|won'?t|wouldn'?t) hurt (?:anyone|anybody)",
            _INDIRECT,
        ),
        (
            r"how (?:quick|easy|fast|simple|painless) it would be"
            r"(?=\s*(?:[.!?]|$| to (?:end|die|jump|let go|stop|just)))",
            _INDIRECT,
        ),
        (
            r"(?:thought|thinking|think) about (?:driving|crashing|steering|swerving)"
            r" (?:into|off)",
            _INDIRECT,
        ),
        (r"(?:can'?t|cannot) (?:go on|keep going) (?:like this|any ?more)", _INDIRECT),
        (r"(?:can'?t|cannot) keep doing this", _INDIRECT),
        (
            r"(?:wouldn'?t|won'?t|would not) (?:even )?(?:notice|care|miss me)"
            r" (?:if )?i (?:was|were|'?m) gone",
            _INDIRECT,
        ),
        (r"nobody would (?:even )?(?:notice|care|miss me)", _INDIRECT),
        (r"(?:want|wanted) (?:it )?all to (?:end|stop)", _INDIRECT),
        (
            r"(?:stepping|step|jump|jumping|throw myself) in front of (?:a |the )?"
            r"(?:train|bus|car|lorry|truck)",
            _SUICIDE,
        ),
    ],
    negatable=False,
    reportable=False,
)
CRISIS_MORE = rules(
    "crisis",
    [
        (r"better off with (?:someone|somebody) (?:else|better)", _INDIRECT),
        (
            r"(?:swallow|swallowing|take|taking|took) (?:all|every one|the whole"
            r" (?:bottle|pack|box)) (?:of )?(?:my )?(?:pills|tablets|meds|medication)",
            _SUICIDE,
        ),
        (r"stockpil\w*|(?:saving|saved) up (?:my )?(?:pills|tablets|meds)", _SUICIDE),
        (
            r"(?:be|be a (?:problem|burden)|be around|be here|bother (?:you|anyone))"
            r"(?: for \w+)? (?:much|for much) longer",
            _INDIRECT,
        ),
        (r"(?:how|ways?|way) to (?:end it|kill myself|do it|end things|die)", _SUICIDE),
        (
            r"i'?ve (?:even |already )?(?:picked|chosen|set) a date(?= *[.!]| *$)",
            _INDIRECT,
        ),
        (r"(?:easier|better|happier|simpler)(?: \w+){0,3} without me", _INDIRECT),
        (r"without me (?:around|here|in the way)", _INDIRECT),
        (r"stop existing|(?:not|never) (?:to )?exist(?:ed)?(?= *[.!,]| *$)", _INDIRECT),
        (
            r"(?:wrote|writing|write|left|leave) (?:a )?(?:note|letter)s?[^.!?\n]{0,40}"
            r"just in case",
            _INDIRECT,
        ),
        (
            r"(?:burn(?:ed|t|ing)?|scratch(?:ed|ing)?|hit(?:ting)?|bit(?:ing)?"
            r"|punch(?:ed|ing)?|starv(?:ed|ing)) (?:myself|my (?:arms?|legs?|wrists?"
            r"|skin|thighs?))",
            _HARM,
        ),
        (
            r"(?:swerve|swerving|steer|steering|crash|crashing|drive|driving)"
            r" (?:the car )?(?:into|off) (?:the|a|oncoming) (?:river|wall|tree|barrier"
            r"|traffic|lorry|truck|bridge|cliff|sea)",
            _INDIRECT,
        ),
        (
            r"(?:no|don'?t see (?:a|any)) (?:future|way forward|way out) for me",
            _INDIRECT,
        ),
        (r"(?:give|giving|gave) up on (?:life|living|everything|myself)", _INDIRECT),
        (
            r"(?:life|living|everything) (?:isn'?t|is not|doesn'?t feel|no longer"
            r" feels)"
            r" worth",
            _INDIRECT,
        ),
        (r"(?:i'?ll|i will|i'?m going to|gonna) do it tonight", _INDIRECT),
        (r"(?:sleep|asleep|close my eyes) (?:forever|for good|and never)", _INDIRECT),
        (
            r"(?:hid|hide|hiding|lock(?:ed)? away|locking away|got rid of) (?:the |my"
            r" )?"
            r"(?:knives|pills|razors|blades|meds|tablets)",
            _HARM,
        ),
        (
            r"(?:pills|tablets|knife|knives|blades?|rope|bridge)[^\n]{0,80}?"
            r"(?:a way out|way out|the answer|end it|the only option)",
            _INDIRECT,
        ),
        (r"my (?:own )?funeral", _INDIRECT),
        (
            r"(?:everyone|they|he|she|people) would be (?:so )?(?:relieved|happier"
            r"|better off|fine|okay|glad)(?! (?:if we|when we|to hear|about))",
            _INDIRECT,
        ),
        (
            r"(?:not|none of this is) (?:your|ur) fault[^\n]{0,60}goodbye"
            r"|i love you\.? goodbye|goodbye,? (?:everyone|forever|for good)",
            _INDIRECT,
        ),
        (r"last (?:goodbye|time you'?ll (?:see|hear from) me)", _INDIRECT),
    ],
    negatable=False,
    reportable=False,
)
CRISIS_EXTRA = rules(
    "crisis",
    [
        (
            r"want (?:everything|it all|the pain|this|all of it|my life) to (?:stop"
            r"|end)"
            r"|(?:looked up|googled|searched|researched|read up on) (?:how|ways"
            r"|methods)"
            r"(?= *[.!]| *$| to (?:die|end|kill|overdose|do it))"
            r"|deserve to (?:hurt|suffer|die|be hurt|feel pain|bleed|be punished)",
            _INDIRECT,
        ),
        (
            r"point (?:in|of|to) (?:being alive|living|life|going on|existing|waking up"
            r"|carrying on|being here)",
            _INDIRECT,
        ),
        (
            r"(?:took|taken|swallowed|had|take|taking) (?:too many|a lot of|loads of"
            r"|all (?:of )?my|a bunch of|the whole (?:bottle|packet|box) of)(?: \w+)?"
            r" (?:pills|tablets|meds|painkillers|paracetamol)",
            _SUICIDE,
        ),
        (
            r"i(?:'?ve| have)? (?:made|got|am making) a plan(?= *[.!,]| *$| to (?:end"
            r"|die|kill|do it))"
            r"|know (?:exactly )?(?:how|when|where) i'?d do it|how i'?d do it",
            _SUICIDE,
        ),
    ],
    negatable=False,
    reportable=False,
)
# Words that are everyday idioms as often as not; a laugh nearby says idiom.
CRISIS_SOFT = rules(
    "crisis",
    [
        (
            r"(?:want|wanna|wanted|wish) (?:to|i could|i was|i were) (?:die|be dead"
            r"|dead)(?! (?:of|for|laughing|from|when|at))",
            _SUICIDE,
        ),
        (
            r"(?:jump|jumping) off (?:the |a |my )?(?:balcony|bridge|roof|building"
            r"|cliff)",
            _INDIRECT,
        ),
        (
            r"want(?:ed)? to (?:just )?disappear(?=\s*(?:[.!?]|$|forever|completely"
            r"|and never|from (?:everything|everyone|this world)))",
            _INDIRECT,
        ),
    ],
    negatable=False,
    reportable=False,
    joke_sensitive=True,
)

_FEAR = "being afraid of a partner is never something you should have to carry"
_VIOLENCE = "physical harm or breaking things is never okay"
_THREAT = "a threat is meant to frighten and control"
_CONTROL = "controlling money, phone or friends takes away your freedom"
_PUTDOWN = "cruel words meant to keep you small are a form of abuse"
# Reasons that mark pressure aimed at the partner (threats, control, put-downs).
PRESSURE: frozenset[str] = frozenset({_THREAT, _CONTROL, _PUTDOWN})

ABUSE_RULES = rules(
    "abuse",
    [
        (
            r"(?:scared|afraid|terrified|frightened|fear(?:ful)?) (?:of|for) "
            r"(?:him|her|them|what (?:he|she|they)(?:'ll|'d| will| would| might|"
            r" could)?"
            r" (?:do|happen)|what happens|my (?:husband|wife|partner|boyfriend"
            r"|girlfriend|life|safety))",
            _FEAR,
        ),
        (
            r"(?:scared|afraid|terrified|frightened) (?:to go home|to be home|to leave"
            r"|to tell (?:him|her) no|of going home)",
            _FEAR,
        ),
        (
            r"(?:scared|afraid|terrified) (?:when|whenever) (?:he|she|they)"
            r" (?:drinks|gets angry|is angry|comes home|raises)",
            _FEAR,
        ),
        (r"flinch\w*", _FEAR),
        (
            r"(?:hit|hits|hitting|slapped|slaps|punched|punches|kicked|kicks|shoved"
            r"|shoves|pushed|pushes|choked|chokes|strangled|grabbed|grabs|bit|spat)"
            r" (?:me|my)",
            _VIOLENCE,
        ),
        (
            r"(?:punched|punches|kicked|smashed|threw|throws|broke|breaks|put his fist"
            r" through|slammed) (?:a |the |my |his |her )?"
            r"(?:wall|door|plate|plates|glass|phone|things|stuff|laptop|window|chair"
            r"|something)",
            _VIOLENCE,
        ),
        (
            r"(?:left|leaves|leaving) (?:marks|bruises|a mark|a bruise)|bruises",
            _VIOLENCE,
        ),
        (r"(?:physically|sexually) (?:hurt|abus\w*|forced)", _VIOLENCE),
        (r"(?:forced|forces|pressured|pressures) me (?:to|into)", _VIOLENCE),
        (r"give (?:me|you) something to cry about", _THREAT),
        (r"(?:you'?ll|you will|ull|u'?ll) regret (?:it|this)", _THREAT),
        (
            r"(?:or|and) (?:i'?m|i am|i'?ll|i will) (?:coming to find|come find|find)"
            r" (?:you|u)",
            _THREAT,
        ),
        (r"(?:or|and) (?:we'?re|we are) (?:done|over|finished)", _THREAT),
        (r"or (?:else|you'?ll see|you'?ll be sorry)", _THREAT),
        (
            r"(?:you'?ll|you will) (?:find out|see) what (?:scary|angry|mad) (?:really"
            r" )?is",
            _THREAT,
        ),
        (r"(?:you'?ll|you will) be sorry", _THREAT),
        (
            r"(?:stop|keep) (?:giving me reasons|making me) to (?:shout|hit|yell|get"
            r" angry)",
            _THREAT,
        ),
        (r"(?:keep pushing|push me) and (?:you'?ll|you will|see what)", _THREAT),
        (
            r"make sure (?:i|you) never see (?:them|the kids|the children|your kids)",
            _THREAT,
        ),
        (r"(?:take|taking) the (?:kids|children) (?:away|from)", _THREAT),
        (
            r"(?:said|says|threatened|threatens)(?: that)? (?:he|she|they)(?:'d|'ll|"
            r" would"
            r"| will| is going to| was going to) (?:kill|hurt|take|ruin|leave me with"
            r"|make me|tell everyone|destroy)",
            _THREAT,
        ),
        (
            r"if i (?:ever )?(?:leave|left|try to leave|go)[^.!?\n]{0,40}?(?:he|she"
            r"|they)"
            r"(?:'ll|'d| will| would)",
            _THREAT,
        ),
        (r"threat\w*", _THREAT),
        (
            r"(?:don'?t|never) bother coming (?:back|home)[^.!?\n]{0,20}i mean it",
            _THREAT,
        ),
        (
            r"(?:checks|checking|checked|goes through|went through|reads|read|monitors)"
            r" my (?:phone|messages|texts|email|emails|dms)",
            _CONTROL,
        ),
        (r"(?:tracks|tracking|tracked|tracks) (?:my|where i)\w*", _CONTROL),
        (
            r"(?:send|share|give) me your (?:location|password|phone password|passcode"
            r"|phone)",
            _CONTROL,
        ),
        (r"(?:phone|email) password", _CONTROL),
        (
            r"(?:controls|control|controlling|takes|took|keeps|kept) (?:all )?"
            r"(?:the|my|our) (?:money|bank card|cards|finances|paycheck|salary|keys"
            r"|car keys|passport)",
            _CONTROL,
        ),
        (r"receipts for everything", _CONTROL),
        (
            r"(?:won'?t|doesn'?t|does not|will not|never) let (?:me|you) (?:see|go|have"
            r"|work|leave|use|talk|spend|visit|call)",
            _CONTROL,
        ),
        (r"(?:what|where|who) i'?m (?:'|\")?allowed(?:'|\")? to", _CONTROL),
        (r"(?:i'?m|i am) not allowed to", _CONTROL),
        (
            r"(?:furious|angry|mad|rage) (?:if|when|whenever) i'?(?:ve)? (?:text|talk"
            r"|see"
            r"|call|go|visit)\w*",
            _CONTROL,
        ),
        (
            r"(?:stopped|stop) seeing my (?:friends|family|sister|brother|mum|mom)",
            _CONTROL,
        ),
        (
            r"(?:don'?t|doesn'?t) need (?:anyone|anybody) but (?:him|her|them|me)",
            _CONTROL,
        ),
        (
            r"(?:you|i) (?:don'?t|do not) need (?:them|your friends|your family)"
            r"[^.!?\n]{0,15}you have me",
            _CONTROL,
        ),
        (
            r"(?:you'?re|you are) not going[^.!?\n]{0,20}end of (?:discussion|story)",
            _CONTROL,
        ),
        (r"cut me off from", _CONTROL),
        (r"(?:made|makes|forced) me (?:quit|give up|stop seeing|delete)", _CONTROL),
        (
            r"nobody (?:else )?(?:would|will) (?:ever )?(?:want|love) (?:me|you)",
            _PUTDOWN,
        ),
        (r"tell everyone i (?:hit|hurt|abused|cheated)", _THREAT),
        (r"(?:abusive|abused me|domestic (?:violence|abuse)|coercive)", _VIOLENCE),
    ],
    negatable=True,
    reportable=False,
    joke_sensitive=True,
)


ABUSE_MORE = rules(
    "abuse",
    [
        (
            r"(?:scared|afraid|terrified|frightened) of (?:you|u)(?! (?:leaving|going"
            r"|losing|getting))",
            _FEAR,
        ),
        (
            r"(?:scared|afraid|terrified|frightened) all the time|walk(?:ing)? on"
            r" eggshells so (?:he|she) (?:won'?t|doesn'?t) (?:explode|snap|hit)",
            _FEAR,
        ),
        (
            r"hid(?:e|ing)? (?:in|from)[^.!?\n]{0,30}when (?:he|she|they) gets?"
            r"|when (?:he|she|they) gets? like that",
            _FEAR,
        ),
        (r"(?:hands?|fingers) (?:around|round|on) my (?:throat|neck)", _VIOLENCE),
        (r"(?:pinned|pins|held|holds|locked|locks) me (?:down|against|in)", _VIOLENCE),
        (
            r"(?:or|and) (?:i'?m|i am|i'?ll|i will) (?:coming|come) (?:over|round|home"
            r"|there|to get you)",
            _THREAT,
        ),
        (
            r"next time (?:it )?(?:won'?t|will not) be the|next time i won'?t"
            r"|you'?ll be next",
            _THREAT,
        ),
        (
            r"(?:i'?ll|i will) (?:hurt|kill|destroy|ruin|end) (?:you|u|him|her)"
            r"(?![^.!?\n]{0,30}(?:\U0001f602|\U0001f923|lol|haha))",
            _THREAT,
        ),
        (
            r"send me (?:a (?:photo|picture|pic|selfie|screenshot)|proof|your"
            r" location|where you are)",
            _CONTROL,
        ),
        (
            r"<YOURE> not (?:seeing|going(?! to (?:believe|guess|regret|want))|leaving"
            r"|allowed|talking to|meeting|visiting|working)",
            _CONTROL,
        ),
        (r"unless i say so|because i said so", _CONTROL),
        (
            r"(?:cancel+ed|cut off|froze|frozen|blocked|took|taken) <YOUR> (?:card"
            r"|cards"
            r"|account|money|allowance|phone|access|keys)",
            _CONTROL,
        ),
        (
            r"(?:takes|took|keeps|kept|controls) (?:all )?my (?:wages|pay|salary|money"
            r"|paycheck|benefits|cards?|earnings)",
            _CONTROL,
        ),
        (
            r"(?:gives|gave) me an allowance|an allowance|(?:ask|beg) (?:him |her )?for"
            r" (?:\w+ )?money",
            _CONTROL,
        ),
        (
            r"(?:reads|read|checks|goes through) (?:all )?(?:of )?my (?:texts|messages"
            r"|emails|phone|dms|chats)",
            _CONTROL,
        ),
        (
            r"(?:makes?|made) me (?:hand over|give (?:him|her) my|unlock|show (?:him"
            r"|her) my)",
            _CONTROL,
        ),
        (
            r"i (?:check|read|go through|look through|track) (?:your|ur) (?:phone"
            r"|messages|texts|emails?|location)",
            _CONTROL,
        ),
        (r"nothing to hide", _CONTROL),
        (
            r"(?:calls|called|calling) me (?:a )?(?:worthless|useless|stupid|fat|ugly"
            r"|whore|slut|pathetic|crazy|nothing|idiot|disgusting|bitch|psycho)",
            _PUTDOWN,
        ),
        (
            r"no ?one (?:else )?(?:would|will|could) (?:ever )?(?:want|love|put up with"
            r"|have) (?:me|you)",
            _PUTDOWN,
        ),
        (r"(?:kill|hurt) (?:himself|herself|themselves) if i", _THREAT),
        (
            r"(?:i'?ll|i will|i'?m going to|gonna) (?:smash|break|throw|burn|destroy"
            r"|wreck|trash) (?:every|all|your|ur"
            r"|the)",
            _THREAT,
        ),
        (r"(?:tracking|track|tracked|tracks) (?:your|ur|my|where)", _CONTROL),
        (r"tell me where (?:you are|you'?re|u are|ur)", _CONTROL),
        (r"<YOURE> not (?:having|getting|keeping|using|touching)(?! to)", _CONTROL),
        (
            r"(?:don'?t|won'?t) expect me to (?:be here|still be here|come back)",
            _THREAT,
        ),
        (r"make (?:my|your|ur) life (?:a )?(?:living )?(?:hell|misery)", _THREAT),
        (r"if i (?:ever )?tell (?:anyone|anybody|someone|my \w+)", _THREAT),
        (
            r"(?:have to|has to|must|makes me|make me) (?:send|text|call|check in with"
            r"|report to|tell) (?:him|her|them)[^.!?\n]{0,40}(?:every time|whenever"
            r"|where i am|photo|location|who i)",
            _CONTROL,
        ),
        (
            r"(?:jump|flinch|freeze|shake|tremble|cower)\w* (?:when|whenever|every"
            r" time)"
            r" (?:he|she|they)",
            _FEAR,
        ),
        (
            r"(?:he|she|they) (?:raises|raised) (?:his|her|their) (?:voice|hand|fist)"
            r" (?:at|to) me",
            _FEAR,
        ),
    ],
    negatable=True,
    reportable=False,
    joke_sensitive=True,
)


ABUSE_EXTRA = rules(
    "abuse",
    [
        (
            r"(?:don'?t|do not|never) know what (?:he|she|they)(?:'d|'ll| would| will"
            r"| might)(?: \w+)? do|(?:scared|afraid|terrified) to (?:leave|tell (?:him"
            r"|her|them) (?:i want to leave|no|i'?m leaving))",
            _FEAR,
        ),
        (r"(?:locked|locks|lock|locking) me (?:out|in)\b", _CONTROL),
        (
            r"(?:and|or) see what happens|see what happens (?:if|when)|or <YOU>'?ll"
            r" see",
            _THREAT,
        ),
        (
            r"so i (?:couldn'?t|can'?t|wouldn'?t be able to|could not) (?:leave|go"
            r"|escape"
            r"|call|get out|drive)|(?:threw|hid|took|takes|hides|throws) (?:away )?my"
            r" (?:keys|car keys|phone|passport|wallet|purse|bank card)",
            _CONTROL,
        ),
        (
            r"(?:screams|screamed|yells|yelled|shouts|shouted|screaming|yelling) (?:in"
            r"|into)"
            r" my face|until i (?:agree|apologi[sz]e|say sorry|give in|cry|beg)",
            _VIOLENCE,
        ),
        (
            r"now or (?:don'?t|else)|or don'?t (?:come|bother) (?:home|back)"
            r"|get back here|who said <YOU> could|<YOU> (?:need|have) my permission",
            _CONTROL,
        ),
        (
            r"(?:monitors|checks|controls|tracks|questions|watches) (?:all )?(?:my"
            r"|every)"
            r" (?:spending|purchase|purchases|receipts|bank|account|expenses|penny)",
            _CONTROL,
        ),
    ],
    negatable=True,
    reportable=False,
    joke_sensitive=True,
)


CRISIS_LATE = rules(
    "crisis",
    [
        (
            r"(?:thought|thinking|think) about not (?:getting out|coming back|waking"
            r"|being|going home|stopping)|goodbye (?:letters?|notes?|texts?|messages?"
            r"|videos?)|don'?t see (?:a|any) (?:way forward|way out|future)(?! for us"
            r"| with| together| for the two)",
            _INDIRECT,
        ),
        (
            r"kms|unaliv\w*|sewer ?slide|off myself|end my(?:self| own)"
            r"|not be around (?:much )?longer",
            _SUICIDE,
        ),
        (
            r"(?:picturing|imagining|thinking about|keep seeing) (?:the car|myself|my"
            r" car"
            r"|me) (?:going|driving|crashing|falling|jumping|steering) (?:off|into"
            r"|over)"
            r"|(?:bought|got|buying|getting) (?:a |some )?rope",
            _INDIRECT,
        ),
    ],
    negatable=False,
    reportable=False,
)
ABUSE_LATE = rules(
    "abuse",
    [
        (
            r"(?:held|holding|waved|waving|pulled|grabbed|threatened me with) (?:a |the"
            r" |his |her )?(?:knife|gun|weapon|bat|hammer)",
            _VIOLENCE,
        ),
        (
            r"(?:goes|went|going) through my (?:bag|things|stuff|phone|purse|wallet"
            r"|drawers|emails)|reads? my (?:diary|journal|letters|mail|post)",
            _CONTROL,
        ),
        (
            r"makes? me feel crazy|says? (?:things|it) never happened|gaslight\w*"
            r"|tells? me i'?m (?:imagining|making it up|remembering it wrong)",
            _PUTDOWN,
        ),
        (r"kys|(?:go )?kill yourself|go die|hope (?:you|u) die", _PUTDOWN),
        (
            r"(?:pinned|pins|held|holds|pushed|shoved) me (?:to|onto|into|on) (?:the|a)"
            r"|(?:wouldn'?t|won'?t|would not) let me (?:up|go|leave|out|sleep|breathe)",
            _VIOLENCE,
        ),
        (
            r"tells? me i'?m (?:worthless|useless|stupid|ugly|fat|nothing|crazy"
            r"|pathetic"
            r"|disgusting|a failure|unlovable)",
            _PUTDOWN,
        ),
        (
            r"(?:ask|asking|need|needs|have to get) (?:his |her |their )?permission to",
            _CONTROL,
        ),
        (r"keeps? my (?:passport|documents|papers|keys|id|bank card)", _CONTROL),
    ],
    negatable=True,
    reportable=False,
    joke_sensitive=True,
)


# Below the rules, a small model trained on our own examples catches some
# phrasings no rule names; on the dev set it raised no false alarm.
CRISIS_MODEL_THRESHOLD = 0.6
# Neglect stories share many words with abuse ones; ask the model to be sure.
ABUSE_MODEL_THRESHOLD = 0.8
_MODEL_CRISIS = "the way this is written may be about not wanting to go on"
_MODEL_ABUSE = "this may describe fear, harm or control in the relationship"


def _model_says(doc: Doc, label: str, why: str, threshold: float) -> None:
    """Add a whole-text finding for `label` if only the model sees it."""
    if label not in doc.flags and probability(label, doc.text) >= threshold:
        start = len(doc.text) - len(doc.text.lstrip())
        doc.add(start, max(start, len(doc.text.rstrip())), label, why)


@stage("crisis")
def crisis(doc: Doc) -> None:
    """Notice thoughts of suicide or self-harm, direct and indirect."""
    apply(doc, CRISIS_DIRECT)
    apply(doc, CRISIS_MORE)
    apply(doc, CRISIS_EXTRA)
    apply(doc, CRISIS_LATE)
    _model_says(doc, "crisis", _MODEL_CRISIS, CRISIS_MODEL_THRESHOLD)
    apply(doc, CRISIS_SOFT)


@stage("abuse")
def abuse(doc: Doc) -> None:
    """Notice fear of the partner, violence, threats and coercive control."""
    apply(doc, ABUSE_RULES)
    apply(doc, ABUSE_MORE)
    apply(doc, ABUSE_EXTRA)
    apply(doc, ABUSE_LATE)
    _model_says(doc, "abuse", _MODEL_ABUSE, ABUSE_MODEL_THRESHOLD)
