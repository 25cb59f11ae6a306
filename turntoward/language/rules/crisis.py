"""Crisis: thoughts of suicide or self-harm, tuned to notice so help comes at once."""

from __future__ import annotations

import re

from ..doc import Doc
from ..patterns import rules
from ..registry import apply, model_fallback, stage

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
            r"(?:swerve|swerving|steer|steering|crash|crashing|drive|driving)"
            r" (?:the car )?(?:into|off) (?:the|a|oncoming) (?:river|wall|tree|barrier"
            r"|traffic|lorry|truck|bridge|cliff|sea)",
            _INDIRECT,
        ),
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

CRISIS_LATE = rules(
    "crisis",
    [
        (
            r"(?:collecting|stockpiling|saving|hoarding) (?:the |my )?(?:sleeping )?"
            r"(?:tablets|pills|meds)|hold my breath (?:in the bath|under ?water)"
            r"|death (?:doesn'?t|does not) scare me|(?:death|dying) (?:sounds|seems"
            r"|feels) like (?:rest|peace|relief)|deserve a better (?:mum|mom|dad|wife"
            r"|husband|partner|mother|father) than me",
            _INDIRECT,
        ),
        (
            r"whoever finds me|(?:least|less) messy|find my body|engine running"
            r"|(?:step|stepping|jump|jumping|fall|falling) off the (?:platform|edge"
            r"|ledge)|look like an accident",
            _INDIRECT,
        ),
        (
            r"look after (?:the kids|my \w+|him|her|them|everyone) for me|sorry for"
            r" everything|painless (?:ways?|methods?|way to)|(?:googled|searched"
            r"|looked up|researched) (?:\w+ )?(?:ways|methods) to die",
            _INDIRECT,
        ),
        (
            r"(?:wouldn'?t|would not) mind (?:if i|dying|not waking|being gone)|if the"
            r" (?:plane|car|bus|train) (?:went down|crashed)|edge of the (?:platform"
            r"|roof"
            r"|bridge|cliff|balcony)|(?:letter|note)[^.!?\n]{0,40}(?:in case|explaining"
            r" everything)|(?:fall|falling) asleep and stay asleep|stay asleep forever",
            _INDIRECT,
        ),
        (
            r"stopped taking my (?:meds|medication|pills|antidepressants)|what'?s the"
            r" point(?= *[.!?]| *$)",
            _INDIRECT,
        ),
        (
            r"(?:just )?taking up space|if i (?:died|was gone|wasn'?t here|disappeared)"
            r"(?: tomorrow| tonight| today)?[^.!?\n]{0,30}(?:relieved|better|fine"
            r"|notice"
            r"|care|miss)|paying off (?:my )?(?:little |small |last )?debts|tying up"
            r" loose ends|(?:putting|put|getting) my affairs in order|(?:hold|holding"
            r"|held) (?:the|a|my) (?:blade|razor)",
            _INDIRECT,
        ),
        (
            r"(?:giving|gave|give) (?:away )?my (?:plants|pets?|cat|dog|jewellery"
            r"|jewelry"
            r"|guitar|things|stuff|belongings)(?: away)? to (?:friends|people)",
            _INDIRECT,
        ),
        (
            r"(?:don'?t think|not sure|doubt) i (?:can|could) (?:do|take|face|survive"
            r"|handle|get through) (?:another|one more)",
            _INDIRECT,
        ),
        (
            r"(?:can'?t|cannot) (?:do|take|face|survive|handle) (?:another|one more)"
            r" (?:year|month|week|day|night)|(?:bridge|train|tracks|cliff|edge|roof"
            r"|ledge|balcony|river)\b[^.!?\n]{0,60}(?:would be easy|so easy|how easy"
            r"|one step|just jump)",
            _INDIRECT,
        ),
        (
            r"who (?:should|would|will) (?:get|have|take) my (?:cat|dog|things|stuff"
            r"|belongings|kids|children)|done fighting|(?:want|need) (?:it|this"
            r"|everything)"
            r" (?:all )?to be over|done tired",
            _INDIRECT,
        ),
        (
            r"(?:hope|hoping|hopes|wish|wishing) (?:that )?i (?:don'?t|do not|won'?t"
            r"|never) wake up|no point in (?:anything|it all|trying|living|going on|any"
            r" of it)|waste of (?:space|oxygen|air)",
            _INDIRECT,
        ),
        (
            r"want out\b[^\n]{0,40}of everything|like it was the last time|(?:said"
            r"|saying) goodbye (?:to \w+ )?(?:for good|forever)|(?:can'?t|don'?t) see"
            r" myself (?:being )?(?:here|alive|around)|(?:won'?t|will not) be (?:here"
            r"|around|alive) (?:next|by|for)",
            _INDIRECT,
        ),
        (
            r"(?:saving|saved|stockpiling|hoarding) (?:up )?(?:my )?(?:prescriptions?"
            r"|meds"
            r"|medication|pills|tablets)|(?:digging|dug|pressing|pressed) my nails into"
            r"|to feel something|if (?:it|dying) would hurt (?:much|a lot)",
            _HARM,
        ),
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


CRISIS_RULES = CRISIS_DIRECT + CRISIS_MORE + CRISIS_EXTRA + CRISIS_LATE
# Below the rules, a small model trained on our own examples catches some
# phrasings no rule names; on the dev set it raised no false alarm.
CRISIS_MODEL_THRESHOLD = 0.5
# Words at least one of which a text about ending one's life contains; the
# model alone once read "you're allowed to be tired" as crisis talk.
_DARK = re.compile(
    r"\b(?:die|dying|dead|death|end|ending|gone|alive|exist\w*|live|living|life"
    r"|hurt\w*|harm|pills?|tablets|meds|wake|burden|point|any ?more|disappear\w*"
    r"|suicid\w*|kill\w*|forever|better off|without me|goodbye|bridge|blade|razor"
    r"|cut\w*|bleed\w*|over|stop|here|space|tired of|done|finds? me|messy"
    r"|engine|platform|accident|asleep|sleep)\b"
)
_MODEL_CRISIS = "the way this is written may be about not wanting to go on"


@stage("crisis")
def crisis(doc: Doc) -> None:
    """Notice thoughts of suicide or self-harm, direct and indirect."""
    apply(doc, CRISIS_RULES)
    apply(doc, CRISIS_SOFT)
    model_fallback(doc, "crisis", _MODEL_CRISIS, CRISIS_MODEL_THRESHOLD, _DARK)
