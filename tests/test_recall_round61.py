"""Recall round 61 (issue 11, session 40): French self-promotion from new hands, and three French pushes left by recall60.
A person plugging their own work under someone else's post: the same thing made in a craft, a trade whose name has no agent
ending (« ostéo », « consultant », « mécano »), an agency's service to a class of clients, one's own wares back in stock,
one's own app and where to get it, one's own course being launched, one's stream told in chat (« jstream », « mn twitch »).
The pushes: a launch price with the price after it, boosted odds shown rising with no date, a top-up's bonus with its
« valable jusqu'au ». Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- self-promotion: each plug above draws self-promotion or give-first;
- hard-sell.pushy: each push above draws it;
- their twins stay quiet: one's trade told with nothing offered, a fan pointing to someone else's channel, a shop's own
  account answering a question it was asked, a developer's story, a relative's craft, a buyer's launch price, a top-up
  receipt, a class's fee after a free first class, a bonus at work.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PROMO = ("self-promotion.", "give-first.")
PUSHY = "hard-sell.pushy"

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("the same thing made in a craft, a DM",
     "gorgeous scarf! I make the same one in crochet, dm me",
     "trop belle écharpe ! je fais la même en crochet, écris-moi en mp"),
    ("a trade with no agent ending opening the comment with its town",
     "Osteo in Leeds here, appointments free next week, pm me",
     "Ostéo sur Nantes, rdv dispo la semaine prochaine, mp"),
    ("a consultant beside the polite contact line",
     "I'm a consultant in Lyon, I help founders with pricing, feel free to contact me",
     "Je suis consultant RH à Abidjan, n'hésitez pas à me contacter"),
    ("an agency's service to a class of clients, a contact",
     "our agency helps local shops with their websites, contact us for a free audit",
     "notre agence accompagne les commerces sur leur site, contactez-nous pour un audit gratuit"),
    ("one's own wares available again, a DM",
     "my soaps are back in stock, message me to order",
     "mes savons au karité sont de nouveau dispo, écrivez-moi en dm"),
    ("one's own app and where to get it",
     "I built an app for this, it's free on the Play Store",
     "j'ai créé une appli pour ça, elle est gratuite sur l'App Store"),
    ("one's stream told in chat",
     "streaming tomorrow night on my twitch, come say hi",
     "jstream demain soir sur mn twitch, passe dire bjr"),
    ("a mechanic: come to the garage, a cheap job",
     "I'm a mechanic in Laval, come see me at the garage, I'll do it for cheap",
     "je suis mécano à Laval, viens me voir au garage, je te fais la vidange pas cher"),
    ("one's own course being launched, the link in one's bio",
     "I'm launching my online course on budgeting, link in my bio",
     "je lance ma formation en ligne sur le budget, le lien est dans ma bio"),
    ("one's lives by their schedule, an invitation to chat (after the clean check)",
     "I do lives every night on insta, come chat with me",
     "je fais des lives tous les soirs sur insta, venez on discute"),
    ("a trade with a first exchange or an appointment asked (after the clean check)",
     "Osteopath in York, write to us for a first chat",
     "Naturopathe à Lorient, prenez rdv par message"),
]

# (what, English, French): both must draw hard-sell.pushy
PUSHY_CASES = [
    ("a launch price and the price after",
     "Pottery course: launch price $49, then $99. Book your seat",
     "Atelier poterie : prix de lancement 49 €, ensuite 99 €. Réserve ta place"),
    ("boosted odds shown rising, no date",
     "BOOSTED ODDS: Celtic to win at 2.90 instead of 1.80. Deposit and play in the app",
     "Cote boostée : le Wydad gagne à 2.90 au lieu de 1.80. Dépose et joue sur l'appli"),
    ("a top-up's bonus with its date",
     "Top up $5 and receive $5 bonus, valid until 11/30",
     "Recharge 500 FCFA et reçois 500 FCFA de bonus, valable jusqu'au 30/11"),
]

# (what, English, French): neither may draw self-promotion or give-first
PROMO_QUIET = [
    ("one's trade told, nothing offered",
     "I'm an osteo and honestly this stretch works, thanks",
     "je suis ostéo et franchement cet étirement marche, merci"),
    ("a fan pointing to someone else's channel",
     "go check out Leo's channel, he explains it better than me (not me, just a fan)",
     "passe sur la chaîne de Léo, il explique mieux que moi, c'est pas moi hein"),
    ("a shop's own account answering a question it was asked",
     "Hi Sam, yes the green one is still in stock, you can collect it at the shop until 6pm. The Wax & Co team",
     "Bonjour Sam, oui le vert est encore en stock, vous pouvez passer le chercher à la boutique jusqu'à 18h. L'équipe Wax & Co"),
    ("a developer's story",
     "I built an app at work to track orders, took months",
     "j'ai développé une appli au boulot pour suivre les commandes, ça m'a pris des mois"),
    ("a relative's craft",
     "my aunt makes the same one in crochet, so cute",
     "ma tante fait la même en crochet, trop mignon"),
]

# (what, English, French): neither may draw hard-sell.pushy
PUSHY_QUIET = [
    ("a buyer's launch price",
     "got it at the launch price, $199 instead of $249, worth it",
     "je l'ai eu au prix de lancement, 199 € au lieu de 249 €, ça valait le coup"),
    ("a top-up receipt",
     "Your top-up of $5 was successful. Thank you.",
     "Votre recharge de 500 FCFA a bien été effectuée, votre forfait est valable jusqu'au 12/01."),
    ("a class's fee after a free first class",
     "Yoga on Mondays: first class free, then £8. Bring a mat.",
     "Yoga le lundi : premier cours gratuit, ensuite 8 €. Apportez un tapis."),
    ("a bonus at work",
     "boss says we all get a £100 bonus if we hit target",
     "le chef dit qu'on aura tous 100 € de bonus si on atteint l'objectif"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_plugs_draw_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_CASES))
def test_pushes_draw_hard_sell(text: str, lang: str) -> None:
    fires(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_twins_stay_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_QUIET))
def test_twins_stay_quiet_on_hard_sell(text: str, lang: str) -> None:
    quiet(text, lang, PUSHY)
