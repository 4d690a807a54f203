"""Precision on everyday English and French messages, round 43 (issue 11): health, bank and parcel notices, school and club
chat, landlords, neighbours, family logistics, office notes, told by the people they concern.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- "Free" told as a fact of someone's situation, with its reason ("free now he's turned 60", « gratuits depuis qu'il est en
  ALD »), is an entitlement (hard-sell.pushy `free-entitled`); "free because you deserve it" is a seller's.
- A friend gathering a shared order ("what do you all want?", « vous prenez quoi ? ») asks nothing of a public
  (give-first.value-before-ask, @group-order); the pizzeria's own "Order now" still does.
- The reader's own statement or policy documents said to be ready is a notice to one customer: it owes no question
  (conversation.ask-a-question, @reader-document) and launches nothing (self-promotion.announcement `reader-document`).
- A friend's offer of a hand ("call me if you need anything", « envoie-moi un sms si t'as besoin de qqch ») and the number
  on the back of one's card are no call to buy (hard-sell.pushy, @errand-offer); a tradesman's "call me for a quote,
  30% off" still is.
- A card's last digits (« se terminant par »), a family's headcount (« dernière chance pour dire si vous venez ») and how
  long a locker keeps a parcel are no deadline (@urgency-exceptions); a named payment received is a notice
  (@service-notice); a tax concession is no promotion (give-first.promote-the-gift).
- One's own home bought, told (« Offre acceptée pour l'appart !!! Notaire maintenant »), the last slot the writer took
  ("so I took it"), a household's cost after its benefit (« avec la CAF ça fait que 40 € de plus »), an IT memo for staff,
  a course booked through one's manager, a friend's advice to cancel a trial, a relative named bare who won (« Mamie a
  gagné »), "now" closing a count ("the cleaners have asked twice now"), the organiser who books for the group once the
  shares are in (« 20 € d'acompte avant vendredi que je puisse réserver »): no hard sell.
- Two kinds of spam now caught: a parcel held for its fee ("your parcel fee is unpaid"), money asked in chat spelling
  ("Can u send £250 urgently").
Each ordinary draft drew its rule with main's rules before this round (checked against main `0d15b57`).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

HARD_SELL = "hard-sell."

# (language, rules, ordinary draft that must stay quiet, twin that must still draw one of the rules)
PAIRS = [
    # "free" as an entitlement; a seller's "free because you deserve it"
    ("en", HARD_SELL,
     "Good news, Dad's prescriptions are free now he's turned 60, so that's £20 a month we don't pay. Can you pick them up tomorrow?",
     "Pills free because you deserve it: order now, no prescription needed, delivered in 24 hours!"),
    # a friends' shared order; the pizzeria's own order now
    ("en", "give-first.value-before-ask",
     "Order now or the curry house shuts at 9, what do you all want? I'll pay and we settle up tomorrow.",
     "Order now: 30% off all pizzas tonight, our kitchen shuts at 9!"),
    ("fr", "give-first.value-before-ask",
     "Commande maintenant sinon le traiteur ferme à 21 h, vous prenez quoi ? Je paie et on fait les comptes demain.",
     "Commandez maintenant : pizzas à -30 % ce soir, notre cuisine ferme à 21 h !"),
    # the reader's own statement ready; a bank's app launched
    ("en", "conversation.ask-a-question",
     "Your monthly statement for the current account ending 4821 is now available in our app and in online banking. It covers "
     "every transaction from 1 to 31 March, and our team is here around the clock if anything looks unfamiliar.",
     "Our new banking app is here: instant transfers, virtual cards, spending alerts and a savings pot that rounds up every "
     "purchase. It is free for all our customers and you can download it today from the app stores."),
    ("fr", "conversation.ask-a-question",
     "Votre relevé annuel de frais bancaires est disponible. Il récapitule les frais prélevés sur votre compte courant au cours "
     "de l'année écoulée. Retrouvez-le dans la rubrique Documents de notre application ; nos conseillers sont joignables du lundi au samedi.",
     "Notre nouvelle appli bancaire est arrivée : virements instantanés, carte virtuelle, alertes de dépenses et un coffre pour "
     "épargner sans y penser. Elle est gratuite pour tous nos clients et se télécharge dès aujourd'hui sur les stores."),
    ("en", "self-promotion.announcement",
     "Your March statement is now available in our app and in online banking. Learn more about your fees under Documents.",
     "Our new banking app is live: learn more at bank-example.com"),
    ("fr", "self-promotion.announcement",
     "Votre relevé de compte de mars est disponible dans notre application et dans votre espace en ligne. En savoir plus sur vos frais : rubrique Documents.",
     "Notre nouvelle appli bancaire est disponible : en savoir plus sur banque-exemple.fr"),
    # a friend's offer of a hand, the number on one's card; a tradesman's call
    ("fr", HARD_SELL,
     "Je fais les courses ce soir, envoie-moi un sms si t'as besoin de qqch",
     "Besoin d'un ménage ? Appelez-moi si vous avez besoin d'un devis, -30 % cette semaine seulement !"),
    ("fr", HARD_SELL,
     "Paiement de 42,10 € avec votre carte se terminant par 3390 chez un supermarché le 03/12. Si ce n'est pas vous, "
     "appelez le numéro au dos de votre carte.",
     "Votre remise fidélité de 20 % se termine dimanche : il reste peu de canapés à 420 €, réservez le vôtre !"),
    # a named payment received; a loan pushed
    ("en", HARD_SELL,
     "We've received your mortgage payment of £912.44. Your next payment is due on 1 January.",
     "Need a loan fast? £500 in your account TODAY, no credit checks, apply now before it's too late!"),
    # a family's headcount; a sale's last chance
    ("fr", HARD_SELL,
     "Dernière chance pour dire si vous venez aux 60 ans de tata Jo, elle doit donner le nombre au traiteur demain",
     "Dernière chance : -50 % sur tout jusqu'à minuit, dites-nous si vous passez au magasin !"),
    # a tax concession; the nursery's own discount
    ("en", "give-first.promote-the-gift",
     "Council tax letter came, we get the 25% single person discount now Tom's moved out",
     "Our 25% discount on childcare starts now: sign your child up at our nursery!"),
    # one's own home bought; an inheritance letter's notary
    ("fr", HARD_SELL,
     "Offre acceptée pour l'appart !!! Notaire maintenant, j'y crois pas",
     "Votre dossier a été accepté !!! Le notaire attend les fonds : envoyez les frais de traitement maintenant."),
    # the last slot the writer took; a driving school's last slots
    ("en", HARD_SELL,
     "Driving test booked!!! 3 March at 8:10, only slot left for months so I took it",
     "Driving lessons!!! Only 2 slots left for March, book now before they're gone!"),
    # a household's cost after its benefit; a seller's grant
    ("en", "hard-sell.price-tag",
     "Win win, the nursery can take Ava 3 days instead of 2 from Jan, and it's only £10 a day more with the funding",
     "Our heat pumps for only £500 with the government grant!"),
    ("fr", "hard-sell.price-tag",
     "La crèche peut prendre Ava 3 jours au lieu de 2 en janvier, et avec la CAF ça fait que 40 € de plus par mois",
     "Nos lunettes pour seulement 10 € avec votre mutuelle !"),
    # an IT memo for staff; a software pitch
    ("en", HARD_SELL,
     "IT: the free Office licence for staff ends on 31 March. Please save your files to OneDrive before then; nothing else is needed.",
     "Get a genuine Office licence for only $19, instant download, offer ends tonight!"),
    # how long a locker keeps a parcel; a course booked through one's manager; a seller's places
    ("en", HARD_SELL,
     "Parcel locker: your item is ready to collect at the Station Road locker. Code 448213. It will be held for 72 hours.",
     "Your loyalty card price runs until Sunday: sofas at £420 instead of £520, 80% sold. Reserve yours!"),
    ("fr", HARD_SELL,
     "Places limitées pour la formation Excel mardi prochain, 8 places. Inscription via votre manager.",
     "Places limitées pour notre masterclass Excel : -30 % jusqu'à vendredi, réservez vite !"),
    # a friend's advice to cancel a trial; the trial's seller
    ("en", HARD_SELL,
     "just a heads up the free trial on the streaming thing ends tomorrow so cancel it if u don't want to pay",
     "Your free trial ends tomorrow! Upgrade to Premium now and save 50%, cancel anytime."),
    ("fr", HARD_SELL,
     "au fait l'essai gratuit du truc de streaming finit demain, résilie si tu veux pas payer",
     "Votre essai gratuit se termine demain ! Passez à Premium maintenant et économisez 50 %, résiliable à tout moment."),
    # "now" closing a count in a memo; a seller's "buy now" after the count
    ("en", HARD_SELL,
     "Team, the new coffee machine arrives Monday. It's free for everyone for the first month while facilities work out the "
     "pricing, after that it'll be 30p a cup on your card. Please rinse your mugs, the cleaners have asked twice now.",
     "Prices have gone up twice now, so buy now: 20% off today only!"),
    # the organiser who books for the group; a cottage that books "you"
    ("fr", HARD_SELL,
     "coucou ma belle, pour l'EVJF : le gîte c'est 85 € chacune pour 2 nuits, 20 € d'acompte avant vendredi stp que je puisse "
     "réserver avant que qqn d'autre le prenne, le reste en mars. Thème années 80 samedi soir !! dis-moi si c'est compliqué "
     "niveau sous, on s'arrangera x",
     "Gîte à 85 € la nuit, 20 € d'acompte avant vendredi pour qu'on vous réserve la semaine, réservez le vôtre !!"),
    # a relative named bare who won; a win told to sell the game
    ("fr", HARD_SELL,
     "Mamie a gagné 25 € au loto du club et elle nous offre le goûter, soyez chez elle à 15h",
     "Mamie a gagné 500 € ! Vous aussi, tentez votre chance : jouez maintenant sur gros-gains.fr"),
]

# Spam main missed: a parcel held for its fee, money asked in chat spelling.
CAUGHT = [
    ("en", "Dear customer, your parcel fee is unpaid, pay £2.99 now or it will be returned today: dlvr-parcelfee.info"),
    ("fr", "Cher client, les frais de votre colis sont impayés, réglez 2,99 € maintenant ou il sera retourné aujourd'hui : colis-frais-livraison.info"),
    ("en", "Hi it's Mum, I dropped my phone in the toilet, this is my new number. Can u send £250 urgently for a bill? I'll pay u back tomorrow x"),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)


@pytest.mark.parametrize(("lang", "text"), CAUGHT, ids=numbered(CAUGHT))
def test_spam_main_missed_now_draws_hard_sell(lang: str, text: str) -> None:
    fires(text, lang, HARD_SELL)
