"""Round 53 of issue 15 (session 38, helper plans57): fresh57 written and labelled first (before any change of the
round and before its writer read the plan rules), run once on main's code, then read by kind, in both languages:

- a phone chat's export dates each message ("[12/11/2026, 21:05] Nadia: …"): the message is a point of its own, its
  date is neither a figure nor a horizon, and a short question (with its reason) is answered by the next message;
- going through the inbox, doing the DMs (« épluche la boîte », « fait les MP ») is answering, and its pace ("every
  evening after we close") is how fast we answer, no pace of posting;
- a role as the agent of a passive (« lus par la secrétaire », "passed to the volunteer") answers, « dans la semaine »
  is a delay;
- a group of ours named by its members in brackets ("founders (Nadia and Joe)") is who writes, no audience;
- no group favoured (« aucun public n'est privilégié ») is everyone, no audience;
- a slide's number ("Slide 8") is no amount, and a count that "decides nothing" is refused as the measure;
- a shared library is where things are kept, no channel feeding another;
- a to-do line or a card closed by who does it ("Photos of the kits (Marcus)", « photo du plat du jour — Lulu »), and
  a name as a line's label taken up by "he" or "she" doing a task, name an owner;
- English group nouns the French list already had ("teachers", « enseignants »).
- fresh57 keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers

CHAT = {
    "en": ("[12/11/2026, 21:05] Nadia: that's the point, if anyone looks up records in this town we're there\n"
           "[12/11/2026, 21:07] Joe: fine. and each TikTok goes up on Insta too\n"
           "[12/11/2026, 21:18] Joe: who does the DMs? people keep asking about stock\n"
           "[12/11/2026, 21:19] Nadia: me, I go through the inbox every evening after we close"),
    "fr": ("[12/11/2026, 21:05] Nadia : c'est ça le but, si quelqu'un cherche des disques en ville on est là\n"
           "[12/11/2026, 21:07] Joe : ok. et chaque TikTok part aussi sur Insta\n"
           "[12/11/2026, 21:18] Joe : qui fait les MP ? les gens demandent sans arrêt pour le stock\n"
           "[12/11/2026, 21:19] Nadia : moi, j'épluche la boîte tous les soirs après la fermeture"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_chat_stamps_date_is_no_purpose(language):
    covers(CHAT[language], "purpose", language, expected=False)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_dated_chat_question_is_answered_by_the_next_message(language):
    covers(CHAT[language], "answering", language, expected=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_going_through_the_inbox_every_evening_is_no_pace_of_posting(language):
    covers(CHAT[language], "cadence", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nLes messages reçus sur la page sont lus par la secrétaire ; les questions techniques sont "
           "transmises au bénévole concerné, qui répond dans la semaine.", True),
    ("en", "The plan.\n\nComments on the page are answered by the treasurer.", True),
    ("en", "The plan.\n\nQuestions on the page get answers, passed on to the volunteer.", True),
    ("fr", "Le plan.\n\nLes photos des ateliers sont prises par la secrétaire.", False),
    ("en", "The plan.\n\nThe workshop photos are taken by the secretary.", False),
])
def test_a_role_as_a_passives_agent_answers(language, plan, expected):
    covers(plan, "answering", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "# Chat of the Groove Cellar founders (Nadia and Joe)\n\nJoe: what number are we chasing then\n\n"
           "Joe: I'll film on Saturdays when it's busy", False),
    ("fr", "# Discussion des gérants (Paul et Léa)\n\nPaul : on n'a pas le temps de tout faire.", False),
    ("en", "The plan.\n\nWe sell to founders of small studios who can't find time to post.", True),
])
def test_a_group_named_by_its_members_is_no_audience(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Le plan.\n\nLe repair café s'adresse à tous. Aucun public n'est privilégié."),
    ("en", "The plan.\n\nThe repair café is for the neighbourhood. No group is favoured."),
])
def test_no_group_favoured_is_everyone(language, plan):
    counterfeit(plan, "everyone", language, expected=True)
    covers(plan, "audience", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "## Slide 8: Who does what\n\n- Sam: writes the posts\n- Front desk: shares the posts into the club groups"),
    ("fr", "## Diapo 8 : Qui fait quoi\n\n- Sam : écrit les posts\n- Accueil : les partages dans les groupes des clubs"),
])
def test_a_slide_number_is_no_amount(language, plan):
    counterfeit(plan, "vanity", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nLucas compte les rendez-vous chaque mois. Le nombre d'écoutes est noté mais ne décide de rien.",
     False),
    ("en", "The plan.\n\nLucas counts the appointments every month. The number of plays is noted but decides nothing.",
     False),
    ("en", "The plan.\n\nWe note the number of plays every month: that is our goal.", True),
])
def test_a_count_that_decides_nothing_is_no_vanity(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "The plan.\n\nIt writes the captions, picks photos from our shared library and posts to every shop's "
           "Instagram and Facebook on its own."),
    ("fr", "Le plan.\n\nIl écrit les légendes, choisit les photos dans notre bibliothèque partagée et publie sur "
           "Instagram et Facebook tout seul."),
])
def test_a_shared_library_links_no_channels(language, plan):
    covers(plan, "channels", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Notes\n\n→ Insta : photo du plat du jour tous les matins avant 11 h — Lulu", True),
    ("fr", "Notes\n\n→ Max : avis Google Maps, il répond le soir même", True),
    ("en", "Board\n\n- [card] Photos of the oyster kits (Marcus)", True),
    ("en", "Notes\n\n→ Max: Google reviews, he answers the same evening", True),
    ("en", "Board\n\n- [card] Photos of the oyster kits (Instagram)", False),
    ("fr", "Notes\n\n→ Insta : photo du plat du jour tous les matins — Instagram", False),
])
def test_a_line_closed_by_a_name_or_taken_up_by_a_pronoun_names_an_owner(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "The plan.\n\nSell grow kits to primary school teachers: they need a classroom project on a tiny budget."),
    ("fr", "Le plan.\n\nVendre des kits aux enseignants du primaire : ils ont besoin d'un projet de classe pas cher."),
])
def test_teachers_are_an_audience_in_both_languages(language, plan):
    covers(plan, "audience", language, expected=True)


def test_fresh57_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh57"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [30, 5, 5, 24]
    assert first["counterfeits"] == [8, 8]
    assert first["false_counterfeits"] == 2


@pytest.mark.parametrize("language, plan", [
    ("fr", "Le plan.\n\n**Les épisodes : 10, un tous les quinze jours**\n- 5 épisodes de fond (la donation, le testament…), "
           "soit la moitié\n- 3 témoignages de familles, rendus anonymes\n- 2 épisodes « vos questions »"),
    ("en", "The plan.\n\n**Episodes: 10, one every two weeks**\n- 5 episodes on the law (gifts, wills…), half of them\n"
           "- 3 families' stories, made anonymous\n- 2 listener-question episodes"),
])
def test_a_list_of_counted_kinds_with_asides_is_a_mix(language, plan):
    covers(plan, "content-mix", language, expected=True)


def test_fresh57b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh57b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [16, 2, 2, 12]
    assert first["counterfeits"] == [4, 4]
    assert first["false_counterfeits"] == 0
