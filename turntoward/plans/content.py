"""Our own words for the plan and its tools: steps, starters, scenarios, prompts.

Everything here was written for TurnToward. Keep it warm, plain and short; no
blame on either partner, no streaks, no guilt, never a diagnosis.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StepInfo:
    """One step of a plan: what it is, why it matters and where its tool lives."""

    id: str
    title: str
    what: str
    why: str
    tool_label: str
    tool: str  # a URL name in this project, or a path for other apps' pages
    couples: bool = False


STEPS: dict[str, StepInfo] = {
    s.id: s
    for s in [
        StepInfo(
            "acknowledge",
            "Name what is happening",
            "Put a name to the distance, for yourself first and, when it feels "
            "right, with your partner.",
            "Things rarely change until someone says out loud that they are there.",
            "Take a questionnaire",
            "assessments:list",
            couples=True,
        ),
        StepInfo(
            "communicate_gently",
            "Say it gently",
            "Tell your partner how you feel, honestly and without blame.",
            "A soft start is easier to hear, so the talk is more likely to bring "
            "you closer.",
            "Open the message coach",
            "plans:message_coach",
            couples=True,
        ),
        StepInfo(
            "love_languages",
            "Learn how each of you feels loved",
            'Find out which small things say "I love you" to each of you, and try '
            "some.",
            "Two people can both be trying and still miss each other, because they "
            "speak love in different ways.",
            "Open love-style ideas",
            "plans:love",
            couples=True,
        ),
        StepInfo(
            "set_expectations",
            "Say what you need",
            "Write down what would help, one small request at a time.",
            "Your partner can't read your mind. A clear, kind request gives them "
            "a real chance to show up.",
            "Open the needs board",
            "plans:needs",
            couples=True,
        ),
        StepInfo(
            "professional_help",
            "Think about talking to a professional",
            "Learn when a therapist can help, what kinds there are, and take a "
            "summary along.",
            "Some hurt runs deep or goes back a long way. That is work nobody "
            "should have to do alone.",
            "Read about getting help",
            "plans:professional_help",
        ),
        StepInfo(
            "validate_feelings",
            "Take your feelings seriously",
            "Notice when you talk yourself out of a feeling, and try a kinder answer.",
            "Your feelings are real information about what you need, even when "
            "others don't see them.",
            "Open the self-compassion kit",
            "plans:kit",
        ),
        StepInfo(
            "self_compassion",
            "Be kind to yourself",
            "A daily kind word, a self-care plan, and a list of people who lift "
            "you up.",
            "Going without for a long time can wear down how you see yourself. "
            "Care rebuilds it.",
            "Open the self-compassion kit",
            "plans:kit",
        ),
        StepInfo(
            "reconnect_emotions",
            "Feel your feelings again",
            "Write a little, notice what you feel, and give it a name.",
            "Feelings that were pushed down for a long time come back slowly. "
            "Naming them helps.",
            "Open the journal",
            "journal:list",
        ),
        StepInfo(
            "boundaries",
            "Plan your boundaries",
            "Decide ahead of time: when this happens, this is what I will do.",
            "If honest talk keeps being brushed off, a clear limit protects you "
            "without a fight.",
            "Open the boundaries planner",
            "plans:boundaries",
        ),
        StepInfo(
            "decide",
            "Look at the whole picture",
            "Lay out what you asked for, what changed, and how things have felt since.",
            "You deserve to make choices about your life with clear eyes, in your "
            "own time.",
            "Open the decision worksheet",
            "plans:decide",
        ),
        StepInfo(
            "express_emotions",
            "Practise showing what you feel",
            "One small step a day: a real compliment, a real question.",
            "Showing feelings is a skill. Like any skill, it grows with small, "
            "steady practice.",
            "Open today's small step",
            "plans:presence",
            couples=True,
        ),
        StepInfo(
            "be_present",
            "Be there, fully",
            "Choose times to put the phone away and give your partner your attention.",
            'Attention is one of the clearest ways to say "you matter to me".',
            "Open presence commitments",
            "plans:presence",
            couples=True,
        ),
        StepInfo(
            "practice_empathy",
            "Answer feelings with understanding",
            "Practise replies that show you heard the feeling, even when you see "
            "it differently.",
            "Feeling understood matters more than being agreed with.",
            "Open the empathy coach",
            "plans:empathy_coach",
            couples=True,
        ),
        StepInfo(
            "seek_guidance",
            "Get support for what's underneath",
            "If old hurt sits behind the distance, a therapist can help you work "
            "through it.",
            "Understanding where the distance comes from makes it easier to change.",
            "Read about getting help",
            "plans:professional_help",
        ),
        StepInfo(
            "safety_help",
            "Talk to someone who knows about this",
            "Reach a confidential support line. They can listen and help you "
            "think about what is safe for you.",
            "What you told us suggests you may not feel safe. You deserve support "
            "from people trained for exactly this.",
            "See help lines",
            "safety:help",
        ),
        StepInfo(
            "safety_plan",
            "Plan for your safety",
            "Think through where you could go, who you could call, and what you "
            "would take, just in case.",
            "Having a plan ready can make a hard moment a little less frightening.",
            "Make a safety plan",
            "safety:plan",
        ),
    ]
}

ROLE_STEPS: dict[str, tuple[str, ...]] = {
    "neglected": (
        "acknowledge",
        "validate_feelings",
        "communicate_gently",
        "self_compassion",
        "set_expectations",
        "love_languages",
        "reconnect_emotions",
        "boundaries",
        "professional_help",
        "decide",
    ),
    "neglecting": (
        "acknowledge",
        "practice_empathy",
        "express_emotions",
        "be_present",
        "communicate_gently",
        "love_languages",
        "set_expectations",
        "seek_guidance",
    ),
    "both": (
        "acknowledge",
        "communicate_gently",
        "practice_empathy",
        "set_expectations",
        "love_languages",
        "express_emotions",
        "be_present",
        "validate_feelings",
        "self_compassion",
        "boundaries",
        "professional_help",
        "decide",
    ),
    "unsure": (
        "acknowledge",
        "validate_feelings",
        "communicate_gently",
        "practice_empathy",
        "set_expectations",
        "love_languages",
        "self_compassion",
        "professional_help",
    ),
}

SAFETY_STEPS: tuple[str, ...] = ("safety_help", "safety_plan")
# With fear or violence in the picture, steps that lean on the partner's answer
# (or that could provoke one) give way to safety and self-care.
SAFETY_EXTRAS: tuple[str, ...] = ("validate_feelings", "self_compassion")
UNSAFE_WHEN_AFRAID: frozenset[str] = frozenset(
    {s.id for s in STEPS.values() if s.couples} | {"boundaries"}
)

ROLE_WORDS = {
    "neglected": "someone whose needs often go unanswered",
    "neglecting": "someone who wants to show up more",
    "both": "someone who feels it on both sides",
    "unsure": "someone still working out what is going on",
}

# --- message coach ------------------------------------------------------------

STARTERS: tuple[str, ...] = (
    "I've been feeling far from you lately, and I miss us. Could we talk tonight?",
    "There's something on my mind about us. It matters to me, so I'd like to say "
    "it kindly. Is now a good time?",
    "I love you, and I want us to feel close again. Can I tell you what's been "
    "hard for me?",
    "I'm not looking for someone to blame. I just want you to know how I've been "
    "feeling.",
    "When we talk, I'd love to feel that you're really with me. Can we find a "
    "time that works for both of us?",
    "I've noticed I've been keeping things to myself. I'd rather share them with you.",
    "Could we try something? Ten minutes, no phones, just telling each other how "
    "the week really felt.",
    "I think we both want to feel closer. What would help you feel that way?",
    "Some days I feel lonely even when we're together. I'd like us to work on "
    "that, side by side.",
    "It would mean a lot to me if you asked how I'm doing, and then really listened.",
)

# --- empathy coach practice ---------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """Something a partner might say, to practise answering with understanding."""

    id: str
    said: str
    hint: str


SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "late_again",
        "I waited for you all evening and you didn't even text. I felt forgotten.",
        "Name the feeling you heard (forgotten) before explaining anything.",
    ),
    Scenario(
        "work_stress",
        "Work has been crushing me and I feel like nobody notices.",
        "Let them know you see how heavy it is.",
    ),
    Scenario(
        "phone_dinner",
        "You were on your phone the whole dinner. I felt invisible.",
        "Reflect the feeling back; the phone can wait.",
    ),
    Scenario(
        "family_visit",
        "I felt so alone at your parents' place yesterday.",
        "Ask what it was like for them.",
    ),
    Scenario(
        "no_hug",
        "I miss you hugging me when I come home.",
        "Hear the wish inside the words.",
    ),
    Scenario(
        "friend_news",
        "My best friend is moving away and I can't stop crying.",
        "Sit with the sadness; there is nothing to fix.",
    ),
    Scenario(
        "birthday",
        "It hurt that my birthday felt like any other day to you.",
        "Say that it makes sense it hurt.",
    ),
    Scenario(
        "talk_more",
        "I feel like we only talk about bills and chores now.",
        "Show you want more too.",
    ),
    Scenario(
        "anxious",
        "I know it sounds silly, but I'm really nervous about tomorrow.",
        "Tell them it isn't silly to you.",
    ),
    Scenario(
        "unheard",
        "Whenever I bring up how I feel, it turns into something else.",
        "Show you are listening now.",
    ),
)
SCENARIO_BY_ID = {s.id: s for s in SCENARIOS}

# --- self-compassion kit --------------------------------------------------------

AFFIRMATIONS: tuple[str, ...] = (
    "My feelings make sense, even when nobody else sees them.",
    "I am allowed to want closeness.",
    "Needing care is human, not a flaw.",
    "I can be gentle with myself today.",
    "I deserve to be listened to.",
    "It is okay to take up space.",
    "My worth doesn't depend on how someone else treats me.",
    "I can rest without earning it.",
    "Small steps still move me forward.",
    "I am learning to trust what I feel.",
    "It is brave to say what I need.",
    "I can hold sadness and hope at the same time.",
    "I don't have to have it all worked out today.",
    "I am worth the effort I give others.",
    "My voice matters in this relationship.",
    "I can ask for help and still be strong.",
    "Today I'll speak to myself like I would to a friend.",
    "I am more than the hard moments.",
    "Being tired is a reason to rest, not a reason for blame.",
    "I am allowed to change my mind.",
    "The care I give myself counts.",
    "I can notice a feeling without judging it.",
    "I deserve warmth, from others and from me.",
    "It is okay to miss what I hoped for.",
    "I can choose what is good for me.",
    "My needs are not too much.",
    "I am doing better than I think.",
    "I can let today be enough.",
    "Kindness to myself is a place to start.",
    "I don't need to shrink to be loved.",
    "What I feel is worth saying out loud.",
    "I can keep going at my own pace.",
    "I have got through hard days before.",
    "I can let people who care about me in.",
    "My hopes for closeness are reasonable.",
    "It is okay to be a work in progress.",
    "I can set limits and still be loving.",
    "I am allowed a quiet moment just for me.",
    "My heart is worth looking after.",
    "I can start again as many times as I need.",
    "I notice what went well today, however small.",
    "I am not alone in feeling this way.",
    "I can be honest and kind at once.",
    "I treat my own needs as important.",
)

VALIDATIONS: tuple[str, ...] = (
    "That feeling is telling you something that matters. It deserves a hearing.",
    "You're not too much. Wanting to be noticed and cared for is human.",
    "It makes sense to feel this way after what you've been through.",
    "You don't have to earn the right to feel hurt.",
    'Try saying it without the "just" or the "silly": what you feel is real.',
)

SELF_CARE_IDEAS: tuple[str, ...] = (
    "A short walk outside",
    "Calling a friend who makes me laugh",
    "Going to bed a little earlier",
    "Ten quiet minutes with a warm drink",
    "Writing down three things I did well",
)

# --- express and be present -----------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    """A small daily step for showing up a little more."""

    id: str
    text: str


PROMPTS: tuple[Prompt, ...] = tuple(
    Prompt(f"p{index:02d}", text)
    for index, text in enumerate(
        (
            'Ask "How are you, really?" and then just listen, without fixing.',
            "Tell your partner one specific thing you admire about them.",
            "Put your phone in another room for the first ten minutes you're together.",
            "Ask about something they mentioned earlier this week.",
            "Say thank you for one small thing they did today.",
            "Share one feeling you had today, in a single sentence.",
            "Make eye contact while they tell you about their day.",
            "Ask what was the best part of their day, and the hardest.",
            "Offer a hug without being asked.",
            "Notice when they seem tired or down, and say what you see, gently.",
            "Tell them something you've been grateful for lately.",
            "Ask what would make tomorrow a little easier for them.",
            'When they share a worry, say "That sounds hard" before anything else.',
            "Plan a short walk together, just the two of you.",
            "Tell them about a moment today when you thought of them.",
            "Ask one question about their feelings, not the facts.",
            "Remember something that matters to them and bring it up.",
            "Turn toward them the next time they point something out to you.",
            "Say \"I'm glad you're here\" and mean it.",
            "Finish the day by asking how they feel about you two this week.",
            "Share a small worry of your own and let them support you.",
            "Put down what you're doing when they start talking.",
        ),
        start=1,
    )
)
PROMPT_BY_ID = {p.id: p for p in PROMPTS}

COMMITMENT_IDEAS: tuple[str, ...] = (
    "Phone-free dinner",
    "Ten minutes of real talk before bed",
    "A short walk together on Sundays",
    "Greet each other properly when one of us gets home",
)

# --- love-style bridging ----------------------------------------------------------

LOVE_IDEAS: dict[str, tuple[str, ...]] = {
    "words": (
        "Leave a short note saying one thing you love about them.",
        "Tell them, out loud, something they did well today.",
        "Send a kind message in the middle of the day.",
        'Say "thank you" for something they usually do unnoticed.',
    ),
    "acts_of_service": (
        "Take one chore off their list this week without being asked.",
        "Make their morning drink the way they like it.",
        "Handle an errand they have been putting off.",
        "Get something ready for them before a busy day.",
    ),
    "gifts": (
        "Bring home a small treat you know they enjoy.",
        "Pick up something that made you think of them.",
        "Keep a photo of the two of you somewhere they will see it.",
        "Write a little card for no special reason.",
    ),
    "quality_time": (
        "Plan half an hour together with phones away.",
        "Cook or eat a meal together and ask about their week.",
        "Go for a walk, just the two of you.",
        "Pick a show or game to share, and really share it.",
    ),
    "physical_touch": (
        "Hug them when you say hello and goodbye.",
        "Hold their hand on a walk.",
        "Sit close while you talk in the evening.",
        "Offer a shoulder rub after a long day.",
    ),
}
STYLE_WORDS = {
    "words": "kind words",
    "acts_of_service": "helpful acts",
    "gifts": "small gifts",
    "quality_time": "time together",
    "physical_touch": "touch",
}

# --- decision worksheet -----------------------------------------------------------


@dataclass(frozen=True)
class Question:
    """A reflective question for the decision worksheet."""

    id: str
    text: str


QUESTIONS: tuple[Question, ...] = (
    Question(
        "heard",
        "When you said what you needed, how did it feel to be heard, or not heard?",
    ),
    Question("changed", "What, if anything, has changed since you first asked?"),
    Question("effort", "Which efforts, from either of you, do you notice?"),
    Question("self", "How do you feel about yourself in this relationship now?"),
    Question(
        "friend", "If a close friend told you this story, what would you want for them?"
    ),
    Question("hope", "What would need to be different for you to feel hopeful?"),
    Question("support", "Who could you talk this through with?"),
    Question("next", "What is one small thing you'd like to do next, just for you?"),
)
QUESTION_BY_ID = {q.id: q for q in QUESTIONS}

# --- professional help --------------------------------------------------------------

WHEN_TO_LOOK: tuple[str, ...] = (
    "Your mood or worry questionnaire (PHQ-9 or GAD-7) came out at moderate or "
    "higher. That isn't a diagnosis, but it's a good reason to talk to someone.",
    "The distance seems to come from long ago, such as a childhood where feelings "
    "weren't welcome, or from something painful that happened.",
    "You've been trying for weeks and things feel stuck.",
    "Talking about it at home keeps turning into a fight or a shutdown.",
    "You feel numb, hopeless or very alone most days.",
)

THERAPY_KINDS: tuple[tuple[str, str], ...] = (
    (
        "Couples therapy",
        "You meet a therapist together. They help you hear each other, slow hard "
        "talks down, and try new ways of reaching each other. It is not a good "
        "fit when one partner is afraid of the other.",
    ),
    (
        "Emotionally focused couples work",
        "A kind of couples therapy that looks at the needs for closeness under "
        "the arguments and the silences, and helps partners respond to them.",
    ),
    (
        "Individual therapy",
        "Time that is just yours. A good place to rebuild how you see yourself, "
        "sort out what you want, or look at old hurt.",
    ),
    (
        "Talking therapies for mood and worry",
        "Structured, practical sessions (often called CBT) that help with low "
        "mood and anxiety by working on thoughts and habits, step by step.",
    ),
    (
        "Trauma-focused therapy",
        "When painful past events still shape today, some therapists are trained "
        "to help with exactly that, gently and at your pace.",
    ),
    (
        "Support groups",
        "Meeting people in the same spot can make it feel less lonely. Some "
        "groups are led by a professional, some by peers.",
    ),
)
