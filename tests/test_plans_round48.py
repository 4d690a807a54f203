"""Round 48 of issue 15 (session 36, helper plans52): fresh52 written and labelled first, run once, then read by kind.
What must hold, French and English, each reading beside a near-twin that must not be read so:

- A sentence going on across line breaks (a verse, an acrostic, a song: « Sur Instagram il faudrait qu'on » then
  « Arrive enfin à dix mille abonnés », « Qu'on scrolle à Brest ou à Paris » then « Faut qu'on tombe sur nos
  baguettes ») is read whole: a short line ending on a word that waits for the next (« qu'on », « chaque », "and",
  "every") goes on below, so does a subordinate clause of wish or place alone on its line, and a reading bounded by
  the line reads across the break inside one statement. Notes typed one a line, each whole, stay apart; a table's
  header over its rule is no sentence going on.
- An amount in words (« dix mille abonnés », "a thousand followers") is an amount; « mille-feuilles » is a cake.
- Posts speaking « aux » people (« nos crêpes parlent aux enfants… à tout le monde ») say whom they speak to.
- Chat spelling: « jpost », « jrépond », « cé » are « je poste », « je réponds », « c'est ».
- The pace held through the holidays (« même pendant les vacances », "even in the holidays") goes on after the
  campaign, as "all year" does.
- A tool named with its kind, then its pronoun at work and said to be the plan (« GlaçoPost, une appli. […] elle
  publie partout. C'est elle, notre plan. », "It's our plan.") is the tool as the plan; a person publishing
  everywhere is not.
- One partner's view with the other's against it (« Malik trouve qu'Instagram suffit, A veut aussi TikTok », "Priya
  thinks Instagram is all we need. Sam wants the WhatsApp list too.") is a disagreement, no tool as the plan; the
  same view alone still is.
- A table typed with spaces (a bank statement) is one row a line, and a row opened by its date ("03 Mar   CARD
  PAYMENT…") holds the date of the entry, no horizon; "by 30 June" in a sentence still is one.
- A boosted post (a paid ad) is no growth aimed at.
- fresh52 keeps its first run.

Then fresh52b (written after those changes, labelled first, run once) was read after its run:

- One of the team ("Nobody on the team will need to check your work") is no audience with a need; sales teams who need
  to check every quote by hand are one.
- A letter written to a tool ("Dear LatherBot,", « Cher PostoBot, »): its "you" at work is the tool at work, and "you
  will be our marketing plan", « tu seras notre plan marketing » is the tool as the plan; the same letter to a person
  ("Dear Sam,", « Chère Léa, ») is no tool.
- fresh52b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.plan.statements import statements
from tests.plan_helpers import counterfeit, covers


def _said(text: str) -> list[str]:
    return [text[a:b] for (a, b) in (s.span for s in statements(text, ((0, len(text)),)))]


@pytest.mark.parametrize("text, joined", [
    ("Sur Instagram ce printemps il faudrait qu'on\nArrive enfin à dix mille abonnés", True),
    ("On our feeds this spring we want every\nRecipe to pass five hundred likes", True),
    ("Qu'on scrolle à Brest ou à Paris\nFaut qu'on tombe sur nos baguettes", True),
    ("Tom answers the messages\nAna posts on Mondays", False),
    ("Léa répond aux messages\nAna poste le lundi", False),
])
def test_a_verse_line_that_waits_for_the_next(text, joined):
    assert (len(_said(text)) == 1) is joined


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Notre plan, en acrostiche.\n\nSur Instagram ce printemps il faudrait qu'on\nArrive enfin à dix mille abonnés "
           "et que chaque\nRecette postée dépasse les cinq cents\nRéactions", True),
    ("en", "Our plan, as an acrostic.\n\nOn Instagram this spring we'd love it if we\nReached a thousand followers and "
           "every\nRecipe passed five hundred\nLikes", True),
    ("fr", "Notre plan.\n\nOn vend des mille-feuilles aux abonnés de la lettre.", False),
    ("en", "Our plan.\n\nWe sell a thousand-layer cake to the newsletter's subscribers.", False),
])
def test_a_count_aimed_at_across_verse_lines(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Notre plan.\n\nIci on ne trie pas les gens nos crêpes parlent aux enfants aux\nNonnas aux surfeurs aux touristes "
           "à tout le monde sans exception", True),
    ("fr", "Notre plan.\n\nNos crêpes parlent aux étudiants du port, qui n'ont que huit euros pour déjeuner.", False),
])
def test_posts_speaking_to_everyone(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "« LA CHANSON DU PLAN »\n\nRefrain\nOh Fournier, oh Fournier\nQu'on scrolle à Brest ou à Paris\nFaut qu'on "
           "tombe sur nos baguettes\nÀ midi, à minuit"),
])
def test_a_song_sentence_across_its_lines(language, plan):
    counterfeit(plan, "presence", language)


def test_a_table_header_over_its_rule_stays_a_table():
    plan = ("Comms workplan 2027\n\nTask                                    | Owner  | J F M A\n"
            "----------------------------------------|--------|--------\n"
            "Weekly repair-tip post (LinkedIn)       | Hamid  | █ █ █ █\n")
    covers(plan, "owners", "en")


@pytest.mark.parametrize("language, plan, section, expected", [
    ("fr", "Le plan.\n\nles dm cé moi qui gère, jrépond le soir après la fermeture", "answering", True),
    ("fr", "Le plan.\n\nles dm cé moi qui gère, jregarde le soir après la fermeture", "answering", False),
    ("fr", "Le plan.\n\njpost les avant/après le lundi et le jeudi, tjr à 18h, même pendant les vacances", "cadence", True),
    ("fr", "Le plan.\n\njpost les avant/après le lundi et le jeudi, tjr à 18h", "cadence", False),
    ("en", "The plan.\n\nI post the before/afters on Mondays and Thursdays, always at 6 pm, even in the holidays.",
     "cadence", True),
    ("en", "The plan.\n\nI post the before/afters on Mondays and Thursdays, always at 6 pm.", "cadence", False),
])
def test_chat_spelling_and_the_pace_through_the_holidays(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nJ'ai trouvé GlaçoPost, une appli. Tu lui donnes les photos, elle écrit les textes, elle choisit "
           "les heures, elle publie partout.", True),
    ("fr", "Le plan.\n\nJ'ai trouvé GlaçoPost, une appli. C'est elle, notre plan.", True),
    ("en", "The plan.\n\nI found PostPal, an app. You give it the photos, it writes the captions, it posts everywhere.",
     True),
    ("en", "The plan.\n\nI found PostPal, an app for the captions. Lea checks them. It's our plan.", False),
    ("fr", "Le plan.\n\nOn a Canva pour les visuels. Léa écrit les textes et elle publie partout.", False),
    ("en", "The plan.\n\nWe use Canva for the visuals. Lea writes the captions and she posts everywhere.", False),
])
def test_the_tools_pronoun_at_work(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan.\n\nMalik trouve qu'Instagram suffit, A veut aussi TikTok.", False),
    ("fr", "Le plan.\n\nMalik trouve qu'Instagram suffit.", True),
    ("en", "The plan.\n\nPriya thinks Instagram is all we need. Sam wants the WhatsApp list too. Not settled.", False),
    ("en", "The plan.\n\nPriya thinks Instagram is all we need.", True),
])
def test_a_view_disputed(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


_STATEMENT = ("SUNNYSIDE LTD — Statement 14\n\n"
              "Date     Description                         Out      In       Note\n"
              "03 Mar   CARD PAYMENT PRINTWORKS FLYERS      48.00             flyers for the new houses at Hill Farm\n"
              "07 Mar   DD CANVA PRO                        10.99             Priya thinks we need more photos.\n"
              "15 Mar   CARD PAYMENT META ADS               30.00             boosted post, 2 bookings\n")


def test_a_bank_statement_is_one_row_a_line():
    rows = [s for s in _said(_STATEMENT) if "Mar" in s]
    assert len(rows) == 3 and all("\n" not in s for s in rows)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", _STATEMENT, False),
    ("en", "The plan.\n\nWe want 30 more weekday bookings by 30 June, up from 12.", True),
    ("en", "The plan.\n\nboosted post on 15 March, 2 bookings", False),
    ("fr", "Le plan.\n\npost boosté le 15 mars, 2 réservations", False),
    ("en", "The plan.\n\nBoost weekday bookings to 30 a week by 15 March.", True),
])
def test_a_rows_date_and_a_boosted_post(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


def test_fresh52_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh52"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [27, 1, 2, 34]
    assert first["counterfeits"] == [5, 8]
    assert first["false_counterfeits"] == 0


@pytest.mark.parametrize("plan, expected", [
    ("The plan.\n\nNobody on the team will need to check your work.", False),
    ("The plan.\n\nSales teams who need to check every quote by hand.", True),
])
def test_one_of_the_team(plan, expected):
    covers(plan, "audience", "en", expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Dear LatherBot,\n\nYou will be our marketing plan in its entirety. From your first day you will write every "
           "caption and publish on all our accounts.", True),
    ("fr", "Cher PostoBot,\n\nTu seras notre plan marketing tout entier. Dès ton premier jour, tu écriras chaque légende "
           "et tu publieras sur tous nos comptes.", True),
    ("en", "Dear Sam,\n\nYou will be our marketing plan in its entirety. From your first day you will write every "
           "caption and publish on all our accounts.", False),
    ("fr", "Chère Léa,\n\nTu seras notre plan marketing tout entier. Dès ton premier jour, tu écriras chaque légende et "
           "tu publieras sur tous nos comptes.", False),
])
def test_a_letter_written_to_a_tool(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


def test_fresh52b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh52b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [10, 1, 0, 21]
    assert first["counterfeits"] == [4, 5]
    assert first["false_counterfeits"] == 0
