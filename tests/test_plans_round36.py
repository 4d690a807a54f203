"""Round 36 of issue 15 (session 24): fresh39c's first-run misses read for their causes, with session 23's
leftovers; then fresh40 written and run first, read by kind; then fresh40b written after the last change and run
once. What must hold, French and English:

- An option weighed and put off by its own verdict ("DECISION: maybe later.", « Décision : on verra. ») is not the
  plan; an option decided "yes" is, and "Decision: no more than one offer a month" is no verdict against anything.
- A quiz's box left unticked beside a ticked one under a question is not the plan ("[ ] Everyone"); a to-do
  list's open boxes, with no question above them, are still its tasks.
- A question heading may join a second question ("What will you post, and how often?", « Qu'allez-vous publier,
  et à quel rythme ? »): the interview's answer below reads with it. A question word is no one ("Who writes…?").
- A compte rendu, an annual interview, an appraisal are no count; "number that matters: followers" / « chiffre qui
  compte : les abonnés » is vanity, no measure (`@vanity-named`); the knives sharpened after the label still count.
- A kept posting pace ("we keep a pace of two posts a week", « on garde le rythme ») is no change for the purpose
  (`@kept-pace`); the pace kept beside a change still leaves the purpose covered.
- A gerund label and plural days ("Posting: Tuesdays and Fridays") are no one; "Ming: films the reels" is someone.
- A count of reactions told as what happened ("by then there were 31 comments under it", `@past-count`) is no
  vanity; a share of the takings or the customers ("30 % of our Saturday takings", `@share-of-business`) is no share
  of the posts; fractions of the posts (« trois quarts de conseils ») are.
- "A clear reason:" / « Une raison : » labels the aim; a post named by its weekday ("the Tuesday tip", « le conseil
  du mardi ») is a weekly pace; the emphatic self ("which you answer yourself", « répondre toi-même ») names who.
- fresh40 and fresh40b keep their first runs; fresh39c, fresh40 and fresh40b meet the goals at the end of the round.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.advice import load_advice
from tests.plan_helpers import EVERYONE, PRESENCE, VANITY, covered, fired


@pytest.fixture(scope="module")
def advice():
    return load_advice()


PROS_CONS = ('OPTION A: "Families on holiday who don\'t know what to do when it rains"\n'
             "+ Rainy days are our busiest if people know we've got the covered holes\n"
             "DECISION: {verdict}\n")
POUR_CONTRE = ("OPTION A : « Les familles en vacances qui ne savent pas quoi faire quand il pleut »\n"
               "+ Les jours de pluie sont les plus chargés si les gens savent qu'on a des trous couverts\n"
               "DÉCISION : {verdict}\n")


@pytest.mark.parametrize("text", [
    PROS_CONS.format(verdict="maybe later."),
    PROS_CONS.format(verdict="not this year"),
    POUR_CONTRE.format(verdict="on verra."),
    POUR_CONTRE.format(verdict="reporté à 2028"),
])  # fmt: skip
def test_an_option_put_off_by_its_verdict_is_not_the_plan(advice, text):
    assert "relevance" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    PROS_CONS.format(verdict="yes, from March."),
    POUR_CONTRE.format(verdict="oui, dès mars."),
])  # fmt: skip
def test_an_option_decided_yes_is_the_plan(advice, text):
    assert "relevance" in covered(advice, text)


def test_a_verdict_that_limits_is_no_verdict_against(advice):
    text = ("Mix: mostly tips on choosing a lock, the rest about our prices.\n"
            "Decision: no more than one offer a month.\n")
    assert "content-mix" in covered(advice, text)


QUIZ = ("4. Who are our customers?\n"
        "   [{a}] Independent shops and cafés in the city centre who can't get same-day deliveries\n"
        "   [{b}] Everyone\n")


def test_a_quiz_answer_left_unticked_is_not_the_plan(advice):
    text = QUIZ.format(a="x", b=" ")
    assert EVERYONE not in fired(advice, text)
    assert "relevance" in covered(advice, text)


def test_the_ticked_answer_is_the_plan(advice):
    assert EVERYONE in fired(advice, QUIZ.format(a=" ", b="x"))


def test_a_to_do_lists_open_boxes_are_still_its_tasks(advice):
    text = "À faire — insta du salon\n\n[x] acheter la ring light\n[ ] Chloé : faire les stories avant/après le samedi\n"
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Qu'allez-vous publier, et à quel rythme ?\n« Deux posts par semaine. Après le semi-marathon d'octobre, je ne "
    "m'arrête pas : l'hiver, c'est la saison des blessures. »\n",
    "What will you post, and how often?\n\"Two posts a week. After the half marathon in October, I don't stop: "
    "winter is when the injuries come.\"\n",
])  # fmt: skip
def test_a_question_heading_joining_two_questions_reads_with_its_answer(advice, text):
    assert "consistency" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Cabinet Durand — compte rendu de l'entretien annuel de Manon (assistante), 14 novembre\n\nManon a bien tenu l'accueil.",
    "Notes of Sam's yearly interview (front desk), every November: the performance review.",
    "- chiffre qui compte : les abonnés, regardés chaque lundi",
    "- number that matters: followers, checked every Monday",
])  # fmt: skip
def test_a_report_an_appraisal_or_followers_named_as_the_figure_are_no_measure(advice, text):
    assert "measurement" not in covered(advice, text)


def test_followers_named_as_the_figure_are_vanity(advice):
    assert VANITY in fired(advice, "- number that matters: followers, checked every Monday")


@pytest.mark.parametrize("text", [
    "- chiffre qui compte : les couteaux affûtés par marché, sur la feuille de pointage, regardés le dimanche soir",
    "Minutes of the meeting: we count the job interviews each month.",
])  # fmt: skip
def test_a_business_figure_after_the_label_still_counts(advice, text):
    assert "measurement" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Until June we keep a pace of two posts a week for our customers.",
    "Jusqu'en juin, on garde le rythme de deux posts par semaine pour nos clients.",
])  # fmt: skip
def test_a_kept_pace_is_no_change_for_the_purpose(advice, text):
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Until June we keep a pace of two posts a week, to bring 20 new customers to the shop by then.",
    "Jusqu'en juin, on garde le rythme de deux posts par semaine pour amener 20 nouveaux clients à la boutique d'ici là.",
])  # fmt: skip
def test_a_kept_pace_beside_a_change_leaves_the_purpose(advice, text):
    assert "purpose" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Posting: Tuesdays and Fridays, one photo of the morning bake each time.",
    "Posting: Monday, one photo of the morning bake each time.",
    "Publication : Mardis et Vendredis, une photo de la fournée.",
])  # fmt: skip
def test_a_gerund_label_and_its_days_are_no_one(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", ["Ming: films the reels on Saturdays.", "Inès : filme les reels le samedi."])
def test_a_short_name_before_a_colon_is_someone(advice, text):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "On 14 October a customer posted a one-star review; nobody replied, and by then there were 31 comments under it.",
    "Le 14 octobre, une cliente a posté un avis à une étoile ; personne n'a répondu, et il y avait 31 commentaires dessous.",
])  # fmt: skip
def test_a_count_told_as_what_happened_is_no_vanity(advice, text):
    assert VANITY not in fired(advice, text)


def test_a_vanity_goal_beside_a_past_count_is_still_one(advice):
    assert VANITY in fired(advice, "Last spring the page had 300 followers; goal: 3,000 followers by June.")


@pytest.mark.parametrize("text", [
    "By the end of August, 30 % of our Saturday takings from pitches we announced in a story the night before.",
    "D'ici août, 30 % de nos ventes du samedi viennent des emplacements annoncés la veille en story.",
])  # fmt: skip
def test_a_share_of_the_business_is_no_share_of_posts(advice, text):
    assert "content-mix" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "About 30 % of our posts are recipes; the rest say where the van will be.",
    "Un dosage : trois quarts de conseils (choisir une serrure), un quart pour parler de nos tarifs.",
    "Three quarters of our posts are tips on choosing a lock, one quarter on our prices.",
])  # fmt: skip
def test_shares_of_the_posts_still_count(advice, text):
    assert "content-mix" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "A clear reason: by the end of August, 30 % of our Saturday takings from pitches we announced on Instagram.",
    "Une raison : d'ici fin août, 30 % de nos ventes du samedi viennent des emplacements annoncés sur Instagram.",
])  # fmt: skip
def test_a_reason_as_the_label_is_the_aim(advice, text):
    assert "purpose" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Pas de repos : après l'été, quand les vacanciers sont repartis, on garde le conseil du mardi tout l'hiver.",
    "No break: once the summer visitors have gone, we keep the Tuesday tip all winter.",
])  # fmt: skip
def test_a_post_named_by_its_weekday_is_a_weekly_pace(advice, text):
    assert "consistency" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "La seule chose que tu gardes : répondre toi-même aux messages des élèves, le soir.",
    "The one thing you keep: the pupils' messages, which you answer yourself in the evening.",
])  # fmt: skip
def test_the_emphatic_self_names_who_does_it(advice, text):
    assert "sustainability" in covered(advice, text)


def test_presence_in_a_ticked_quiz_answer_is_found(advice):
    text = ("1. What is our main goal on social media this year?\n"
            "   [ ] More business customers\n"
            "   [x] To be on every platform, so that wherever anyone in Bristol scrolls, a Pedal Post rider is there\n")
    assert PRESENCE in fired(advice, text)


@pytest.mark.parametrize(("name", "counts", "counterfeits"), [
    ("fresh40", [26, 1, 5, 32], [5, 6]),
    ("fresh40b", [16, 0, 0, 16], [3, 3]),
])  # fmt: skip
def test_the_sets_are_registered_with_their_first_run(name, counts, counterfeits):
    folder = eval_plans.PLANS / name
    assert folder in [path for path, _name in eval_plans.SETS]
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == counts
    assert first["counterfeits"] == counterfeits


@pytest.mark.parametrize("name", ["fresh39c", "fresh40", "fresh40b"])
def test_the_sets_meet_the_goals_at_the_end_of_the_round(name):
    figures = eval_plans.evaluate(eval_plans.PLANS / name)
    both = eval_plans.summary(figures)["both"]
    assert both["recall"] >= 0.9
    assert both["false_coverage"] <= 0.05
    assert figures.counterfeits_found == figures.counterfeits
    assert not figures.false_counterfeits
