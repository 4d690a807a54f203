"""Precision on ordinary posts, round 26 (issue 11): who speaks, and whether a sale is told or made.

- A sentence whose speaker is named in a speech tag is theirs ("…, say astronomers", "…, according to the
  figures", "Forecasters say …", « …, selon les astronomes », « …, préviennent les pompiers »): the
  `@attributed-clause` carve (hard-sell.pushy, hard-sell.urgency, hard-sell.time-pressure).
- A price told as a past fact with its subject ("the parking was £4.50", « le parking était à 4,50 € »), and the
  buyer's own "best deal I've found" (« le meilleur prix que j'ai trouvé »), are no price push: `@stated-price`.
- A sale told as past news ("went on sale this morning", "sold out in an hour today", « ont été mis en vente ce
  matin », « se sont vendus en une heure »): the `sale-told` signal takes 1.5 off.
- Pitches named as a kind, the quote standing for many ("full of 'limited spots, DM me now' coaching offers", « marre
  de tous ces « dernière chance » »): a frame of @reported-quote.
- The source named after the sentence with its verb last (", the dealer said.", « …, m'a dit le vendeur »), the
  thing the writer wanted in the sale (@customer-voice), a cancellation offered to a patient (practice-notice).
- A support reply's thanks and news of the order (@pushy-service-reply, now also hard-sell.urgency's gate), a
  neighbour clearing the garage or the loft, "call for volunteers" (the noun), a receipt (the order's number beside
  the thanks for it, "Questions? Reply to this email", « Commande n° 48213 »).
- A buyer's discount with the subject dropped ("Got 20% off my glasses", « Eu 20 % de remise »), a voucher used
  for a purchase ("with the store voucher"), an election (civic), a pub quiz (community).
- "filling up" is scarcity; its stem no longer meets "I filled up the car".

Each case is a pair: the ordinary text is quiet, and its twin (the same subject in the seller's own words) fires.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.checks.exception_patterns import carve_spans
from bot.engine.checks.pattern_groups import group
from bot.engine.checks.signals_spec import compile_setting
from bot.engine.patterns import pattern_problem
from bot.engine.text import Doc
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure"}

# (language, ordinary text, the seller's own twin)
PAIRS = [
    # a reported sentence, its speaker named after it or before it
    ("en", "Hurry out tonight: it's the last chance to see the meteor shower this year, say astronomers",
     "Last chance! Our meteor-watch telescopes are 40% off tonight only, buy now!"),
    ("en", "Mortgage rates are falling: the average five-year fix is now 4.9 %, down from 5.2 % in May, according to the latest figures.",
     "Mortgage rates are falling, act NOW! Lock in 4.9% today, call our advisers, approval guaranteed!"),
    ("en", "Forecasters say Saturday is the last chance to see the sun this month, so get out there.",
     "Last chance for summer! Barbecues 50% off this Saturday only, order now before they're gone!"),
    ("fr", "Dernière chance de voir les Perséides cette année, dépêchez-vous ce soir, préviennent les astronomes.",
     "Dernière chance ! Nos télescopes à -40 % ce soir seulement, commandez vite !"),
    ("fr", "Dernière chance d'en profiter : les soldes se terminent dimanche, rappelle la chambre de commerce.",
     "Dernière chance d'en profiter : nos soldes se terminent dimanche, -50 % sur tout, commandez vite !"),
    # a price told as a past fact, the buyer's own superlative
    ("en", "Took Dad to his appointment, the parking was £6 for two hours. Should be free for patients, honestly.",
     "Parking app: first 2 hours FREE today only! Download now, offer ends tonight!"),
    ("en", "Best deal we've found on van insurance this year: £520 with a £300 excess, through the broker.",
     "Best deal on van insurance this year: only £299, 20% off this week, call now for a free quote!"),
    ("fr", "Le meilleur prix que j'ai trouvé pour l'assurance de la moto, c'est 320 € par an avec 150 € de franchise.",
     "Le meilleur prix pour l'assurance de votre moto : 199 € seulement, -20 % cette semaine, appelez vite !"),
    # a sale told as past news
    ("en", "Limited edition coins went on sale today; the queue at the bank was round the block.",
     "Limited edition coins on sale NOW, only 500 left, order yours today!"),
    ("en", "The winning ticket was sold at the newsagent by the station, apparently. £3m jackpot. Wasn't us.",
     "You could win the £3m JACKPOT! Buy your ticket now, draw tonight, don't miss out!"),
    # a buyer's discount, the subject dropped; a voucher used to pay
    ("en", "Got 25% off my new boots with the loyalty voucher and a birthday discount. Still not cheap.",
     "Get 25% off new boots today with this voucher, limited time, shop now!"),
    # an election, a pub quiz
    ("en", "Apply now to stand in the school council elections: nominations close on Friday, any pupil can stand.",
     "Apply now for your FREE credit card! Offer closes Friday, apply today, guaranteed approval!"),
    ("fr", "Élections du conseil municipal des jeunes : inscrivez-vous vite, dépôt des candidatures avant vendredi, gratuit et ouvert à tous !",
     "Carte de crédit GRATUITE : inscrivez-vous vite, offre valable jusqu'à vendredi, accord garanti !"),
    ("en", "Pub quiz every Thursday from next week, teams of six, £1 a head, cash prize for the winners.",
     "Win a CASH PRIZE! Enter now for just £1, draw tonight, hurry, limited entries!"),
    # a support reply, a neighbour clearing the loft, a call for volunteers
    ("en", "Hi Sam, we've reset your password. For security, the link expires in 24 hours. If it wasn't you, call us on 0300 123 4567.",
     "Your account password expires in 24 hours! Click here now to keep access, don't lose your account!"),
    ("en", "Neighbours, we're clearing out the loft this weekend. Free to collect: a cot, two lamps and a box of toys. First come first served, it's all on the drive.",
     "Clearance! Everything must go, first come first served, 50% off today only, shop now!"),
    ("en", "Call for volunteers: the summer fair needs 15 stewards on Saturday, 2-hour shifts, free entry and a lunch voucher for helpers.",
     "Call now to claim your free voucher! Limited time, only 20 left!"),
    # a receipt: the order's number and the invitation to ask
    ("en", "Thanks for your order! Order #60412: 2 x printer cartridges $59.98, shipping free. It ships within 2 business days. Questions? Reply to this email.",
     "Thanks for your order! Now grab 50% OFF printer cartridges, today only, order now before it ends!"),
    ("fr", "Merci pour votre commande ! Commande n° 60412 : 2 cartouches d'imprimante 59,98 €, livraison offerte. Des questions ? Répondez à cet e-mail.",
     "Merci pour votre commande ! Profitez de -50 % sur les cartouches d'imprimante, aujourd'hui seulement, commandez vite !"),
    # a source named after the sentence, subject first; the thing the writer wanted in the sale; a cancellation slot
    ("en", "Dad, the offer on the car ends Saturday, the dealer said. Should I go for it or wait? It's £300 off.",
     "The offer on this car ends Saturday! £300 off, only 2 left, book your test drive now!"),
    ("fr", "Papa, l'offre sur la voiture se termine samedi, m'a dit le vendeur. J'y vais ou j'attends ? 300 € de remise.",
     "L'offre sur cette voiture se termine samedi ! 300 € de remise, plus que 2, réservez votre essai maintenant !"),
    ("en", "OMG the boots I wanted are in the sale!!! 50% off, I'm going in at lunch, anyone want anything?",
     "OMG our boots are in the sale!!! 50% off today only, shop now before they're gone!"),
    ("fr", "Les chaussures que je voulais sont en soldes !!! -50 %, j'y vais à midi, quelqu'un veut quelque chose ?",
     "Nos chaussures sont en soldes !!! -50 % aujourd'hui seulement, commandez vite avant la rupture !"),
    ("en", "Hi, it's Jen from the dentist. We've had a cancellation tomorrow at 9am if you want it. Reply YES to book, or ignore this message.",
     "Hi, it's Jen from WhiteSmile! Teeth whitening 60% off tomorrow only. Reply YES to book now, limited slots!"),
    # pitches named as a kind, the quote standing for many
    ("en", "LinkedIn is full of 'limited spots, DM me now' coaching offers. Does anyone actually buy these?",
     "Limited spots, DM me now! My coaching offer closes tonight, act fast."),
    ("en", "Sick of all those \"last chance, 70% off, order now\" emails in my inbox.",
     "Last chance, 70% off, order now! Sale ends at midnight."),
    ("fr", "Marre de tous ces « dernière chance, -70 %, commandez vite » dans ma boîte mail.",
     "Dernière chance, -70 %, commandez vite ! Les soldes finissent à minuit."),
    # "filled up" is not "filling up"
    ("en", "Prices at the pump hit 158p a litre today. Filled up anyway, no choice with the school run.",
     "Our spring classes are filling up fast! Only 5 places left, 20% off until Sunday, book now!"),
]


@pytest.mark.parametrize(("lang", "ordinary", "seller"), PAIRS)
def test_ordinary_text_is_quiet_and_its_sellers_twin_fires(lang: str, ordinary: str, seller: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(seller, lang, HARD_SELL)


def _carved(list_name: str, text: str, lang: str) -> list[str]:
    return [text[a:b].strip() for a, b in carve_spans(Doc(text, lang), group(compile_setting(list_name)))]


def test_the_attribution_carves_the_whole_reported_sentence_and_no_other() -> None:
    text = "Rates fall to 4.1 %, down from 4.4 %, say analysts. Call us now to lock in yours!"
    assert _carved("@attributed-clause", text, "en") == ["Rates fall to 4.1 %, down from 4.4 %, say analysts."]


def test_an_imperative_after_a_comma_is_no_speech_tag() -> None:
    assert _carved("@attributed-clause", "Thanks for the airdrop, claim yours now at drop.example/claim", "en") == []
    assert _carved("@attributed-clause", "Big sale today, say hello to our new range!", "en") == []


def test_a_stated_price_needs_a_subject_and_the_past() -> None:
    assert max(_carved("@stated-price", "The parking was £4.50 for an hour.", "en"), key=len) == "The parking was £4.50"
    assert _carved("@stated-price", "Was £99, now only £49!", "en") == []
    assert _carved("@stated-price", "This set is £12, order now!", "en") == []
    assert max(_carved("@stated-price", "Le parking était à 4,50 € l'heure.", "fr"), key=len) == "Le parking était à 4,50 €"


def test_a_sellers_boast_of_an_old_sell_out_is_not_news() -> None:
    fires("Restocked! Last time these sold out in 2 hours, order yours now.", "en", HARD_SELL)


@pytest.mark.parametrize("name", ["attributed-clause", "stated-price", "sale-told"])
def test_the_new_lists_patterns_compile_within_the_cost_limit(name: str) -> None:
    with open(f"advice/lists/{name}.yaml", encoding="utf-8") as stream:
        patterns = yaml.safe_load(stream)["patterns"]
    assert patterns
    assert [pattern_problem(p, True) for p in patterns] == [None] * len(patterns)
