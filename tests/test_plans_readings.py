"""Readings (bot/engine/plan/readings.py): the shapes a plan's statements are made of, found
by their structure in French and English, whatever the words. Each reading is specified by
what it finds, what it leaves alone, and, at the end, by the plan parts it lets Coach
recognise in sentences no rule lists."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.plan.readings import READINGS, reading
from bot.engine.text import fold
from bot.plans.review import review_plan
from tests.conftest import rule_yaml


def found(name: str, text: str, language: str) -> list[str]:
    """The words a reading finds in text."""
    return [text[s:e] for s, e in reading(name, text, fold(text), language)]


@pytest.fixture(scope="module")
def advice():
    return load_advice()


# -- @figure: an amount, not a date, a duration or an audience count ------------------------


@pytest.mark.parametrize("text, language, figure", [
    ("Three quarters of the Wednesday slots booked.", "en", "Three quarters"),
    ("2,000 more school visits", "en", "2,000"),
    ("Passer à 45 % d'occupation", "fr", "45 %"),
    ("une vingtaine de contrats, soit vingt au moins", "fr", "vingt"),
])
def test_a_figure_is_an_amount_in_digits_or_words(text, language, figure):
    assert figure in found("@figure", text, language)


@pytest.mark.parametrize("text, language", [
    ("10k followers by Nov 30", "en"),
    ("5 000 abonnés sur Insta", "fr"),
    ("1M impressions", "en"),
    ("reach 100k accounts a month", "en"),
    ("toucher 20 000 personnes", "fr"),
    ("within 48 hours", "en"),
    ("avant le 30 avril 2026", "fr"),
    ("pendant 3 mois", "fr"),
])
def test_a_follower_count_a_date_or_a_duration_is_not_a_figure(text, language):
    assert found("@figure", text, language) == []


# -- @horizon, @change, @aim, @baseline: what an objective is made of --------------------------


@pytest.mark.parametrize("text, language", [
    ("before the Easter market", "en"), ("by the end of the school year", "en"), ("in Q3", "en"),
    ("over the next six months", "en"), ("d'ici la rentrée", "fr"), ("au deuxième semestre", "fr"),
    ("avant la fête des voisins", "fr"), ("fin nov.", "fr"),
])
def test_a_horizon_is_a_date_a_season_or_an_event_the_plan_is_bound_to(text, language):
    assert found("@horizon", text, language)


@pytest.mark.parametrize("text, language", [
    ("land 12 new contracts", "en"), ("halve the no-shows", "en"), ("30 extra pupils", "en"),
    ("from 40 to 80 volunteers", "en"), ("faire passer le panier moyen de 18 à 25 €", "fr"),
    ("décrocher 6 chantiers", "fr"), ("atteindre 300 adhérents", "fr"), ("20 familles supplémentaires", "fr"),
])
def test_a_change_is_a_verb_of_change_or_a_comparison(text, language):
    assert found("@change", text, language)


@pytest.mark.parametrize("text, language", [
    ("What we'd love is a full Tuesday class.", "en"), ("I need the studio booked out.", "en"),
    ("J'ai envie que les cours du soir soient pleins.", "fr"), ("L'enjeu : remplir les mardis.", "fr"),
])
def test_an_aim_is_a_wish_or_the_aim_named(text, language):
    assert found("@aim", text, language)


@pytest.mark.parametrize("text, language", [
    ("(we're at 12)", "en"), ("against 130 last year", "en"),
    ("on en avait 22", "fr"), ("contre 210 l'an passé", "fr"),
])
def test_a_baseline_is_where_the_figure_stands_now(text, language):
    assert found("@baseline", text, language)


# -- @counted and @proportion: what a measure and a content mix are made of ---------------------


@pytest.mark.parametrize("text, language", [
    ("We count the quote requests", "en"), ("number of trial accounts", "en"),
    ("bookings from schools, counted each term", "en"),
    ("on relève le nombre de devis signés", "fr"), ("nous suivons les demandes de rendez-vous", "fr"),
])
def test_counting_something_is_a_measure(text, language):
    assert found("@counted", text, language)


@pytest.mark.parametrize("text, language", [
    ("we count the followers", "en"), ("number of likes", "en"),
    ("on regarde les abonnés", "fr"), ("nombre de vues", "fr"),
])
def test_counting_an_audience_is_not(text, language):
    assert found("@counted", text, language) == []


@pytest.mark.parametrize("text, language", [
    ("four how-to posts for every one about us", "en"), ("one offer in five", "en"), ("mostly tips", "en"),
    ("trois posts sur quatre", "fr"), ("au plus une promo par mois", "fr"),
])
def test_a_proportion_is_a_share_of_the_posts(text, language):
    assert found("@proportion", text, language)


# -- @actor and @actor-task: who does what ----------------------------------------------------


@pytest.mark.parametrize("text, language, actor, task", [
    ("Hugo covers her holidays.", "en", "Hugo", "covers"),
    ("Comments are handled by the community manager.", "en", "the community manager", "handled"),
    ("Anna, our intern, edits the reels.", "en", "Anna", "edits"),
    ("The front desk replies to reviews.", "en", "The front desk", "replies"),
    ("C'est Léa qui tourne les vidéos.", "fr", "C'est Léa qui", "tourne"),
    ("Nadia rédige les fiches.", "fr", "Nadia", "rédige"),
    ("Le prestataire publie le mardi.", "fr", "Le prestataire", "publie"),
    ("La page est gérée par Paul.", "fr", "Paul", "gérée"),
])
def test_an_actor_is_a_name_or_a_role_with_a_task(text, language, actor, task):
    assert actor in found("@actor", text, language)
    assert task in found("@actor-task", text, language)


@pytest.mark.parametrize("text, language", [
    ("Marketing plan for the candle shop", "en"), ("Four posts a week.", "en"), ("Instagram posts daily.", "en"),
    ("Plan Instagram — Le Comptoir", "fr"), ("Publications : une recette le dimanche.", "fr"),
    ("Nous publierons le lundi.", "fr"),
])
def test_titles_channels_numbers_and_we_are_nobody_in_particular(text, language):
    assert found("@actor", text, language) == []


# -- @replies and @replies-to: answering people ----------------------------------------------


@pytest.mark.parametrize("text, language, verb, what", [
    ("Priya answers listener emails.", "en", "answers", "emails"),
    ("The desk gets back to every enquiry by noon.", "en", "gets back to", "enquiry"),
    ("moi je gère les DM", "fr", "gère", "DM"),
    ("Paul traite les avis Google chaque matin.", "fr", "traite", "avis"),
])
def test_answering_is_a_verb_of_answering_and_what_people_sent(text, language, verb, what):
    assert verb in found("@replies", text, language)
    assert what in found("@replies-to", text, language)


def test_answering_a_brief_is_not_answering_people():
    assert found("@replies", "We answer the brief with three posts.", "en") == []


# -- @people-who and @difficulty: an audience -------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("nurses on night shifts who can't get to the gym", "en"),
    ("among first-time landlords who dread the paperwork", "en"),
    ("les retraités du quartier qui n'osent pas pousser la porte", "fr"),
    ("des parents qui manquent de temps le soir", "fr"),
])
def test_an_audience_is_who_and_what_they_go_through(text, language):
    assert found("@people-who", text, language) and found("@difficulty", text, language)


# -- @after: continuity ------------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("After the summer we keep one post a week.", "en"), ("From then on, a monthly digest.", "en"),
    ("Once the launch is over, we continue every Friday.", "en"),
    ("Ensuite, un post par semaine.", "fr"), ("Après les fêtes, on garde le rythme du jeudi.", "fr"),
    ("À la rentrée, on continue au même rythme.", "fr"),
])
def test_continuity_says_what_happens_after(text, language):
    assert found("@after", text, language)


# -- the counterfeits' shapes -----------------------------------------------------------------


@pytest.mark.parametrize("name, text, language", [
    ("@networks", "be present across all platforms", "en"), ("@networks", "open a Pinterest account", "en"),
    ("@networks", "exister sur TikTok et Snapchat", "fr"), ("@networks", "avoir une page Facebook", "fr"),
    ("@universal", "our audience is basically anybody", "en"), ("@universal", "from kids to grandparents", "en"),
    ("@universal", "le grand public", "fr"), ("@universal", "des ados aux seniors", "fr"),
    ("@on-its-own", "the scheduler posts everything automatically", "en"),
    ("@on-its-own", "le site fera le travail", "fr"),
])
def test_counterfeits_have_shapes_too(name, text, language):
    assert found(name, text, language)


def test_anyone_inside_a_description_is_not_everyone():
    assert found("@universal", "office workers who put off seeing anyone about it", "en") == []


def test_every_reading_is_listed_and_an_unknown_one_is_refused():
    assert all(name.startswith("@") for name in READINGS)
    with pytest.raises(KeyError):
        reading("@nothing", "text", "text", "en")


def test_a_rule_naming_a_reading_that_does_not_exist_is_a_load_error(pack):
    text = rule_yaml(id="test.reading", check='type: section\nneeds: [who, "@nobody"]',
                     fr="signals:\n  who: [public]", en="signals:\n  who: [public]", topic="purpose")
    pack.write("test.reading.yaml", text.replace("applies_to: [post]", "applies_to: [plan]"))
    errors = "\n".join(str(e) for e in pack.load(allow_errors=True).errors)
    assert "reading '@nobody' does not exist" in errors


# -- the parts they let Coach recognise ---------------------------------------------------------


@pytest.mark.parametrize("text, topic", [
    ("What we'd love by the autumn half-term: 30 extra pupils in the Saturday club, against 18 now.", "purpose"),
    ("Ce qu'on cherche d'ici la rentrée : 40 familles de plus au club, on en a 25.", "purpose"),
    ("We write for nurses on night shifts who can't get to a gym before it closes.", "relevance"),
    ("On parle aux retraités du quartier qui n'osent pas pousser la porte d'une salle.", "relevance"),
    ("Anna, our intern, edits the reels.", "sustainability"),
    ("C'est Léa qui tourne les vidéos.", "sustainability"),
    ("Sam records the episodes; Priya answers listener emails.", "reputation"),
    ("Moi, je réponds aux messages privés.", "reputation"),
    ("Twice a week until the fair; after the fair we keep one post a week.", "consistency"),
    ("Deux posts par semaine jusqu'au salon ; ensuite, un post par semaine.", "consistency"),
])
def test_a_part_said_in_words_no_rule_lists_is_covered(advice, text, topic):
    checklist = {c.topic: c for c in review_plan(text, advice).checklist}
    assert checklist[topic].status == "covered", topic


@pytest.mark.parametrize("text, topic", [
    ("By June: 10,000 followers, up from 4,000.", "purpose"),
    ("D'ici juin, atteindre 5 000 abonnés sur Instagram.", "purpose"),
    ("Every Monday we count the likes.", "measurement"),
])
def test_vanity_figures_cover_nothing(advice, text, topic):
    checklist = {c.topic: c for c in review_plan(text, advice).checklist}
    assert checklist[topic].status != "covered", topic
