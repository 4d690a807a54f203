"""Round 38 of issue 15 (session 26): round 37's leftovers read in general form, then fresh42 and fresh42b written and
labelled first, each run once and read by kind. What must hold, French and English:

- A tool named a paragraph or more before, then only a pronoun doing the work (« il rédige… il publie tout seul », "it
  writes… and posts on its own") is the tool as the plan; a person named since the tool takes the pronoun.
- Answering every message within a day "on every platform we use" is where we answer, no presence as the goal; an aim
  that is only to be on every platform still is.
- A sole trader who says "our customers" now and then still writes alone (their list of things to do is theirs).
- A chat export's short question (a header "Name  10:12", "Name — Today at 10:12" or "[10:12] Name" above each
  message) reads with the message that answers it; a question answered by nothing is still no answering.
- Figures read "from the order book" are a measure; a lack of place ("nowhere to warm up"), a discomfort of the body,
  a belief about the cost and a cracked screen are the audience's problem; a season's course is a horizon.
- « Pas de décision » in a meeting's record is no lack of anyone's; a condition stretched over three things ("if you've
  got a wall, a floor or a garden, you're our customer") is everyone, and names no audience.
- « après les clients viendront » leaves the likes the only aim (vanity); a count on a Facebook page is vanity, not
  presence; « je reprends mon rythme en septembre » is what comes after; a quoted pace struck out is no pace.
- fresh42 and fresh42b keep their first runs; every set of round 37 keeps its figures.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers

TOOL_AGAIN = {
    "fr": ("Contenu du carton : un abonnement à Publio (l'outil d'IA) et un compte Instagram.\n\n"
           "Étape 2 : lui donner notre carte. À partir de là, il rédige, il choisit les photos et il publie tout seul, "
           "tous les jours."),
    "en": ("What's in the box: a subscription to Postwise (the AI assistant) and an Instagram account.\n\n"
           "Step 2: feed it our menu. From there it writes, picks the photos and posts on its own, every day."),
}
PERSON_SINCE = {
    "fr": ("Nous avons pris Publio (l'outil d'IA) au printemps.\n\n"
           "Romain est arrivé en mai : il rédige et il publie tout seul, tous les jours."),
    "en": "We bought Postwise (the AI assistant) last spring.\n\nRomain joined in May: he writes and posts on his own, every day.",
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_tool_said_again_by_a_pronoun_is_the_plan(language):
    counterfeit(TOOL_AGAIN[language], "tool", language)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_person_named_since_the_tool_takes_the_pronoun(language):
    counterfeit(PERSON_SINCE[language], "tool", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "L'objectif est de répondre à chaque message dans la journée, sur toutes les plateformes qu'on utilise."),
    ("en", "The goal is to answer every message within a day, on every platform we use."),
])
def test_answering_on_every_platform_is_no_presence(language, plan):
    counterfeit(plan, "presence", language, expected=False)
    covers(plan, "answering", language)


@pytest.mark.parametrize("language, plan", [
    ("fr", "L'objectif est d'être sur toutes les plateformes, et Léa répond aux messages."),
    ("en", "The goal is to be on every platform, and Lea answers the messages."),
])
def test_being_on_every_platform_is_still_presence(language, plan):
    counterfeit(plan, "presence", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "My resolutions for the shop, just for me:\n1. Post a photo of my bench every Friday.\n"
           "2. Answer our customers' reviews the same day. I mean it.", True),
    ("fr", "Mes résolutions pour la boutique, rien que pour moi :\n1. Publier une photo de mon établi chaque vendredi.\n"
           "2. Répondre aux avis de nos clients le jour même. J'y tiens.", True),
    ("en", "Our to-do list for the shop:\n1. Post a photo of the bench every Friday.\n2. Answer the reviews the same day. "
           "We're on it, I think.", False),
    ("fr", "Notre liste pour la boutique :\n1. Publier une photo de l'établi chaque vendredi.\n"
           "2. Partager la recette du mois. Voilà ce que je propose.", False),
])
def test_a_sole_trader_saying_our_customers_still_writes_alone_a_team_does_not(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, answer, expected", [
    ("en", "whoever's not driving the wagon that day answers, same day.", True),
    ("en", "no idea, let's see.", False),
    ("fr", "celui qui ne conduit pas ce jour-là répond, le jour même.", True),
    ("fr", "aucune idée, on verra.", False),
])
def test_a_chat_question_reads_with_the_next_message(language, answer, expected):
    asked = {"en": "and what about people messaging to book?", "fr": "et les gens qui nous écrivent pour réserver ?"}
    covers(f"Tom  10:12\n{asked[language]}\n\nPriya  10:13\n{answer}", "answering", language, expected=expected)


@pytest.mark.parametrize("language, tom, priya", [
    ("en", "Tom — Today at 10:12", "Priya — Today at 10:13"),
    ("fr", "Tom — Aujourd'hui à 10:12", "Priya — Aujourd'hui à 10:13"),
    ("en", "[10:12] Tom", "[10:13] Priya"),
])
def test_other_chat_exports_read_the_same(language, tom, priya):
    asked = {"en": "and what about people messaging to book?", "fr": "et les gens qui nous écrivent pour réserver ?"}
    answer = {"en": "whoever's not driving answers, same day.", "fr": "celui qui ne conduit pas répond, le jour même."}
    covers(f"{tom}\n{asked[language]}\n\n{priya}\n{answer[language]}", "answering", language)


@pytest.mark.parametrize("language, plan, section", [
    ("en", "Quote requests and signed orders, from the order book, every first Monday of the month.", "measurement"),
    ("fr", "Les demandes de devis et les commandes signées, d'après le carnet de commandes, chaque premier lundi du mois.",
     "measurement"),
    ("en", "Who for: cold-water swimmers who come out of the lido blue and shaking, with nowhere to warm up.", "audience"),
    ("fr", "Pour qui : les nageurs en eau froide qui sortent du lac grelottants, sans nulle part où se réchauffer.",
     "audience"),
    ("en", "audience: parents whose teenagers crack a screen every term and who think a repair costs as much as a new phone",
     "audience"),
    ("fr", "public : les parents dont les ados ont un écran fissuré chaque trimestre et qui croient qu'une réparation "
           "coûte aussi cher qu'un téléphone neuf", "audience"),
    ("en", "The aim is 24 adults on the spring course, against 9 last year.", "purpose"),
    ("fr", "Le but : 24 adultes au stage de printemps, contre 9 l'an dernier.", "purpose"),
    ("en", "I post on Tuesdays and Fridays; in summer Camille posts once a week, and I'm back to my pace in September.",
     "cadence"),
    ("fr", "Je publie le mardi et le vendredi ; l'été, Camille poste une fois par semaine, et je reprends mon rythme en "
           "septembre.", "cadence"),
])
def test_new_kinds_of_statement_cover_their_section(language, plan, section):
    covers(plan, section, language)


@pytest.mark.parametrize("language, plan, section", [
    ("fr", "Point 1 — Adhésions\nRappel : 212 familles adhérentes. Pas de décision.", "audience"),
    ("en", "Item 1 — Membership\nReminder: 212 member families. No decision.", "audience"),
    ("en", "Builders, film crews, students — if you've got a wall, a floor or a garden, you're our customer.", "audience"),
    ("fr", "Les maçons, les étudiants — si vous avez un mur, un sol ou un jardin, vous êtes notre client.", "audience"),
    ("en", 'remove: "post every day" (we can\'t keep that up)', "cadence"),
    ("fr", "supprimé : « publier tous les jours » (on ne tiendra pas)", "cadence"),
])
def test_words_doing_double_duty_cover_nothing(language, plan, section):
    covers(plan, section, language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "After June we drop to one post a week, all year."),
    ("fr", "Après juin, on passe à un post par semaine, toute l'année."),
])
def test_a_pace_lowered_is_still_a_pace(language, plan):
    covers(plan, "cadence", language)


@pytest.mark.parametrize("language, plan, kind, expected", [
    ("fr", "Ce que je veux c'est 5000 abonnés sur TikTok avant l'été, après les clients viendront.", "vanity", True),
    ("en", "What I want is 5,000 followers on TikTok before summer, the customers will follow.", "vanity", True),
    ("fr", "Notre seul but cette année : atteindre 2 000 abonnés sur la page Facebook du club.", "presence", False),
    ("en", "Our only goal this year: reach 2,000 followers on the club's Facebook page.", "presence", False),
    ("fr", "Notre seul but cette année : atteindre 2 000 abonnés sur la page Facebook du club.", "vanity", True),
    ("en", "Our only goal this year: reach 2,000 followers on the club's Facebook page.", "vanity", True),
    ("en", "Builders, students — if you've got a wall, a floor or a garden, you're our customer.", "everyone", True),
    ("en", "If you've got a garden, you're our customer.", "everyone", False),
])
def test_counterfeits_told_apart(language, plan, kind, expected):
    counterfeit(plan, kind, language, expected=expected)


def _first_run(name: str) -> dict:
    return json.loads((eval_plans.PLANS / name / "first-run.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, recall, false_coverage, found", [
    ("fresh42", 0.9118, 0.0667, [5, 6]),
    ("fresh42b", 0.8696, 0.1111, [2, 2]),
])
def test_the_first_runs_are_kept(name, recall, false_coverage, found):
    first = _first_run(name)
    assert (first["both"]["recall"], first["both"]["false_coverage"], first["counterfeits"]) == (recall, false_coverage, found)


@pytest.mark.parametrize("name", ["fresh41", "fresh42", "fresh42b"])
def test_the_sets_read_this_round_meet_the_goals(name):
    figures = eval_plans.summary(eval_plans.evaluate(eval_plans.PLANS / name))
    assert figures["both"]["recall"] >= 0.9, figures["both"]
    assert figures["both"]["false_coverage"] <= 0.05, figures["both"]
    assert figures["counterfeits"][0] == figures["counterfeits"][1], figures["counterfeits"]
    assert figures["false_counterfeits"] == 0
