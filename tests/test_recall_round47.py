"""Recall round 47 (issue 11, session 30): pushy and self-promotional shapes of social posts that the earlier sets
lacked, read by kind in both languages, each pinned beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell: a reseller's rush (the goods to whoever pays first, a count of what is left, "dm 4 price", one way to pay);
  an airdrop's wallet to connect; a paid betting-tips group; a carrier's small fee pressed; a word to comment "if you
  want in" with a DM to all who comment; a promo code that expires; a prize lost within hours unless claimed by DM.
- their ordinary twins stay quiet on hard-sell.pushy: the last yogurts in the fridge, the last seats on a bus, a wallet
  connected and regretted, a cousin's lost bets, a parcel late at the depot, a dinner's headcount, an expired code.
- self-promotion: one's own single, EP or app with the ask to play it; « pensez à suivre notre compte ». A brother's
  podcast passed on and a band's single praised stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."
PUSHY = "hard-sell.pushy"  # hard-sell.urgency reads "only 2 left in" alone: not this round's rule

# (what, English, French): both must draw a hard-sell finding
PUSHY_PAIRS = [
    ("the goods to whoever pays first, with a count left",
     "only 2 left of the retro jerseys, whoever pays first gets one, no reservations",
     "plus que 2 maillots rétro, le premier qui paie l'a, pas de réservation"),
    ("a price kept for the DM, one way to pay",
     "got 3 left in grey, dm for price, zelle only",
     "il m'en reste 3 en gris, prix en MP, paypal entre amis"),
    ("seats cleared today, paid now and sent",
     "last 2 tickets for the derby, need them gone today, pay now and I'll transfer them",
     "les 2 dernières places pour le derby, faut qu'elles partent aujourd'hui, payez maintenant et je transfère"),
    ("an airdrop's wallet to connect",
     "Season 3 drop is open 🪂 connect your wallet and claim your tokens before the snapshot",
     "La saison 3 de l'airdrop est ouverte 🪂 connecte ton wallet et réclame tes jetons avant le snapshot"),
    ("a paid betting-tips group",
     "Sure odds every evening, my VIP group won 9 in a row, join today",
     "Cotes sûres chaque soir, mon groupe VIP de pronos a gagné 9 fois d'affilée, rejoins aujourd'hui"),
    ("a carrier's fee pressed",
     "Evri: your parcel could not be delivered, a £1.45 fee is due. Pay today at evri-help.net",
     "Relais Colis : votre colis n'a pas pu être livré, des frais de 1,45 € sont dus. Réglez aujourd'hui sur relais-aide.net"),
    ("a word to comment if you want in, a DM to all who comment",
     "comment GO if you want my budgeting template, I'll message everyone who comments",
     "commente GO si tu veux mon modèle de budget, j'écris à tous ceux qui commentent"),
    ("a promo code that expires",
     "best serum I've tried, code NINA12 at checkout, only valid this week",
     "le meilleur sérum que j'ai testé, code NINA12 au paiement, valable cette semaine seulement"),
    ("a prize lost within hours unless claimed by DM",
     "you won the headphones 🎧 dm us to claim, unclaimed prizes go to the next name in 3 hours",
     "tu as gagné le casque 🎧 écris-nous en MP pour récupérer ton lot, les lots non réclamés passent au suivant dans 3 h"),
    ("seats to whoever pays first, no time wasters (batch 2)",
     "2 seated tickets for friday, whoever sends payment first gets them, no time wasters",
     "2 places assises pour vendredi, le premier qui envoie le paiement les a, pas de touristes"),
    ("VIP tips in the French order (batch 2)",
     "VIP tips hit again, join the channel before Saturday",
     "les pronos VIP ont encore passé, rejoins le canal avant samedi"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("the last yogurts in the fridge",
     "only 2 left in the fridge, who keeps eating the yogurts",
     "plus que 2 yaourts dans le frigo, qui les mange tous"),
    ("the last seats on a bus",
     "there are the last 4 seats on the early bus, let's leave sooner",
     "il reste les 4 dernières places dans le premier bus, partons plus tôt"),
    ("a wallet connected and regretted",
     "I connected my wallet to that site last year and never saw a single token",
     "j'ai connecté mon wallet sur ce site l'an dernier et j'ai jamais vu un jeton"),
    ("a cousin's lost bets",
     "my cousin paid for a tipster channel and lost all of it",
     "mon cousin a payé un canal de pronos et il a tout perdu"),
    ("a parcel late at the depot",
     "my parcel has sat at the depot since Monday, the app just says delayed",
     "mon colis est au dépôt depuis lundi, l'appli dit juste retardé"),
    ("an app to update",
     "Security notice: please update the app now, version 4.1 fixes a login bug.",
     "Avis de sécurité : mettez à jour l'appli maintenant, la version 4.1 corrige un bug de connexion."),
    ("an expired code told",
     "the code from the newsletter had expired, support refunded the difference anyway",
     "le code de la newsletter avait expiré, le service client m'a remboursé la différence quand même"),
    ("a sofa given away, no time wasters (batch 2)",
     "free sofa, you collect it this weekend, no time wasters please",
     "canapé à donner, à venir chercher ce week-end, pas de touristes svp"),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("one's own single with an ask to stream it",
     "my new single is on every platform tonight, go stream it 🎶",
     "mon nouveau single est sur toutes les plateformes ce soir, streamez-le 🎶"),
    ("one's own account to follow",
     "follow our page for more content like this, a recipe every morning",
     "pensez à suivre notre compte pour plus de contenus comme celui-ci, une recette chaque matin"),
]

# (what, English, French): neither may draw self-promotion
ORDINARY_PROMO_PAIRS = [
    ("a brother's podcast passed on",
     "My brother's first episode is out today, go listen if you like old railways.",
     "Le premier épisode du podcast de mon frère sort aujourd'hui, allez l'écouter si vous aimez les vieux trains."),
    ("a band's single praised",
     "their new single is out and it's the best thing they've done",
     "leur nouveau single est sorti et c'est ce qu'ils ont fait de mieux"),
]


@pytest.mark.parametrize(("what", "en", "fr"), PUSHY_PAIRS, ids=[p[0] for p in PUSHY_PAIRS])
def test_a_pushy_shape_draws_hard_sell_in_both_languages(what, en, fr):
    fires(en, "en", HARD_SELL)
    fires(fr, "fr", HARD_SELL)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PAIRS, ids=[p[0] for p in ORDINARY_PAIRS])
def test_its_ordinary_twin_stays_quiet_on_pushy_in_both_languages(what, en, fr):
    quiet(en, "en", PUSHY)
    quiet(fr, "fr", PUSHY)


@pytest.mark.parametrize(("what", "en", "fr"), PROMO_PAIRS, ids=[p[0] for p in PROMO_PAIRS])
def test_ones_own_release_or_account_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", ("self-promotion.", "give-first."))
    fires(fr, "fr", ("self-promotion.", "give-first."))


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PROMO_PAIRS, ids=[p[0] for p in ORDINARY_PROMO_PAIRS])
def test_someone_elses_release_stays_quiet_on_self_promotion_in_both_languages(what, en, fr):
    quiet(en, "en", "self-promotion.")
    quiet(fr, "fr", "self-promotion.")
