"""Round 56 of issue 15 (session 40, helper plans60): fresh60 written and labelled first (before any change of the
round and before its writer read the plan rules), run once on main's code, then read by kind, in both languages:

- subscribers to a pass sold (« 150 abonnés « Pass Jeunes » », "150 Youth Pass subscribers") are no audience count,
  and questions counted from followers (« 2 questions d'abonnés », "2 follower questions") count no followers;
- two shares said in words, each followed by what it holds ("half process, half finished pages", « moitié …, moitié
  … », "mostly progress (…), the rest split between …"), are a mix whatever their words when the posts are named
  just before ("What we post:", "## Content"); not where people come from nor a text's tone ("half joke, half plan");
- a single post at a time ("a single post on a Friday with the winter pitch") is how often, no share of the posts;
- a counted kind opening on a compound ("5 in-depth episodes") is a kind;
- "a pre-order push before Christmas", "a membership drive" are a campaign's name, no change (push and drive are
  changes as verbs with what they move);
- "to be the truck you can't miss", « le camion qu'on ne peut pas rater » is presence as the aim;
- a group at a business park ("office workers at Kelham business park who …") is a group: "business" no longer voids it;
- leaving it to the last day, « attendre le dernier jour », is the audience's problem;
- a post that ends on the sign-up for the next channel links the channels;
- visits done ("Corinne does venue visits") are work, no figure read;
- fresh60 keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan", [
    ("fr", "D'ici juin 2027, on voudrait compter au moins 150 abonnés « Pass Jeunes » (ils sont 40 aujourd'hui)."),
    ("fr", "Chaque mois, la section jeunesse reprend 2 questions d'abonnés dans une publication."),
    ("en", "Every month the youth desk picks 2 follower questions for an 'Ask us' post."),
])
def test_subscribers_to_a_pass_and_followers_questions_are_no_vanity(language, plan):
    counterfeit(plan, "vanity", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "D'ici juin 2027, on voudrait compter au moins 150 abonnés « Pass Jeunes » (ils sont 40 aujourd'hui)."),
])
def test_an_aim_of_subscribers_to_a_pass_is_a_purpose(language, plan):
    covers(plan, "purpose", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "By June 2027 we'd like at least 150 subscribers (40 today)."),
    ("fr", "D'ici juin 2027, on voudrait compter au moins 150 abonnés (ils sont 40 aujourd'hui)."),
])
def test_subscribers_alone_stay_vanity(language, plan):
    counterfeit(plan, "vanity", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("fr", "## Contenu\nMoitié process (du crayonné à la couleur), moitié planches finies."),
    ("en", "## Content\nHalf process (from pencil to colour), half finished pages."),
    ("en", "What we post: mostly progress from the schools (about two thirds: photos of the tap going in), the rest split between where "
           "the money goes and a donor saying why they give."),
    ("fr", "Ce qu'on publie : surtout l'avancement des chantiers (environ deux tiers), le reste partagé entre les comptes et un donateur."),
    ("en", "Each month: 5 in-depth episodes and 3 clips."),
    ("en", "Each month:\n- 5 in-depth episodes\n- 3 short clips"),
])
def test_two_shares_in_words_each_with_what_it_holds_are_a_mix(language, plan):
    covers(plan, "content-mix", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "Once the festivals stop in October we go back to a single post on a Friday with the winter pitch, no daily "
           "stories."),
    ("en", "IRONWORKS GYM (written for the away-day, half joke, half plan)"),
    ("fr", "IRONWORKS GYM (écrit pour le séminaire, moitié blague, moitié plan)"),
    ("en", "Our visitors are mostly from the town, the rest from abroad."),
    ("fr", "Nos visiteurs viennent surtout de la ville, le reste de l'étranger."),
    ("en", "Our customers are mostly young families, the rest retirees."),
    ("en", "Half price on Mondays, half price on Fridays."),
    ("en", "We split the week: half workshop, half deliveries."),
    ("fr", "On partage la semaine : moitié atelier, moitié livraisons."),
])
def test_a_single_post_a_tone_or_where_people_come_from_is_no_mix(language, plan):
    covers(plan, "content-mix", language, expected=False)


def test_a_single_post_about_one_kind_is_still_a_share():
    covers("Des réponses concrètes : le coût réel, une journée type. Une seule publication par mois sur les places "
           "disponibles.", "content-mix", "fr", expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "Also a vinyl pre-order push before Christmas."),
    ("en", "And a big sales push in the run-up to Christmas."),
    ("en", "A membership drive before the new season in September."),
])
def test_a_campaigns_push_is_no_purpose(language, plan):
    covers(plan, "purpose", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "We want to push pre-orders past 300 before Christmas."),
    ("en", "The posts should drive 40 more bookings by June."),
    ("fr", "Aussi, on veut faire grimper les précommandes de vinyles au-delà de 300 avant Noël."),
])
def test_push_and_drive_as_verbs_are_still_a_change(language, plan):
    covers(plan, "purpose", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "Big picture: this summer I want Lucky Birria to be the truck you can't miss."),
    ("fr", "Cet été, je veux que Lucky Birria soit le camion qu'on ne peut pas rater."),
])
def test_the_business_nobody_can_miss_is_presence(language, plan):
    counterfeit(plan, "presence", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "This summer I want to be the truck you can't miss: 40 more lunch orders a day by August."),
    ("fr", "Cet été, on veut être le camion qu'on ne peut pas rater : 40 commandes de plus par jour d'ici août."),
])
def test_unmissable_beside_a_real_aim_is_no_presence(language, plan):
    counterfeit(plan, "presence", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "Who we're cooking for: the lads and lasses at Kelham business park who get half an hour for lunch and give "
           "up on us when the queue goes round the corner."),
    ("en", "Who it's for: couples who always leave it to the last day to book a venue."),
    ("fr", "Pour qui : les couples qui attendent le dernier jour pour réserver une salle."),
    ("fr", "Pour qui : les couples qui s'y prennent la veille pour réserver une salle."),
])
def test_a_group_at_a_business_park_and_the_last_day_are_an_audience(language, plan):
    covers(plan, "audience", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "Each LinkedIn post ends on the sign-up for the monthly demo webinar."),
    ("fr", "Chaque post LinkedIn se termine par le lien d'inscription au webinaire du mois."),
])
def test_a_post_ending_on_the_sign_up_for_the_next_channel_links_them(language, plan):
    covers(plan, "channels", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "- Corinne does venue visits + photos, Seb checks the Plannr queue on Sundays"),
    ("fr", "- Corinne fait les visites de salles + photos, Seb vérifie la file de Plannr le dimanche"),
])
def test_visits_done_are_no_figure_read(language, plan):
    covers(plan, "measurement", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "We count the visits every Sunday."),
    ("fr", "On compte les visites chaque dimanche."),
])
def test_visits_counted_are_still_a_measurement(language, plan):
    covers(plan, "measurement", language, expected=True)


def test_fresh60_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh60"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [39, 2, 4, 19]
    assert first["counterfeits"] == [5, 6]
    assert first["false_counterfeits"] == 2
