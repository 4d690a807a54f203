"""Recall round 48 (issue 11, session 31): pushy and self-promotional shapes of social posts that the earlier sets
lacked, read by kind in both languages, each pinned beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: a deposit sent now to hold a flat or a pet that nobody may come to see; clickbait that sells a secret
  "doctors hate" before it is taken down; coins sold person to person under the market; a price that rises at a near
  hour; a casino's first-deposit spins; followers sold; graded work done for a student with a grade promised; a refund
  for a 5-star review; a grant to claim before its funds run out; a tipster's « tu paies une fois ».
- their ordinary twins stay quiet on hard-sell.pushy: keys collected and a deposit paid, a breeder visited, a scam
  forwarded by a parent, coins sold last year, a pool's new price, a creator's own followers, help with an essay, a
  review left, a grant that covered the works, a flat with many visitors.
- self-promotion: an artist's commissions opened, one's own crowdfunding campaign to back, a vote for one's own entry,
  one's own app to try, an upvote or a follow asked for. Someone else's campaign backed, someone else's photo voted for,
  a cousin's app and a starred repo stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_PAIRS = [
    ("a deposit to hold a flat nobody may see",
     "The flat is yours if you want it, I'm overseas so no viewings, send the deposit today to hold it and the keys come by courier",
     "L'appart est pour vous, je suis à l'étranger donc pas de visite, envoyez la caution aujourd'hui pour le réserver et les clés partent par coursier"),
    ("a deposit to hold a pet sent by courier",
     "3 kittens left, a £150 deposit secures yours, pet courier to your door, no visits",
     "Plus que 3 chatons, 150 € d'acompte pour réserver le vôtre, un transporteur vous l'amène, pas de visite"),
    ("a secret 'dentists hate' before it is deleted",
     "Dentists hate him: this simple trick whitens teeth overnight, watch before it's deleted",
     "Les dentistes le détestent : cette astuce toute simple blanchit les dents en une nuit, regardez avant la suppression"),
    ("coins sold under the market",
     "selling 5k USDT under market rate, no escrow needed, dm me",
     "vends 5000 USDT sous le cours, pas besoin d'escrow, go mp"),
    ("a price that rises at a near hour",
     "Early pass still at 40, the price climbs tomorrow, message me now",
     "Billet early encore à 40 €, le prix grimpe demain, écris-moi en MP maintenant"),
    ("a casino's first-deposit spins",
     "Get 150 free spins on your first deposit with my code, tonight only",
     "Récupère 150 tours gratuits sur ton premier dépôt avec mon code, ce soir seulement"),
    ("followers sold",
     "Selling cheap real TikTok followers, 5k subs guaranteed in 3 days, dm me",
     "Vends des vrais abonnés TikTok pas chers, 5000 abonnés garantis en 3 jours, écris-moi en MP"),
    ("graded work done for a student, a grade promised",
     "I'll write your dissertation for you, any subject, top grades guaranteed, message me for the price",
     "Je rédige ton mémoire, toutes matières, bonne note garantie, écris-moi pour le prix"),
    ("a refund for a 5-star review",
     "Leave a 5-star review on the listing and we send a full refund through PayPal, DM for the link",
     "Laissez un avis 5 étoiles sur la fiche et on vous rembourse par PayPal, écrivez-nous en MP"),
    ("a grant to claim before its funds run out",
     "Heat pumps installed for £1 with the new grant, check your eligibility today before the funding runs out",
     "Pompe à chaleur posée pour 1 € grâce à l'aide, vérifiez votre éligibilité avant la fin des fonds"),
    ("a tipster's one payment for life",
     "100% sure matches tonight, you pay once and you're in the VIP group for life",
     "Matchs sûrs à 100 % ce soir, tu paies une fois et t'as le groupe VIP à vie"),
    ("a trade said to hate a trick, a video soon removed (batch 2)",
     "Rheumatologists hate this: one stretch before bed ends back pain, watch before it gets removed",
     "Les rhumatologues détestent ça : un étirement avant de dormir soulage le dos, regardez avant que la vidéo soit supprimée"),
    ("reviewers sought, refunded once the review is up (batch 2)",
     "We need product reviewers: you get refunded after your review is posted",
     "On cherche des testeurs : tu es remboursé dès que ton avis est publié"),
    ("a deposit paid by transfer, keys mailed, no viewing possible (batch 2)",
     "Owner works abroad so viewings aren't possible, pay the deposit by transfer and the keys are mailed to you",
     "Le propriétaire travaille à l'étranger, visites impossibles, réglez la caution par virement et les clés vous sont envoyées"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("keys collected, a deposit paid",
     "Got the keys today! Deposit paid, the agency was lovely, we move in on Sunday",
     "On a eu les clés aujourd'hui ! Caution versée, l'agence était super, on emménage dimanche"),
    ("a breeder visited before any payment",
     "The breeder had us visit twice before we paid anything, which felt right",
     "L'éleveuse nous a fait venir deux fois avant qu'on verse quoi que ce soit, c'était rassurant"),
    ("a scam forwarded by a parent",
     "My dad keeps forwarding those 'banks hate this' videos, I told him they're scams",
     "Mon père m'envoie encore des vidéos « les banques le détestent », je lui ai dit que c'était des arnaques"),
    ("coins sold last year",
     "I sold my BTC on the exchange last year, wish I had waited",
     "J'ai revendu mes BTC sur la plateforme l'an dernier, j'aurais dû attendre"),
    ("a pool's new price",
     "The pool's entry price goes up in January, from 4 to 4.50, the council says",
     "Le prix de la piscine passe de 4 à 4,50 € en janvier, annonce la mairie"),
    ("help with an essay",
     "My sister helped me plan my essay, but I wrote every word of it myself",
     "Ma sœur m'a aidé à faire le plan de ma dissert, mais j'ai tout écrit moi-même"),
    ("a review left",
     "I left a 5-star review and the shop sent a handwritten thank-you card",
     "J'ai laissé un avis 5 étoiles et la boutique m'a envoyé une carte de remerciement"),
    ("a grant that covered the works",
     "The heat pump grant covered most of the cost, the installer was great",
     "L'aide pour la pompe à chaleur a couvert presque tout, l'installateur était top"),
    ("a flat with many visitors",
     "Viewing on Saturday, apparently lots of interest in the flat, wish us luck",
     "Visite samedi, apparemment beaucoup de demandes pour l'appart, souhaitez-nous bonne chance"),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("an artist's commissions opened",
     "Commissions are open again! 4 slots for pet portraits, DM me",
     "Les commissions sont ouvertes ! 4 places pour des portraits d'animaux, dispo en MP"),
    ("one's own crowdfunding campaign to back",
     "Our Kickstarter is 60% funded, please back us and share!",
     "Notre Ulule est financé à 60 %, soutenez-nous et partagez !"),
    ("a vote for one's own entry",
     "Made the final of the photo contest! Please vote for my photo",
     "En finale du concours photo ! Votez pour ma photo svp"),
    ("one's own app to try",
     "I made a tiny app that splits restaurant bills, give it a try and tell me what breaks",
     "J'ai codé une petite appli qui partage l'addition au resto, testez-la et dites-moi ce qui plante"),
    ("an upvote asked for one's launch",
     "We're live on Product Hunt today, an upvote would mean a lot",
     "On est sur Product Hunt aujourd'hui, un upvote nous aiderait beaucoup"),
    ("one's own beats with a follow asked",
     "my beats are up on my SoundCloud, drop a follow",
     "mes instrus sont sur mon SoundCloud, lâchez un follow"),
    ("one's own game made and offered to try (batch 2)",
     "I made a small puzzle game this week, try it out",
     "J'ai fait un petit jeu de puzzle cette semaine, essayez-le"),
]

# (what, English, French): neither may draw self-promotion.plug
ORDINARY_PROMO_PAIRS = [
    ("someone else's campaign backed",
     "The Kickstarter I backed in March just arrived and it's gorgeous",
     "Le Kickstarter que j'ai soutenu en mars vient d'arriver, il est magnifique"),
    ("someone else's photo voted for",
     "I voted for Tom's photo, the lighthouse one is stunning",
     "J'ai voté pour la photo de Tom, celle du phare est superbe"),
    ("a cousin's app",
     "My cousin built an app to split bills, we used it last night and it worked",
     "Mon cousin a codé une appli pour partager l'addition, on l'a utilisée hier soir et ça marche"),
    ("a commission delivered and thanked for",
     "Delivered a wedding portrait today, thank you Sam and Lea for trusting me with it",
     "Portrait de mariage livré aujourd'hui, merci Sam et Léa pour votre confiance"),
    ("a milestone thanked for, said without a subject (batch 2)",
     "Hit 3,000 followers this morning, thank you all",
     "Passé les 3000 abonnés ce matin, merci à tous"),
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
