"""Round 16 of issue 15: the four counterfeits said in new words, each beside a real twin in similar words.

- Presence: being talked about, top of mind, on people's radar, no longer unnoticed, holding the ground,
  renown (« se faire un nom », "a household name", "on the map"), a brewery "everyone can't stop seeing".
- Vanity: the views of our reels, how many people save and share, hundreds of likes, a growing community,
  engagement on each post, posts that keep getting shared, "we'll be happy when we've got a following".
- Everyone: the whole human race, « tout un chacun », « le premier venu », "anybody" as the whole answer
  to "who's it for?", men and women of every age, no typical customer, patients or students said to be
  everyone, « notre marché, c'est … tout le monde »; "everyone else's" and answering everyone are not.
- A tool said to be the plan the other way round ("our blog is the plan", « le blog, c'est notre plan »).

The counterfeit is found and covers no section; the twin covers its section, with no counterfeit found.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import counterfeits_and_covered


@pytest.mark.parametrize("presence, real", [
    ("Notre but : qu'on parle de nous.", "Notre but : qu'on parle de nous, et 30 réservations de plus d'ici juin."),
    ("L'idée, c'est d'occuper le terrain sur Instagram.",
     "L'idée, c'est d'occuper le terrain sur Instagram pour vendre 40 coffrets de plus d'ici Noël."),
    ("Objectif : que la boutique ne passe plus inaperçue en ligne.",
     "Objectif : que la boutique ne passe plus inaperçue en ligne, avec 30 commandes de plus d'ici juin."),
    ("What we're after: top of mind in the whole valley.",
     "What we're after: 25 more walking tours booked by September from the whole valley."),
    ("The aim is to get on people's radar.", "The aim is 20 more trial classes booked by June."),
    ("Our goal: get the whole town talking about us.", "Our aim: get people talking, and 40 more bookings by June."),
])
def test_presence_in_other_words_is_no_aim(advice, presence: str, real: str):
    fired, covered = counterfeits_and_covered(advice, presence)
    assert "plan.presence-as-goal" in fired
    assert "purpose" not in covered
    fired, covered = counterfeits_and_covered(advice, real)
    assert "plan.presence-as-goal" not in fired
    assert "purpose" in covered


def test_top_of_mind_for_the_audience_is_no_presence(advice):
    fired, covered = counterfeits_and_covered(advice, "Parents who can't find a sitter they trust, for whom safety is top of mind.")
    assert not fired
    assert "relevance" in covered


@pytest.mark.parametrize("vanity, real", [
    ("Indicateur principal : les vues de nos reels, relevées chaque vendredi.",
     "Indicateur principal : les ventes de nos coffrets, relevées chaque vendredi."),
    ("Main indicator: the views on our reels, noted every Friday.",
     "Main indicator: the sales of our gift boxes, noted every Friday."),
    ("We'll judge it by how many people save and share the carousel.",
     "We'll judge it by how many people book a table, counted every Friday."),
    ("On saura que ça marche quand chaque post récoltera une centaine de cœurs.",
     "On saura que ça marche quand on comptera chaque lundi les réservations de la semaine."),
    ("We'll know it's working when each post gets hundreds of likes.",
     "We'll know it's working when we count 20 more bookings every month."),
])
def test_vanity_in_other_words_is_no_measure(advice, vanity: str, real: str):
    fired, covered = counterfeits_and_covered(advice, vanity)
    assert "plan.vanity-metrics" in fired
    assert "measurement" not in covered
    fired, covered = counterfeits_and_covered(advice, real)
    assert "plan.vanity-metrics" not in fired
    assert "measurement" in covered


@pytest.mark.parametrize("everyone, group", [
    ("Target market: basically the whole human race.", "Target market: first-time buyers who drown in mortgage jargon."),
    ("Who's it for? Anybody, really. We won't exclude a soul.", "Who's it for? Parents who can't find a sitter on Saturdays."),
    ("Cible : tout un chacun.", "Cible : les artisans qui font leurs devis le dimanche soir faute de temps."),
    ("Pour qui ? Le premier venu.", "Pour qui ? Les étudiants qui révisent tard et n'ont plus rien dans le frigo."),
])
def test_everyone_in_other_words_is_no_audience(advice, everyone: str, group: str):
    fired, covered = counterfeits_and_covered(advice, everyone)
    assert "plan.everyone-audience" in fired
    assert "relevance" not in covered
    fired, covered = counterfeits_and_covered(advice, group)
    assert "plan.everyone-audience" not in fired
    assert "relevance" in covered


@pytest.mark.parametrize("tool, part", [
    ("Our blog is the plan: once the articles are up, Google sends us customers.", "Our blog is the plan's backbone."),
    ("Le blog, c'est notre plan : une fois les articles en ligne, Google nous envoie les clients.",
     "Le blog, c'est notre deuxième canal : Léa y écrit un article par mois."),
])
def test_a_tool_said_to_be_the_plan_is_a_counterfeit(advice, tool: str, part: str):
    fired, _ = counterfeits_and_covered(advice, tool)
    assert "plan.tool-as-plan" in fired
    fired, _ = counterfeits_and_covered(advice, part)
    assert "plan.tool-as-plan" not in fired


PROBED16 = [
    ("We want to make a name for ourselves online.", "plan.presence-as-goal",
     "We want to make a name for ourselves online and sign 10 new clients by March.", "purpose"),
    ("On veut simplement se faire un nom sur les réseaux.", "plan.presence-as-goal",
     "On veut se faire un nom sur les réseaux et signer 10 nouveaux clients d'ici mars.", "purpose"),
    ("Goal: make the studio a household name across Instagram and TikTok.", "plan.presence-as-goal",
     "Goal: 25 new households on the veg-box round by June.", "purpose"),
    ("Le but, c'est de mettre la boulangerie sur la carte en ligne.", "plan.presence-as-goal",
     "Le but : 40 commandes de plus par semaine d'ici juin, passées en ligne.", "purpose"),
    ("KPI: a growing community, checked every Monday.", "plan.vanity-metrics",
     "KPI: repeat bookings from our growing list of regulars, checked every Monday.", "measurement"),
    ("Notre indicateur : l'engagement sur chaque publication.", "plan.vanity-metrics",
     "Notre indicateur : les commandes passées depuis chaque publication, relevées chaque lundi.", "measurement"),
    ("Indicateur : une communauté qui grandit, vérifiée chaque lundi.", "plan.vanity-metrics",
     "Indicateur : le nombre d'adhérents de l'association, vérifié chaque lundi.", "measurement"),
    ("We'll count it a win if the reels keep getting shared.", "plan.vanity-metrics",
     "We'll count it a win if 30 more families book by June.", "purpose"),
    ("On considère que c'est gagné si nos vidéos tournent partout.", "plan.vanity-metrics",
     "On considère que c'est gagné si 30 familles de plus réservent d'ici juin.", "purpose"),
    ("Who it's for: men and women of every age.", "plan.everyone-audience",
     "Who it's for: men and women of every age who have lost a tooth and feel embarrassed to smile.", "relevance"),
    ("Nos clients : de tout, vraiment, il n'y a pas de client type.", "plan.everyone-audience",
     "Nos clients : il n'y a pas de client type, mais ce sont surtout des artisans qui n'ont pas le temps de faire leurs devis.",
     "relevance"),
]


@pytest.mark.parametrize("counterfeit, rule, real, topic", PROBED16)
def test_round16_counterfeits_and_their_twins(advice, counterfeit: str, rule: str, real: str, topic: str):
    fired, covered = counterfeits_and_covered(advice, counterfeit)
    assert rule in fired
    assert topic not in covered
    fired, covered = counterfeits_and_covered(advice, real)
    assert not fired
    assert topic in covered


def test_everyone_else_is_the_others(advice):
    fired, covered = counterfeits_and_covered(advice, "We're talking to working parents who put off their own check-ups because they're busy "
                                    "booking everyone else's.")
    assert "relevance" in covered and not fired
    fired, covered = counterfeits_and_covered(advice, "Our patients are everyone.")
    assert "plan.everyone-audience" in fired and "relevance" not in covered


@pytest.mark.parametrize("everyone, group", [
    ("Nos patients, c'est tout le monde : on a tous un dos.", "Nos patients : des coureurs qui se blessent au genou."),
    ("Our students: everyone, really.", "Our students: adults who gave up the piano as teenagers and regret it."),
])
def test_patients_and_students_can_be_everyone(advice, everyone: str, group: str):
    fired, _ = counterfeits_and_covered(advice, everyone)
    assert "plan.everyone-audience" in fired
    fired, covered = counterfeits_and_covered(advice, group)
    assert not fired and "relevance" in covered


def test_a_name_nobody_can_stop_seeing_is_presence(advice):
    fired, covered = counterfeits_and_covered(advice, "Objective: be the brewery everyone in the county can't stop seeing, whatever app they open.")
    assert "plan.presence-as-goal" in fired and "purpose" not in covered
    fired, covered = counterfeits_and_covered(advice, "Objective: be the brewery 40 more pubs in the county order from by June.")
    assert not fired and "purpose" in covered


AT_LENGTH = [
    ("We'll be happy when we've got a proper following — a few thousand people who actually engage with what we post.",
     "plan.vanity-metrics", "We'll be happy when 40 more families book a clean by June.", "purpose"),
    ("On sera contents quand on aura une vraie communauté, quelques milliers de personnes qui réagissent à nos posts.",
     "plan.vanity-metrics", "On sera contents quand 40 familles de plus auront réservé d'ici juin.", "purpose"),
    ("Notre marché, c'est tous ceux qui ont une voiture, autant dire tout le monde ici.", "plan.everyone-audience",
     "Notre marché : les conducteurs de plus de 70 ans qui ont peur de perdre leur permis.", "relevance"),
]


@pytest.mark.parametrize("counterfeit, rule, real, topic", AT_LENGTH)
def test_counterfeits_said_at_length(advice, counterfeit: str, rule: str, real: str, topic: str):
    fired, covered = counterfeits_and_covered(advice, counterfeit)
    assert rule in fired
    assert topic not in covered
    fired, covered = counterfeits_and_covered(advice, real)
    assert not fired
    assert topic in covered


def test_a_market_that_walks_is_no_audience(advice):
    """« marché » alone shares its stem with « ça marche »: only « notre marché » names an audience."""
    fired, _ = counterfeits_and_covered(advice, "Ça marche pour tout le monde.")
    assert not fired


@pytest.mark.parametrize("text", ["On répond à tout le monde dans la journée, même aux critiques.",
                                  "We answer everyone within the day, even the critics."])
def test_answering_everyone_is_no_everyone_audience(advice, text: str):
    fired, covered = counterfeits_and_covered(advice, text)
    assert "plan.everyone-audience" not in fired
    assert "reputation" in covered
