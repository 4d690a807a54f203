"""Readings (bot/engine/plan/readings.py): the shapes a plan's statements are made of, found
by their structure in French and English, whatever the words. Each reading is specified by
what it finds, what it leaves alone, and, at the end, by the plan parts it lets Coach
recognise in sentences no rule lists."""

from __future__ import annotations

import pytest

from bot.engine.plan.readings import READINGS, reading
from bot.engine.text import fold
from bot.plans.review import review_plan
from tests.conftest import rule_yaml


def found(name: str, text: str, language: str) -> list[str]:
    """The words a reading finds in text."""
    return [text[s:e] for s, e in reading(name, text, fold(text), language)]


# -- @figure: an amount, not a date, a duration or an audience count ------------------------


@pytest.mark.parametrize("text, language, figure", [
    ("Three quarters of the Wednesday slots booked.", "en", "Three quarters"),
    ("2,000 more school visits", "en", "2,000"),
    ("Passer à 45 % d'occupation", "fr", "45 %"),
    ("une vingtaine de contrats, soit vingt au moins", "fr", "vingt"),
])
def test_a_figure_is_an_amount_in_digits_or_words(text, language, figure):
    assert figure in found("@figure", text, language)


@pytest.mark.parametrize("text, language", [
    ("10k followers by Nov 30", "en"),
    ("5 000 abonnés sur Insta", "fr"),
    ("1M impressions", "en"),
    ("reach 100k accounts a month", "en"),
    ("toucher 20 000 personnes", "fr"),
    ("within 48 hours", "en"),
    ("avant le 30 avril 2026", "fr"),
    ("pendant 3 mois", "fr"),
])
def test_a_follower_count_a_date_or_a_duration_is_not_a_figure(text, language):
    assert found("@figure", text, language) == []


# -- @horizon, @change, @aim, @baseline: what an objective is made of --------------------------


@pytest.mark.parametrize("text, language", [
    ("before the Easter market", "en"), ("by the end of the school year", "en"), ("in Q3", "en"),
    ("over the next six months", "en"), ("d'ici la rentrée", "fr"), ("au deuxième semestre", "fr"),
    ("avant la fête des voisins", "fr"), ("fin nov.", "fr"),
])
def test_a_horizon_is_a_date_a_season_or_an_event_the_plan_is_bound_to(text, language):
    assert found("@horizon", text, language)


@pytest.mark.parametrize("text, language", [
    ("land 12 new contracts", "en"), ("halve the no-shows", "en"), ("30 extra pupils", "en"),
    ("from 40 to 80 volunteers", "en"), ("faire passer le panier moyen de 18 à 25 €", "fr"),
    ("décrocher 6 chantiers", "fr"), ("atteindre 300 adhérents", "fr"), ("20 familles supplémentaires", "fr"),
])
def test_a_change_is_a_verb_of_change_or_a_comparison(text, language):
    assert found("@change", text, language)


@pytest.mark.parametrize("text, language", [
    ("What we'd love is a full Tuesday class.", "en"), ("I need the studio booked out.", "en"),
    ("J'ai envie que les cours du soir soient pleins.", "fr"), ("L'enjeu : remplir les mardis.", "fr"),
])
def test_an_aim_is_a_wish_or_the_aim_named(text, language):
    assert found("@aim", text, language)


@pytest.mark.parametrize("text, language", [
    ("(we're at 12)", "en"), ("against 130 last year", "en"),
    ("on en avait 22", "fr"), ("contre 210 l'an passé", "fr"),
])
def test_a_baseline_is_where_the_figure_stands_now(text, language):
    assert found("@baseline", text, language)


# -- @counted and @proportion: what a measure and a content mix are made of ---------------------


@pytest.mark.parametrize("text, language", [
    ("We count the quote requests", "en"), ("number of trial accounts", "en"),
    ("bookings from schools, counted each term", "en"),
    ("on relève le nombre de devis signés", "fr"), ("nous suivons les demandes de rendez-vous", "fr"),
])
def test_counting_something_is_a_measure(text, language):
    assert found("@counted", text, language)


@pytest.mark.parametrize("text, language", [
    ("we count the followers", "en"), ("number of likes", "en"),
    ("on regarde les abonnés", "fr"), ("nombre de vues", "fr"),
])
def test_counting_an_audience_is_not(text, language):
    assert found("@counted", text, language) == []


@pytest.mark.parametrize("text, language", [
    ("four how-to posts for every one about us", "en"), ("one offer in five", "en"), ("mostly tips", "en"),
    ("trois posts sur quatre", "fr"), ("au plus une promo par mois", "fr"),
])
def test_a_proportion_is_a_share_of_the_posts(text, language):
    assert found("@proportion", text, language)


# -- @actor and @actor-task: who does what ----------------------------------------------------


@pytest.mark.parametrize("text, language, actor, task", [
    ("Hugo covers her holidays.", "en", "Hugo", "covers"),
    ("Comments are handled by the community manager.", "en", "community manager", "handled"),
    ("Anna, our intern, edits the reels.", "en", "Anna", "edits"),
    ("The front desk replies to reviews.", "en", "front desk", "replies"),
    ("C'est Léa qui tourne les vidéos.", "fr", "C'est Léa qui", "tourne"),
    ("Nadia rédige les fiches.", "fr", "Nadia", "rédige"),
    ("Le prestataire publie le mardi.", "fr", "Le prestataire", "publie"),
    ("La page est gérée par Paul.", "fr", "Paul", "gérée"),
    # on a duty, a job that is someone's, the work then who
    ("Tom's on filming duty from Monday.", "en", "Tom", "on filming duty"),
    ("The socials are Priya's job.", "en", "Priya", "are"),
    ("Photos and captions: Karim.", "en", "Karim", "Photos and captions"),
    ("Inès est aux manettes du compte.", "fr", "Inès", "aux manettes"),
    ("C'est le boulot de Karim.", "fr", "Karim", "C'est le boulot de "),
    ("Montage → Inès.", "fr", "Inès", "Montage"),
])
def test_an_actor_is_a_name_or_a_role_with_a_task(text, language, actor, task):
    assert actor in found("@actor", text, language)
    assert task in found("@actor-task", text, language)


@pytest.mark.parametrize("text, language", [
    ("Marketing plan for the candle shop", "en"), ("Four posts a week.", "en"), ("Instagram posts daily.", "en"),
    ("Plan Instagram — Le Comptoir", "fr"), ("Publications : une recette le dimanche.", "fr"),
    ("Nous publierons le lundi.", "fr"),
    ("Someone will post when there's time.", "en"), ("Automation will take care of the rest.", "en"),
    ("Videos: Tuesday and Friday.", "en"), ("Buffer posts everything.", "en"),
    ("Quelqu'un postera quand il aura le temps.", "fr"), ("Vidéos : Mardi et Vendredi.", "fr"),
])
def test_titles_channels_numbers_and_we_are_nobody_in_particular(text, language):
    assert found("@actor", text, language) == []


# -- @replies and @replies-to: answering people ----------------------------------------------


@pytest.mark.parametrize("text, language, verb, what", [
    ("Priya answers listener emails.", "en", "answers", "emails"),
    ("The desk gets back to every enquiry by noon.", "en", "gets back to", "enquiry"),
    ("moi je gère les DM", "fr", "gère", "DM"),
    ("Paul traite les avis Google chaque matin.", "fr", "traite", "avis"),
])
def test_answering_is_a_verb_of_answering_and_what_people_sent(text, language, verb, what):
    assert verb in found("@replies", text, language)
    assert what in found("@replies-to", text, language)


def test_answering_a_brief_is_not_answering_people():
    assert found("@replies", "We answer the brief with three posts.", "en") == []


# -- @people-who and @difficulty: an audience -------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("nurses on night shifts who can't get to the gym", "en"),
    ("among first-time landlords who dread the paperwork", "en"),
    ("les retraités du quartier qui n'osent pas pousser la porte", "fr"),
    ("des parents qui manquent de temps le soir", "fr"),
])
def test_an_audience_is_who_and_what_they_go_through(text, language):
    assert found("@people-who", text, language) and found("@difficulty", text, language)


# -- @after: continuity ------------------------------------------------------------------------


@pytest.mark.parametrize("text, language", [
    ("After the summer we keep one post a week.", "en"), ("From then on, a monthly digest.", "en"),
    ("Once the launch is over, we continue every Friday.", "en"),
    ("Ensuite, un post par semaine.", "fr"), ("Après les fêtes, on garde le rythme du jeudi.", "fr"),
    ("À la rentrée, on continue au même rythme.", "fr"),
])
def test_continuity_says_what_happens_after(text, language):
    assert found("@after", text, language)


# -- the counterfeits' shapes -----------------------------------------------------------------


@pytest.mark.parametrize("name, text, language", [
    ("@networks", "be present across all platforms", "en"), ("@networks", "open a Pinterest account", "en"),
    ("@networks", "exister sur TikTok et Snapchat", "fr"), ("@networks", "avoir une page Facebook", "fr"),
    ("@universal", "our audience is basically anybody", "en"), ("@universal", "from kids to grandparents", "en"),
    ("@universal", "le grand public", "fr"), ("@universal", "des ados aux seniors", "fr"),
    ("@on-its-own", "the scheduler posts everything automatically", "en"),
    ("@on-its-own", "le site fera le travail", "fr"),
])
def test_counterfeits_have_shapes_too(name, text, language):
    assert found(name, text, language)


def test_anyone_inside_a_description_is_not_everyone():
    assert found("@universal", "office workers who put off seeing anyone about it", "en") == []


def test_every_reading_is_listed_and_an_unknown_one_is_refused():
    assert all(name.startswith("@") for name in READINGS)
    with pytest.raises(KeyError):
        reading("@nothing", "text", "text", "en")


def test_a_rule_naming_a_reading_that_does_not_exist_is_a_load_error(pack):
    text = rule_yaml(id="test.reading", check='type: section\nneeds: [who, "@nobody"]',
                     fr="signals:\n  who: [public]", en="signals:\n  who: [public]", topic="purpose")
    pack.write("test.reading.yaml", text.replace("applies_to: [post]", "applies_to: [plan]"))
    errors = "\n".join(str(e) for e in pack.load(allow_errors=True).errors)
    assert "reading '@nobody' does not exist" in errors


# -- the parts they let Coach recognise ---------------------------------------------------------


@pytest.mark.parametrize("text, topic", [
    ("What we'd love by the autumn half-term: 30 extra pupils in the Saturday club, against 18 now.", "purpose"),
    ("Ce qu'on cherche d'ici la rentrée : 40 familles de plus au club, on en a 25.", "purpose"),
    ("We write for nurses on night shifts who can't get to a gym before it closes.", "relevance"),
    ("On parle aux retraités du quartier qui n'osent pas pousser la porte d'une salle.", "relevance"),
    ("Anna, our intern, edits the reels.", "sustainability"),
    ("C'est Léa qui tourne les vidéos.", "sustainability"),
    ("Sam records the episodes; Priya answers listener emails.", "reputation"),
    ("Moi, je réponds aux messages privés.", "reputation"),
    ("Twice a week until the fair; after the fair we keep one post a week.", "consistency"),
    ("Deux posts par semaine jusqu'au salon ; ensuite, un post par semaine.", "consistency"),
    ("Chaque semaine : 2 posts de dégustation, 1 portrait de vigneron, et une promo max par mois.", "content-mix"),
    ("Each week: three how-to clips, one member story and an offer at most.", "content-mix"),
    ("Nouvelles adhésions, comptées à la fin de chaque trimestre.", "measurement"),
    ("Paid sign-ups, counted at the end of each half-term.", "measurement"),
    ("Marie s'occupe du compte Instagram.", "sustainability"),
    ("Luna gère la page, Sam takes the photos.", "sustainability"),
    ("Teachers' Facebook groups, and our termly email, which repeats the best post of the term.", "multichannel"),
    ("Insta + des flyers dans les boîtes aux lettres du quartier, avec le QR vers la page.", "multichannel"),
    ("La page Facebook publie la vidéo ; le journal municipal renverra vers la même page.", "multichannel"),
    ("What: recipes, how we bake, the odd offer.", "content-mix"),
    ("Quoi : des recettes, nos coulisses, une offre à l'occasion.", "content-mix"),
])
def test_a_part_said_in_words_no_rule_lists_is_covered(advice, text, topic):
    checklist = {c.topic: c for c in review_plan(text, advice).checklist}
    assert checklist[topic].status == "covered", topic


@pytest.mark.parametrize("text, topic", [
    ("By June: 10,000 followers, up from 4,000.", "purpose"),
    ("D'ici juin, atteindre 5 000 abonnés sur Instagram.", "purpose"),
    ("Every Monday we count the likes.", "measurement"),
    ("Je publie dans le groupe Facebook du club, avec le lien de réservation dans chaque message.", "multichannel"),
    ("We post in the running club's Facebook group, with the booking link in every post.", "multichannel"),
    ("Objectif : être sur tous les réseaux d'ici juin pour que les clients nous voient.", "purpose"),
    ("Goal for 2026: get onto every network by March so patients see us.", "purpose"),
    ("Our plan: Buffer posts everything automatically.", "sustainability"),
    ("Une fois les publications programmées pour trois mois, tout tournera seul.", "content-mix"),
])
def test_vanity_presence_a_network_s_group_or_a_tool_cover_nothing(advice, text, topic):
    checklist = {c.topic: c for c in review_plan(text, advice).checklist}
    assert checklist[topic].status != "covered", topic


# -- session 5: a mix said as counts, a measure read each term, tools, groups, everyone --------


@pytest.mark.parametrize("text, language, items", [
    ("Every week: 3 recipe videos, 1 farmer's portrait and one offer at most.", "en",
     ["3 recipe videos", "1 farmer's portrait", "one offer at most"]),
    ("Per month — two guides, a poll, one promotion.", "en", ["two guides", "a poll", "one promotion"]),
    ("Par semaine : 2 astuces de jardinage, 1 portrait de bénévole et une promo au plus.", "fr",
     ["2 astuces de jardinage", "1 portrait de bénévole", "une promo au plus"]),
    ("| Chaque mois | 3 tutos, 1 témoignage client, 1 seule offre |", "fr", ["3 tutos", "1 témoignage client", "1 seule offre"]),
])
def test_a_mix_can_be_counts_of_kinds_per_period(text, language, items):
    assert found("@tally", text, language) == items


@pytest.mark.parametrize("text, language", [
    ("We want 40 subscribers and 100 boxes sold each month.", "en"),  # counts of customers, not of content
    ("2 posts on Instagram, 1 post on Facebook each week.", "en"),  # one kind on two channels
    ("Three posts a week until March; after that one quiz a week.", "en"),  # two clauses, no enumeration
    ("3 vidéos, 2 newsletters et 1 promo pour le lancement.", "fr"),  # no period: a list of deliverables
    ("Une vidéo et une story chaque semaine.", "fr"),  # nothing counted
    ("2 heures par semaine, 1 réunion par mois.", "fr"),  # time, not content
])
def test_counts_that_are_no_mix(text, language):
    assert found("@tally", text, language) == []


@pytest.mark.parametrize("text, language", [
    ("counted at the end of each half-term", "en"), ("read on the first Monday of every month", "en"),
    ("every other Friday", "en"), ("le premier lundi de chaque mois", "fr"),
    ("à la fin de chaque trimestre", "fr"), ("à chaque réunion de bureau", "fr"),
])
def test_a_measure_is_read_at_a_time_that_comes_back(text, language):
    assert found("@recurring", text, language)


@pytest.mark.parametrize("text, language", [
    ("we count together how many new members say they came from it", "en"),
    ("on compte ensemble combien de nouveaux patients viennent de là", "fr"),
])
def test_counting_how_many_with_words_between(text, language):
    assert found("@counted", text, language)


@pytest.mark.parametrize("text, language, tool", [
    ("Buy Later so every post goes out automatically.", "en", "Later"),
    ("We signed up for a scheduling tool that does the rest.", "en", "a scheduling tool"),
    ("On s'abonne à Metricool, qui publie tout seul.", "fr", "Metricool"),
    ("On mise sur un outil de planification.", "fr", "un outil"),
])
def test_a_tool_is_something_bought_or_relied_on(text, language, tool):
    assert found("@tool", text, language) == [tool]


@pytest.mark.parametrize("text, language", [
    ("We use Instagram for the photos.", "en"), ("On passe par Facebook pour les dates.", "fr"),
])
def test_using_a_network_is_not_buying_a_tool(text, language):
    assert found("@tool", text, language) == []


@pytest.mark.parametrize("text, language, groups", [
    ("the parents' group and the Facebook group of the club", "en", ["group"]),
    ("le groupe des coureurs, puis le groupe WhatsApp du quartier", "fr", ["groupe"]),
])
def test_a_network_s_own_group_is_that_network_not_a_second_channel(text, language, groups):
    assert found("@group", text, language) == groups


@pytest.mark.parametrize("text, language", [
    ("Our audience: anyone with skin.", "en"), ("there's no one this isn't for", "en"),
    ("Cible : quiconque a un téléphone.", "fr"),
])
def test_everyone_said_another_way(text, language):
    assert found("@universal", text, language)


def test_figure_and_vanity_share_one_pattern():
    from bot.engine.plan.readings import _compiled

    for language in ("fr", "en"):
        assert _compiled(language)["@figure"] is _compiled(language)["@vanity"]


@pytest.mark.parametrize("text, language, rule", [
    ("Audience: anyone with skin: men, women, teens, there's no one this isn't for.", "en", "plan.everyone-audience"),
    ("Notre public : personne n'est exclu, tout le monde peut venir.", "fr", "plan.everyone-audience"),
    ("Our plan: Buffer posts everything automatically.", "en", "plan.tool-as-plan"),
    ("La stratégie : on achète Metricool et tout part automatiquement.", "fr", "plan.tool-as-plan"),
    ("Goal: reach 10,000 people with our posts by June.", "en", "plan.vanity-metrics"),
    ("Objectif : toucher 20 000 personnes d'ici l'été.", "fr", "plan.vanity-metrics"),
])
def test_counterfeits_said_another_way_are_found(advice, text, language, rule):
    result = review_plan(text, advice)
    assert result.language == language
    assert rule in {f.rule for f in result.findings}


@pytest.mark.parametrize("text", [
    "Our audience isn't everyone: it's nurses on night shifts who can't get to a gym.",
    "Notre public, ce n'est pas tout le monde : ce sont les infirmières de nuit.",
    "Audience: office workers with back pain who put off seeing anyone about it.",  # anyone as an object
])
def test_no_one_refused_or_anyone_as_an_object_is_not_everyone(advice, text):
    assert "plan.everyone-audience" not in {f.rule for f in review_plan(text, advice).findings}


@pytest.mark.parametrize("text, language", [
    ("Cible : tous les habitants, jeunes ou vieux, on ne veut exclure personne.", "fr"),
    ("Audience: all residents, young and old; we exclude no one.", "en"),
])
def test_excluding_no_one_is_everyone(advice, text, language):
    assert "plan.everyone-audience" in {f.rule for f in review_plan(text, advice).findings}


def test_a_tool_beside_people_doing_the_work_is_their_tool(advice):
    text = "Léa writes each post; Buffer schedules them automatically, and Léa answers the comments."
    assert "plan.tool-as-plan" not in {f.rule for f in review_plan(text, advice).findings}


@pytest.mark.parametrize("text, language", [
    ("Semaine type :\n- 2 conseils\n- 1 coulisse\n- 1 promo\n", "fr"),
    ("Each week:\n* 3 how-to clips\n* 1 customer story\n* one offer\n", "en"),
])
def test_a_mix_can_be_counted_one_kind_a_line_under_its_period(text, language):
    assert len(found("@tally", text, language)) == 3


def test_counted_goals_one_a_line_are_no_mix():
    assert found("@tally", "Goals for each month:\n- 40 subscribers\n- 10 sales\n", "en") == []
