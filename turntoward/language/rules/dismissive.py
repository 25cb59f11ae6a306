"""Dismissive replies: brushing off, minimising, mocking or sidestepping."""

from __future__ import annotations

from ..doc import Doc
from ..model import probability
from ..patterns import rules
from ..registry import apply, first, stage
from .abuse import writer_pressure

_MINIMISE = "telling someone how to feel shrinks what they shared"
_LABEL = "calling a feeling too much makes it harder to share the next one"
_SIDESTEP = "changing the subject leaves the feeling unanswered"
_FIX = "jumping to a fix can skip past the feeling"
_MOCK = "laughing at a feeling tells them it isn't safe to share"
_DEFEND = "defending yourself first leaves their hurt unheard"
_COMPARE = "comparing makes their feeling seem smaller than it is"
_UNANSWERED = "the reply moves past the feeling without acknowledging it"
_NONAPOLOGY = "'sorry you feel that way' puts the problem on their feeling"

STRONG = rules(
    "dismissive",
    [
        (
            r"calm down|(?:just |need to |gotta )?chill(?: out)?(?= |,|\.|!|$)"
            r"|(?:just |need to )relax",
            _MINIMISE,
        ),
        (r"(?:^|(?<=[.!?,]\s))relax", _MINIMISE),
        (r"over-?reacting|over-?thinking|over-?dramati\w+", _LABEL),
        (
            r"(?:too|so|way too|overly|a bit|hyper)[- ]?(?:sensitive|emotional|dramatic"
            r"|touchy|paranoid|needy)",
            _LABEL,
        ),
        (
            r"(?:being|so) (?:dramatic|silly|ridiculous|paranoid|crazy|hysterical"
            r"|irrational|a baby|childish|petty)",
            _LABEL,
        ),
        (r"reading (?:way )?too much into", _LABEL),
        (
            r"(?:make|making|made) (?:this |it )?(?:a (?:whole|big) (?:thing|deal)"
            r"|a mountain|a fuss|such a fuss|too much of)",
            _MINIMISE,
        ),
        (
            r"(?:not|no|isn'?t|wasn'?t) (?:a |that )?big (?:of a )?deal"
            r"|big deal(?! (?:to|for) (?:you|u))",
            _MINIMISE,
        ),
        (r"not the end of the world", _MINIMISE),
        (
            r"nothing to (?:be )?(?:worry|worried|anxious|upset|sad|scared|nervous|cry"
            r"|stress|stressed|mad|angry|jealous|embarrassed)\w* about",
            _MINIMISE,
        ),
        (r"just (?:<DONT>|do not) (?:be|worry|think|feel)", _MINIMISE),
        (
            r"<DONT> be (?:sad|upset|like that|silly|dramatic|so|ridiculous|a baby)",
            _MINIMISE,
        ),
        (
            r"no (?:point|use|sense) (?:in )?(?:worrying|being|getting|crying|dwelling"
            r"|stressing)",
            _MINIMISE,
        ),
        (r"(?:let'?s not|don'?t|no need to) dwell", _MINIMISE),
        (
            r"snap out of it|get over it|shake it off|cheer up|move on|let it go"
            r"|suck it up|toughen up|man up|get a grip",
            _MINIMISE,
        ),
        (r"look on the bright side|(?:it|things) could be worse", _MINIMISE),
        (r"<YOU>'?ll (?:feel better|be fine|get over it|forget about it)", _MINIMISE),
        (r"everyone (?:gets|feels|has|goes through|is)", _COMPARE),
        (r"at least (?:we|you|it|he|she|they|i)", _COMPARE),
        (
            r"other (?:people|mums|moms|dads|wives|husbands|couples|women|men|parents)"
            r" (?:manage|have|deal|cope|would)",
            _COMPARE,
        ),
        (
            r"sorry (?:that |if )?<YOU> (?:feel|felt) (?:that way|like that|so)",
            _NONAPOLOGY,
        ),
        (r"sorry if <YOU> (?:were|got|felt)", _NONAPOLOGY),
        (r"here we go again|not this again|this again", _DEFEND),
        (r"(?:oh )?come on", _MINIMISE),
        (r"whatever(?! happens| you (?:need|decide|want|choose))", _MINIMISE),
        (r"(?:take|taking) (?:things|it|everything) (?:too |so )?personally", _LABEL),
        (
            r"(?:didn'?t|doesn'?t|did not) mean (?:anything|nothing|any harm) by it",
            _DEFEND,
        ),
        (r"(?:nobody|no one) (?:even )?(?:noticed|cares|care|saw)", _MINIMISE),
        (
            r"(?:it|that) was (?:just |only )?a joke|(?:can'?t|cannot) take a joke"
            r"|just (?:joking|kidding)",
            _MOCK,
        ),
        (
            r"(?:it'?s|its|it was|that'?s) (?:just|only) (?:a |an |some )?\w+"
            r"(?=\s*[,.!]|\s*$)",
            _MINIMISE,
        ),
        (r"for the best", _MINIMISE),
        (r"(?:someone|somebody)'?s in a mood|in a mood", _MOCK),
        (
            r"what did <YOU> (?:want|expect) me to do|i was (?:literally |just )?stuck"
            r"|how long are <YOU> going to|(?:still|keep) going on about|drop it"
            r"|i (?:already )?said (?:i was |i'?m )?sorry|i apologi[sz]ed already"
            r"|what do <YOU> want from me|what more do <YOU> want"
            r"|<YOU> were wrong|what was i supposed to do|excuse me for|sorry i'?m not"
            r" (?:perfect|a mind reader|psychic)|sorry for (?:having|being|breathing"
            r"|existing|living)",
            _DEFEND,
        ),
        (
            r"<DONT> start|not now|<DONT> have time for this|can we not"
            r"|do we have to do this",
            _DEFEND,
        ),
        (r"<YOU> need to (?:chill|relax|calm|get over|stop|grow)", _MINIMISE),
        (r"stop (?:crying|whining|complaining|moaning|sulking|being)", _MINIMISE),
        (r"(?:easy|simple|quick) fix", _FIX),
        (
            r"anyway[s]?|speaking of|on another note|moving on|by the way|btw"
            r"|changing the subject|so,? about",
            _SIDESTEP,
        ),
        (r"lol|lmao|haha\w*|\U0001f602|\U0001f923|\U0001f644|\U0001f612", _MOCK),
        (r"<YOU> cry at", _MOCK),
        (r"^k\b|^ok\.?$|^fine\.?$|^sure\.?$", _MINIMISE),
    ],
)
WEAK = rules(
    "dismissive",
    [
        (
            r"did <YOU> (?:see|watch|book|call|get|pick up|remember|feed|hear|catch)",
            _SIDESTEP,
        ),
        (r"what'?s for dinner|have <YOU> seen", _SIDESTEP),
        (
            r"<YOU> should (?:just )?(?:join|try|get|go|call|talk|take|stop|find|start"
            r"|do)",
            _FIX,
        ),
        (
            r"why <DONT> <YOU> just|have <YOU> tried|just (?:call|join|try|ignore|go)",
            _FIX,
        ),
        (r"spreadsheet|first thing tomorrow", _FIX),
        (
            r"i was busy|i'?ve been (?:working|busy|slammed)|i had (?:a lot|stuff"
            r"|things)"
            r" (?:on|to do)",
            _DEFEND,
        ),
        (r"i'?ve had a long day|i'?m tired too", _DEFEND),
    ],
)
VALIDATING = rules(
    "validating",
    [
        (
            # Category-first: granting the feeling, naming its weight, taking
            # the blame off, releasing the pressure.
            r"of course <YOURE> (?:\w+ )?(?:upset|hurt|sad|angry|annoyed|worried"
            r"|scared|anxious|tired|disappointed|frustrated)|(?:your|those|the)"
            r" feelings (?:\w+ )?(?:are|were) (?:valid|real|fair|okay|ok|understandable"
            r"|completely)|<YOURE> not being (?:needy|dramatic|silly|too much|too"
            r" sensitive|unreasonable|crazy)|(?:that'?s|it'?s) a lot to (?:carry|deal"
            r" with|hold|handle)|<YOU> (?:don'?t|do not) have to (?:have it|figure|be"
            r" okay|be ok|be fine|pretend)|<YOU> did nothing wrong|(?:it'?s|that'?s)"
            r" not <YOUR> fault|<YOU> have every right|<YOURE> allowed to (?:feel|be)",
            "",
        ),
        (
            r"<YOU> (?:might|could|may) be right|<YOURE> probably right|tell me again"
            r"|putting (?:my|the) phone (?:away|down)|want to (?:practise|practice|try"
            r"|do it|go) together",
            "",
        ),
        (
            r"<YOU>'?ve been (?:carrying|doing|dealing with|through|holding) so much"
            r"|(?:go|get some) rest|i'?ll (?:handle|take care of|sort|cook|get|pick"
            r"|deal)",
            "",
        ),
        (
            r"(?<!said i was )(?<!said )(?<!said i'm )sorry"
            r"(?! (?:you|if|that you|if you) (?:feel|felt|were|got)"
            r"| i'?m not| for (?:having|being|breathing|existing|living))",
            "",
        ),
        (
            r"(?:that|it) (?:sounds|must (?:be|have been|feel))|sounds (?:really|so"
            r"|like)",
            "",
        ),
        (r"makes (?:total |complete |so much |a lot of )?sense", ""),
        (r"i (?:hear|understand|get|see) (?:you|it|why|that|how)", ""),
        (r"i can (?:see|tell|imagine|understand)", ""),
        (
            r"understandable|of course <YOU>(?:'?re| are| feel| would|'d| do)"
            r"|i'?ve got you|i got you",
            "",
        ),
        (r"thank(?:s| you) for (?:telling|sharing|saying|trusting)", ""),
        (r"i'?m (?:right )?here", ""),
        (r"tell me (?:more|everything|about)", ""),
        (
            r"what (?:part|hurt|happened|'?s been|has been|would help|do you need"
            r"|are you most|was it like|'?s weighing)",
            "",
        ),
        (r"how (?:are you|have you been|long|did it feel|can i help|do you feel)", ""),
        (r"<YOURE> right", ""),
        (r"i'?m (?:so )?glad (?:you|that you)", ""),
        (
            r"i miss (?:that|it|you) too|i'?ve (?:felt|noticed|missed) (?:it|that|this"
            r"|too)",
            "",
        ),
        (r"come here|want to talk|wanna talk|i care|i want to understand", ""),
        (r"i should(?:n'?t)? have|i didn'?t realis|i didn'?t realiz", ""),
        (
            r"(?:that'?s|so) (?:really |so )?(?:hard|awful|painful|rough|disappointing"
            r"|lonely|isolating|unfair|scary|frustrating|heavy)",
            "",
        ),
        (r"oh (?:love|no|babe|honey|sweetheart)", ""),
        (r"i'?ll (?:slow down|come with|be there|stop)", ""),
        (
            r"what'?s (?:worrying|bothering|upsetting|scaring|weighing on) <YOU>"
            r"|let me (?:take|help|do|handle|carry|get)|it'?s a lot|nerve-?wracking"
            r"|(?:is|are|sounds?) (?:scary|hard|tough|stressful|overwhelming|a lot)"
            r"|(?:what|how)[^.!?\n]{0,40}(?:you|your)[^.!?\n]{0,40}\?|"
            r"(?:that'?s |yeah,? )?fair(?:\.|,| enough| point)|let'?s book|"
            r"(?:that'?s|what) an? (?:horrible|awful|terrible|rotten|hard|scary|lonely"
            r"|painful|sad|heavy|rough) (?:feeling|thing|day|week)|(?:want|wanna|would"
            r" you like|shall i|should i|do you need) (?:to |me to )?(?:hold|hug|talk"
            r"|come|sit|go|get|call|help|make)|i'?m (?:so |really |very )?glad (?:you"
            r"|that you)|(?:worried|felt|feel|noticed|thought|missed) (?:that |it "
            r"|this )?"
            r"too(?=[.!,]| *$)|feel the same|"
            r"what'?s (?:going on|up|wrong|happening|on your mind|happened)|why do"
            r" <YOU>"
            r" feel|are <YOU> (?:ok|okay|alright|all right)|is (?:everything|it) (?:ok"
            r"|okay)|want (?:some )?company|want a hug|need anything|(?:we'?ll|we will"
            r"|we can) (?:leave|go|figure|sort|get through|work|handle|do|fix)"
            r"|stick with me|<YOU> don'?t need a reason|let me make it up|i'?m the"
            r" worst"
            r"|i want you (?:in|with|to feel|to know)|i don'?t want (?:to fight|you to"
            r" feel)|aw+\b|oh,? (?:babe|love|honey|sweetheart)|such a (?:caring|good"
            r"|great|kind|wonderful|lovely)|"
            r"me too|i love you|i'?m proud|<YOU> matter|i'?d love to|i'?m with you"
            r"|<YOURE> not alone|that (?:stings|hurts|sucks|is hard)|ugh"
            r"|oh no|i won'?t do it again|(?:that )?wasn'?t (?:fair|okay|ok|right|kind)"
            r"|my fault|i messed up|i was wrong|i'?ll (?:do|be|make|try|fix|call|come"
            r"|take|help)|can i (?:help|do|hug|get)|do you want (?:me|to)|would it help"
            r"|(?:what|how) can i|want me to|call you|i love|\U0001f49b|\u2764"
            r"|\U0001fac2|\U0001f917|a big change|of course you are|<YOU> do so much"
            r"|i'?ve been (?:thinking|meaning)|it'?s (?:okay|ok) to|you'?re allowed"
            r"|let'?s (?:sit|talk|go|plan|block|do|figure|find|make)|we can (?:talk"
            r"|figure|work|sort)|i haven'?t been|i (?:should|could) have|want to"
            r" (?:vent"
            r"|talk)|if you want|i want to|i believe you|i'?m listening|take your time"
            r"|no wonder you|hug|cuddle|i hate that",
            "",
        ),
    ],
    negatable=False,
    reportable=False,
)


UNANSWERED_MODEL_FLOOR = 0.5


def _validates(doc: Doc) -> bool:
    """Return whether the reply reflects or welcomes the partner's feeling."""
    return first(doc, VALIDATING) is not None


@stage("dismissive")
def dismissive(doc: Doc) -> None:
    """Notice a reply that brushes off, minimises, mocks or sidesteps a feeling."""
    if doc.kind != "reply":
        return
    apply(doc, STRONG)
    if "dismissive" in doc.flags or _validates(doc) or "crisis" in doc.flags:
        pass
    elif not apply(doc, WEAK) and (
        probability("dismissive", doc.text) >= UNANSWERED_MODEL_FLOOR
    ):
        # A reply that never touches the feeling brushes it off by leaving it,
        # unless the model, which knows kind replies' tone, is sure it is kind.
        doc.add(0, len(doc.text), "dismissive", _UNANSWERED)
    for span in list(doc.spans):
        if writer_pressure(doc, span):
            doc.add(span.start, span.end, "dismissive", _DEFEND)
