"""Plan review, session 7: more kinds of statement read as what they are, in French and
English. Each test is one specification: a shape of statement a plan writer uses, and what the
review must make of it (a covered part, a counterfeit found, or nothing)."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.plan.readings import reading
from bot.engine.text import fold
from bot.plans.review import review_plan


def status(result, topic: str) -> str:
    return next(c.status for c in result.checklist if c.topic == topic)


def fired(result) -> set[str]:
    return {f.rule for f in result.findings}


def found(name: str, text: str, language: str) -> list[str]:
    folded = fold(text)
    return [text[s:e] for s, e in reading(name, text, folded, language)]


# -- a tool as the plan: the tool said to work in our place, or to leave nothing to do ---------


@pytest.mark.parametrize(("text", "language"), [
    ("On s'est abonnés à Swello : le logiciel publie à notre place, et on n'a plus à s'en occuper.", "fr"),
    ("We've signed up to a scheduling app that writes and schedules all our posts: that's the content side handled.", "en"),
])
def test_a_tool_that_works_in_our_place_is_a_tool_as_the_plan(advice, text, language):
    assert "plan.tool-as-plan" in fired(review_plan(text, advice, language=language))


@pytest.mark.parametrize(("text", "language"), [
    ("Camille publie le mardi avec Swello ; elle répond aux messages le soir même.", "fr"),
    ("Camille posts on Tuesdays with Buffer and answers messages the same evening.", "en"),
])
def test_a_tool_beside_the_person_who_works_is_no_counterfeit(advice, text, language):
    assert "plan.tool-as-plan" not in fired(review_plan(text, advice, language=language))


# -- presence as the goal: accounts everywhere as the plan's first action ----------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Plan réseaux\n\n1. Ouvrir nos comptes sur toutes les plateformes, pour que plus personne ne dise qu'on n'y est pas.\n", "fr"),
    ("Social plan\n\n1. Open accounts on every platform going, so people stop asking where we are.\n", "en"),
])
def test_accounts_on_every_network_as_an_action_is_presence_as_the_goal(advice, text, language):
    result = review_plan(text, advice, language=language)
    assert "plan.presence-as-goal" in fired(result)
    assert status(result, "relevance") != "covered"  # "the platforms that matter" are no audience


@pytest.mark.parametrize(("text", "language"), [
    ("Être partout n'est pas un objectif : on reste sur Facebook, où nos clientes réservent.", "fr"),
    ("1. Open an Instagram account so that parents can book the workshop online.", "en"),
])
def test_presence_refused_or_given_an_outcome_is_no_counterfeit(advice, text, language):
    assert "plan.presence-as-goal" not in fired(review_plan(text, advice, language=language))


def test_a_negation_elsewhere_in_the_sentence_does_not_refuse_presence(advice):
    text = "Objectif : être sur toutes les plateformes, pour que plus personne ne dise qu'on n'est pas sur les réseaux."
    assert "plan.presence-as-goal" in fired(review_plan(text, advice, language="fr"))


# -- everyone as the audience: a whole population, or a condition anyone meets -----------------


@pytest.mark.parametrize(("text", "language"), [
    ("Audience: every household on the planet.", "en"),
    ("Who it's for: if you own a phone, you're our customer.", "en"),
    ("Clientèle : si vous avez un téléphone, vous êtes notre client.", "fr"),
    ("Cible : toutes les entreprises du pays.", "fr"),
])
def test_a_condition_anyone_meets_is_everyone(advice, text, language):
    result = review_plan(text, advice, language=language)
    assert "plan.everyone-audience" in fired(result)
    assert status(result, "relevance") != "covered"


def test_a_condition_that_selects_people_is_not_everyone():
    assert found("@universal", "If you have a bakery with fewer than five staff, you're our customer.", "en") == []
    assert found("@universal", "Si vous avez une boulangerie de moins de cinq salariés, vous êtes notre client.", "fr") == []
    assert found("@universal", "If you have teeth, you're our customer.", "en") != []


# -- owners, answering, audience, horizon: more ways of saying them ---------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("La stagiaire en alternance prendra les photos et les mettra en ligne.", "fr"),
    ("The intern from the college will take the photos and post them.", "en"),
])
def test_a_role_with_its_qualifier_is_an_owner(advice, text, language):
    assert status(review_plan(text, advice, language=language), "sustainability") == "covered"


@pytest.mark.parametrize(("text", "language"), [
    ("Questions from parents go to Dana, who answers in the evening.", "en"),
    ("Les questions des parents vont à Dana, qui y répond le soir.", "fr"),
    ("Replies: comments and DMs get answered by whoever's on the counter, before closing.", "en"),
])
def test_messages_routed_to_someone_who_answers_is_answering(advice, text, language):
    assert status(review_plan(text, advice, language=language), "reputation") == "covered"


@pytest.mark.parametrize(("text", "language"), [
    ("Who it's for: commuters who ride all year and only notice their brakes are worn when it's raining.", "en"),
    ("Pour qui : les propriétaires de chaudière qui ne pensent à l'entretien qu'au dernier moment.", "fr"),
])
def test_finding_out_too_late_is_a_difficulty(advice, text, language):
    assert status(review_plan(text, advice, language=language), "relevance") == "covered"


@pytest.mark.parametrize(("text", "language", "horizon"), [
    ("But : 30 commandes de paniers de fin d'année, contre 18 l'an passé.", "fr", "fin d'année"),
    ("Aim: 30 year-end hamper orders, against 18 last year.", "en", "year-end"),
])
def test_the_end_of_a_period_is_a_horizon(text, language, horizon):
    assert any(horizon in hit for hit in found("@horizon", text, language))


# -- statements: the items right under a label line are the parts of one point ----------------


def test_items_under_a_label_line_are_read_together_items_elsewhere_are_not():
    from bot.engine.plan.statements import statements, windows

    text = ("Where:\n  - Instagram reels for quick fixes\n  - the club page, where each reel links to the booking form\n\n"
            "- Instagram reels\n- a link to the booking form\n")
    found = statements(text, ((0, len(text)),))
    pairs = [[text[s.span[0]:s.span[1]] for s in group] for _, group in windows(found, 2)]
    assert pairs[0] == ["Instagram reels for quick fixes", "the club page, where each reel links to the booking form"]
    assert pairs[2] == ["Instagram reels"]  # a plain list: each item a point of its own


@pytest.mark.parametrize(("text", "language"), [
    ("Où :\n  - des vidéos Instagram pour les réparations rapides\n  - la lettre du club, où chaque vidéo renvoie au formulaire de réservation\n", "fr"),
    ("Where:\n  - Instagram reels for quick fixes\n  - the club newsletter, where each reel gets a write-up and a link to book\n", "en"),
])
def test_channels_listed_under_one_label_are_one_point(advice, text, language):
    assert status(review_plan(text, advice, language=language), "multichannel") == "covered"


@pytest.mark.parametrize(("text", "language"), [
    ("On compte les inscriptions à chaque conseil d'administration, une fois par mois.", "fr"),
])
def test_a_board_that_meets_is_no_kind_of_content(advice, text, language):
    assert status(review_plan(text, advice, language=language), "content-mix") != "covered"


# -- more counterfeits said in other words --------------------------------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Public : on s'adresse à tous, petits et grands.", "fr"),
    ("Notre cible, c'est n'importe quel foyer.", "fr"),
    ("Audience: if it has a heartbeat, it's our customer.", "en"),
    ("Audience: we speak to everyone.", "en"),
])
def test_speaking_to_all_or_to_any_household_is_everyone(advice, text, language):
    result = review_plan(text, advice, language=language)
    assert "plan.everyone-audience" in fired(result)
    assert status(result, "relevance") != "covered"


def test_speaking_to_all_of_a_group_is_not_everyone():
    assert found("@universal", "On s'adresse à tous les parents qui travaillent le mercredi.", "fr") == []
    assert found("@universal", "We speak to all the nurses who work nights.", "en") == []


@pytest.mark.parametrize(("text", "language"), [
    ("Notre ambition : qu'on nous voie partout.", "fr"),
    ("Goal: be seen on every feed people scroll.", "en"),
])
def test_being_seen_everywhere_is_presence_as_the_goal(advice, text, language):
    assert "plan.presence-as-goal" in fired(review_plan(text, advice, language=language))


@pytest.mark.parametrize(("text", "language"), [
    ("Notre stratégie, c'est Hootsuite.", "fr"),
    ("Our strategy for the year is HubSpot.", "en"),
])
def test_a_product_named_as_the_strategy_is_a_tool_as_the_plan(advice, text, language):
    assert "plan.tool-as-plan" in fired(review_plan(text, advice, language=language))


@pytest.mark.parametrize(("text", "language"), [
    ("On mesurera le succès au nombre de partages, chaque vendredi.", "fr"),
    ("We measure success by likes and shares, checked each Friday.", "en"),
])
def test_interactions_read_every_week_are_no_measure_that_matters(advice, text, language):
    result = review_plan(text, advice, language=language)
    assert status(result, "measurement") != "covered"
    assert "plan.vanity-metrics" in fired(result)


@pytest.mark.parametrize(("text", "language"), [
    ("On ne regardera jamais les abonnés : seules les réservations comptent.", "fr"),
    ("We won't be counting followers: bookings are what matter.", "en"),
])
def test_refusing_vanity_is_no_vanity(advice, text, language):
    assert "plan.vanity-metrics" not in fired(review_plan(text, advice, language=language))


# -- more owners: family, someone asked, and labels that are nobody ------------------------


@pytest.mark.parametrize(("text", "language"), [
    ("Ma fille s'en occupera le mercredi.", "fr"),
    ("Léa, tu peux t'en occuper le lundi ?", "fr"),
    ("My nephew will post the photos on Saturdays.", "en"),
    ("Dan, can you be in charge of the posts?", "en"),
])
def test_a_relative_or_someone_asked_to_take_it_on_is_an_owner(advice, text, language):
    assert status(review_plan(text, advice, language=language), "sustainability") == "covered"


@pytest.mark.parametrize(("text", "language"), [
    ("Réussite : 5 000 abonnés et un post par jour.", "fr"),
    ("Success: 5,000 followers and a post every day.", "en"),
    ("Our sister shop posts the same photos.", "en"),
])
def test_a_label_or_a_shop_is_nobody(advice, text, language):
    assert status(review_plan(text, advice, language=language), "sustainability") != "covered"


# -- after fresh6's first run: ubiquity, status symbols, exclusion refused, FAQ headings -------


@pytest.mark.parametrize(("text", "language"), [
    ("Ambition : qu'on tombe sur nous où que l'on regarde.", "fr"),
    ("Our goal: be wherever a listener could look.", "en"),
    ("If a platform exists, we want our logo on it.", "en"),
])
def test_being_wherever_people_look_is_presence_as_the_goal(advice, text, language):
    assert "plan.presence-as-goal" in fired(review_plan(text, advice, language=language))


@pytest.mark.parametrize(("text", "language"), [
    ("Objectif : le badge certifié sur Instagram.", "fr"),
    ("Success: 50k plays per clip and a blue tick.", "en"),
])
def test_plays_and_a_verified_badge_are_vanity(advice, text, language):
    assert "plan.vanity-metrics" in fired(review_plan(text, advice, language=language))


def test_refusing_to_leave_anyone_out_is_everyone_and_refusing_everyone_is_not():
    advice = load_advice()
    everyone = "Audience: students, retirees, families — we're not leaving anybody out."
    assert "plan.everyone-audience" in fired(review_plan(everyone, advice, language="en"))
    refused = "Our audience isn't everyone: we write for nurses on night shifts who can't sleep."
    assert "plan.everyone-audience" not in fired(review_plan(refused, advice, language="en"))


def test_a_short_question_alone_on_its_line_heads_the_answer_below():
    from bot.engine.plan.statements import statements

    text = "What about comments and DMs?\nReception reads them twice a day and replies.\n"
    found = statements(text, ((0, len(text)),))
    assert [text[s.span[0]:s.span[1]] for s in found] == ["Reception reads them twice a day and replies."]
    assert text[found[0].heading[0]:found[0].heading[1]] == "What about comments and DMs?"


@pytest.mark.parametrize(("text", "language"), [
    ("Les commentaires ?\nL'accueil les lit deux fois par jour et y répond.\n", "fr"),
    ("What about comments and DMs?\nReception reads them twice a day and replies.\n", "en"),
])
def test_an_faq_answer_covers_the_part_its_question_names(advice, text, language):
    assert status(review_plan(text, advice, language=language), "reputation") == "covered"


@pytest.mark.parametrize(("text", "language"), [
    ("Deux photos avant/après par semaine ; l'accueil revient vers chaque client le jour même.", "fr"),
    ("Two before/after photos a week; reception gets back to every customer the same day.", "en"),
])
def test_answering_back_and_before_after_photos_are_no_follow_up(advice, text, language):
    assert status(review_plan(text, advice, language=language), "consistency") != "covered"


def test_a_question_alone_with_no_answer_below_stays_a_statement(advice):
    result = review_plan("Can Dan be in charge of the posts?", advice, language="en")
    assert status(result, "sustainability") == "covered"


# -- after fresh7's first run: the internet all over, a whole area's adults, an app on its own --


@pytest.mark.parametrize(("text", "language"), [
    ("The big idea: we want our brand popping up in every corner of the internet.", "en"),
    ("Goal: be all over social media by spring.", "en"),
    ("Notre cap : être la marque qu'on croise dans chaque story et chaque fil.", "fr"),
    ("Objectif : être omniprésents sur les réseaux.", "fr"),
])
def test_being_all_over_the_internet_is_presence_as_the_goal(advice, text, language):
    assert "plan.presence-as-goal" in fired(review_plan(text, advice, language=language))


@pytest.mark.parametrize(("text", "language", "universal"), [
    ("Who's it for? Literally every adult in the postcode.", "en", True),
    ("Who's it for? Every parent in the area whose child starts school this year.", "en", False),
    ("Cible : tous les adultes du quartier.", "fr", True),
    ("Cible : tous les adultes du quartier qui se remettent au sport après une blessure.", "fr", False),
])
def test_every_adult_of_an_area_is_everyone_unless_a_need_narrows_it(advice, text, language, universal):
    assert ("plan.everyone-audience" in fired(review_plan(text, advice, language=language))) is universal


def test_an_app_that_does_the_work_by_itself_is_a_tool_as_the_plan(advice):
    text = "L'application fera à elle seule le travail de fidélisation."
    assert "plan.tool-as-plan" in fired(review_plan(text, advice, language="fr"))
