"""Round 24 of issue 15: the kinds of statement behind the misses of fresh27, read in general form (sentences of our
own, in other trades and words; bench/plans/probe24 holds more of them).

- A tool: a machine called an assistant or an agent (« assistant IA », "AI agent") is a tool, and a name in apposition
  to it (« notre assistant IA, Barbot, ») is no person; a tool that "is the whole marketing department from now on".
- Presence as not a single platform where someone searches and the business isn't showing (a double negation with the
  business as the one missing).
- Measurement: a report made to people ("report to the owners"), a reflexive ("measure ourselves"), a customer's review
  and someone's first visit are no figure read.
- Audience: a loss of use (vehicles "kept off the road", « immobilisées ») is their problem.
- Owners: « continue de répondre » / "continues to answer" keeps a task; a relative without a comma defines a group
  ("Couriers who run two vans"), not a person.
- Cadence: answers that go on are no pace of posting; "What doesn't change:" is no problem of people.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import PRESENCE, TOOL, VANITY, counterfeits_and_covered, covered, fired


@pytest.mark.parametrize("kind, counterfeit, twin", [
    (TOOL, "Pour la com, notre agent IA, Plumo, est toute notre équipe marketing dorénavant : il rédige et publie.",
     "Pour la com, notre stagiaire, Paulo, est toute notre équipe marketing dorénavant : il rédige et publie."),
    (TOOL, "For comms, our AI agent, Plumo, is the entire marketing team going forward: it drafts and publishes.",
     "For comms, our intern, Paulo, is the entire marketing team going forward: he drafts and publishes."),
    (PRESENCE, "Notre cap : pas un seul site de la région où l'on cherche une salle de mariage sans que le Domaine apparaisse.",
     "Notre cap : 12 mariages de plus d'ici 2028 ; pas un seul site de mariage ne nous a apporté de client l'an passé."),
    (PRESENCE, "Our aim: not a single site in the county where someone looks for a wedding venue and the Manor isn't coming up.",
     "Our aim: 12 more weddings booked by 2028; not one wedding site sent us a couple last year."),
])  # fmt: skip
def test_counterfeits_said_in_new_words_are_found_and_their_twins_are_not(advice, kind, counterfeit, twin):
    assert kind in fired(advice, counterfeit)
    assert kind not in fired(advice, twin)


@pytest.mark.parametrize("machine, person", [
    ("Notre assistant IA, Barbot, écrit les légendes et publie les photos.",
     "Notre assistante, Maya, écrit les légendes et publie les photos."),
    ("Our AI assistant, Barbot, writes the captions and posts the photos.",
     "Our assistant, Maya, writes the captions and posts the photos."),
])  # fmt: skip
def test_a_name_in_apposition_to_a_machine_is_no_owner(advice, machine, person):
    assert "sustainability" not in covered(advice, machine)
    assert "sustainability" in covered(advice, person)


@pytest.mark.parametrize("vanity, figure", [
    ("Le tableau de bord : 5 000 abonnés et 40 000 vues d'ici l'été, c'est ce dont on rend compte aux associés chaque mois.",
     "Chaque mois, on rend compte aux associés du nombre de devis signés."),
    ("Dashboard: 5,000 followers and 40,000 views by summer, that's what we report to the partners every month.",
     "Every month we report signed quotes to the partners, pulled from the quoting software."),
])  # fmt: skip
def test_a_report_made_to_people_is_no_count_of_them(advice, vanity, figure):
    found, sections = counterfeits_and_covered(advice, vanity)
    assert VANITY in found
    assert "measurement" not in sections
    assert "measurement" in covered(advice, figure)


@pytest.mark.parametrize("text", [
    "We want to measure ourselves against other gyms: newcomers feel lost on their first visit; we take stock each quarter.",
    "Sophie keeps answering customers who leave a message or a review, the same day, and updates the window every Monday.",
])  # fmt: skip
def test_a_reflexive_a_review_left_or_a_first_visit_is_no_figure(advice, text):
    assert "measurement" not in covered(advice, text)


@pytest.mark.parametrize("text", ["We count first visits from the booking system every Monday.",
                                  "On compte les premières visites dans le logiciel de réservation chaque lundi."])
def test_first_visits_counted_are_still_a_figure(advice, text):
    assert "measurement" in covered(advice, text)


@pytest.mark.parametrize("problem, none", [
    ("Couriers who run two or three vans told us the big chains kept their vehicles off the road for a whole day.",
     "Couriers who run two or three vans bring us their vehicles on Mondays."),
    ("Les artisans qui ont une camionnette nous racontent que le garage du centre la garde immobilisée trois jours.",
     "Les artisans du quartier nous amènent leur camionnette le lundi matin."),
])  # fmt: skip
def test_a_loss_of_use_is_their_problem(advice, problem, none):
    assert "relevance" in covered(advice, problem)
    assert "relevance" not in covered(advice, none)


def test_a_group_with_a_relative_without_a_comma_is_no_owner(advice):
    assert "sustainability" not in covered(advice, "Couriers who run two vans can't find a garage open early.")
    assert "sustainability" in covered(advice, "We handed the captions over to Priya, who writes them on Mondays.")


@pytest.mark.parametrize("text", [
    "Ce qui ne change pas : Sophie continue de répondre aux clients qui laissent un message ou un avis, le jour même.",
    "What doesn't change: Sophie keeps answering customers who leave a message or a review, the same day.",
    "Ce qui ne bouge pas : Yanis répond aux clients qui passent commande par message, dans l'heure.",
])  # fmt: skip
def test_what_does_not_change_is_no_problem_and_a_task_kept_going_has_its_owner(advice, text):
    sections = covered(advice, text)
    assert "relevance" not in sections
    assert "sustainability" in sections
    assert "reputation" in sections


@pytest.mark.parametrize("answers, posts", [
    ("Yanis continuera de répondre aux messages dans l'heure ; Zoé affiche le menu au tableau chaque vendredi.",
     "Zoé continue de publier chaque vendredi, même une fois l'été fini."),
    ("Yanis carries on answering messages within the hour; Zoe chalks the menu on the board every Friday.",
     "Zoe continues to post every Friday, even once the summer is over."),
])  # fmt: skip
def test_answers_that_go_on_are_no_pace_of_posting(advice, answers, posts):
    assert "consistency" not in covered(advice, answers)
    assert "consistency" in covered(advice, posts)
    assert "sustainability" in covered(advice, posts)
