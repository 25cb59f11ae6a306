"""Write safety.jsonl: hand-written crisis/abuse stems and hard negatives.

Each stem (written for this project, in our own words) is combined with a
few neutral openings and endings, so the models learn the stems rather
than where a sentence starts. Seeded; run from anywhere:

    python3 tests/language/data/train/make_safety.py

then scripts/train_language_model. Never add sentences of the blind sets.
"""

import json
import random
from pathlib import Path

CRISIS = """I don't want to wake up tomorrow
I wish I could just stop existing
everyone would be better off if I was gone
I'm a burden on everyone around me
I can't see a future for myself at all
I keep thinking about killing myself
I want to end my life
I've been planning how I would do it
I looked at the pills for a long time tonight
I've been hoarding my tablets
I keep thinking about jumping in front of a train
I think about driving off the road on purpose
I cut myself again tonight
I've been burning my skin with cigarettes
I keep hurting myself to feel something
I deserve to die
I want to go to sleep forever
there's no reason for me to stay
nobody would miss me if I was gone
I've written goodbye letters to my family
I gave my cat to my neighbour so she'll be looked after when I'm gone
I'm ready to let go of everything
I don't think I can survive another week like this
I want it all to be over
I've made up my mind and I feel calm now
soon I won't be a problem for anyone
I keep picturing my own funeral
I wish I had never been born
I'm thinking of taking all my pills at once
I bought a rope today
I stood on the edge of the roof for ages
I've been searching for the quickest way to die
I'm just waiting for the right moment to go
the thought of dying is the only thing that calms me
I can't keep fighting these thoughts of ending it
I've stopped taking my meds so I can save them up
I want to disappear and never be found
life isn't worth living anymore
I'm so done with being alive
it would be easier for everyone if I died
I want the pain to stop permanently
I keep scratching until I bleed
I hit myself when I mess up
I starve myself as punishment
I've started giving my things away
I said goodbye to my best friend like it was the last time
I'm thinking about suicide every day
I feel suicidal
been having suicidal thoughts again
thinking about unaliving myself
I want to kill myself
I don't want to be alive
part of me wants to die
I wish a car would hit me
I hope I don't wake up
I've got a plan and a date
I'm not going to be around much longer
I'm sorry for being such a burden, this is goodbye
I keep imagining slitting my wrists
I filled the bath and thought about going under for good
I don't see the point in living
I feel like ending it all
I want to overdose
I drank until I couldn't feel anything and hoped I wouldn't wake up
I can't stop thinking about hanging myself
my family would be happier without me around
I'm tired of being alive
I keep looking at the bridge on my way home
I don't trust myself with the knives tonight
I told everyone I'm fine but I've decided to end things
I've decided and I just need the right night
I keep checking the train times and thinking one could be for me
I feel like a ghost already
the only rest I'll ever get is not being here
I've left a note for whoever finds me
please look after the kids for me, they're better off with you
I've been picking at my skin until it bleeds
I've been pressing a hot spoon on my arm
I don't want to be around for the next birthday
I've stopped caring if I wake up or not
I keep thinking how peaceful it would be to just stop
I've been giving my best things to friends without saying why
I feel like I'm already gone
I'm just waiting for my body to catch up
I keep standing too close to the edge of the platform
I sat in the car with the engine running in the garage
I want to walk into the sea and keep going
I've started saying sorry to everyone like it's the last time
there's a calm in knowing I can end it whenever I want
my family will be fine, they have each other
I hope the illness wins this time
I've written down all my passwords for my sister, just in case
I'm sorry I was never enough, please forgive me
I can't picture myself next year
I drink so I don't have to feel anything and I hope I don't wake up
I scratched the word useless into my leg
the world would be quieter without me in it
I keep wanting to swerve into oncoming traffic
I feel like a burden and everyone would breathe easier if I left for good
nothing matters and soon it won't have to""".strip().split("\n")
CRISIS_NEG = """this job is killing me
I'm dying to see you tonight
I could kill for a burger
I'm dead tired after work
that joke killed me lol
I'd die for a long nap
I'm so tired and work is too much
I feel lonely when he's on his phone
I'm sad that we don't talk much anymore
I'm exhausted from looking after the kids
I used to self-harm as a teen but I've been well for years
I'm not suicidal, just worn out and sad
I don't want to die, I just want things to be different
my phone died again
the plants died while we were on holiday
I cut my hand on a tin can
I took some paracetamol for my headache
we need to write a will now we have a house
I gave away my old sofa
let's end the call, talk later
I'm done with this argument for tonight
I want to disappear under a blanket with a film
I'm sick of cooking every night
I'm at the end of my tether with the neighbours
this traffic is murder
I'm burnt out and need a holiday
I'm fed up that he never helps
I feel invisible at home
I've been crying a lot about us lately
my grandad died last month and I miss him
she's a lifesaver, honestly
I nearly died of embarrassment
I'm going to bed early, shattered
the battery is dead
I've had enough of the rain
I'm feeling low but talking to my sister helped
I'm drowning in emails
work is soul destroying right now
I want to run away to the seaside for a week
I'm so over this week
I want to understand
I want to help you with this
I want to hear about your day
I want to go to the beach this weekend
I want to try that new restaurant
I want to talk about us tonight
I want to be closer to you
I want to fix this together
I want to know what hurt the most
I want to sleep in on Sunday
I can tell you're hurting and I want to listen
what hurt most about it
I just want to rest this weekend
I want to stop arguing and go for a walk
I keep telling myself I'm being silly
I keep reminding myself it's not a big deal
I'm probably too sensitive, I usually am
I keep telling myself to let it go
I always talk myself out of being upset""".strip().split("\n")
ABUSE = """I'm scared of my husband
I'm afraid of what he will do if I leave
he hit me last night
she slapped me in front of the kids
he pushed me against the wall
he grabbed me by the throat
he kicked me while I was on the floor
he threatened to kill me if I leave
she said she'll take the children and I'll never see them
he said he'll hurt himself if I go
he takes all my money and gives me an allowance
I have to ask him for money to buy food
he checks my phone every night
he reads all my messages
he tracks my location all the time
I'm not allowed to see my friends
he won't let me see my family
he decides what I can wear
he locks me in the house when he goes out
he took my passport so I can't leave
he forced me to have sex when I said no
he punched the wall next to my head
he smashes things when he is angry
I walk on eggshells so he doesn't hit me
I flinch when he raises his hand
I hide when he comes home drunk
he strangled me until I passed out
she throws things at me
I cover the bruises with makeup
he threatened to post private photos of me
he said no one would believe me
he makes me account for every penny
he calls me worthless and stupid every day
he stands in the door so I can't leave
he drove fast to scare me
he hurt the dog to punish me
I'm terrified to go home
he made me quit my job
he cut me off from my friends
I'm afraid he'll kill me one day
he put a tracker on my phone
I have to send him photos of where I am
he threatened me with a knife
he bit me during a fight
he sits on me until I can't breathe
he wakes me up to shout at me
he won't give me my car keys
he tells me I'm crazy when I remember what he did
he hid my medication until I said sorry
she changed the wifi password so I can't contact anyone
he took the car and left me with no money for a week
he sits up waiting and interrogates me for hours
he told me to get rid of my cat or he'd do it himself
I jump when a door slams because of what he does when he's angry
I'm frightened of my own boyfriend
he made me kneel and apologise
she locks the fridge and weighs what I eat
he sold my car so I'd have to rely on him
she rings my work to check I'm really there
he keeps my phone when we visit his family
he swerves the car at walls to scare me
he kicks me where the bruises won't show
he said I'd regret being born if I embarrass him
he won't let me have my own bank card
she listens to my phone calls
he said if I leave he'll make sure I never see the kids
he spat in my face
he pulled me out of bed by my hair
I sleep in the car some nights to get away from him
he broke my phone so I couldn't call for help
he controls when I can sleep and eat
I'm only allowed out if he drives me
he reads my diary and punishes me for what I write""".strip().split("\n")
ABUSE_NEG = """we argued about the dishes and then made up
he never helps with the housework
she forgets to text back
he's always on his phone
we share money and budget together
he asked where I was because he was worried
I'm scared of spiders
I'm afraid we're growing apart
he hugged me tight when I got home
she pushed me to apply for the job
he hit the ball over the fence
he kicked the door shut because his hands were full
we both know each other's passwords and it's fine
he was grumpy after work
she was annoyed I was late
he gets loud when he watches football
we had a big row about money
he forgot our anniversary
I feel lonely with him
she doesn't listen when I talk
he took my phone to call his mum
I'm nervous to tell him I spent too much
he's protective but never controlling
I hit my head on the shelf
she threw a pillow at me laughing
he locked the door on his way out
we fight about chores a lot
he likes to know I got home safe
he drives me to work because we share a car
she checks my phone for the football scores
he made me a cup of tea and we talked it through
I'm frightened of flying but he holds my hand
she rings me at work to say she loves me
he sold his old car and we bought a new one together
we keep our savings in a joint account and both decide""".strip().split("\n")
PRE = [
    "",
    "Honestly ",
    "Lately ",
    "Some days ",
    "I need to say this. ",
    "Not sure why I'm writing this but ",
    "Tonight ",
    "Again. ",
]
SUF = [
    "",
    ".",
    " and I don't know what to do.",
    " I'm so tired.",
    " I can't tell anyone.",
    " It's been like this for weeks.",
    " lol",
    " Anyway.",
]
rng = random.Random(7)
rows = []


def emit(stems, label, n):
    for s in stems:
        for _ in range(n):
            p = rng.choice(PRE)
            x = rng.choice(SUF)
            if label[0] == "crisis" and label[1] and x == " lol":
                x = "."
            t = (p + s + x).strip()
            t = t[0].upper() + t[1:] if rng.random() < 0.7 else t.lower()
            kind = rng.choice(["journal", "journal", "message", "reply"])
            rows.append({"kind": kind, "text": t, "labels": {label[0]: label[1]}})


emit(CRISIS, ("crisis", True), 3)
emit(CRISIS_NEG, ("crisis", False), 4)
emit(ABUSE, ("abuse", True), 3)
emit(ABUSE_NEG, ("abuse", False), 4)
# Cross negatives: abuse stories aren't crisis and the other way round.
for s in ABUSE:
    rows.append(
        {
            "kind": "journal",
            "text": s[0].upper() + s[1:] + ".",
            "labels": {"crisis": False},
        }
    )
for s in CRISIS:
    rows.append(
        {
            "kind": "journal",
            "text": s[0].upper() + s[1:] + ".",
            "labels": {"abuse": False},
        }
    )
seen = set()
out = []
for r in rows:
    key = (r["text"], json.dumps(r["labels"]))
    if key in seen:
        continue
    seen.add(key)
    r = {"id": f"tr{len(out):04d}", **r}
    out.append(r)
with open(Path(__file__).with_name("safety.jsonl"), "w") as f:
    for r in out:
        f.write(json.dumps(r) + "\n")
print(len(out))
