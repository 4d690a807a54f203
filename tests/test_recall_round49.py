"""Recall round 49 (issue 11, session 32): pushy and self-promotional shapes of social posts that the earlier sets
lacked, read by kind in both languages, each pinned beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: a freelancer's rate that rises on a named day with the old rate kept by booking now; a deposit asked
  for at once to hold a date; a casino's first deposit doubled with one's code; a live class with no replay; founding
  seats or founder pricing sold before they close; a home pressed as about to go; a job applied for in minutes that
  starts tomorrow; a joining fee waived until a day; a replay taken down at a named hour; a price rise with a pressed DM.
- their ordinary twins stay quiet on hard-sell.pushy: a childminder's rise told by a client, a deposit paid for a venue,
  a friend's casino losses, a team webinar's link, a club's founding members, the weather that won't last, an interview
  applied for, a gym that got dearer, a match replay.
- self-promotion: a server boost asked for, a community one started with the reader asked to join, one's own little shop
  opened, a new batch of one's own things on one's own site, notifications asked for one's uploads. A boost thanked for
  and a shop found in town stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_PAIRS = [
    ("one's own rate rising on a named day, the old rate kept by booking now",
     "FYI my massage rate goes up on Monday, whoever books before then keeps the current price",
     "Pour info, mon tarif de massage augmente lundi, ceux qui réservent avant gardent le prix actuel"),
    ("a rise told with today's price kept by paying now",
     "Reminder: my tutoring fee increases on the 1st, pay for the term today and keep today's price",
     "Rappel : mes forfaits de cours augmentent dimanche, réglez le trimestre aujourd'hui et profitez encore du tarif actuel"),
    ("a deposit asked for at once to hold a date",
     "Photographer free on the 9th, need the deposit today to hold it, no deposit no booking",
     "Photographe libre le 9, il me faut l'acompte aujourd'hui pour garder la date, pas d'acompte pas de réservation"),
    ("a casino's first deposit doubled with one's code",
     "this app doubles your first deposit, use my code and don't sleep on it",
     "cette appli double ton premier dépôt, mets mon code et dors pas dessus"),
    ("a live class with no replay",
     "Going live at 9 for the pricing class: if you haven't registered, do it now, there will be no replay",
     "Live à 21 h pour le cours sur les prix : si tu n'es pas encore inscrit, fais-le maintenant, il n'y aura pas de rediffusion"),
    ("founding seats sold before they close",
     "Founder pricing ends Sunday, only 8 founding member spots left, join now",
     "Le tarif fondateur s'arrête dimanche, plus que 8 places de membre fondateur, rejoignez-nous maintenant"),
    ("a home pressed as about to go",
     "Motivated seller, 2 bed cottage priced to sell, book a viewing today",
     "Vendeur pressé, maison 2 chambres à saisir rapidement, réservez votre visite aujourd'hui"),
    ("a job applied for in minutes, starting tomorrow",
     "Warehouse crew wanted, apply in 2 minutes with the link, start tomorrow, weekly pay",
     "On cherche des préparateurs, postulez en 2 minutes avec le lien, vous commencez demain, paie à la semaine"),
    ("a joining fee waived until a day",
     "No joining fee if you sign up before Sunday, after that it's £40",
     "Pas de frais d'inscription jusqu'à dimanche, ensuite c'est 40 €"),
    ("a replay taken down at a named hour",
     "The workshop replay gets removed tonight, watch it before it disappears",
     "À minuit, le replay est supprimé : regardez-le avant qu'il disparaisse"),
    ("a price rise with a pressed DM",
     "VIP pass still at 30, the price goes up tomorrow, dm now",
     "Pass VIP encore à 30 €, le prix monte demain, mp maintenant"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("a childminder's rise told by a client",
     "Our childminder's rate goes up in March, fair enough after three years",
     "Le tarif de notre nounou augmente en mars, c'est normal après trois ans"),
    ("a deposit paid for a venue",
     "We paid the deposit on the hall today, the party is on!",
     "On a versé l'acompte pour la salle aujourd'hui, la fête est lancée !"),
    ("a friend's casino losses",
     "My cousin lost his whole first deposit on a casino app, please be careful",
     "Mon cousin a perdu tout son premier dépôt sur une appli de casino, faites attention"),
    ("a team webinar's link",
     "The team webinar starts at 2, the link is in the invite, no replay this time so join live",
     "Le webinaire d'équipe commence à 14 h, le lien est dans l'invitation"),
    ("a club's founding members",
     "The club's founding members cut the cake at the 30th anniversary",
     "Les membres fondateurs du club ont coupé le gâteau des 30 ans"),
    ("the weather that won't last",
     "This sunshine won't last, so we're eating in the garden tonight",
     "Ce soleil ne va pas durer, alors on mange dans le jardin ce soir"),
    ("an interview applied for",
     "Applied for the café job today, they said I could start tomorrow if it works out",
     "J'ai postulé au café aujourd'hui, ils disent que je pourrais commencer demain si ça marche"),
    ("a gym that got dearer",
     "My gym's price went up to £35 and I barely go, thinking of cancelling",
     "Ma salle est passée à 35 € et j'y vais presque jamais, je pense résilier"),
    ("a match replay",
     "Did anyone record the match? The replay isn't up yet",
     "Quelqu'un a enregistré le match ? Le replay n'est pas encore dispo"),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("a server boost asked for",
     "Our server is one boost away from level 2, boost us if you can, every boost counts",
     "Notre serveur est à un boost du niveau 2, boostez-nous si vous pouvez, chaque boost compte"),
    ("a community started, the reader asked to join",
     "I started a discord for beginner climbers, come join, it's free",
     "J'ai créé un discord pour les grimpeurs débutants, venez, c'est gratuit"),
    ("one's own little shop opened",
     "My little pottery shop is finally open, go take a look and share pls",
     "Ma petite boutique de poterie est enfin ouverte, allez voir et partagez svp"),
    ("a new batch of one's own things on one's own site",
     "Fresh batch of my hand-dyed scarves, now live on my site",
     "Nouvelle série de mes foulards teints à la main, dispo sur mon site"),
    ("notifications asked for one's uploads",
     "Episode 4 is up, subscribe and turn on notifications so you never miss an upload",
     "L'épisode 4 est en ligne, activez la cloche pour ne rater aucune vidéo"),
]

# (what, English, French): neither may draw self-promotion.plug
ORDINARY_PROMO_PAIRS = [
    ("a boost thanked for",
     "Thanks to whoever boosted the server last night, the emojis are back",
     "Merci à celui qui a boosté le serveur hier soir, les emojis sont revenus"),
    ("a shop found in town",
     "Found lovely scarves at a little shop in town, dyed by the owner herself",
     "Trouvé de jolis foulards dans une petite boutique en ville, teints par la gérante"),
    ("a friend's favourite café opened again",
     "My favourite café is finally open again after the works, so happy",
     "Mon café préféré a enfin rouvert après les travaux, trop contente"),
]


@pytest.mark.parametrize(("what", "en", "fr"), PUSHY_PAIRS, ids=[p[0] for p in PUSHY_PAIRS])
def test_a_pushy_shape_draws_hard_sell_pushy_in_both_languages(what, en, fr):
    fires(en, "en", PUSHY)
    fires(fr, "fr", PUSHY)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PAIRS, ids=[p[0] for p in ORDINARY_PAIRS])
def test_its_ordinary_twin_stays_quiet_on_pushy_in_both_languages(what, en, fr):
    quiet(en, "en", PUSHY)
    quiet(fr, "fr", PUSHY)


@pytest.mark.parametrize(("what", "en", "fr"), PROMO_PAIRS, ids=[p[0] for p in PROMO_PAIRS])
def test_ones_own_work_pushed_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", PROMO)
    fires(fr, "fr", PROMO)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PROMO_PAIRS, ids=[p[0] for p in ORDINARY_PROMO_PAIRS])
def test_someone_elses_work_stays_quiet_on_self_promotion_in_both_languages(what, en, fr):
    quiet(en, "en", "self-promotion.plug")
    quiet(fr, "fr", "self-promotion.plug")
