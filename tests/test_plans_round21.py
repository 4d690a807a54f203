"""Round 21 of issue 15: "anyone" as everyone or as a group, and counterfeits said in new words (sentences of our
own; bench/plans/probe21 holds more of them).

- "anyone" / « tous ceux », « quiconque » that a condition narrows is a group, and with its problem an audience
  ("anyone who runs a café in Lyon and can't find staff", « quiconque a une chaudière de plus de dix ans et
  redoute l'hiver »). It stays everyone when nothing follows, when the condition is what anybody has or does
  ("anyone with a phone"), when it is only a wish or a need ("anyone who needs a plumber", « tous ceux qui veulent
  se remettre en forme »), when it is stressed ("literally anyone with…") or stretched to the least condition
  ("a bike, a scooter or even trainers").
- "anyone" as the object of a verb ("put off seeing anyone") no longer voids an audience.
- Presence as a double negation of absence ("not one app where you can't find us"); vanity as reactions per post;
  a tool filled once ("our job is done"), hired as the marketing, or deciding what to post.
- The people a piece of content shows are not its audience ("clips of players panicking"); a scheduler (the tool)
  is no posting schedule.
- How far a counterfeit's exception reaches is the rule's setting (`exceptions_reach: clause`).
- A reading read inside another (`@recurring` inside `@horizon`) is read once per review.
"""

from __future__ import annotations

import dataclasses

import pytest

from bot.engine.checks.plan import Signals
from bot.engine.phrases import PhraseIndex
from bot.engine.plan import readings as readings_module
from bot.engine.rule import pack_dirs
from bot.engine.rules import load_rules
from tests.plan_helpers import EVERYONE, PRESENCE, TOOL, VANITY, covered, fired


@pytest.mark.parametrize("group, everyone", [
    ("Our target: anyone who runs a café in Lyon and can't find staff for Sunday mornings.", "Our target: anyone, really."),
    ("Our target? Anyone with an allotment who has no time to weed it.", "Our target: anyone with a phone."),
    ("Our customers: anyone whose boiler is over ten years old and dreads the winter.", "Our customers: anyone who eats, so everybody."),
    ("Notre cible : tous ceux qui tiennent un café à Lyon et ne trouvent personne pour le dimanche matin.",
     "Notre cible : n'importe qui, franchement."),
    ("Nos clients : quiconque a une chaudière de plus de dix ans et redoute l'hiver.", "Notre cible : tous ceux qui ont un téléphone."),
    ("Pour qui : toutes celles qui viennent de perdre leur emploi et ont besoin d'un CV qu'on lit.",
     "Nos clients : tous ceux qui mangent, donc tout le monde."),
])
def test_anyone_narrowed_by_a_condition_is_a_group_and_anyone_alone_is_everyone(advice, group, everyone):
    assert EVERYONE not in fired(advice, group)
    assert "relevance" in covered(advice, group)
    assert EVERYONE in fired(advice, everyone)
    assert "relevance" not in covered(advice, everyone)


@pytest.mark.parametrize("wish", [
    "Audience: anyone who wants to get fit.",
    "Who we're for: anyone who needs a plumber.",
    "Our clients: anybody who might one day need a will drawn up.",
    "Public : tous ceux qui veulent se remettre en forme.",
    "Pour qui : tous ceux qui ont besoin d'un plombier.",
    "Nos clients : quiconque pourrait un jour avoir besoin d'un testament.",
])
def test_a_wish_or_a_need_alone_selects_no_one(advice, wish):
    assert EVERYONE in fired(advice, wish)
    assert "relevance" not in covered(advice, wish)


@pytest.mark.parametrize("stretched, narrowed", [
    ("Who: literally anyone with an appetite.", "Who: anyone with coeliac disease who can't find a safe bakery."),
    ("Our target? Anybody with a bike, a scooter or even a pair of trainers.",
     "Our target? Anybody with a cargo bike who can't find anywhere to park it."),
    ("Notre cible ? Quiconque a un vélo, une trottinette, voire une paire de baskets.",
     "Notre cible ? Quiconque a un vélo cargo et ne sait pas où le garer."),
    ("Notre cible ? Tous ceux qui ont un jardin, un balcon ou même un rebord de fenêtre.",
     "Notre cible ? Tous ceux qui ont un jardin à l'ombre et n'arrivent à rien y faire pousser."),
])
def test_anyone_stressed_or_stretched_to_the_least_condition_stays_everyone(advice, stretched, narrowed):
    assert EVERYONE in fired(advice, stretched)
    assert EVERYONE not in fired(advice, narrowed)
    assert "relevance" in covered(advice, narrowed)


@pytest.mark.parametrize("text", [
    "We speak to office workers with back pain who put off seeing anyone because they don't know they can book directly.",
    "We're talking to young dads who can't get a haircut before the nursery closes.",
    "On s'adresse aux employés de bureau qui ont mal au dos et repoussent le rendez-vous parce qu'ils ignorent qu'on peut réserver directement.",
])
def test_anyone_as_the_object_of_a_verb_does_not_void_an_audience(advice, text):
    assert "relevance" in covered(advice, text)
    assert EVERYONE not in fired(advice, text)


@pytest.mark.parametrize("kind, counterfeit, twin", [
    (PRESENCE, "Ambition: not one social app where you can't find us.",
     "Ambition: not one customer who can't find our opening hours, so 20 more bookings a month by June."),
    (PRESENCE, "Notre ambition : qu'il n'y ait pas une seule appli où l'on ne nous trouve pas.",
     "Notre ambition : pas un seul client qui ne trouve pas nos horaires, donc 20 réservations de plus par mois d'ici juin."),
    (VANITY, "KPI: average thumbs-up per post, checked every Friday.",
     "KPI: bookings per post that links to the form, checked every Friday."),
    (VANITY, "Indicateur : le nombre moyen de pouces levés par publication, relevé chaque vendredi.",
     "Indicateur : les réservations par publication qui renvoie au formulaire, relevées chaque vendredi."),
    (TOOL, "Once the scheduler is loaded with a year of posts, our job is done.",
     "Once the scheduler is loaded with a month of posts, Tom reads the replies each evening."),
    (TOOL, "Une fois le programmateur rempli pour l'année, notre travail est terminé.",
     "Une fois le programmateur rempli pour le mois, Tom lit les réponses chaque soir."),
    (TOOL, "We've hired a chatbot to be our marketing.",
     "We've hired a chatbot to answer opening-hour questions; Léa handles the rest."),
    (TOOL, "Our strategy lives inside the app: it decides what to post and when.",
     "The CRM reminds Chloé which customers to call back; she writes the posts herself."),
    (TOOL, "Notre stratégie est dans l'appli : c'est elle qui décide quoi publier et quand.",
     "Dans l'appli, c'est Léa qui décide quoi publier et quand."),
    (PRESENCE, "Goal: claim a spot on all the big platforms before our competitors do.",
     "Goal: 25 more tables booked a week by May through all the big platforms, up from 10."),
    (PRESENCE, "Objectif : prendre notre place sur toutes les grandes plateformes avant nos concurrents.",
     "Objectif : 25 tables réservées de plus par semaine d'ici mai via toutes les grandes plateformes, contre 10."),
    (VANITY, "Target for the spring: double the audience on TikTok.",
     "Target for the spring: double the audience at our Tuesday tastings, from 12 to 24."),
    (VANITY, "Objectif du printemps : doubler notre audience sur TikTok.",
     "Objectif du printemps : doubler le public de nos dégustations du mardi, de 12 à 24."),
    (EVERYONE, "Target: the man in the street.",
     "Target: office workers on the street behind the station who can't get a watch repaired near work."),
])
def test_counterfeits_said_in_new_words_are_found_and_their_twins_are_not(advice, kind, counterfeit, twin):
    assert kind in fired(advice, counterfeit)
    assert kind not in fired(advice, twin)
    assert not covered(advice, counterfeit) & {"purpose", "relevance"}


@pytest.mark.parametrize("shown, audience", [
    ("Content: funny clips of players panicking in the rooms, three times a week.",
     "Content for players who panic in the rooms and can't find the first clue."),
    ("Contenu : des vidéos drôles de joueurs qui paniquent dans les salles, trois fois par semaine.",
     "Du contenu pour les joueurs qui paniquent dans les salles et ne trouvent pas le premier indice."),
])
def test_the_people_a_piece_of_content_shows_are_not_its_audience(advice, shown, audience):
    assert "relevance" not in covered(advice, shown)
    assert "relevance" in covered(advice, audience)


@pytest.mark.parametrize("tool, schedule", [
    ("Its social scheduler will keep our LinkedIn page active after the launch.",
     "We keep to a posting schedule of two a week, and keep going after the launch."),
])
def test_a_scheduler_is_no_posting_schedule(advice, tool, schedule):
    assert "consistency" not in covered(advice, tool)
    assert "consistency" in covered(advice, schedule)


def test_how_far_a_counterfeit_exception_reaches_is_the_rule_setting():
    rules = load_rules(pack_dirs())
    vanity, purpose = rules.get(VANITY), rules.get("plan.purpose")
    assert vanity.check["exceptions_reach"] == "clause"
    assert Signals(vanity, "en", PhraseIndex("en")).one_clause
    assert not Signals(purpose, "en", PhraseIndex("en")).one_clause
    unset = dataclasses.replace(vanity, check={k: v for k, v in vanity.check.items() if k != "exceptions_reach"})
    assert not Signals(unset, "en", PhraseIndex("en")).one_clause


def test_a_reading_read_inside_another_is_read_once_per_review(monkeypatch):
    text = "By June, 40 more bookings a month; we check them at every month-end."
    folded = text.lower()
    calls: list[str] = []
    real = readings_module.reading

    def counted(name, *args, **kwargs):
        calls.append(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(readings_module, "reading", counted)
    known: readings_module.Known = {}
    found = readings_module.readings({"@horizon", "@recurring"}, text, folded, "en", known)
    assert calls.count("@recurring") == 1
    assert "@recurring" in known and "@horizon" in found
    readings_module.readings({"@recurring"}, text, folded, "en", known)
    assert calls.count("@recurring") == 1


@pytest.mark.parametrize("group, everyone", [
    ("Cible : les gens du quartier qui n'arrivent pas à faire réparer leur montre près du travail.", "Cible : les gens du quartier."),
    ("Nos clients : quiconque n'a pas de voiture et habite loin de la gare.", "Nos clients : tous ceux qui habitent la ville."),
    ("Our customers: anyone who hasn't got a car and lives far from the station.", "Our customers: anyone who lives in town."),
])
def test_a_negated_condition_narrows_too_and_living_in_town_does_not(advice, group, everyone):
    assert "relevance" in covered(advice, group)
    assert EVERYONE not in fired(advice, group)
    assert EVERYONE in fired(advice, everyone)


@pytest.mark.parametrize("ours", [
    "The shop hasn't got a car park, and parents love the Saturday workshops.",
    "La boutique n'a pas de parking, et les parents adorent les ateliers du samedi.",
])
def test_what_the_business_has_not_is_still_no_audience_problem(advice, ours):
    assert "relevance" not in covered(advice, ours)
