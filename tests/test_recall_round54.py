"""Recall round 54 (issue 11, session 37): text a new hand writes. Shop notifications, giveaway bait, stall and shop calls,
affiliate comments and a commenter's own trade offered, in the shapes a writer who never read a rule uses. Each case stands
beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: a word to comment to win with a share paid in entries; the share of a deal already claimed; what is left
  at a stall with a call to come before an hour; a discount for whoever orders today; sign-ups closing on a named day; a
  shop's call to hurry in beside what is left.
- their ordinary twins stay quiet on hard-sell: a baker's opening hours with the best hour to come, an invitation to comment
  with no prize, a question between friends about an order, sign-ups said to be open, a concert's presale in the news.
- self-promotion: one's own trade offered under someone's post with a DM asked; one's job named with a DM asked; an
  affiliate code with its commission told; a free thing on one's own linktree; a follow asked as a wish; one's own pinned
  comment pointed to (no headline).
- their twins stay quiet: a habit shared with a DM offered ("I do that too"), a recipe offered by DM, a commission earned by a relative, a band's
  free gig told to friends, a mayor called out in a headline.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PUSHY = "hard-sell.pushy"
HARD_SELL = "hard-sell."
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_CASES = [
    ("a word to comment to win, with a share paid in entries",
     "Comment YES to win our £150 picnic set, share for extra entries!",
     "Commente OUI pour gagner notre set pique-nique de 150 €, partage pour plus de chances !"),
    ("the share of a deal already claimed, beside its price",
     "Deal of the day: 80% claimed, the air fryer at £39",
     "Offre du jour : 80 % déjà partis, la friteuse à 39 €"),
    ("what is left at a stall, with a call to come before an hour",
     "Only 6 pumpkins left at the farm gate, come grab one before 5pm or miss out!",
     "Plus que 6 citrouilles au portail de la ferme, venez vite avant 17h !"),
    ("a discount for whoever orders today",
     "come back and get 15% off if you order today 👀",
     "reviens et profite de -15 % si tu commandes aujourd'hui 👀"),
    ("sign-ups closing on a named day, with the call to join",
     "Registration closes Sunday. Join the autumn bootcamp now",
     "Les inscriptions ferment dimanche. Rejoignez le bootcamp d'automne maintenant"),
    ("a shop's call to hurry in, beside what is left at a price",
     "fewer than 8 gift boxes left at this price, hurry in store",
     "moins de 8 coffrets à ce prix, passez vite en boutique"),
]

# (what, English, French): both must stay quiet on every hard-sell rule
HARD_SELL_QUIET = [
    ("a baker's opening hours, with the best hour to come",
     "Bank holiday Monday we open 8 till 1. The rye goes fast on Saturdays, pop in before 10 if you want one.",
     "Lundi férié, on ouvre de 8 h à 13 h. Le seigle part vite le samedi, passez avant 10 h si vous en voulez un."),
    ("an invitation to comment, with no prize",
     "Comment below with your favourite walk, we'll share the best ones",
     "Commentez avec votre balade préférée, on partagera les plus belles"),
    ("a question between friends about an order",
     "ok so are you ordering today? i can't",
     "ok tu commandes aujourd'hui ? moi je peux pas"),
    ("sign-ups said to be open",
     "Registration for the spring half marathon is open",
     "Les inscriptions pour le semi-marathon de printemps sont ouvertes"),
]

# (what, English, French): both must stay quiet on hard-sell.pushy (a concert's presale is no coin's)
PUSHY_QUIET = [
    ("a concert's presale in the news",
     "Fans furious over concert presale queues",
     "Il reste des billets pour la presale du concert de samedi"),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("one's own trade offered under someone's post, with a DM asked",
     "so good!! i do cake toppers too, dm me if u want one",
     "trop beau !! moi aussi je fais des toppers de gâteau, écris-moi en MP si tu en veux un"),
    ("one's job named, with a DM asked",
     "As a mortgage adviser I'd wait for the rates to drop, hit me up if you're buying in Bristol",
     "En tant que courtier j'attendrais la baisse des taux, contactez-moi si vous achetez à Nantes"),
    ("an affiliate code with its commission told",
     "love these, my code NINA12 works at petalskin, I get a small commission",
     "je les adore, mon code NINA12 marche chez petalskin, je touche une petite commission"),
    ("a free thing on one's own linktree",
     "great thread, I made a free meal planner on the same topic, grab it from my linktree",
     "super fil, j'ai fait un planning repas gratuit sur le même sujet, dispo sur mon linktree"),
    ("a follow asked as a wish",
     "Gorgeous! I'm a potter too, would love if you followed my page @clayandmoss",
     "Magnifique ! je suis potière aussi, ça me ferait plaisir que tu suives mon compte @argileetmousse"),
    ("one's own pinned comment pointed to",
     "go read my pinned comment for my full review of the blender, I made a video on it",
     "allez voir mon commentaire épinglé pour mon avis complet sur le blender, j'ai fait une vidéo dessus"),
]

# (what, English, French): both must stay quiet on self-promotion and give-first
PROMO_QUIET = [
    ("a habit shared, with a DM offered",
     "I do that too when I'm stuck, DM me if you want the steps",
     "moi aussi je fais ça quand je bloque, écris-moi en MP si tu veux les étapes"),
    ("a trade shared, with a DM offered for the recipe",
     "I bake cakes too, message me for the recipe",
     "moi aussi je fais des crêpes, écris-moi pour la recette"),
    ("a commission earned by a relative",
     "My cousin got a small commission on the sale of the flat",
     "Mon cousin a touché une petite commission sur la vente de l'appart"),
    ("a band's free gig told to friends",
     "our band plays the Red Lion on Saturday, free entry, come say hi if you're around",
     "notre groupe joue au Lion Rouge samedi, entrée libre, passez dire bonjour si vous êtes dans le coin"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_CASES))
def test_pushy_case_draws_pushy(text: str, lang: str) -> None:
    fires(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(HARD_SELL_QUIET))
def test_ordinary_twin_stays_quiet_on_hard_sell(text: str, lang: str) -> None:
    quiet(text, lang, HARD_SELL)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_QUIET))
def test_presale_news_stays_quiet_on_pushy(text: str, lang: str) -> None:
    quiet(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_plug_case_draws_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_twin_stays_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)
