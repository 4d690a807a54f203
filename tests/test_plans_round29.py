"""Round 29 of issue 15: a reading too big for one RE2 alternation, and the French presence readings it made room
for (sentences of our own, in other trades and words; bench/plans/probe29 holds more of them).

- A reading of readings.yaml whose one alternation would run RE2's DFA out of memory on a plan is compiled in
  parts (`linear.parts`), read together as one alternation: same matches, no "DFA out of memory".
- Presence, French: « partout où quelqu'un cherche un fleuriste, nous sommes le premier nom », « que chaque carte
  montre notre cabane », « que personne ne puisse ouvrir son téléphone sans tomber sur La Marmite »; English "let
  every search, every app, show our green door", "nobody … without running into the Jar".
- Purpose: a vanity count beside a real figure of the same aim ("2,000 followers and 60 bookings a month by June")
  voids nothing; with only a wish after it ("…by June so that sales grow") it is still no objective.
- Owners: a task said not done ("the volunteers never post", « les bénévoles ne publient jamais ») takes no one, nor
  does a name that does the work on its own ("Postbot posts on its own", « Publibot publie tout seul »).
- Measurement: a check whose object reaches past "and" to another task ("Sam checks them and posts on Tuesdays")
  counts nothing.
- Looking up our own name or our hours is no being seen: "every time a customer types our name, they must find the
  opening hours", « partout où un client cherche nos horaires ».
"""

from __future__ import annotations

import pytest
import re2

from bot.engine.plan.linear import Form, found, parts
from bot.engine.plan.readings import _file_readings
from bot.engine.plan.vocabulary import bundled_vocabulary
from tests.plan_helpers import PRESENCE, covered, fired


def test_a_big_alternation_is_split_into_parts_under_the_budget():
    patterns = tuple(rf"\b(?:w{i}|x{i})\s+(?:\w+\s+){{0,4}}?y{i}\b" for i in range(12))
    whole = re2.compile("|".join(f"(?:{p})" for p in patterns))
    split = parts(patterns, budget=whole.programsize // 3)
    assert len(split) >= 3
    assert all(part.programsize <= whole.programsize // 3 + 200 for part in split)
    assert len(parts(patterns, budget=whole.programsize)) == 1  # under the budget: one alternation, as before


def test_parts_read_together_find_what_the_one_alternation_finds():
    patterns = ("ab", "abc", "b", "cd", r"\d+", "c")
    text = "abc cd 12 abcd b"
    whole = re2.compile("|".join(f"(?:{p})" for p in patterns))
    split = tuple(Form(part) for part in parts(patterns, budget=1))
    assert len(split) == len(patterns)
    assert [m.span() for _, m in found(split, text)] == [m.span() for m in whole.finditer(text)]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_being_seen_reading_is_in_parts_each_small_enough(language):
    compiled = _file_readings(language)["@being-seen"]
    joined = re2.compile("|".join(f"(?:{a})" for a in bundled_vocabulary().alternatives("@being-seen", language)))
    assert joined.programsize > 12_000  # one alternation would be over the budget: it grew this round
    assert len(compiled) >= 2 and all(form.regex.programsize <= 12_000 for form in compiled)


@pytest.mark.parametrize("presence, plan", [
    ("Partout où quelqu'un cherche un fleuriste à Vannes, nous sommes le premier nom à l'écran.",
     "Partout où un client cherche nos horaires, il doit les trouver à jour."),
    ("Que chaque carte, chaque fil, montre notre petite cabane.",
     "Que chaque publication montre notre savoir-faire, et 30 réservations de plus par mois d'ici juin."),
    ("Que personne à Quimper ne puisse ouvrir son téléphone sans tomber sur La Marmite.",
     "Personne ne repart sans croiser la cheffe : elle passe à chaque table."),
    ("Chaque fois qu'un habitant de Brest tape « boulangerie », c'est nous qu'il voit en premier.",
     "Chaque fois qu'un client tape notre nom, il doit trouver les horaires à jour."),
    ("Let every search, every app, show our green door.", "Let every post show our craft: 30 more bookings a month by June."),
    ("We want nobody in Leeds to open their phone without running into the Jar.",
     "Nobody leaves without meeting the chef: she comes to every table."),
])  # fmt: skip
def test_being_first_or_unavoidable_wherever_one_looks_is_presence_as_the_aim(advice, presence, plan):
    assert PRESENCE in fired(advice, presence)
    assert PRESENCE not in fired(advice, plan)


def test_typing_our_own_name_is_no_being_seen(advice):
    assert PRESENCE not in fired(advice, "Every time a customer types our name, they must find the opening hours up to date.")
    assert PRESENCE in fired(advice, 'Every time someone in Hull types "florist", we must be the first name they see.')


@pytest.mark.parametrize("both, vanity", [
    ("Objectif : 2 000 abonnés et 60 réservations par mois d'ici juin, contre 40 aujourd'hui.",
     "Objectif : 5 000 abonnés d'ici Noël pour vendre plus."),
    ("Goal: 2,000 followers and 60 bookings a month by June, against 40 today.",
     "Goal: 10,000 followers by June so that sales grow."),
])  # fmt: skip
def test_a_real_objective_beside_a_vanity_count_is_still_an_objective(advice, both, vanity):
    """The count beside it voids nothing when the aim holds a figure of its own; a count with only a wish of sales
    after it is still no objective."""
    assert "purpose" in covered(advice, both)
    assert "purpose" not in covered(advice, vanity)


@pytest.mark.parametrize("no_one, someone", [
    ("The volunteers never post.", "The volunteers post on Saturdays; if Sam can't post, Jo takes over."),
    ("Our interns don't write the captions.", "Tom doesn't post; Mia posts on Mondays."),
    ("Les bénévoles ne publient jamais.", "Les bénévoles ne publient pas, c'est Léa qui publie le lundi."),
    ("Postbot posts on its own, every day.", "Postbot posts on its own, every day; Nina answers the comments."),
    ("Publibot publie tout seul, tous les jours.", "Publibot publie tout seul ; Nina répond aux commentaires."),
])  # fmt: skip
def test_a_task_said_not_done_or_done_by_a_named_machine_takes_no_one(advice, no_one, someone):
    assert "sustainability" not in covered(advice, no_one)
    assert "sustainability" in covered(advice, someone)


@pytest.mark.parametrize("no_measure, measure", [
    ("Sam checks them and posts on Tuesdays.", "Sam checks the bookings every Tuesday."),
    ("Sam les relit et les publie le mardi.", "Sam relève les réservations chaque mardi."),
])  # fmt: skip
def test_a_check_reaching_past_and_to_a_task_counts_nothing(advice, no_measure, measure):
    assert "measurement" not in covered(advice, no_measure)
    assert "measurement" in covered(advice, measure)
