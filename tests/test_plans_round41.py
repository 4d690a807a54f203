"""Round 41 of issue 15 (session 30, helper plans45): fresh45 written and labelled first, run once, then read by kind.
What must hold, French and English:

- Prose hard-wrapped wide (lines of about 120 characters) is one sentence across its line breaks when the next line
  goes on in lower case with a word that had no room left; a long line followed by a capital stays a point of its own.
- A franchise's own owner (« le franchisé », "the franchisee") and a network's coordinator are roles that take a task;
  "whichever of us" who is in that day is one of the team.
- A name and its post in a production (« Thomas au micro, Inès au montage », "Thomas on the mic, Ines on the edit")
  is who does which job; a town "on the camera trail" is no one.
- Being "the gym everyone sees", « la salle que tout le monde voit » is presence as the aim.
- A year's count beside last year's ("412 sales this year (last year 260)") is what happened, no aim; an aim said with
  last year's figure for comparison is still an aim.
- "If people follow you, sales follow" is a belief about followers, no sales counted; counting sales still is.
- fresh45 keeps its first run.

Then fresh45b (written after those changes, labelled first, run once) was read after its run:

- People sent away empty-handed ("send people away", « je renvoie les gens les mains vides ») are custom refused, no
  channel sending to another; "sends people to the Facebook page" still links.
- A two-letter name labelling its task on a list line ("Mo: runs the card reader", « Lé : tient la caisse ») is an owner;
  "Re: posts for May" is an e-mail's subject, no one.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.plan.statements import statements
from tests.plan_helpers import counterfeit, covers

WIDE = "x" * 100  # a line longer than anyone wraps at 80 or 90 columns


@pytest.mark.parametrize("follows, joined", [
    ("goes on here.", True),  # lower case, and "goes" had no room on the line above: a wrap
    ("Goes on here.", False),  # a capital: a point of its own, as Slack-style notes are typed
])
def test_a_wide_wrap_is_one_sentence(follows, joined):
    text = f"{WIDE} and then the\n{follows}"
    found = statements(text, ((0, len(text)),))
    assert (len(found) == 1) is joined, [text[s.span[0]:s.span[1]] for s in found]


@pytest.mark.parametrize("language, plan", [
    ("en", "Tea Time Ltd. Our promotion for the winter: we signed up to Postomat. It cuts each video into clips, writes the "
           "captions and\nposts them on all our networks on its own."),
    ("fr", "Promo de l'hiver : on a pris l'abonnement à Postomat. Il découpe chaque vidéo en extraits, écrit les légendes "
           "et les\npublie sur tous nos réseaux tout seul."),
])
def test_a_tool_at_work_across_a_wide_wrap_is_found(language, plan):
    counterfeit(plan, "tool", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le franchisé publie les offres de la semaine.", True),
    ("fr", "L'animatrice réseau relit les publications du mois précédent.", True),
    ("en", "The area coordinator checks last month's posts.", True),
    ("en", "Every comment and DM is answered by whichever of us is at the bench that afternoon.", True),
    ("en", "Which of us will post? We don't know yet.", False),
    ("fr", "Le franchisé a signé son contrat en 2019.", False),
])
def test_franchise_roles_and_whichever_of_us_take_a_task(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


def test_whichever_of_us_answers():
    covers("Every comment and DM is answered by whichever of us is at the bench that afternoon.", "answering", "en")


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Enregistrement : Thomas au micro, Inès au montage.", True),
    ("en", "We record the podcast every Tuesday. Recording: Thomas on the mic, Ines on the edit.", True),
    ("en", "Come to Brighton on the camera trail this summer.", False),
    ("fr", "Rendez-vous au micro-trottoir de la place du marché.", False),
])
def test_a_name_and_its_post_is_an_owner(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "My goal this year: to be the gym everyone sees.", True),
    ("fr", "Notre but cette année : être la salle que tout le monde voit.", True),
    ("en", "We want to become the café everyone talks about.", True),
    ("en", "Everyone sees the menu board by the door when they queue.", False),
    ("fr", "Tout le monde voit l'ardoise près de la porte en faisant la queue.", False),
])
def test_being_the_one_everyone_sees_is_presence(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "- 412 sales on Etsy this year (last year 260).", False),
    ("fr", "- 412 ventes sur Etsy cette année (l'an dernier 260).", False),
    ("en", "We want 500 sales by next June, up from 260 last year.", True),
    ("fr", "Nous visons 500 ventes d'ici juin prochain, contre 260 l'an dernier.", True),
])
def test_a_year_beside_last_year_is_no_aim(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Those are the numbers I'll check every month, because if people follow you, sales follow.", False),
    ("fr", "C'est le chiffre que je regarde chaque mois, parce que si les gens vous suivent, les ventes suivront.", False),
    ("en", "We count sales every month from the till.", True),
    ("fr", "On compte les ventes chaque mois à la caisse.", True),
])
def test_sales_that_follow_are_a_belief_no_count(language, plan, expected):
    covers(plan, "measurement", language, expected=expected)


def test_fresh45_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh45"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [22, 3, 3, 36]
    assert first["counterfeits"] == [6, 8]


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "I'm moving my mugs from markets to my own website, because at markets I sell out by noon and then send "
           "people away empty-handed.", False),
    ("fr", "Je passe mes tasses des marchés à mon site, parce qu'au marché je suis en rupture à midi et je renvoie les "
           "gens les mains vides.", False),
    ("en", "Every Instagram story sends people to the shop's Facebook page.", True),
    ("fr", "Chaque story Instagram renvoie les gens vers la page Facebook de la boutique.", True),
])
def test_people_sent_away_link_no_channel(language, plan, expected):
    covers(plan, "channels", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "[ ] Float (£100 in coins)\n[ ] Mo: runs the card reader and the follow sign", True),
    ("fr", "[ ] Fond de caisse (100 €)\n[ ] Lé : tient la caisse et le panneau des abonnés", True),
    ("en", "To: the team\nRe: posts for May", False),
])
def test_a_two_letter_name_and_its_task_is_an_owner(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


def test_fresh45b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh45b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [14, 1, 1, 16]
    assert first["counterfeits"] == [3, 3]


def test_one_long_line_of_notes_is_still_typed():
    """Among notes typed a point a line, one long line ending on a full word is no wrap: the lower-case
    line after it is a point of its own (a wide wrap shows as two long lines, or a line ending on "and")."""
    notes = f"{WIDE} at the chain\njay answers insta msgs same day\n"
    assert len(statements(notes, ((0, len(notes)),))) == 2
    wrapped = f"{WIDE} at the chain and\njay answers insta msgs same day\n"
    assert len(statements(wrapped, ((0, len(wrapped)),))) == 1
