"""Precision on ordinary text, second round (issue 11): advice about the reader is for a post
that speaks for a brand or an author, blockers are for what the review is sure of, and a
quotation inside a sentence that names its speaker is credited.

Each QUIET case is a kind of ordinary message a rule used to misread, with the rule that
must stay silent; each CAUGHT case is the brand's post the rule is there for.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from bot.engine.advice import Advice, load_advice
from bot.engine.review import ReviewContext, review

CORE = Path(__file__).resolve().parents[1] / "advice" / "core"


@lru_cache(maxsize=1)
def advice() -> Advice:
    return load_advice()


def findings(text: str, lang: str) -> dict[str, str]:
    """rule -> severity of its findings on the draft."""
    return {f.rule: f.severity for f in review(text, ReviewContext(advice(), language=lang)).findings}


QUIET = [
    # news, encyclopaedic sentences and feelings have no reader to talk to, no brand to centre on
    ("en", "Charli XCX's acting career is taking off. A new trailer for her first drama shows the singer starring "
           "in a complicated relationship story from an indie director.", "relevance.talk-to-the-reader"),
    ("en", "The painting was stolen from the Louvre in 1911 by a decorator who was arrested two years later while "
           "trying to sell it to a dealer in Florence.", "relevance.talk-to-the-reader"),
    ("fr", "La précieuse toile avait été volée au Louvre en 1911 par un vitrier qui fut arrêté deux ans plus tard "
           "alors qu'il tentait de la vendre à un antiquaire de Florence.", "relevance.talk-to-the-reader"),
    ("en", "Weird as I do know I've seen that movie before but I can't remember a single scene from it, not even "
           "the ending, which apparently everyone talks about.", "relevance.talk-to-the-reader"),
    ("en", "I'm 33 and every year I'm more sure I never want children. My mum still asks me about it at every "
           "family dinner and I never know what to say to her.", "relevance.reader-focus"),
    ("fr", "J'ai 33 ans et chaque année je suis plus sûre de moi : je ne veux pas d'enfants, et ma mère me pose "
           "encore la question à chaque repas de famille.", "relevance.reader-focus"),
    ("en", "During the final yesterday, the home captain waved her hand in front of her face while glaring at the "
           "visiting guard. The gesture sparked a long debate about double standards in the sport and in the "
           "way players are judged.", "conversation.ask-a-question"),
    ("fr", "Einar Rossbach, né le 20 octobre 1964 à Porsgrunn, est un ancien footballeur norvégien qui évoluait "
           "au poste de gardien de but au FK Lyn et en équipe de Norvège pendant une dizaine de saisons "
           "avant de devenir entraîneur.", "conversation.ask-a-question"),
    # a quotation opened inside a sentence is reported speech, a title or a label
    ("fr", "Commentaire du président : il n'accepte pas « des relations diplomatiques conduites d'une manière "
           "aussi irresponsable ».", "credit-sources.unsourced-quote"),
    ("fr", "« Nous avons choisi la prudence et nous ne le regrettons pas », a ajouté le jury.",
     "credit-sources.unsourced-quote"),
    ("fr", "« La décision a été prise après une longue concertation », selon la porte-parole de la mairie.",
     "credit-sources.unsourced-quote"),
    ("fr", "La ministre a déclaré : « Nous ne reviendrons pas sur cette réforme, quoi qu'il arrive. »",
     "credit-sources.unsourced-quote"),
    ("fr", "Les premières sorties de l'eau dateraient du Dévonien, avec Ichthyostega, « le plus ancien des "
           "vertébrés connus adapté à une autre locomotion que la nage ».", "credit-sources.unsourced-quote"),
    ("en", "The book, \"Energy derivatives: trading the emerging markets of tomorrow\", is now in the library.",
     "credit-sources.unsourced-quote"),
    ("en", "\"I honestly don't get why everyone thinks he needs a rework because he's not \"\"fun to play\"\" "
           "in ranked.\"", "credit-sources.unsourced-quote"),
    ("en", "“We will not play him tonight, he has a fever and stayed at the hotel,” the coach replied.",
     "credit-sources.unsourced-quote"),
    # news, shop information, donations and congratulations read from the findings on ordinary rows
    ("en", "Carmaker announces 19 million upgrade for its plant", "credit-sources.unsourced-figure"),
    ("fr", "Pour l'utilisateur final, c'est rassurant dans 80 % des cas.", "credit-sources.unsourced-figure"),
    ("fr", "L'état de nos cours d'eau n'est pas brillant, d'après le dernier rapport publié par le ministère "
           "de l'écologie sur la qualité des rivières du pays.", "relevance.talk-to-the-reader"),
    ("en", "Buy now, pay later with your card at checkout.", "hard-sell.pushy"),
    ("en", "The blood bank is running low. If you can, please book a donation this week!", "hard-sell.pushy"),
    ("en", "Congrats on 1 million views, well deserved!", "vanity-metrics.audience-count"),
    ("en", "Help us reach our goal of $10,000 for the children's ward.", "vanity-metrics.buzz-as-goal"),
    ("en", "What? Trolls? Yeah, probably. People complain about anything.", "reputation.defensive"),
    ("fr", "Le général qui commandait les forces de l'ONU trouve le paysage craquant.", "give-first.value-before-ask"),
]


@pytest.mark.parametrize("lang, text, rule", QUIET, ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_ordinary_text_is_not_flagged(lang: str, text: str, rule: str):
    assert rule not in findings(text, lang)


CAUGHT = [
    ("en", "Our team was at the Lyon trade fair this week. Lots of meetings, a stand full from morning to evening "
           "and a great team spirit all along.", "relevance.talk-to-the-reader"),
    ("fr", "Notre équipe était présente au salon de Lyon cette semaine. Beaucoup de rencontres, un stand plein du "
           "matin au soir et une belle énergie collective.", "relevance.talk-to-the-reader"),
    ("en", "We are proud to launch our new range: we designed it in our own workshop and we think it is our best "
           "work yet.", "relevance.reader-focus"),
    ("fr", "Nous sommes fiers de lancer notre nouvelle gamme : nous l'avons dessinée dans notre atelier et nous "
           "pensons que c'est notre plus beau travail.", "relevance.reader-focus"),
    ("en", "Our spring workshop brought together twenty shop owners from the area. We talked about windows, "
           "opening hours and loyalty, with plenty of ideas to try. The slides from the session are online for "
           "those who could not come.", "conversation.ask-a-question"),
    ("en", "Reminder of the day from our team: \"A happy customer brings three friends, an unhappy one drives ten away\"",
     "credit-sources.unsourced-quote"),
    ("fr", "Rappel du jour pour nos clients : « Un client satisfait en parle à trois personnes, un client déçu à dix »",
     "credit-sources.unsourced-quote"),
]


@pytest.mark.parametrize("lang, text, rule", CAUGHT, ids=lambda v: v if isinstance(v, str) and len(v) < 40 else None)
def test_the_brand_post_is_still_caught(lang: str, text: str, rule: str):
    assert rule in findings(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "WHY DOES NOBODY IN THIS TOWN KNOW HOW TO PARK"),
    ("en", "THE REF HAS NO IDEA WHAT HE IS DOING, WORST GAME OF THE SEASON"),
    ("en", "FREE SCHOOL MEALS TO BE EXTENDED FOR ANOTHER YEAR"),
    ("fr", "MAIS QUI A EU L'IDÉE DE FERMER LA PISCINE EN PLEIN ÉTÉ"),
    ("en", "Super Bowl 2026 hits 124.9 million viewers, the most watched broadcast ever"),
    ("en", "98% of people leasing a car never read the contract to the end."),
    ("en", "This is a new level of entitlement. THE LIFT IS OUT OF ORDER! Why use an OUT OF ORDER lift!"),
    ("en", "WE WON THE LEAGUE!!! What a night, thank you all"),
])  # fmt: skip
def test_no_blocker_on_angry_capitals_headlines_or_figures(lang: str, text: str):
    assert "blocker" not in findings(text, lang).values()


@pytest.mark.parametrize("lang, text", [
    ("en", "HUGE SALE ON EVERYTHING this weekend only!"),
    ("en", "WIN A FREE IPHONE, text WIN to 80808 now"),
    ("fr", "PROMO EXCEPTIONNELLE SUR TOUTE LA BOUTIQUE ce week-end !"),
])  # fmt: skip
def test_a_shouted_sale_is_a_blocker(lang: str, text: str):
    assert findings(text, lang).get("hard-sell.shouting") == "blocker"


def test_the_three_rules_about_the_reader_read_one_shared_brand_voice():
    """One list of what a brand's or an author's voice sounds like (advice/lists/brand-voice.yaml),
    named by the gate of each rule about the reader: no copy to keep equal."""
    for rule_id in ("relevance.talk-to-the-reader", "relevance.reader-focus", "conversation.ask-a-question"):
        data = yaml.safe_load((CORE / f"{rule_id}.yaml").read_text(encoding="utf-8"))
        assert data["check"]["when"] == ["@brand-voice"]
        assert "signals" not in data["en"] and "signals" not in data["fr"]
    shared = yaml.safe_load((CORE.parent / "lists" / "brand-voice.yaml").read_text(encoding="utf-8"))
    assert all(re.fullmatch(r"[\w' *-]+", phrase) for lang in ("fr", "en") for phrase in shared[lang])
