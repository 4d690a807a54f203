"""Recall round 51 (issue 11, session 34): the kinds of mail and comment strangers send that carry one strong signal
alone (a health promise, a tech-support scare, debts wiped, pills, adult films, cut-price software), read with the weaker
second signal a reader also sees beside it (a link, a teaser that hides the page), in both languages; and a club's own
push with its price rising on a named day. Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: a cure sold for a named illness with a teaser or a link; a secret "your doctor won't tell you"; a count
  of viruses said to be on the reader's phone; keys sold loose for a whole software suite; adult films named by their
  performers; a club's last places with its price rising on a named day.
- their ordinary twins stay quiet on hard-sell.pushy: a nurse's advice on diabetes, a news report on a weight-loss drug
  with its link (why a health promise beside a link alone is not read as the pair), a doctor's advice told, a scam pop-up
  warned of, an office's licence renewal, a film night, a club's fee rise told with its reason.
- self-promotion: a band's own EP out everywhere with its link in the comments, one's own shop link offered by message,
  one's own novel "on Amazon". A sister's band praised and a customer's question stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PUSHY = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_PAIRS = [
    ("a cure sold for a named illness behind a teaser",
     "Reverse your diabetes in 21 days without insulin. Find out how, more info inside",
     "Inversez votre diabète en 21 jours sans insuline. Découvrez comment, plus d'infos à l'intérieur"),
    ("a health promise behind a teaser, with its page",
     "Lose weight without dieting, find out how at slim-now-today.com",
     "Maigrir sans régime, découvrez comment sur mincir-vite-maintenant.fr"),
    ("a secret one's own doctor won't tell",
     "What your doctor won't tell you: tinnitus gone in 14 days with 2 drops a day, see drops4ears.net",
     "Ce que votre médecin ne vous dira jamais : acouphènes disparus en 14 jours avec 2 gouttes par jour, voir gouttes-oreille.fr"),
    ("a count of viruses said to be on the reader's phone",
     "Alert: your phone has 4 viruses. Tap here and clean it before your contacts are lost",
     "Alerte : votre téléphone a 4 virus. Touchez ici et nettoyez-le avant de perdre vos contacts"),
    ("keys sold loose for a whole software suite",
     "OEM keys for every Adobe title, $15 each, delivered in minutes",
     "Clés OEM pour toute la suite Adobe, 15 € pièce, reçues en quelques minutes"),
    ("a trick timed in seconds for a named illness",
     "High blood pressure? This 20-second trick brings it down fast, discover how",
     "Tension trop haute ? Cette astuce de 20 secondes la fait baisser vite, découvrez comment"),
    ("licences counted as the last ones, with a lifetime key",
     "Lifetime key for Office 2024 at $19, only 15 licences left",
     "Clé Office 2024 à vie à 19 €, plus que 15 licences"),
    ("a club's last places with its price rising on a named day",
     "Only 3 places left in the junior tennis camp! Book today, the price goes up on Thursday!",
     "Plus que 3 places au stage de tennis junior ! Inscrivez-vous aujourd'hui, le tarif augmente jeudi !"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("a nurse's advice on diabetes",
     "Our diabetes nurse runs a free talk on Tuesday about food and blood sugar. No need to book",
     "L'infirmière du service diabète anime mardi une causerie gratuite sur l'alimentation et la glycémie. Sans réservation"),
    ("a news report on a weight-loss drug with its link",
     "Why the new weight loss injections are in short supply, and who should get them: news-daily.co.uk/health",
     "Pourquoi les nouvelles piqûres pour la perte de poids manquent, et qui doit en avoir : journal-sante.fr/actu"),
    ("a doctor's advice told by a patient",
     "My doctor told me to walk 30 minutes a day, and my blood sugar is better after three months",
     "Mon médecin m'a dit de marcher 30 minutes par jour, et ma glycémie va mieux après trois mois"),
    ("a scam pop-up warned of",
     "If a pop-up says your phone has viruses, close it: it is a scam, your phone is fine",
     "Si une fenêtre dit que votre téléphone a des virus, fermez-la : c'est une arnaque, votre téléphone va bien"),
    ("an office's licence renewal",
     "Our Adobe licences renew in May; IT will send the new keys to each team",
     "Nos licences Adobe se renouvellent en mai ; le service informatique enverra les nouvelles clés à chaque équipe"),
    ("a club's fee rise told with its reason",
     "The junior tennis camp fee rises to £90 from September because the courts cost more. Thanks for understanding",
     "Le tarif du stage de tennis junior passe à 90 € à partir de septembre car les courts coûtent plus cher. Merci de votre compréhension"),
]

# (what, English, French): both must draw a self-promotion or give-first finding
PROMO_PAIRS = [
    ("a band's own EP out everywhere with its link in the comments",
     "our band's second EP is out now, stream it everywhere, link in the comments",
     "le deuxième EP de notre groupe est sorti, dispo sur toutes les plateformes, lien en commentaire"),
    ("one's own shop link said to be in one's profile",
     "I knit hats like this one, my shop link is in my profile",
     "je tricote des bonnets comme ça, le lien de ma boutique est dans mon profil"),
    ("one's own prints with the link offered by private message",
     "I sell prints of my photos, DM me for the link",
     "Je vends des tirages de mes photos, écrivez-moi en MP pour le lien"),
    ("one's own shop link offered by message",
     "I make soaps like these in my little shop, ask me for the link",
     "Je fais des savons comme ça dans ma petite boutique, demandez-moi le lien"),
]

# (what, English, French): neither may draw a self-promotion or give-first finding
PROMO_QUIET = [
    ("a sister's band praised",
     "My sister's band played their new EP last night, I'm so proud of her",
     "Le groupe de ma sœur a joué son nouvel EP hier soir, je suis trop fier d'elle"),
    ("a customer's question about a shop",
     "Where did you buy these soaps? They look lovely",
     "Vous avez acheté ces savons où ? Ils ont l'air super"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_PAIRS))
def test_pushy_kind_draws_hard_sell(text, lang):
    fires(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(ORDINARY_PAIRS))
def test_ordinary_twin_stays_quiet(text, lang):
    quiet(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_PAIRS))
def test_self_promotion_kind_draws_a_plug(text, lang):
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_comment_stays_quiet(text, lang):
    quiet(text, lang, PROMO)
