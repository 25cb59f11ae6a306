"""Harsh start-ups: blame, criticism, contempt and absolute accusations."""

from __future__ import annotations

import re

from ..doc import Doc
from ..model import probability
from ..patterns import compile_pattern, rules
from ..registry import apply, match, present, stage
from .abuse import writer_pressure

_ABSOLUTE = "'always' and 'never' turn a wish into an accusation"
_INSULT = "a label for who they are hurts more than naming what happened"
_CONTEMPT = "sarcasm and mockery land as contempt, the hardest thing to hear"
_RHETORICAL = "a question asked to wound puts them on the defensive"
_BLAME = "blaming the whole person hides the need underneath"
_THREAT = "an ultimatum pushes them away instead of drawing them close"

# What follows "you always/never" in a kind sentence ("you always make me laugh").
_KIND_TAIL = (
    r"(?! (?:know|knew|make me (?:laugh|smile|feel (?:safe|loved|better|good|special"
    r"|at home))|have to|need to|needed to|had to|fail to|failed to|manage to"
    r"|look|have my back|had my back|been there|been so|been my|been good|been kind"
    r"|been amazing|been the|find a way|take care|ask the right|cheer|brighten"
    r"|say the right|got me|get me|support|believe in|show up for me|remember"
    r"|forget to (?:smile|laugh)|cease|guess|believe|lose me|be alone|walk alone"
    r"|so (?:patient|kind|sweet|thoughtful|good|generous|supportive|caring|lovely"
    r"|gentle|calm|funny|helpful|understanding|warm|beautiful|handsome|brave"
    r"|strong|wise|fun)|make (?:\w+ )?(?:\w+ )?(?:feel )?(?:easy|better|special|fun"
    r"|great|good|lighter|safe|happy|loved|brighter|calmer)|welcome|loved|mine"
    r"|in my heart|the one|my favou?rite|manage to|surprise me|put a smile|meant"
    r"|mean to|intended|notice when|smell|feel like home|complain|give up|let me"
    r" down|hesitate|judge|stop (?:trying|caring)))"
)
_INSULTS = (
    r"(?:selfish|lazy|pathetic|useless|stupid|dumb|idiot|idiotic|moron"
    r"|moronic|child|childish|baby|immature|cold-hearted|heartless|narcissist"
    r"|narcissistic|worthless|hopeless|incapable|clueless|inconsiderate"
    r"|thoughtless|disgusting|ridiculous|unbelievable|impossible|joke|liar"
    r"|jerk|asshole|dick|bitch|loser|crazy|psycho|psycho|insane"
    r"|nightmare|disappointment|embarrassing|spoiled|spoilt|toxic|coward"
    r"|cowardly|weak|mess|slob|failure|ungrateful|the worst|the problem"
    r"|unbearable|exhausting|so annoying|annoying|irresponsible|careless"
    r"|negligent|terrible|an awful|horrible|terrible|awful|horrible"
    r"|bad (?:husband|wife|partner|father|mother|person)|self-?centered"
    r"|self-?absorbed|user|manipulative|fake|fake|lame|obsessed|mistake"
    r"|the victim|toddler|teenager|man-?child|slob|pig|let ?down|clown|nag"
    r"|entitled|arrogant|spineless|cruel|(?:the )?(?:laziest|worst|rudest|meanest"
    r"|coldest|stupidest"
    r"|dumbest|cruelest|cruellest|most selfish|most useless|most annoying"
    r"|most inconsiderate|most pathetic) (?:person|man|woman|partner|husband|wife"
    r"|boyfriend|girlfriend|human))"
)
_FILLER = (
    r"(?:(?:such|so|a|an|honestly|really|just|being|kind of|sort of|truly"
    r"|literally|totally|completely|a total|an absolute|the most|actually"
    r"|always|basically|clearly|acting|too|pretty|very|genuinely|officially"
    r"|complete|utter|absolute|total|massive|huge|real|proper|right|little|big"
    r"|bloody|fucking|freaking|effing|damn|seriously|still|now|being such)\s+)"
    r"{0,3}"
)

HARSH_RULES = rules(
    "harsh",
    [
        (
            r"<YOU>(?:'?ve|'?re|'?ll| are| have| can| could| will| would)?"
            r"(?: (?:literally|honestly|seriously|basically|just|really|only"
            r"|pretty much|actually|still|almost)){0,2}"
            r" (?:never|always|constantly|forever|ever)(?: (?:once|even))?"
            + _KIND_TAIL,
            _ABSOLUTE,
        ),
        (r"<YOU> (?:<DONT>|<DIDNT>|<CANT>|never) (?:\w+ )?ever", _ABSOLUTE),
        (r"<YOU> only ever", _ABSOLUTE),
        (
            r"every (?:single )?(?:time|day) (?:i|<YOU>)[^.!?\n]{0,40}?<YOU>"
            r" (?:disappear|ignore|leave|walk|forget|don'?t|do|make|turn|go|start"
            r"|say|roll|check)\w*",
            _ABSOLUTE,
        ),
        (r"every\.? single\.? time", _ABSOLUTE),
        (r"<YOURE> " + _FILLER + _INSULTS, _INSULT),
        (
            r"<YOU> (?:act|acting|behave|behaving|sound|look) like (?:such )?an?"
            r" (?:child|baby|idiot|toddler|teenager|jerk|spoiled brat|brat|maniac)",
            _INSULT,
        ),
        (
            r"such an? (?:child|baby|idiot|jerk|loser|brat|disappointment|joke|mess)",
            _INSULT,
        ),
        (r"<YOU> (?:idiot|moron|jerk|loser|asshole|selfish \w+)", _INSULT),
        (
            r"(?:married|with|chose|picked) (?:someone|somebody|a man|a woman|a person)"
            r" (?:so|this) \w+",
            _INSULT,
        ),
        (r"[\w']+,\s*(?:genius|einstein|sherlock)", _CONTEMPT),
        (
            r"<YOU> really are (?:your|ur) (?:father|mother|dad|mum|mom)'?s"
            r" (?:son|daughter)",
            _CONTEMPT,
        ),
        (r"just like (?:your|ur) (?:father|mother|dad|mum|mom)", _CONTEMPT),
        (r"(?:was|were) right about <YOU>", _CONTEMPT),
        (r"thanks? (?:for nothing|a lot|so much for nothing)", _CONTEMPT),
        (r"nice of <YOU> to", _CONTEMPT),
        (r"congrat\w* on (?:remembering|finally|noticing|showing)", _CONTEMPT),
        (r"(?:real|very|so|how) mature", _CONTEMPT),
        (r"(?:really )?outdid yourself", _CONTEMPT),
        (
            r"thanks for the (?:amazing|great|huge|wonderful|fantastic|incredible)"
            r" help",
            _CONTEMPT,
        ),
        (r"whatever <YOU> say", _CONTEMPT),
        (r"i (?:just )?love hearing (?:it|that|about)", _CONTEMPT),
        (r"tell me again how", _CONTEMPT),
        (r"must be nice", _CONTEMPT),
        (r"that'?ll (?:fix|solve|help) (?:it|everything)", _CONTEMPT),
        (
            r"of course <YOU>(?:'?d| would| did| didn'?t| forgot| can'?t| couldn'?t"
            r"| won'?t| don'?t| were| are late)",
            _CONTEMPT,
        ),
        (r"typical(?= *[.!]| of <YOU>|,? <YOU>)", _CONTEMPT),
        (r"as usual|yet again", _CONTEMPT),
        (
            r"why (?:would|should|do) i (?:even )?(?:expect|bother|expect anything)",
            _CONTEMPT,
        ),
        (r"what did i expect", _CONTEMPT),
        (
            r"(?:cool\.? really cool|just wow|wow\.? just wow|great job\.? really)",
            _CONTEMPT,
        ),
        (r"(?:lol|lmao|k) (?:ok|okay|sure|whatever)", _CONTEMPT),
        (r"\U0001f644|\U0001f612|\U0001f643|\U0001f44f\s*\U0001f44f", _CONTEMPT),
        (r"like i'?m (?:that|so) (?:stupid|dumb|naive|blind)", _CONTEMPT),
        (r"your one (?:talent|skill|job)", _CONTEMPT),
        (r"go ahead,? keep", _CONTEMPT),
        (
            r"clearly (?:that'?s|<YOU> (?:prefer|care|don'?t|think|love|would rather)"
            r"|more (?:important|interesting))",
            _CONTEMPT,
        ),
        (r"(?:did it not|does it not|didn'?t it) occur to <YOU>", _RHETORICAL),
        (r"is <YOUR> brain", _RHETORICAL),
        (
            r"(?:do|did|can|could) <YOU> even (?:care|listen|hear|know|remember|love"
            r"|see"
            r"|notice|try)",
            _RHETORICAL,
        ),
        (
            r"is it (?:physically |really |literally |that |so )?(?:impossible|hard"
            r"|difficult|too much)",
            _RHETORICAL,
        ),
        (r"how (?:hard|difficult) (?:is|was|can) it", _RHETORICAL),
        (r"how many times do i have to", _RHETORICAL),
        (r"(?:can|could) <YOU> (?:for once|just once|ever)", _RHETORICAL),
        (r"for once in <YOUR> life", _RHETORICAL),
        (
            r"someone other than yourself|anyone (?:but|other than) yourself",
            _RHETORICAL,
        ),
        (r"what(?:'?s| is| the hell is| the heck is) wrong with <YOU>", _RHETORICAL),
        (
            r"why (?:do|does|did|must) <YOU> (?:have to |always |never )?"
            r"(?:ruin|wreck|spoil|make everything)",
            _RHETORICAL,
        ),
        (r"why <CANT> <YOU> (?:just )?(?:ever|once|be normal|grow up)", _RHETORICAL),
        (r"(?:plan on|going to|gonna|ever) grow(?:ing)? up|grow up", _RHETORICAL),
        (
            r"are <YOU> (?:kidding me|serious|deaf|blind|stupid|incapable|for real"
            r"|insane)",
            _RHETORICAL,
        ),
        (r"how could <YOU>", _RHETORICAL),
        (r"who does that", _RHETORICAL),
        (
            r"<YOU> (?:<DONT>|<DIDNT>|never) (?:even )?(?:care|cared|respect|give a)",
            _BLAME,
        ),
        (r"<YOU>(?:'?ve| have) never (?:cared|loved|listened|respected)", _BLAME),
        (r"<YOU> couldn'?t care less", _BLAME),
        (
            r"<YOU> (?:only )?care about (?:yourself|<YOUR> (?:phone|friends|work|job"
            r"|game|games))",
            _BLAME,
        ),
        (
            r"<YOU> (?:ruin|ruined|wreck|wrecked|destroy|destroyed|spoil|spoiled)"
            r" (?:everything|it all|my)",
            _BLAME,
        ),
        (
            r"<YOU>(?:'?ve| have)? made my life (?:so )?(?:miserable|hell|a misery"
            r"|a nightmare)",
            _BLAME,
        ),
        (r"(?:it'?s|its|this is) (?:all )?<YOUR> fault", _BLAME),
        (r"stop pretending", _BLAME),
        (
            r"<YOU> make me (?:sick|feel (?:like )?(?:an idiot|stupid|worthless"
            r"|crazy))",
            _BLAME,
        ),
        (r"i hate <YOU>|sick of <YOU>|tired of covering for <YOU>", _BLAME),
        (r"maybe if <YOU> (?:weren'?t|wasn'?t|didn'?t|were|actually|bothered)", _BLAME),
        (r"i <CANT> believe i (?:married|chose|picked|ended up with|fell for)", _BLAME),
        (
            r"what kind of (?:husband|wife|partner|person|father|mother|man|woman"
            r"|boyfriend"
            r"|girlfriend)",
            _BLAME,
        ),
        (r"(?:<DONT>|never) bother (?:coming|calling|texting|trying)", _BLAME),
        (r"(?:did|do) <YOU> (?:just )?not (?:bother|care)", _BLAME),
        (
            r"<YOU> said <YOU>'?d [^.!?\n]{1,40}? and <YOU> (?:didn'?t|didnt|never)",
            _BLAME,
        ),
        (r"shut up|get a life|<YOU> disgust me|how dare <YOU>", _BLAME),
        (r"<YOURE> (?:so|such a|a) (?:pain|drag|burden)", _INSULT),
        (r"(?:lose|lost|losing) track of time again", _CONTEMPT),
        (r"and i find out last", _BLAME),
        (r"why is it always|it'?s always (?:me|my)|(?:always|never) my job", _ABSOLUTE),
        (
            r"oh great|shocking|oh wait|what a surprise|big surprise|color me"
            r"|colour me|how shocking",
            _CONTEMPT,
        ),
        (
            r"nice to see <YOU>|thanks for (?:finally|remembering)[^.!?\n]{0,40}oh"
            r" wait",
            _CONTEMPT,
        ),
        (
            r"(?:i )?hope <YOURE> happy|see how that works out|keep ignoring me"
            r"|not that <YOU>(?:'?d| would) (?:notice|care)|<YOU> do <YOU>"
            r"|like always|as always",
            _CONTEMPT,
        ),
        (
            r"more important than (?:me|<YOUR> (?:kids|family|wife|husband|children"
            r"|partner))",
            _CONTEMPT,
        ),
        (r"<CANT> <YOU> (?:do |manage )?(?:one|a single|anything)", _RHETORICAL),
        (
            r"(?:act|acting|behave|behaving) like (?:a |an |such a )(?:\w+ )?"
            r"(?:child|baby|toddler|teenager|brat|kid|idiot|jerk|maniac|princess"
            r"|victim|martyr)",
            _INSULT,
        ),
        (
            r"clearly (?:doesn'?t|don'?t|didn'?t) (?:care|give|respect|love|listen"
            r"|want)",
            _BLAME,
        ),
        (r"<YOU>(?:'?ll| will) never (?:change|learn|grow up|get it)", _ABSOLUTE),
        (
            r"<YOUR> (?:mother|mom|mum|dad|father|sister|brother|friends?|ex) "
            r"(?:was|were) right",
            _CONTEMPT,
        ),
        (
            r"(?:it'?s|that'?s|how) (?:so )?(?:pathetic|ridiculous|embarrassing"
            r"|unbelievable|laughable|a joke|sad) (?:that|how) <YOU>",
            _INSULT,
        ),
        (
            r"<YOU>(?:'?ve| have)? made me (?:cry|feel (?:like )?(?:shit|crap|worthless"
            r"|stupid|awful|terrible|small))",
            _BLAME,
        ),
        (
            r"<YOU> (?:<DONT>|<DIDNT>|never) (?:even )?give a (?:damn|shit|crap|toss"
            r"|fuck)",
            _BLAME,
        ),
        (r"can'?t be trusted", _BLAME),
        (
            r"<YOU>(?:'re| are| were|'ve been| have been| act| acting| sound| look"
            r"| seem| get)(?: \w+){0,3} (?:so |such an? |really |completely )?"
            r"(?:lazy|selfish|useless|pathetic|incapable|inconsiderate|thoughtless"
            r"|clueless|spineless|heartless|careless|worthless|immature|childish"
            r"|ungrateful|entitled|spoiled|arrogant|rude|cruel|mean|a let ?down"
            r"|a disappointment|a joke|a clown|a liar|a coward|a loser|an idiot"
            r"|a moron|stupid|dumb|a slob|a toddler|a child|a teenager)(?!\w)",
            _INSULT,
        ),
        (
            r"<YOUR> (?:precious|stupid|pathetic|useless|lazy|selfish|bloody|damn"
            r"|fucking|freaking|sad little|little) \w+",
            _CONTEMPT,
        ),
        (
            r"how (?:lazy|selfish|useless|pathetic|rude|mean|cold|thoughtless|immature"
            r"|childish|inconsiderate) <YOU> (?:are|were|can be|have been|really are)",
            _INSULT,
        ),
        (
            r"<YOU> (?:have|'?ve got|got|show|showed) (?:zero|no|absolutely no)"
            r" (?:respect"
            r"|empathy|idea|clue|consideration|shame|spine|effort|manners|decency)",
            _BLAME,
        ),
        (
            r"(?:emotional range|attention span|brain cells?|intelligence|maturity)"
            r" of an? \w+|of a (?:teaspoon|goldfish|rock|potato|brick|toddler)",
            _INSULT,
        ),
        (r"way to (?:make|go|ruin|wreck|show)|as per usual|per usual", _CONTEMPT),
        (
            r"(?:^|(?<=[.!?] ))(?:brilliant|fantastic|perfect|wonderful|lovely|great"
            r"|classic|cool)(?: job| work| stuff)?(?="
            r" *[.!]+)(?!\s*[\w\u2764\U0001f300-\U0001faff]"
            r"[^.!?\n]{0,40}(?:love|thank|\u2764))",
            _CONTEMPT,
        ),
        (
            r"(?:oh )?sorry,? did i (?:interrupt|disturb|bother)|did i interrupt",
            _CONTEMPT,
        ),
        (r"hope <YOUR> \w+ (?:keeps|makes) <YOU>", _CONTEMPT),
        (r"i bet <YOUR>", _CONTEMPT),
        (
            r"is there anything <YOU> (?:can|could)(?: actually| even| ever)? do right"
            r"|can'?t <YOU> do anything right",
            _RHETORICAL,
        ),
        (r"why do i (?:even |ever )?(?:bother|try)", _RHETORICAL),
        (
            r"<DONT> (?:act|pretend) like <YOU> (?:care|love|give|are sorry|mean)",
            _BLAME,
        ),
        (
            r"(?:it'?s )?not like (?:i|my feelings|my opinion|what i (?:want|think))"
            r" (?:even )?(?:matter|count)|like i (?:even )?(?:matter|exist)",
            _BLAME,
        ),
        (
            r"(?:everything|it) is (?:always )?(?:all )?about <YOU>|all about <YOU>"
            r"|(?:always|all) about <YOUR> (?:mother|mum|mom|friends|work|job|family)",
            _BLAME,
        ),
        (
            r"are <YOU> (?:actually |really |literally |physically )?(?:incapable"
            r"|unable)",
            _RHETORICAL,
        ),
        (
            r"(?:^|(?<=[.!?] ))(?:again|unbelievable|seriously|typical|wow)(?="
            r" *[.!?]+)",
            _CONTEMPT,
        ),
        (r"<YOU> forgot[^.!?\n]{0,40}again", _BLAME),
    ],
)
_CHARACTER = (
    r"(?:selfish|self-?absorbed|self-?cent(?:er|re)d|useless|lazy|pathetic"
    r"|inconsiderate|thoughtless|heartless|spineless|clueless|immature|childish"
    r"|ungrateful|entitled|arrogant|narcissistic|worthless|incompetent"
    r"|insufferable|disgusting|cold-hearted|unreliable|a child|a baby|a toddler)"
)
MORE_RULES = rules(
    "harsh",
    [
        (
            r"<YOU>(?:'?re|'?ve|'?d| are| have| were)?\b[^.!?\n]{0,40}?\b" + _CHARACTER,
            _INSULT,
        ),
        (r"how " + _CHARACTER + r" <YOU>(?:'?ve| have| are|'?re|'?d)?", _INSULT),
        (r"(?:stop|quit) being (?:so |such an? )?(?:" + _CHARACTER[3:], _INSULT),
        (r"must be (?:exhausting|nice|hard|tiring|lovely) being", _CONTEMPT),
        (
            r"like usual|why am i not surprised|what a shock|can'?t wait\.? *$"
            r"|remind me (?:why|again)|so nice of <YOU>|i guess i'?ll (?:just )?do"
            r" (?:everything|it all)|(?:heaven|god) forbid <YOU>|must be nice",
            _CONTEMPT,
        ),
        (
            r"if <YOU> (?:actually|really|even|truly) (?:cared|loved|listened"
            r"|respected)",
            _BLAME,
        ),
        (
            r"<YOU> only (?:think|care) about yourself|<YOU> (?:make|made) everything"
            r" (?:so much )?(?:harder|worse|about <YOU>)",
            _BLAME,
        ),
        (
            r"now or (?:don'?t|else|i'?ll|we'?re)|or don'?t (?:come|bother) (?:home"
            r"|back)"
            r"|get back here|who said <YOU> could",
            _THREAT,
        ),
        (
            r"<YOU> always (?:ruin|spoil|forget|ignore|interrupt|embarrass"
            r"|criticise|criticize|complain|lie|leave me)",
            _ABSOLUTE,
        ),
    ],
)
MORE_RULES = MORE_RULES + rules(
    "harsh",
    [
        (
            r"stop being on (?:your|ur) phone|for (?:one|a single) (?:dinner|night"
            r"|evening|day|minute|second|meal)(?= *[.?!])",
            _RHETORICAL,
        ),
        (
            r"(?:^|(?<=[.!?] ))(?:great|cool|nice|perfect|brilliant|wonderful|fantastic"
            r"|lovely),? <YOU>(?:'ve|'re| have| are)? (?:made|ruined|forgot|done|broken"
            r"|lost|missed|managed)",
            _CONTEMPT,
        ),
        (r"why i (?:even )?bother(?: with <YOU>)?", _RHETORICAL),
        (
            r"(?:thanks|thank you|cheers) for (?:ditching|leaving|abandoning|ignoring"
            r"|embarrassing|ruining|forgetting|bailing|standing me up|wasting"
            r"|humiliating|eating|taking|using)|(?:really )?felt the love|very"
            r" considerate|so considerate|how thoughtful|real classy|very classy",
            _CONTEMPT,
        ),
        (
            r"(?:^|(?<=[.!?] ))(?:oh (?:good|great|wonderful|lovely|perfect|look)"
            r"|let me guess)|only took (?:you )?(?:till|until|all)",
            _CONTEMPT,
        ),
        (r"<YOU> '\w+'|<YOU> \"\w+\"", _CONTEMPT),
        (
            r"forget (?:your|ur) (?:own )?head|like living with an? (?:\w+ )?"
            r"(?:teenager|child|toddler|slob|pig|baby|kid)",
            _INSULT,
        ),
        (r"grow(?:n)? (?:up|a backbone|a spine|a pair)", _RHETORICAL),
        (
            r"<YOUR> \w+ (?:is|are) (?:a joke|pathetic|ridiculous|embarrassing"
            r"|laughable"
            r"|useless|a mess|a disgrace)",
            _INSULT,
        ),
        (r"what(?:'?s| is) (?:your|ur) (?:problem|deal|issue)", _RHETORICAL),
        (
            r"<YOU> (?:ruin|ruined|spoil|spoiled|spoilt|wreck|wrecked) (?:every|all"
            r"|each"
            r"|the whole|our)",
            _BLAME,
        ),
        (
            r"while <YOU> (?:just )?(?:sit|sat|lie|lay|play|scroll|do nothing|relax"
            r"|watch)",
            _BLAME,
        ),
        (r"<DONT> (?:talk|speak|text|call) (?:to )?me (?:until|unless|again)", _BLAME),
        (
            r"look who(?:'s| is)? (?:finally|decided|showed|remembered|here|back|awake"
            r"|home)|(?:remember(?:ed|s)?|notice[sd]?|realised|realized) i exist",
            _CONTEMPT,
        ),
        (r"act like it|act your age|grow a (?:spine|pair)|man up", _CONTEMPT),
        (
            r"my (?:feelings|needs|opinions?) (?:just )?(?:don'?t|never) (?:count"
            r"|matter)"
            r"|got it\.? *$",
            _CONTEMPT,
        ),
        (
            r"(?:^|(?<=[.!?] ))(?:cool|great|nice|fine|wow|ok|okay|sure),? so(?= )",
            _CONTEMPT,
        ),
        (r"no wonder (?:<YOUR>|<YOU>|nobody|no one|everyone)", _CONTEMPT),
        (
            r"(?:had it|fed up|done) with (?:<YOUR>|<YOU>)|(?:sick|tired) of <YOUR>"
            r" (?:excuses|attitude|lies|crap|moods|bullshit|games|nonsense|shit|drama"
            r"|behaviou?r)",
            _BLAME,
        ),
        (r"full of yourself|get over yourself|full of (?:it|shit|crap)", _INSULT),
        (r"more important than (?:me|my|us|our)(?!\w)", _CONTEMPT),
        (r"(?:just )?for once(?! in our)", _RHETORICAL),
        (
            r"<YOU>(?:'?ll| will) (?:just |only |probably )?(?:mess|screw|fuck|ruin)\w*"
            r" (?:it|this|everything|up)|i (?:don'?t|do not) care (?:what|where|who|if)"
            r" <YOU>",
            _BLAME,
        ),
        (
            r"(?:^|(?<=[.!?] ))(?:pathetic|unbelievable|ridiculous|disgusting|useless"
            r"|unreal|embarrassing|figures|whatever|seriously|wow|typical)(?= *[.!?]+"
            r"(?:\s|$)| *$)",
            _CONTEMPT,
        ),
        (r"could <YOU> be any (?:more|less)", _RHETORICAL),
        (
            r"talking to a (?:brick )?wall|i'?m not <YOUR> (?:maid|mother|mum|mom"
            r"|servant"
            r"|cleaner|secretary|therapist|slave|babysitter|personal assistant)",
            _CONTEMPT,
        ),
        (
            r"stop (?:lying|making excuses|whining|nagging|sulking|playing the victim"
            r"|gaslighting|ignoring me|interrupting|acting like)",
            _BLAME,
        ),
        (r"see who sticks around|see how long i (?:stay|last)", _THREAT),
        (r"so now <YOU> (?:want|care|decide|remember|notice)", _CONTEMPT),
        (r"<CANT> stand <YOU>|<YOU> disgust", _BLAME),
        (
            r"some (?:husband|wife|partner|father|mother|boyfriend|girlfriend|friend)"
            r" <YOU> are",
            _CONTEMPT,
        ),
    ],
)
# Thanks and love nearby make "you always ..." a compliment, not an accusation.
_WARMTH = re.compile(
    r"\b(?:thank|thanks|love you|appreciate|grateful|lucky|the best|amazing"
    r"|adore|i see (?:it|you)|proud of (?:you|u)|how i like it|on your mind"
    r"|are you (?:ok|okay|alright)|tell me (?:everything|all about)|want to"
    r" hear|can'?t wait to hear|(?:would|it'?d|it would) mean a lot|i'?m (?:always"
    r" )?here (?:for you|if you|when"
    r" you|whenever)|want to talk|everything ok|that'?s (?:okay|ok))\b|\U0001f60a"
    r"|\U0001f642|\u2764|\U0001f49b|\U0001f495"
    r"|\U0001f970|\U0001f60d|\U0001f618"
)
_SHOUTED_AGAIN = rules(
    "harsh", [(r"again", "an angry 'AGAIN' adds blame to the hurt")], negatable=False
)


HARSH_MODEL_THRESHOLD = 0.7
# "you never have to...", "you always know how to...": the kind absolutes.
_KIND_ABSOLUTE = compile_pattern(
    r"<YOU>(?:'?ve|'?re|'?ll| are| have| can| could| will| would)?"
    r" (?:never|always|constantly|forever|ever)(?: (?:once|even))?"
    + "(?="
    + _KIND_TAIL[3:]
)
_TONE = "as a whole this reads as blame more than a request"
# Teasing marks ("lol", a laughing face, a wink): the tone model alone never
# calls a joke blame; the rules still read what is actually said.
_PLAYFUL = re.compile("[\U0001f60f\U0001f609\U0001f61c\U0001f61d\U0001f92a\U0001f643]")


def _trimmed(text: str) -> tuple[int, int]:
    """Return the bounds of `text` without its surrounding whitespace."""
    start = len(text) - len(text.lstrip())
    return start, max(start, len(text.rstrip()))


@stage("harsh")
def harsh(doc: Doc) -> None:
    """Notice blame, criticism, contempt or an accusation aimed at the partner."""
    if doc.kind == "journal":
        return
    warm = _WARMTH.search(doc.norm) is not None
    for rule in HARSH_RULES.candidates(present(doc)):
        for m in match(doc, rule):
            if warm and rule.why == _ABSOLUTE:
                continue
            doc.add(m.start(), m.end(), "harsh", rule.why)
    apply(doc, MORE_RULES)
    # The rules know phrasings; the model knows tone. Either may notice, but
    # the model is not trusted over a kind "you always/never" or warm words.
    if (
        doc.kind == "message"
        and "harsh" not in doc.flags
        and not warm
        and not doc.jokes
        and _PLAYFUL.search(doc.norm) is None
        and _KIND_ABSOLUTE.search(doc.norm) is None
        and probability("harsh", doc.text) >= HARSH_MODEL_THRESHOLD
    ):
        start, end = _trimmed(doc.text)
        doc.add(start, end, "harsh", _TONE)
    for rule in _SHOUTED_AGAIN:
        for m in rule.regex.finditer(doc.norm):
            if doc.text[m.start() : m.end()] == "AGAIN":
                doc.add(m.start(), m.end(), "harsh", rule.why)
    if doc.kind == "message":
        for span in list(doc.spans):
            if writer_pressure(doc, span):
                doc.add(span.start, span.end, "harsh", _THREAT)
