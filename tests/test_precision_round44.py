"""Precision on reviews, shop talk, notices and headlines, round 44 (issue 11): guests' and diners' reviews, app reviews,
shoppers' comments and deal forums, IT, HR and transport notices, money headlines.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- "Shop" sells where it calls or is the writer's ("Shop now", "our shop"); other people's shops named by a customer or a
  shop worker ("not all shops", "the shops round here all…", "shop overpriced") sell nothing (hard-sell.pushy `sell-word`).
- A guest's or a diner's stay told in the first person past ("Stayed at this campsite…", "we've been to", « On y est
  allés », « Campé ici ») is a customer's review: its "book early" and "they go fast" are tips to other travellers
  (hard-sell.pushy `stay-told`, @customer-voice for the other hard-sell rules); a "guest" who says "join now and claim
  yours" is a testimonial's bait (`stay-call`).
- A scheme, a trial or a fund that pays people counted in the third person is news ("Guaranteed income trial pays 30
  people…", « l'expérimentation verse … à 400 travailleurs »: @headline, `headline-charges`); a scam pays "you".
- An IT desk's ticket with an asset number, and a ticket's update, are notices to staff (@pushy-staff-memo,
  @pushy-service-reply); a phish that threatens the mailbox still fires.
- A relative's shop plugged by a friend with "before it all sells out" still draws pushy.
- A freebie lost ("used to be free"), a trial's renewal told afterwards and refunded, a shopper asking whether a deal is
  one or when to buy, a deal posted in a forum's thread, a warning that opens by denying the deal, a transport network's
  caps, "for long service": no hard sell.
Each ordinary draft drew its rule with main's rules before this round (checked against main `32126f5`).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

HARD_SELL = "hard-sell."
PUSHY = "hard-sell.pushy"

# (language, rules, ordinary draft that must stay quiet, twin that must still draw one of the rules)
PAIRS = [
    # other people's shops, told by a shop worker; a shop's own call
    ("en", PUSHY,
     "Ten years in retail: the \"sale\" signs go up the week the prices go up. Not all shops do it, but most.",
     "Shop now: 30% off everything in our shop, prices go up next week!"),
    # a guest's review; the place's own push, and a "guest" who presses
    ("en", HARD_SELL,
     "Stayed 4 nights at the lake campsite. Free hot showers, shop a bit pricey, lovely wardens. Book early, the lakeside pitches go fast.",
     "Lakeside pitches for July: book now, save 20%, offer ends Sunday and the last 6 pitches go fast!"),
    ("fr", HARD_SELL,
     "Campé ici 4 nuits. Douches chaudes gratuites, épicerie un peu chère, gardiens adorables. Réservez tôt, les emplacements au bord du lac partent vite.",
     "Emplacements au bord du lac pour juillet : réservez maintenant, -20 %, offre valable jusqu'à dimanche, les 6 derniers partent vite !"),
    ("fr", PUSHY,
     "On y est allés pour les 30 ans de Léa. Dessert offert parce qu'on était dix. Menu à 32 €, réservez la terrasse si vous êtes nombreux.",
     "J'ai séjourné GRATUITEMENT grâce à ce club ! Inscrivez-vous maintenant et réclamez vos nuits offertes : club-nuits.example"),
    # a headline that counts the people paid; a scam that pays "you"
    ("en", PUSHY,
     "Guaranteed income pilot pays 50 families £1,200 a month for a year",
     "Guaranteed income of £1,200 a month from home: sign up today, limited places!"),
    ("fr", PUSHY,
     "Revenu garanti : l'expérimentation verse 300 euros par semaine à 500 salariés",
     "Revenu garanti de 300 € par semaine depuis chez vous : inscrivez-vous aujourd'hui, places limitées !"),
    # an IT desk's ticket; a phish
    ("en", PUSHY,
     "Subject: Phone refresh\n\nIf your work phone is over three years old you are eligible for a replacement. Reply to this ticket with your asset number.",
     "IT help desk: your mailbox will be deleted today. Click here and confirm your password to keep your emails."),
    ("en", HARD_SELL,
     "Ticket update: your new headset is at reception, collect it before Friday or it goes back to stores.",
     "Headsets 40% off at reception, today only, collect yours before they go!"),
    # a freebie lost, a trial's renewal told afterwards; a seller's trial push
    ("en", PUSHY,
     "The photo app used to be free, now it's £5.99 a month just to export in full size.",
     "Your free trial ends today! Unlock full-size export for just £5.99, limited time only, upgrade now."),
    ("en", PUSHY,
     "The language app's free trial auto-renewed at £79.99 without a reminder. Got a refund after three emails.",
     "Start your free trial now: 7 days free, then only £79.99 a year, offer ends tonight!"),
    ("fr", PUSHY,
     "L'essai gratuit de l'appli de langues s'est renouvelé à 79,99 € sans rappel. Remboursée après trois mails.",
     "Commencez votre essai gratuit maintenant : 7 jours offerts puis seulement 79,99 € par an, offre valable jusqu'à ce soir !"),
    # a shopper asking, a forum's deals thread, a warning that denies the deal
    ("fr", PUSHY,
     "Ce bon plan sur la télé est vraiment intéressant ? Elle est à 499 € « au lieu de 799 € » mais elle était à 529 € en juin.",
     "Bon plan : télé à 499 € au lieu de 799 €, commandez vite, plus que 10 !"),
    ("fr", PUSHY,
     "Posté dans le fil bons plans : les draps de Lidl reviennent à 14,99 € samedi, je dis ça comme ça.",
     "Bons plans : draps à 14,99 € seulement, commandez maintenant, offre valable jusqu'à samedi !"),
    ("fr", PUSHY,
     "Pas un bon plan mais un avertissement : le « cadeau offert pour tout achat » de ce site est ajouté au panier à 3,99 € si on ne le décoche pas.",
     "Bon plan : cadeau offert pour tout achat, commandez aujourd'hui, 3,99 € seulement !"),
    # a transport network's caps; its own flash sale
    ("fr", PUSHY,
     "Le sans contact est maintenant accepté dans tous les bus. Plafond journalier de 4 €, 16 € par semaine, c'est automatique.",
     "Vente flash : pass bus à 16 € par semaine au lieu de 25 €, achetez maintenant, aujourd'hui seulement !"),
    # "for long service"; "not for long"
    ("en", "hard-sell.time-pressure",
     "You're eligible for 3 extra days of leave for long service. Book them in the HR portal before 31 December.",
     "Extra leave days on offer, but not for long! Book before Sunday."),
]

# A friend's plug for a relative's shop that names the whole stock ("before it all sells out", « avant que tout soit
# parti »): the English one kept its finding when "shop" alone stopped counting, the French one was missed by main.
CAUGHT = [
    ("en", "Guys my uncle's shop is doing 2 for 1 on everything this weekend only!! Go now before it all sells out, seriously"),
    ("fr", "Les amis le café de ma tante fait 2 pour 1 sur tout ce week-end seulement !! Allez-y avant que tout soit parti, sérieux"),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)


@pytest.mark.parametrize(("lang", "text"), CAUGHT, ids=numbered(CAUGHT))
def test_a_friends_plug_with_the_whole_stock_draws_pushy(lang: str, text: str) -> None:
    fires(text, lang, PUSHY)
