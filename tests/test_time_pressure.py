"""Time pressure in ad copy (issue 11): urgency said outright is hard-sell.urgency's (every
place quoted); scarcity and deadlines said in weaker words add up in hard-sell.time-pressure,
which stays quiet on headlines, rare birds and blood drives, and when urgency already spoke."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.review_helpers import fired, fires

CORE = Path(__file__).resolve().parents[1] / "advice" / "core"



@pytest.mark.parametrize("lang, text", [
    ("en", "Going fast! A handful of tables for Saturday's tasting menu, book yours"),
    ("en", "Limited edition prints, numbered and signed. Order yours before they go!"),
    ("en", "The early bird price expires Friday at midnight: save £40 on your ticket"),
    ("fr", "Édition limitée : nos tasses peintes à la main. Commandez la vôtre !"),
    ("fr", "Tarif de lancement jusqu'à vendredi : -20 % sur l'abonnement annuel, profitez-en !"),
])  # fmt: skip
def test_scarcity_and_deadlines_in_weaker_words_add_up(lang: str, text: str):
    fires(text, lang, "hard-sell.time-pressure")


@pytest.mark.parametrize("lang, text", [
    ("en", "Festival tickets sell out in minutes as fans queue overnight"),
    ("en", "Only three of the rare turtles remain on the island, rangers say."),
    ("en", "The blood bank is running low: please book a donation this week if you can!"),
    ("en", "Our class is on the 12th of July, there are places left if the topic interests you."),
    ("en", "Get 10% off your first order when you sign up for emails."),
    ("fr", "Le prix du gazole a encore augmenté cette semaine, à 1,89 € le litre en moyenne."),
    ("fr", "Merci pour votre commande ! Elle sera expédiée sous 48h, vous recevrez un e-mail de suivi."),
    ("fr", "Plus que deux jours avant les vacances, courage à tous !"),
])  # fmt: skip
def test_ordinary_text_with_a_time_or_a_stock_is_not_rushed(lang: str, text: str):
    assert not {"hard-sell.time-pressure", "hard-sell.urgency"} & fired(text, lang)


def test_urgency_said_outright_is_one_rule_s_finding_not_two():
    rules = fired("Flash sale! Only 3 left in stock, ends tonight, order now!", "en")
    assert "hard-sell.urgency" in rules and "hard-sell.time-pressure" not in rules


def test_time_pressure_knows_every_phrase_urgency_reads():
    """Both rules name the one shared list (advice/lists/urgency.yaml) and its near misses."""
    urgency = yaml.safe_load((CORE / "hard-sell.urgency.yaml").read_text(encoding="utf-8"))
    pressure = yaml.safe_load((CORE / "hard-sell.time-pressure.yaml").read_text(encoding="utf-8"))
    for lang in ("fr", "en"):
        assert pressure[lang]["signals"]["said-outright"] == urgency[lang]["phrases"] == ["@urgency"]
        assert pressure[lang]["exceptions"] == urgency[lang]["exceptions"] == ["@urgency-exceptions"]
