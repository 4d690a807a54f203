"""Precision on kinds earlier breadth sets lacked, round 52 (issue 11, "breadth52"): a hairdresser's price list, a
charity shop's call for donations, a local election leaflet, a shop's apology for a delay, a funeral notice, a wedding
thank-you, loyalty points that expire, a library's fine amnesty, a bake sale, a Secret Santa, a food bank's list, a boil
water notice, bulky waste, a petition, an API deprecation, an outage postmortem, a shift swap, a care home's week, last
posting dates, a window cleaner's round, eggs at the gate, tattoo aftercare, a class reunion, an obituary, a speedrun, a
tournament bracket, a bank branch closing, a party's menu choice; and the leftovers of recall round 51.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A lead time before an appointment ("a patch test 48 hours before.", « un test d'allergie 48 heures avant ») tells how to
  prepare; "half price for 48 hours" is a countdown.
- A repeat prescription's order ("repeat prescriptions take 2 working days. Order online", « les renouvellements
  d'ordonnance … Commandez en ligne ») is a patient's errand; "no prescription needed, order online today" is a pill seller.
- Spam received and what it offered ("Keep getting spam offering cheap pills", « encore reçu un spam qui propose ») warns of
  the bait; the bait itself still sells.
- A free trial the writer used ("after two years of using the free trial", « après deux ans de version d'essai ») is a
  buyer's story; "Start your free trial today" still pushes.
- A customer told they may cancel and get their money back is offered a way out; "money back guarantee, order now" sells.
- One's own points used before they lapsed (« je les ai utilisés … avant qu'ils disparaissent ») is a deed told; "use them
  now before they disappear!" presses.
- An incident's own share of orders that failed ("about 4% of orders failed") is the writer's count; "64% of shoppers
  compare prices" still owes its source.
- Batch 2: a fundraiser's takings told with their cause ("Our charity auction raised £3,200 for the hospice", « a rapporté
  3 200 € pour l'hospice ») is an account of what people gave, as an annual report is; a catalogue all about "our" team
  still owes the reader a word.
- From the hand reading before: a school's inspection result told to its families ("our Ofsted report is out", « notre
  rapport d'inspection ») is the school's account of itself; "our new uniform range" all about "our" team still is not.
- prec50's and prec51's leftover: a get-rich phrase with one of its words in scare quotes (financial “freedom”, la liberté
  « financière ») is mocked; the same phrase unquoted beside "join my team … DM me" still sells.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
TIME = "hard-sell.time-pressure"
HARD = "hard-sell."
ASK_FIRST = "give-first.value-before-ask"
FIGURE = "credit-sources.unsourced-figure"
TIPS = ("relevance.talk-to-the-reader", "conversation.ask-a-question")
READER = ("relevance.", "conversation.ask-a-question")

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", TIME, "A few of you asked what a full head of highlights costs: £95 to £140 depending on length, and we always do a patch test 48 hours before. Jo can give you an exact quote.",
     TIME, "Highlights half price for 48 hours: book yours, £60 instead of £95!"),
    ("fr", TIME, "On me demande souvent le prix d'un balayage : de 90 à 130 € selon la longueur, et on fait toujours un test d'allergie 48 heures avant. Julie vous fera un devis.",
     TIME, "Balayage à moitié prix pendant 48h : réservez le vôtre, 60 € au lieu de 90 € !"),
    ("en", HARD, "Surgery notice: repeat prescriptions take 2 working days. Order online or ring us after 10am.",
     PUSHY, "Online pharmacy: all meds 70% off, no prescription needed. Order online today!"),
    ("fr", (HARD, ASK_FIRST), "Pharmacie du Centre : les renouvellements d'ordonnance demandent 2 jours ouvrés. Commandez en ligne ou appelez-nous.",
     (PUSHY, ASK_FIRST), "Pharmacie en ligne : tous les médicaments à -70 %, sans ordonnance. Commandez en ligne aujourd'hui !"),
    ("en", HARD, "Keep getting spam offering cheap pills with no prescription. Reported it again, don't click those links",
     PUSHY, "Cheap pills with no prescription! Order now, 80% off, discreet delivery"),
    ("fr", HARD, "Encore reçu un spam qui propose des médicaments pas chers sans ordonnance. Signalé, ne cliquez pas sur ces liens",
     PUSHY, "Médicaments pas chers sans ordonnance ! Commandez maintenant, -80 %, livraison discrète"),
    ("en", HARD, "Finally paid for Lightroom after two years of using the free trial, the monthly price stings but I use it every day",
     PUSHY, "Lightroom free trial! Start yours today, then only $9.99 a month, offer ends Sunday"),
    ("fr", HARD, "J'ai enfin payé Lightroom après deux ans de version d'essai, le prix mensuel pique mais je m'en sers tous les jours",
     PUSHY, "Essai gratuit de Lightroom ! Commencez aujourd'hui, puis seulement 9,99 € par mois, offre valable jusqu'à dimanche"),
    ("en", HARD, "The candles are late because of the strike and will ship on the 28th. If you'd rather cancel and get your money back, reply to this email.",
     PUSHY, "Candles 40% off! Money back guarantee, order now, ends at midnight"),
    ("fr", HARD, "Les bougies ont du retard à cause de la grève, envoi le 28. Si vous préférez annuler et être remboursés, répondez à ce mail.",
     PUSHY, "Bougies à -40 % ! Satisfait ou remboursé, commandez maintenant, fin à minuit"),
    ("fr", HARD, "J'avais 2 000 points sur ma carte, je les ai utilisés pour le plein avant qu'ils disparaissent, 10 € de gagnés",
     (PUSHY, URGENCY), "Vos points vont expirer : utilisez-les vite avant qu'ils disparaissent !"),
    ("en", HARD, "Had 2,000 points on my card and spent them on petrol before they expired, £10 saved",
     PUSHY, "Your points expire at midnight: use them now before they disappear!"),
    ("en", FIGURE, "What went wrong at checkout on Black Friday: our card provider throttled us and about 4% of orders failed and were not charged. The fix went live that night.",
     FIGURE, "Black Friday is here: 64% of shoppers compare prices before they buy, so shop our deals now."),
    ("fr", FIGURE, "Ce qui s'est passé au paiement pendant le Black Friday : notre prestataire nous a limités et environ 4 % des commandes ont échoué sans être débitées. Le correctif est en ligne depuis le soir même.",
     FIGURE, "Black Friday : 64 % des acheteurs comparent les prix avant d'acheter, alors profitez de nos offres."),
    # batch 2
    ("en", TIPS, "Our charity auction raised £3,200 for the hospice! The signed cricket bat went for £450 and the weekend in the caravan for £700. Winners can pick up their lots at the pavilion on Saturday.",
     READER, "Our charity auction catalogue is online this week: signed rugby shirts, a week in our cottage and prints by our members, all hand-picked by our team."),
    ("fr", TIPS, "Notre vente aux enchères solidaire a rapporté 3 200 € pour l'hospice ! La batte dédicacée est partie à 450 € et le week-end dans la caravane à 700 €. Les gagnants peuvent retirer leurs lots au pavillon samedi.",
     READER, "Le catalogue de notre vente aux enchères caritative est en ligne cette semaine : maillots dédicacés, une semaine dans notre gîte et des estampes de nos adhérents, choisis par notre équipe."),
    # the hand reading before: a school's inspection told to its families
    ("en", "relevance.", "Head's update: our Ofsted report is out, and we're proud to say we kept our Good rating. Our staff and our pupils earned it.",
     "relevance.reader-focus", "We're proud of our new uniform range: our team designed it, our supplier made it and our shop has it now."),
    ("fr", ("relevance.reader-focus", "relevance.talk-to-the-reader"), "Mot de la directrice : notre rapport d'inspection est arrivé, et nous sommes fiers de dire que notre école garde son avis favorable. Nos équipes et nos élèves l'ont mérité.",
     "relevance.reader-focus", "Nous sommes fiers de notre nouvelle gamme d'uniformes : notre équipe l'a dessinée, notre fournisseur l'a fabriquée et notre boutique l'a déjà."),
    # prec50's and prec51's leftover: one word of a get-rich phrase in scare quotes, mocked
    ("en", HARD, "These gurus sell financial “freedom” like it's the grand prize, and the only people it pays are the gurus.",
     PUSHY, "Financial freedom is the grand prize: join my team, earn from home, DM me now!"),
    ("fr", HARD, "Ces gourous vendent la liberté « financière » comme le gros lot, et les seuls qui s'enrichissent depuis chez eux, ce sont eux.",
     PUSHY, "La liberté financière, c'est le gros lot : rejoins mon équipe, gagne de l'argent depuis chez toi, écris-moi en MP !"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                     twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)
