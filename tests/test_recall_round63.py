"""Recall round 63 (issue 11, session 40): self-promotion in a reply about something else. A reply under a news post, a
forum or Reddit answer, a Discord or Facebook-group reply, a LinkedIn comment that turns the thread's subject to the
writer's own firm, work or channel ("exactly what we do at …", "on our pod", "our studio has a stall there", « c'est
exactement ce qu'on fait chez … ») and closes on an offer to anyone reading ("happy to chat if anyone …", "come by the
stall", « je vous en parle volontiers », « passez nous voir sur le stand »); a trade offered in the thread in Australian,
Kenyan or Filipino voices ("out of Bendigo", "flick me a text", a Kenyan mobile number, "I do gel here in Cebu").

What must hold:
- self-promotion, in both languages: one's firm named as doing what the post describes, with an offer to chat; one's own
  stall at the event of the thread with the invitation to come by; one's own podcast episode on the subject with an offer.
- self-promotion, in one language (the other already drew it before this round): a trade "out of" a town with "flick me a
  text"; one's own app built "that does this" with feedback asked; a trade's discount for forum members; tuition offered
  with a Kenyan mobile number; "I've got a few spots open" under a welcome; "i do commissions too" with a price; one's
  YouTube channel and its name to search; « j'anime des soirées » with « si vous cherchez encore un DJ ».
- their twins stay quiet: an employee's "at our studio we switched …", another's DJ recommended, a friend's "happy to chat",
  a plumber recommended with his number, a public guide, a sister's stall, the poster answering about their own build.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("one's firm doing what the post describes, an offer to chat",
     "So true. This is exactly what we do at Northgate Media, happy to chat if anyone's struggling with reviews.",
     "Tellement juste. C'est exactement ce qu'on fait chez Studio Onde, je vous en parle volontiers."),
    ("one's own stall at the event of the thread, come by",
     "Anyone going to the Geelong craft market? Our studio has a stall there, come by the stall and grab a print!",
     "Qui va au salon du chocolat à Lyon ? Notre atelier aura un stand, passez nous voir sur le stand !"),
    ("one's own episode on the subject, an offer",
     "Great thread. We covered this on our pod last month, happy to chat if anyone wants the long version.",
     "Bon sujet. On en a parlé dans notre dernier épisode, au plaisir d'en discuter avec vous !"),
]

# (what, text, language): drew nothing before this round in this language
PROMO_ONE_LANGUAGE = [
    ("a trade out of a town, flick me a text", "That deck's had it. I'm a carpenter out of Bendigo, can fix it up for ya, "
     "flick me a text.", "en"),
    ("one's app built for this, feedback asked", "Good question. I actually built an app that does this, it's called "
     "Ledgerly, free on Android, would love some feedback.", "en"),
    ("a discount for forum members", "Sounds like a blocked flue. Btw I'm a heating engineer in Hull if anyone local "
     "needs one, 10% off for forum members.", "en"),
    ("tuition with a Kenyan mobile number", "Congrats to all who passed. For anyone resitting, I offer physics tuition "
     "in Mombasa, call 0733 111 222.", "en"),
    ("spots open under a welcome", "Welcome to the group Priya! If anyone in Fremantle needs a dog walker I've got a few "
     "spots open, message me", "en"),
    ("commissions with a price", "omg so cute!! i do commissions too, pets from $20, my carrd is in my bio", "en"),
    ("one's channel and the name to search", "ETFs all the way. Also I run a YouTube channel on saving for students, "
     "search Frugal Fin if you want more tips.", "en"),
    ("a DJ's evenings offered to a couple", "Félicitations ! Si vous cherchez encore un DJ, j'anime des soirées partout "
     "en Estrie, écrivez-moi", "fr"),
]

# (what, English, French): neither may draw self-promotion or give-first
PROMO_QUIET = [
    ("an employee's studio",
     "At our studio we switched to Blender last year and never looked back.",
     "Dans notre studio on est passés à Blender l'an dernier, aucun regret."),
    ("another's DJ recommended",
     "Congrats!! Our DJ was Sam from Beatbox Events, totally recommend him.",
     "Félicitations ! Notre DJ était Max Animation, je le recommande."),
    ("a friend's offer to chat",
     "Happy to chat if anyone wants to talk it through, I went through the same thing last year.",
     "Je vous en parle volontiers si ça peut aider, j'ai vécu la même chose l'an dernier."),
    ("a plumber recommended with his number",
     "If anyone needs a plumber, call Dave on 0412 345 678, he sorted ours in an hour.",
     "Si vous cherchez un plombier, appelez Marc au 06 12 34 56 78, il a réparé le nôtre en une heure."),
    ("a public guide",
     "Great thread. The council's guide covers exactly this, it's free on their website.",
     "Très bon fil. Le guide de la CNIL explique exactement ça, il est gratuit sur leur site."),
    ("a sister's stall",
     "Anyone going to the Geelong craft market? My sister has a stall there, go say hi to her!",
     "Qui va au marché de Noël ? Ma sœur a un stand, allez lui dire bonjour !"),
    ("the poster answering about their own build",
     "@lee thanks! I built it myself over the summer, no plans to sell it, the code is in the post.",
     "@léa merci ! Je l'ai construit moi-même cet été, pas prévu de le vendre, le code est dans le post."),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_reply_turned_to_ones_own_work_draws_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("what", "text", "lang"), PROMO_ONE_LANGUAGE)
def test_reply_offer_in_one_language_draws_self_promotion(what: str, text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_twin_stays_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)
