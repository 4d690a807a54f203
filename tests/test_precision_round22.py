"""Precision on ordinary posts, round 22 (issue 11): notices, replies and headlines read as kinds.

An employer's job advert (a vacancy, a closing date, interviews) asks for applications, not for a sale; a
prize told of someone else ("the winner is Ellie, she wins a voucher") is news of a contest; a shop's sale
seen and told to friends ("saw that the shop in town has 50% off") is gossip, not the shop's push; a notice
that asks nothing ("no action is needed", « aucune démarche n'est nécessaire »), says no booking is needed,
or gives a number to call if need be (« pour toute question, appelez le ... ») presses nobody; a deadline
told after it passed ("the code expired on 30 April") is an explanation. In the news, a public told what
to do in the passive ("drivers urged to ..."), a firm's price cut in the third person, a jackpot that
soars, something made free for a public purpose and a public procedure's deadline are reports.

A long newsletter read paragraph by paragraph stays the school's or the office's in every paragraph: the
draft's register signals (`register: true`) count in each paragraph's sum, so a paragraph about the canteen
price and the council's online form is not read as a loan's "apply online" pitch; a sale slipped into the
same newsletter still adds up.

Each case is a pair: the ordinary text has no finding of the rule, and a real push of the same surface
still has one, so the quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from bot.engine.review import ReviewContext, review
from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
TIME_PRESSURE = "hard-sell.time-pressure"
HARD_SELL = {PUSHY, URGENCY, TIME_PRESSURE}

# (language, the ordinary text, the same surface turned into a push)
PUSHY_PAIRS = [
    # an employer's vacancy, against a work-at-home lure dressed as one
    ("en", "Vacancy: warehouse operative, £12.10 per hour, nights. Apply online by 20 June; interviews will be held "
           "the week after. No agencies.",
     "Vacancy!!! Make £400 a day from your sofa, no experience. Apply online NOW, only 3 places left today!"),
    ("fr", "Offre d'emploi : préparateur de commandes, 12,10 € brut de l'heure, de nuit. Candidatures avant le 20 juin, "
           "entretiens la semaine suivante.",
     "Offre d'emploi !!! Gagnez 400 € par jour depuis votre canapé. Postulez MAINTENANT, plus que 3 places aujourd'hui !"),
    # a prize told of someone else, against "you have won"
    ("en", "The winner of our bake-off is Tomasz from the post room: he wins a £30 voucher for the cake shop.",
     "WINNER!!! You have been selected for a £300 voucher. Claim it NOW, text CAKE to 81234 before midnight!"),
    ("fr", "La gagnante du concours de pâtisserie est Inès, du service courrier : elle gagne un bon d'achat de 30 €.",
     "GAGNANT !!! Vous avez été sélectionné pour un bon d'achat de 300 €. Réclamez-le MAINTENANT, envoyez GATEAU au "
     "71234 avant minuit !"),
    # a sale seen and told to friends, against the shop's own push
    ("en", "Spotted that the toy shop on the high street has 40% off Lego this week. Might get the twins' presents early.",
     "Toy shop MEGA SALE: 40% off Lego THIS WEEK ONLY!!! Buy NOW, only 5 sets left!"),
    ("fr", "J'ai vu que la boutique de jouets de la grand-rue fait -40 % sur les Lego cette semaine. Je vais peut-être "
           "prendre les cadeaux des jumeaux.",
     "MÉGA SOLDES : -40 % sur les Lego CETTE SEMAINE SEULEMENT !!! Achetez MAINTENANT, plus que 5 boîtes !"),
    # a free visit with no booking needed, against free entry used as bait
    ("en", "The botanic garden is free on Wednesdays. No need to book, but the glasshouse tour costs £5, so come early.",
     "FREE garden entry! No need to book, but VIP tours are 60% off TODAY ONLY, book now before they sell out!!!"),
    ("fr", "Le jardin botanique est gratuit le mercredi. Pas besoin de réserver, mais la visite des serres coûte 5 €, "
           "venez tôt.",
     "Entrée GRATUITE ! Pas besoin de réserver, mais les visites VIP sont à -60 % AUJOURD'HUI SEULEMENT, réservez vite !!!"),
    # a provider's notice that asks nothing, against a bill that threatens
    ("en", "Dear customer, your broadband deal ends on 14 May and your current rate is £32 a month. No action is "
           "needed if you're happy to move to the standard price.",
     "FINAL NOTICE: your broadband will be CUT OFF TODAY. Pay £32 now or call 0906 111 2222 (£3/min) immediately!"),
    ("fr", "Madame, votre offre internet se termine le 14 mai et votre prix actuel est de 32 € par mois. Aucune "
           "démarche n'est nécessaire si le tarif standard vous convient.",
     "DERNIER AVIS : votre internet sera COUPÉ AUJOURD'HUI. Payez 32 € maintenant ou appelez vite le 08 99 11 22 33 "
     "(3 €/min) !"),
    # a number to call if need be, against a call pressed
    ("fr", "La piscine est fermée jeudi pour travaux. Pour toute question, appelez le 02 99 12 34 56.",
     "Piscine : abonnements à -50 % AUJOURD'HUI SEULEMENT !!! Appelez vite le 08 99 12 34 56, plus que 10 places !"),
    # a notice that prices change from a date, against "prices go up at midnight"
    ("en", "Please note: swimming lesson fees go up from 1 September, to £7.20 a lesson. Members keep their 10% off.",
     "Prices go up at midnight!!! Grab 20% off every lesson NOW, only £7.20, book today!"),
    ("fr", "À noter : les cours de natation augmentent au 1er septembre, à 7,20 € la séance. Les adhérents gardent 10 % "
           "de réduction.",
     "Les prix augmentent à minuit !!! Profitez MAINTENANT de -20 % sur les cours, seulement 7,20 €, réservez vite !"),
    # a warning that tells of the calls going round, against the call itself
    ("en", "Heads up: people are getting calls saying \"your energy rebate of £400 is ready, pay £25 today to release it\". "
           "Real rebates are free. Never pay upfront.",
     "Your energy rebate of £400 is READY!!! Pay £25 TODAY to release it at rebate-now.co, only 1 hour left!"),
    ("fr", "Mise en garde : des habitants reçoivent des appels « votre remboursement de 400 € est prêt, payez 25 € "
           "aujourd'hui ». Les vrais remboursements sont gratuits. Ne payez jamais d'avance.",
     "Votre remboursement de 400 € est PRÊT !!! Payez 25 € AUJOURD'HUI sur rembourse-vite.fr, plus qu'une heure !"),
    # a residents' notice with a free service, against a free offer pushed
    ("en", "Dear residents, the lifts will be serviced from 4 June for two weeks. If you need help with shopping, call the "
           "housing office and we'll arrange it free of charge.",
     "FREE shopping delivery for residents!!! Call NOW, only 10 slots left, offer ends TONIGHT!"),
    ("fr", "Chers résidents, les ascenseurs seront révisés à partir du 4 juin pendant deux semaines. Si vous avez besoin "
           "d'aide pour vos courses, appelez l'office HLM, c'est gratuit.",
     "Livraison de courses GRATUITE pour les résidents !!! Appelez VITE, plus que 10 créneaux, offre valable CE SOIR !"),
]

TIME_PAIRS = [
    # a deadline told with its date after it passed, against one still running
    ("en", "Sorry, the voucher WINTER15 expired on 2 March, so I can't apply it to your £60 order. I've refunded the "
           "£4 delivery instead.",
     "Your voucher WINTER15 expires on Sunday: 15% off your order, order yours now!"),
    ("fr", "Désolé, le bon HIVER15 a expiré le 2 mars, je ne peux donc pas l'appliquer à votre commande de 60 €. Je vous "
           "rembourse la livraison.",
     "Votre bon HIVER15 expire dimanche : -15 % sur votre commande, commandez la vôtre !"),
    # a warning that quotes a fake page's deadline, against the deadline pressed
    ("en", "Beware of a fake page offering \"free concert tickets for everyone who shares before midnight\". Don't share it.",
     "Free concert tickets for everyone who shares before midnight! Only 50 left, share yours now!"),
]

# headlines that report: no hard-sell finding at all
HEADLINES = [
    ("en", "Commuters urged to check timetables before rail strike"),
    ("en", "Supermarket giant slashes prices of 200 staples by 10%"),
    ("en", "EuroMillions jackpot soars to £170m after another rollover"),
    ("en", "Free park-and-ride this month to ease roadworks congestion"),
    ("en", "Winter fuel grant applications close on Friday"),
    ("en", "Limited supplies: chemists ration children's paracetamol"),
    ("fr", "Les automobilistes appelés à la prudence avant le départ en vacances"),
    ("fr", "Le constructeur baisse de 3 000 euros le prix de sa citadine"),
    ("fr", "Loto : la cagnotte grimpe à 30 millions d'euros"),
    ("fr", "Parkings gratuits en décembre pour soulager le centre-ville"),
    ("fr", "Bourses étudiantes : dernière chance pour déposer vos dossiers de candidature"),
    ("fr", "Stock limité : les stations-service rationnent le gazole"),
    ("en", "Airline boss: 'Book now, summer fares will rise'"),
    ("fr", "Le patron de la compagnie : « Réservez maintenant, les prix vont monter »"),
    ("fr", "« Dépêchez-vous ! » : comment les sites marchands nous pressent à Noël"),
]

# a shop's own words in the same shape still push
SHOP_LINES = [
    ("en", "Flash sale!!! We slash prices by 70% today only, shop now before it's gone!"),
    ("fr", "Vente flash !!! Nous cassons les prix : -70 % aujourd'hui seulement, foncez avant la rupture !"),
]

NEWSLETTER = {
    "en": ("Dear parents,\n\nSome news from the school office before the holidays, please read it before Friday.\n\n"
           "Lunches: the hot meal goes up to £2.80 in January. Free school meals are unchanged; if your situation has "
           "changed, apply online on the council website, it takes five minutes.\n\nThe Year 4 choir sings at the "
           "church hall on 12 December at 6pm; forms for the spring clubs are in the office.\n\nLost property goes "
           "to a charity shop on the last day, so please check the rail.\n\nWith thanks,\nMrs Doyle, school office"),
    "fr": ("Chers parents,\n\nQuelques nouvelles du secrétariat avant les vacances, à lire avant vendredi.\n\n"
           "Cantine : le repas passe à 3,80 € en janvier. Les tarifs réduits ne changent pas ; si votre situation a "
           "changé, faites votre demande en ligne sur le portail famille, cela prend cinq minutes.\n\nLa chorale des "
           "CM1 chante à la salle des fêtes le 12 décembre à 18 h ; les fiches des ateliers du périscolaire sont au "
           "secrétariat.\n\nLes objets trouvés partent à une association le dernier jour, pensez à vérifier.\n\n"
           "Merci,\nMme Doyle, secrétariat"),
}
SLIPPED_IN = {
    "en": "\n\nOur sponsor's FLASH SALE: lunch boxes 70% OFF TODAY ONLY, only 5 left, order NOW at boxdeal.shop!!!",
    "fr": "\n\nVENTE FLASH de notre partenaire : boîtes à goûter à -70 % AUJOURD'HUI SEULEMENT, commandez MAINTENANT "
          "sur boitesdeal.shop !!!",
}


@pytest.mark.parametrize(("lang", "ordinary", "push"), PUSHY_PAIRS)
def test_an_ordinary_notice_is_quiet_and_its_push_fires(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(push, lang, PUSHY)


@pytest.mark.parametrize(("lang", "past", "running"), TIME_PAIRS)
def test_a_deadline_told_after_it_passed_presses_nobody(lang: str, past: str, running: str) -> None:
    quiet(past, lang, HARD_SELL)
    fires(running, lang, TIME_PRESSURE)


@pytest.mark.parametrize(("lang", "headline"), HEADLINES)
def test_a_headline_that_reports_has_no_hard_sell_finding(lang: str, headline: str) -> None:
    quiet(headline, lang, HARD_SELL)


def test_a_role_named_before_a_headline_quote_credits_it() -> None:
    assert "credit-sources.unsourced-quote" not in fired("Le patron de la compagnie : « Réservez maintenant, les prix "
                                                         "vont monter cet été »", "fr")
    assert "credit-sources.unsourced-quote" in fired("Conseil du jour pour nos clients : « Réservez maintenant, les prix "
                                                     "vont monter cet été »", "fr")


@pytest.mark.parametrize(("lang", "line"), SHOP_LINES)
def test_a_shop_that_cuts_its_own_prices_still_pushes(lang: str, line: str) -> None:
    fires(line, lang, HARD_SELL)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_newsletter_stays_the_schools_in_every_paragraph(lang: str) -> None:
    text = NEWSLETTER[lang]
    assert len(text.split()) >= 80  # read paragraph by paragraph too
    quiet(text, lang, PUSHY)
    body, signature = text.rsplit("\n\n", 1)
    assert PUSHY in fired(body + SLIPPED_IN[lang] + "\n\n" + signature, lang)


REGISTER_CHECK = """\
type: signals
threshold: 3
paragraphs_from: 20
signals:
  offer: {weight: 2.5}
  price: {weight: 1.5, metric: prices}
  office: {weight: -2, register: true}
"""
REGISTER_EN = """\
signals:
  offer: [apply online]
  office: [school office]
"""
REGISTER_FR = """\
signals:
  offer: [demande en ligne]
  office: [secrétariat]
"""
LONG = ("From the school office.\n\nThe term starts on Monday and the buses leave from the usual gate at "
        "half past eight.\n\nMeals cost £2.80, apply online for help with the cost.\n\nSee you soon, everyone.")


def _register_findings(pack, register: bool) -> list:
    check = REGISTER_CHECK if register else REGISTER_CHECK.replace(", register: true", "")
    pack.rule(check=check, fr=REGISTER_FR, en=REGISTER_EN)
    return review(LONG, ReviewContext(pack.load(), language="en")).findings


def test_a_register_signal_counts_in_every_paragraph(pack) -> None:
    # Without `register`, the school office's words stay in the first paragraph: the third one's offer and
    # price reach the threshold on their own.
    assert _register_findings(pack, register=False)


def test_with_register_the_same_paragraph_stays_quiet(pack) -> None:
    assert not _register_findings(pack, register=True)


def test_register_is_part_of_the_signals_schema() -> None:
    from bot.engine.checks.signals_schema import SIGNALS_SCHEMA

    assert SIGNALS_SCHEMA["additionalProperties"]["properties"]["register"]["type"] == "boolean"
