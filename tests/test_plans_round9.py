"""Plan review, round 9 (helper plans19): the kinds of statement fresh8 and fresh9 showed missed,
each pinned in French and English with sentences of their own (none from the bench sets), and
what must stay unread."""

from __future__ import annotations

import pytest

from bot.engine.plan.readings import reading
from bot.engine.text import fold
from bot.plans.review import review_plan


def found(name: str, text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in reading(name, text, fold(text), language)]


def covered(advice, text: str) -> set[str]:
    return {e.topic for e in review_plan(text, advice).checklist if e.status == "covered"}


def fired(advice, text: str) -> set[str]:
    return {f.rule for f in review_plan(text, advice).findings}


# -- channels: the same piece going out again elsewhere links them --------------------------


@pytest.mark.parametrize("text", [
    "Le lundi, une astuce sur Instagram ; la même astuce part le jeudi dans le SMS de rappel, avec le lien de réservation.",
    "Every Monday a tip on Instagram; the same tip goes into the text message we send before each lesson.",
    "A recipe card on Facebook each week, which is also read out in the Meetup group on Saturdays.",
])
def test_a_piece_that_goes_out_again_elsewhere_links_two_channels(advice, text):
    assert "multichannel" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "On publie sur Instagram le lundi et sur Facebook le jeudi.",
    "We post the same photo every day on Instagram.",
])
def test_two_channels_side_by_side_or_one_channel_repeated_link_nothing(advice, text):
    assert "multichannel" not in covered(advice, text)


# -- owners: a role given a task in a note's shorthand --------------------------------------


@pytest.mark.parametrize("text, language", [
    ("Office manager to arrange the photo shoot in April.", "en"),
    ("The agency to deliver the new templates in May.", "en"),
    ("L'agence photo nous livre les visuels en avril.", "fr"),
    ("Le prestataire web nous installe la boutique en ligne en juin.", "fr"),
])
def test_a_role_given_a_task_in_shorthand_is_an_owner(text, language):
    assert found("@actor", text, language)


@pytest.mark.parametrize("text, language", [
    ("We want to set a date for the launch.", "en"),
    ("Nous voulons un site qui nous livre des clients.", "fr"),
])
def test_a_task_without_anyone_given_it_is_no_owner(text, language):
    assert not found("@actor", text, language)


# -- counterfeits said anew ------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Pressing du Port — réseaux\n\nL'enjeu : exister en ligne, un compte Insta et une page Facebook, comme les autres pressings.",
    "Harbour Dry Cleaners — socials\n\nWhat's at stake is simply to exist online, like the other cleaners in town.",
])
def test_existing_online_as_the_stake_is_presence_as_a_goal(advice, text):
    assert "plan.presence-as-goal" in fired(advice, text)
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize("text, language", [
    ("On regardera combien de gens nous suivent : 2 000 d'ici juin.", "fr"),
    ("We'll look at how many people follow us: 2,000 by June.", "en"),
])
def test_counting_the_people_who_follow_is_a_follower_count(advice, text, language):
    assert found("@vanity", text, language)
    assert "plan.vanity-metrics" in fired(advice, text)
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Notre application, c'est notre stratégie : une fois publiée, les inscriptions viendront d'elles-mêmes.",
    "Our app is our strategy: once it is live, sign-ups will come in by themselves.",
])
def test_a_tool_whose_results_come_of_themselves_is_the_plan(advice, text):
    assert "plan.tool-as-plan" in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Le but : être présents sur Instagram et TikTok, où les jeunes qui n'osent pas pousser la porte d'une salle passent leurs soirées.",
    "The goal is a presence on every platform people scroll when they can't sleep.",
    "Le blog fera tout : les lecteurs qui ne trouvent pas d'hôtel tombent dessus, sans qu'on ait rien d'autre à faire.",
])
def test_getting_onto_networks_or_a_tool_doing_the_work_names_no_audience(advice, text):
    assert "relevance" not in covered(advice, text)


def test_an_audience_with_its_problem_still_counts_beside_a_channel(advice):
    text = "Nous visons les parents qui n'ont pas le temps de cuisiner le soir ; nous publions sur Instagram."
    assert "relevance" in covered(advice, text)


# -- content mix and what follows the campaign ---------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("Trois recettes pour une seule annonce de nos offres.", "fr"),
    ("Four tips to one post about our offers.", "en"),
])
def test_n_pieces_for_one_is_a_proportion(text, language):
    assert found("@proportion", text, language)


@pytest.mark.parametrize("text, language", [
    ("Trois vidéos pour un client, c'est trop.", "fr"),
    ("Two posts for one customer is plenty.", "en"),
])
def test_n_things_for_one_person_is_no_proportion(text, language):
    assert not found("@proportion", text, language)


@pytest.mark.parametrize("text, language", [
    ("En avril, on passe à une publication par mois jusqu'à l'été.", "fr"),
    ("In April we switch to one post a month until the summer.", "en"),
])
def test_a_month_after_which_the_rhythm_changes_is_what_follows(text, language):
    assert found("@after", text, language)


def test_a_shop_named_like_a_verb_is_no_owner():
    """A business name whose second word reads as a task ("Corner Books") gives no one a task."""
    assert not found("@actor", "Harbour Books — where we'll post", "en")


# -- a calendar row's title, when its words give no category --------------------------------


@pytest.mark.parametrize("title, category", [
    ("Four lunches under ten minutes", "give"),
    ("Why our sourdough rests overnight", "give"),
    ("Storing herbs without a fridge", "give"),
    ("Quatre goûters en dix minutes", "give"),
    ("Pourquoi notre levain repose une nuit", "give"),
    ("Bien ranger ses épices", "give"),
    ("Meet Priya, our Saturday florist", "entertain"),
    ("Dans les coulisses : la livraison du matin", "entertain"),
    ("Rencontre avec Léo, notre apprenti", "entertain"),
    ("Your birthday cake is on us", "ask"),
    ("Le café est offert par la maison", "ask"),
])
def test_a_title_says_what_kind_of_post_it_is(title, category):
    from bot.engine.plan.categories import title_category

    assert title_category(title) == category


@pytest.mark.parametrize("title", ["Opening hours for Easter", "Fermeture le 1er mai", "Using", "Nouveaux horaires"])
def test_a_title_without_a_shape_stays_unclassified(title):
    from bot.engine.plan.categories import title_category

    assert title_category(title) is None


def test_a_rows_own_words_come_before_its_titles_shape():
    """The fallback never overrides a row the lexicons or its type cell classify."""
    from bot.engine.plan.categories import categorise

    assert categorise("promo", "Why our rye takes 48 hours", "en") == "ask"
    assert categorise("", "Reader question: can you freeze croissants?", "en") == "converse"


# -- owners and what is no one ------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("Mo's doing the stories when the café is quiet.", "en"),
    ("Le studio graphiste livrera les visuels en mai.", "fr"),
    ("The developer delivers the booking page in June.", "en"),
])
def test_more_ways_of_giving_someone_a_task(text, language):
    assert found("@actor", text, language)


@pytest.mark.parametrize("text, language", [
    ("Mo's posts get the most comments.", "en"),
    ("Harbour Food Share — comms plan", "en"),
    ("Jardin Partage — plan de communication", "fr"),
])
def test_a_possessive_or_a_titles_capitalised_word_is_no_task(text, language):
    assert not found("@actor", text, language)


@pytest.mark.parametrize("text, language", [
    ("Success means getting the page past 20k by summer.", "en"),
    ("On visera le compte au-delà de 20 000 d'ici l'été.", "fr"),
])
def test_the_figure_of_an_account_is_a_follower_count(text, language):
    assert found("@vanity", text, language)


@pytest.mark.parametrize("text, language", [
    ("Nous visons les cyclistes du quartier qui découvrent leur vélo en panne le lundi matin.", "fr"),
    ("We want commuters whose bikes broke down on the way to work.", "en"),
])
def test_something_broken_is_a_difficulty(text, language):
    assert found("@difficulty", text, language)


@pytest.mark.parametrize("text", [
    "La billetterie, relevée chaque fin de mois par l'administratrice.",
    "Box office takings, read every Monday by the manager.",
])
def test_the_box_office_is_a_figure_that_matters(advice, text):
    assert "measurement" in covered(advice, text)


# -- counterfeits in words no list holds (fresh10's kinds) -----------------------------------


@pytest.mark.parametrize("text, language", [
    ("Le but : qu'on ne puisse plus nous rater en ligne.", "fr"),
    ("Aujourd'hui nous sommes introuvables sur internet.", "fr"),
    ("Il nous faut un profil sur chaque appli de rencontres sportives.", "fr"),
    ("We want to be findable on every app people use.", "en"),
    ("Being invisible online is hurting us.", "en"),
    ("The aim is an account on every platform.", "en"),
])
def test_being_found_online_is_presence(text, language):
    assert found("@networks", text, language)


@pytest.mark.parametrize("text, language", [
    ("Nous voulons que les clients nous trouvent en boutique.", "fr"),
    ("Visitors can book online in two clicks.", "en"),
])
def test_buying_or_booking_online_is_not_presence(text, language):
    assert not found("@networks", text, language)


@pytest.mark.parametrize("text, language", [
    ("Une fois réglée, l'appli enverra les rappels sans la moindre intervention.", "fr"),
    ("On installe le robot et on le laisse tourner.", "fr"),
    ("The plan is to switch the scheduler on and let it run.", "en"),
    ("Nobody on the team will need to touch the accounts.", "en"),
])
def test_leaving_a_tool_to_run_is_its_doing_the_work(text, language):
    assert found("@on-its-own", text, language)


@pytest.mark.parametrize("text, language", [
    ("Notre public, ce sont les gens du quartier qui n'ont pas de jardin.", "fr"),
    ("Our clients are parents of toddlers who can't find a childminder.", "en"),
])
def test_a_group_with_its_need_is_not_everyone(text, language):
    assert not found("@universal", text, language)


@pytest.mark.parametrize("text, language", [
    ("Notre cible : les gens, tout ce qui a faim.", "fr"),
    ("Our market is basically anyone in town.", "en"),
    ("For every homeowner in the county.", "en"),
    ("Any house with a garden is a customer.", "en"),
])
def test_everyone_said_anew_is_universal(text, language):
    assert found("@universal", text, language)


def test_accounts_managed_are_not_a_count(advice):
    """« gère les comptes » (the accounts) is a task, not counting something."""
    assert "measurement" not in covered(advice, "Yasmine gère les comptes le lundi matin.")
    assert found("@counted", "Les ventes, comptées chaque lundi.", "fr")
