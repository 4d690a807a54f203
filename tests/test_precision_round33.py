"""Precision on ordinary posts, round 33 (issue 11): heads-ups, PSAs and short texts, in English and French.

A friend, a neighbour or a parent passes on a change: "PSA: the free parking at the station ends Friday", « Info : le
parking gratuit de la gare, c'est fini vendredi », "Heads up, the offer on the gym membership ends tonight if anyone
wanted it". The price and the date are told, not pressed. What is mended here, by kind:
- hard-sell.pushy and hard-sell.time-pressure read a new negative signal, `heads-up` (advice/lists/heads-up.yaml): the
  notice opens on its label ("PSA:", "FYI", "Heads up:", "Reminder:", « Info : », « Pour info », « Petit rappel : »,
  « Bon à savoir : »). The label alone proves nothing, sellers open the same way, so the weight comes back where the
  writer names their own sale, shop, course or prices ("our sale", « nos soldes », "my course"), hurries the reader
  ("act fast", « faites vite »), counts "the first 100", or (pushy) phishes.
- hard-sell.urgency reads @passed-on in its gate, and @passed-on names the relayed offer told in a past wish ("if
  anyone wanted it", « si quelqu'un en voulait »).
- @customer-voice: a code the writer already used ("I used it for our trip", « je l'ai utilisé »).

Each case is a pair: the heads-up is quiet on the rule, and its seller's twin still draws it.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
TIME = "hard-sell.time-pressure"
URGENCY = "hard-sell.urgency"
HARD_SELL = "hard-sell."

PAIRS = [
    # a free thing that ends, passed on; the seller's own offer after the same label
    (PUSHY, "fr", "Info : le parking gratuit de la gare, c'est fini vendredi, 4 € par jour dès lundi",
     "Info : notre parking est gratuit jusqu'à vendredi, 4 € par jour dès lundi, réservez vite"),
    (HARD_SELL, "en", "PSA: the free parking at the station ends Friday, it's £4 a day from Monday, the council put a sign up",
     "PSA: our car park is free until Friday, then £4 a day from Monday, book your space now, act fast"),
    # a cheap rate that stops, told to friends
    (TIME, "fr", "Info : les places à 5 € du mardi au ciné c'est fini après ce mois-ci apparemment",
     "Info : -50 % sur notre abonnement de salle de sport, ça finit ce soir, inscrivez-vous vite"),
    (HARD_SELL, "en", "FYI the cheap Tuesday tickets at the cinema end this month, places are limited, apparently",
     "Heads up: our annual membership is 50% off until Sunday, join today"),
    # an offer relayed with a past wish; the seller's own offer
    (URGENCY, "en", "Heads up, the offer on the gym membership ends tonight if anyone wanted it",
     "Heads up: our gym membership offer ends tonight, 50% off, sign up now"),
    (HARD_SELL, "fr", "Info : la promo sur l'abonnement de la salle de sport finit ce soir si quelqu'un en voulait",
     "Info : -50 % sur notre abonnement de salle de sport, ça finit ce soir, inscrivez-vous vite"),
    # chat spelling: the label needs no colon
    (HARD_SELL, "fr", "Pour info l'offre du centre aquatique finit aujourd'hui, les enfants nagent gratuitement si on réserve avant",
     "Pour info notre offre finit aujourd'hui, les enfants nagent gratuitement, réservez vite avant qu'il soit trop tard"),
    (HARD_SELL, "en", "fyi the offer at the leisure centre ends today, kids swim free in the holidays if u book before",
     "fyi our offer ends today, kids swim free, book now before it's gone"),
    # a code already used by the writer
    (HARD_SELL, "en", "Heads up: the 20% off code for the train app ends tonight, I used it for our Christmas trip",
     "Heads up: the 20% off code for our app ends tonight, use it now, act fast"),
    # the first N people: a giveaway's count after a label still pushes
    (HARD_SELL, "en", "PSA: the council gives a free compost bin to every household that asks before March",
     "PSA: free iPhone for the first 100 people who sign up today, act fast"),
    (HARD_SELL, "fr", "Info : la mairie donne un composteur gratuit à chaque foyer qui le demande avant mars",
     "Info : iPhone offert aux 100 premiers inscrits aujourd'hui, faites vite"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "twin"), PAIRS)
def test_the_heads_up_is_quiet_and_its_sellers_twin_draws_the_rule(rule: str, lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Important update: your bank account will be suspended today, click this link now to reactivate it"),
    ("en", "Heads up!!! Last day of our sale, up to 70% off, order NOW on our website"),
    ("fr", "Rappel : plus que 3 places pour ma formation crypto à 997 €, réservez tout de suite, après c'est trop tard"),
    ("fr", "Mise à jour : dernières heures pour avoir notre best-seller à moitié prix, vite"),
])
def test_a_pitch_behind_a_notice_label_still_draws_hard_sell(lang: str, text: str) -> None:
    fires(text, lang, HARD_SELL)


@pytest.mark.parametrize(("name", "marker"), [("heads-up", "good to know"), ("heads-up", "just so you know"),
                                              ("customer-voice", "used (?:it"), ("passed-on", None)])
def test_the_new_patterns_compile_within_the_cost_limit(name: str, marker: str | None) -> None:
    with open(f"advice/lists/{name}.yaml", encoding="utf-8") as stream:
        data = yaml.safe_load(stream)
    if marker is None:  # a phrase list: the new phrases are there, in both languages
        assert "if anyone wanted it" in data["en"] and "si quelqu'un en voulait" in data["fr"]
        return
    patterns = [p for p in data["patterns"] if marker in p]
    assert len(patterns) == 1
    assert pattern_problem(patterns[0], True) is None


def test_the_seller_signs_compile_within_the_cost_limit() -> None:
    for path in ("advice/core/hard-sell.pushy.yaml", "advice/core/hard-sell.time-pressure.yaml"):
        with open(path, encoding="utf-8") as stream:
            signals = yaml.safe_load(stream)["check"]["signals"]
        assert signals["heads-up"]["weight"] < 0 < signals["heads-up-seller"]["weight"]
        assert pattern_problem(signals["seller-sign"]["pattern"], True) is None
