"""Round 28 of issue 15: the kinds of statement behind the misses of fresh31, read in general form (sentences of our
own, in other trades and words; bench/plans/probe28 holds more of them).

- Audience: a thing that does not suit them ("the wrong size", « de la mauvaise taille ») or a part of theirs that
  fails ("the gears jam on the first ride", « le dérailleur s'enraye ») is their problem; sticking to a path is none.
- Owners: a name followed by the kind of tool it is ("Postbot, our scheduling app:", « Publibot, notre logiciel
  d'IA : ») is a tool, and whoever hands the work to it ("I leave everything else to Postbot, our app:") takes no task;
  "Maya, our assistant," and "Jo, our app developer," are still people.
- Purpose: a figure after an audience count and a colon ("the followers climbing fast: ten thousand by
  June") is that count, no objective.
- Presence (English only): "let every map, every feed, show our shop", "wherever someone scrolls for…, we are the
  first thing they see".
- Cadence: a tool's own pace ("posts on its own, every day", « publie tout seul, tous les jours ») is no pace of ours;
  « tout le reste » (everything else) is no rest of the year.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import PRESENCE, TOOL, counterfeits_and_covered, covered, fired


@pytest.mark.parametrize("problem, none", [
    ("Our customers: new parents in Leeds who have a pram that is the wrong size for the bus.",
     "Our customers: new parents in Leeds who have a pram and take the bus."),
    ("For: cyclists in Hull who bought an old frame online and find the gears jam on the first ride.",
     "For: cyclists in Hull who stick to the canal path on the first ride."),
    ("Nos clients : les jeunes parents de Lille qui ont une poussette de la mauvaise taille pour le tram.",
     "Nos clients : les jeunes parents de Lille qui prennent le tram avec une poussette."),
    ("Pour qui : les cyclistes qui ont acheté un vieux vélo en ligne et dont le dérailleur s'enraye dès la première "
     "sortie.", "Pour qui : les cyclistes qui ont acheté un vieux vélo en ligne et roulent le dimanche."),
])  # fmt: skip
def test_a_thing_that_does_not_suit_them_or_fails_is_their_problem(advice, problem, none):
    assert "relevance" in covered(advice, problem)
    assert "relevance" not in covered(advice, none)


@pytest.mark.parametrize("tool", [
    "Everything goes to Postbot, our scheduling app: it picks the photos, writes the captions and posts on its own, "
    "every day. Nobody here will need to think about it.",
    "Tout le reste part à Publibot, notre logiciel d'IA : il choisit les photos, écrit les textes et publie tout seul, "
    "tous les jours. Plus personne ici n'aura à y penser.",
    "Je lègue tout le reste à Publibot, notre logiciel d'IA : il choisit les photos, écrit les textes et publie tout "
    "seul, tous les jours.",
])  # fmt: skip
def test_a_named_tool_doing_the_work_alone_is_no_owner_nor_pace(advice, tool):
    fired, covered_ = counterfeits_and_covered(advice, tool)
    assert TOOL in fired
    assert "sustainability" not in covered_ and "consistency" not in covered_


@pytest.mark.parametrize("text", [
    "I leave everything else to Postbot, our app: it picks the photos and posts.",
    "Je confie tout le reste à Publibot, notre logiciel : il choisit les photos et publie.",
])  # fmt: skip
def test_whoever_hands_the_work_to_a_named_tool_takes_no_task(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Maya, our assistant, writes the posts.",
    "Léa, notre assistante, rédige les posts.",
    "Jo, our app developer, writes the posts.",
    "Je confie tout le reste à Léa : elle choisit les photos et publie.",
])  # fmt: skip
def test_people_in_apposition_are_still_people(advice, text):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("ours", [
    "Léa publie tous les jours, et après juin on continue à deux par semaine.",
    "Tom s'occupe de tout le reste : il publie deux fois par semaine, et après juin on continue.",
    "Tom posts every day until June, and after June we keep going with two a week.",
])  # fmt: skip
def test_our_own_pace_is_still_a_cadence(advice, ours):
    assert "consistency" in covered(advice, ours)


@pytest.mark.parametrize("vanity, business", [
    ("The followers climbing fast: ten thousand by June.", "Bookings climbing fast: sixty a month by June, up from forty."),
    ("Count the likes each week,\nthe followers climbing fast:\nfive thousand by June.",
     "Count the bookings each week,\nthe bookings climbing fast:\nsixty a month by June, up from forty."),
    ("Les abonnés qui grimpent :\ncinq mille d'ici juin.",
     "Les réservations qui grimpent : soixante par mois d'ici juin, contre quarante aujourd'hui."),
])  # fmt: skip
def test_a_figure_after_an_audience_count_and_a_colon_is_that_count(advice, vanity, business):
    """The count is named before the colon (on the line above, too); its figure after it is no objective."""
    assert "purpose" not in covered(advice, vanity)
    assert "purpose" in covered(advice, business)


@pytest.mark.parametrize("presence, plan", [
    ("Let every map, every feed, show our little shop.", "Let every order ship by Friday; 40 more orders a month by June."),
    ('Wherever someone scrolls for "bakery near me", we are the first thing they see.',
     "Wherever someone scrolls past, the photo answers one question: is the shop open?"),
])  # fmt: skip
def test_being_first_wherever_one_looks_is_presence_as_the_aim(advice, presence, plan):
    """English only this round: the French counterpart (« partout où quelqu'un cherche… ») pushed the French
    being-seen set past RE2's DFA memory, and is left for a later round."""
    assert PRESENCE in fired(advice, presence)
    assert PRESENCE not in fired(advice, plan)
