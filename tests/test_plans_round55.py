"""Round 55 of issue 15 (session 39, helper plans59): fresh59 written and labelled first (before any change of the
round and before its writer read the plan rules), run once on main's code, then read by kind, in both languages:

- a question about who does a thing ("Who picks up comments and messages in the group?", « Qui s'occupe des questions
  … ? ») answered on its line by a bare name is one statement with its answer, up to twelve words and after a line's
  label ("**Replies:**"); the name is who answers (the reputation rule's `who`), "Nobody for now" still names no one;
- a tool said to be the plan on a note's line with no full stop ("…, it IS the plan", « …, c'est elle le plan »), and a
  tool that "posts them itself", are a tool as the plan;
- a counted list under a heading that gives the number of posts ("## Mix of the eight", « ## Répartition des huit »),
  a blank line between them, is a mix;
- a heading above a group ("## Who watches", then a blank line, then "Renters who aren't…") is not read into it
  (`@people-who` no longer crosses a blank line);
- fresh59 keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers

WHO_ANSWERED = {
    "en": "## Replies\n\nWho picks up comments and messages in the group? Okello, he's glued to it anyway.",
    "fr": "## Réponses\n\nQui s'occupe des commentaires et des messages dans le groupe ? Okello, il y passe ses soirées.",
}
LABELLED = {
    "en": "**Replies:** Who picks up comments and messages in the group? Okello, he's glued to it anyway.",
    "fr": "**Réponses :** Qui s'occupe des commentaires et des messages dans le groupe ? Okello, il y passe ses soirées.",
}
NOBODY = {
    "en": "**Replies:** Who picks up comments and messages in the group? Nobody for now.",
    "fr": "**Réponses :** Qui s'occupe des commentaires et des messages dans le groupe ? Personne pour l'instant.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_who_question_answered_by_a_bare_name_is_who_answers(language):
    covers(WHO_ANSWERED[language], "answering", language, expected=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_labelled_who_question_answered_by_a_bare_name_is_who_answers(language):
    covers(LABELLED[language], "answering", language, expected=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_who_question_answered_by_nobody_names_no_one(language):
    covers(NOBODY[language], "answering", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "- Seb set up Plannr, the AI posting thing. It writes the captions, so we need no content plan, it IS the plan"
           "\n- Corinne does venue visits"),
    ("en", "- We use Plannr, the AI posting app, and it is the plan\n- Corinne does venue visits"),
    ("en", "Seb set up Plannr, the AI posting app. It writes the captions from our photos and posts them itself."),
    ("fr", "- Seb a installé Plannr, l'appli de publication. Elle écrit les légendes, c'est elle le plan\n"
           "- Corinne fait les visites"),
    ("fr", "- Seb a installé Plannr, l'appli de publication. Elle écrit les légendes, c'est notre plan\n"
           "- Corinne fait les visites"),
])
def test_a_tool_as_the_plan_on_a_line_with_no_full_stop(language, plan):
    counterfeit(plan, "tool", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "- Seb writes the captions himself, so the team is the plan\n- Corinne does venue visits"),
    ("fr", "- Seb écrit lui-même les légendes, c'est lui le chef\n- Corinne fait les visites"),
])
def test_a_person_at_work_is_no_tool(language, plan):
    counterfeit(plan, "tool", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "## Mix of the eight\n\n- 4 full builds (shelves that need no holes)\n- 2 \"mistakes I made\" videos\n"
           "- 2 viewer questions answered on camera"),
    ("fr", "## Répartition des huit\n\n- 4 tutos complets (étagères sans trous)\n- 2 vidéos « mes ratés »\n"
           "- 2 questions des spectateurs traitées face caméra"),
])
def test_a_counted_list_under_a_heading_giving_the_number_of_posts_is_a_mix(language, plan):
    covers(plan, "content-mix", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "## Our shops\n\n- 4 full builds\n- 2 videos\n- 2 questions"),
    ("fr", "## Nos boutiques\n\n- 4 tutos complets\n- 2 vidéos\n- 2 questions"),
])
def test_a_counted_list_with_no_period_nor_total_is_still_no_mix(language, plan):
    covers(plan, "content-mix", language, expected=False)


def test_fresh59_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh59"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [28, 1, 3, 16]
    assert first["counterfeits"] == [4, 5]
    assert first["false_counterfeits"] == 0


@pytest.mark.parametrize("language, plan", [
    ("en", "## Who watches\n\nRenters in their twenties who aren't allowed to drill into walls."),
    ("en", "## Viewers\n\nRenters who aren't allowed to drill into walls."),
    ("fr", "## Spectateurs\n\nDes locataires qui n'ont pas le droit de percer les murs."),
])
def test_a_heading_above_the_group_is_not_read_into_it(language, plan):
    covers(plan, "audience", language, expected=True)
