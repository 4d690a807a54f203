"""Round 27 of issue 15: the kinds of statement behind the misses of fresh30, read in general form (sentences of our
own, in other trades and words; bench/plans/probe27 holds more of them).

- A tool: the tool by its kind and its name, an apposition, then the work ("the assistant Postly, bought in May,
  writes…", « l'assistant Publimo, acheté en mai, rédige… ») is the subject of the work; a name whose apposition says
  it was bought or subscribed to is a product, no person; a month is no one ("bought in May, writes").
- Owners: a task negated ("The staff do not intervene", "Tom doesn't post") is none.
- Measurement: "results" read names no figure, as "success" and "numbers" do not.
- Presence: our logo with a word before it ("our kayak logo", « notre petit logo ») wherever people look.
- Everyone: "Passengers:", « Spectateurs : » label the audience; nobody too young or too old is everyone.
- Audience: a counted kind of content ("2 clips of a hard putt sunk by a customer") describes the posts, not whom
  they are for.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import EVERYONE, PRESENCE, TOOL, counterfeits_and_covered, covered, fired


@pytest.mark.parametrize("tool, people", [
    ("Means: the assistant Postly, bought in May, writes and schedules every post. Nobody on the team has to touch it "
     "any more.",
     "Means: the assistant Postly, bought in May, schedules the posts Tom writes; Tom answers the comments."),
    ("Moyens : l'assistant Publimo, acheté en mai, rédige et programme toutes nos publications. On n'a plus à s'en "
     "occuper.",
     "Moyens : l'assistant Publimo, acheté en mai, programme les posts que Léa rédige ; Léa répond aux commentaires."),
])  # fmt: skip
def test_a_tool_by_its_kind_and_name_doing_the_work_is_the_plan(advice, tool, people):
    fired_, covered_ = counterfeits_and_covered(advice, tool)
    assert TOOL in fired_ and "sustainability" not in covered_
    fired_, covered_ = counterfeits_and_covered(advice, people)
    assert TOOL not in fired_ and "sustainability" in covered_


@pytest.mark.parametrize("nobody, somebody", [
    ("The lab staff do not intervene.", "The lab staff do the filming."),
    ("Method: the assistant Postly, bought in May, writes and posts everything.", "In May, Tom writes the posts."),
    ("Méthode : l'assistant Publimo, abonné en Mai, rédige et publie tout.", "En mai, Léa rédige les posts."),
])  # fmt: skip
def test_a_negated_task_a_bought_name_and_a_month_are_no_owner(advice, nobody, somebody):
    assert "sustainability" not in covered(advice, nobody)
    assert "sustainability" in covered(advice, somebody)


def test_marie_is_still_someone_though_a_month_shares_a_stem(advice):
    """« mars » is left out of the months the owners rule holds as no one: its stem is the stem of « Marie »."""
    assert "sustainability" in covered(advice, "Marie s'occupe du compte Instagram.")


@pytest.mark.parametrize("vanity, business", [
    ("Results will be read from the dashboard every Friday: hearts per post and the follower curve.",
     "Results will be read from the till every Friday: the number of bookings and the takings."),
    ("Les résultats seront lus sur le tableau de bord chaque vendredi : cœurs par post et courbe des abonnés.",
     "Les résultats seront relevés chaque vendredi sur la caisse : le nombre de réservations et le chiffre d'affaires."),
])  # fmt: skip
def test_results_read_name_no_figure(advice, vanity, business):
    assert "measurement" not in covered(advice, vanity)
    assert "measurement" in covered(advice, business)


@pytest.mark.parametrize("counterfeit, twin", [
    ("Goal: wherever someone in Devon opens a phone, our kayak logo must already be waiting for them.",
     "Goal: 30 more kayak hires by August; our kayak logo goes on every paddle."),
    ("Objectif : partout où quelqu'un ouvre son téléphone dans le Morbihan, notre petit logo doit déjà l'attendre.",
     "Objectif : 30 locations de kayak de plus d'ici août ; notre petit logo est peint sur chaque pagaie."),
])  # fmt: skip
def test_our_qualified_logo_wherever_people_look_is_presence(advice, counterfeit, twin):
    assert PRESENCE in fired(advice, counterfeit)
    assert PRESENCE not in fired(advice, twin)


@pytest.mark.parametrize("counterfeit, twin", [
    ("Passengers on board: everyone, no exceptions.",
     "Passengers on board: families in Whitby who have never dared to fly a power kite."),
    ("Spectators: nobody is too young or too old to watch.",
     "Spectators: parents who can't find a Sunday outing for toddlers; nobody waits at the gate."),
    ("Passagers à bord : tout le monde sans exception.",
     "Passagers à bord : les familles de Berck qui n'ont jamais osé piloter un cerf-volant de traction."),
    ("Spectateurs : personne n'est trop jeune ni trop vieux pour regarder.",
     "Spectateurs : les parents qui ne trouvent pas de sortie le dimanche ; personne n'attend au guichet."),
])  # fmt: skip
def test_passengers_and_spectators_label_the_audience(advice, counterfeit, twin):
    assert EVERYONE in fired(advice, counterfeit)
    fired_, covered_ = counterfeits_and_covered(advice, twin)
    assert EVERYONE not in fired_ and "relevance" in covered_


@pytest.mark.parametrize("text", [
    "Atelier : tout le monde peut participer.", "Everyone can take part in the workshop.",
])  # fmt: skip
def test_taking_part_is_no_label_of_the_audience(advice, text):
    assert EVERYONE not in fired(advice, text)


@pytest.mark.parametrize("mix, audience", [
    ("Each month: 2 clips of a hard putt sunk by a customer, 1 sunset photo and 1 offer.",
     "Our players: families on holiday who find every course too hard for the kids."),
    ("Par mois : deux films d'un trou difficile réussi par un client, une photo du coucher de soleil et une offre.",
     "Nos joueurs : des familles en vacances qui trouvent tous les parcours trop difficiles pour les enfants."),
])  # fmt: skip
def test_a_counted_kind_of_content_is_no_audience(advice, mix, audience):
    covered_ = covered(advice, mix)
    assert "content-mix" in covered_ and "relevance" not in covered_
    assert "relevance" in covered(advice, audience)


@pytest.mark.parametrize("business, person", [
    ("Farm Fresh packs the boxes on Fridays.", "Freya packs the boxes and posts the photos on Fridays."),
    ("Atelier pédagogique des Quatre Vents, Nantes.", "Les avis sont traités par Jeanne, à l'accueil, sous deux jours."),
])  # fmt: skip
def test_the_kind_of_business_opening_a_name_is_no_one_and_work_done_by_someone_is(advice, business, person):
    """« Ferme pédagogique des… » read as "Ferme" who does "pédagogique" to "des": the kind of business is no one; the
    work then « par » whom (« traités par Jeanne ») names an owner (« filmées à Brest » is a place, not a person)."""
    assert "sustainability" not in covered(advice, business)
    assert "sustainability" in covered(advice, person)
    assert "sustainability" not in covered(advice, "Les vidéos sont filmées à Brest.")
