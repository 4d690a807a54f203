"""Round 13 of issue 15: counterfeits and sections read by the shape of the statement, in new turns.

Each counterfeit kind comes with a sound statement that mentions the same things for a reason: the
first is found, the second is not flagged and covers its section, in French and in English. Also: a
rota of names and days owns the posting, a whole town is no audience, the plan said to *be* a tool is
a counterfeit, a span of ages is neither a horizon nor a change, and the vocabulary file is read again
when an admin edits it (no restart).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from bot.engine.plan import vocabulary
from bot.engine.plan.readings import reading
from bot.engine.text import fold
from bot.plans.review import review_plan

TITLE = "Maison Test\n\n"


def fired(advice, text: str) -> set[str]:
    return {f.rule for f in review_plan(TITLE + text, advice).findings}


def covered(advice, text: str) -> set[str]:
    return {c.topic for c in review_plan(TITLE + text, advice).checklist if c.status == "covered"}


# (counterfeit statement, its rule, a sound statement on the same things, the section it covers)
PAIRS = [
    # presence as the aim
    ("Ce qu'on veut cette année : que le nom de l'atelier sorte dès qu'on tape « vitrail » quelque part.",
     "plan.presence-as-goal",
     "Objectif d'ici juin : 30 inscriptions de plus aux stages, car ceux qui cherchent « vitrail » tombent sur nos concurrents.",
     "purpose"),
    ("The goal is simple: a Roma account on every network people use.", "plan.presence-as-goal",
     "Goal: 30 more Saturday bookings by June, from people who search for a pizza class and find our page.", "purpose"),
    # vanity as the measure
    ("Pour mesurer : le total de personnes abonnées à la page, relevé chaque mois.", "plan.vanity-metrics",
     "Mesure : les cartes de fidélité utilisées, relevées le premier lundi du mois ; les j'aime, on ne les regarde pas.",
     "measurement"),
    ("KPI: reel views above 10k and a growing number of shares.", "plan.vanity-metrics",
     "We count trial sign-ups every Monday; as for likes and views, we ignore them.", "measurement"),
    # everyone as the audience
    ("Notre cible : tout Nantes, on ne fait pas de tri.", "plan.everyone-audience",
     "Cible : les cyclistes qui traversent tout Nantes pour aller travailler et crèvent deux fois par mois.", "relevance"),
    ("Audience: all of Bristol, really.", "plan.everyone-audience",
     "Audience: renters in Bristol who lose their deposit when they move out; we cover all of Bristol.", "relevance"),
    ("Qui vise-t-on ? Toutes les générations, de la petite section jusqu'aux mamies.", "plan.everyone-audience",
     "Public : les parents d'enfants de 4 à 8 ans qui cherchent une activité le mercredi matin.", "relevance"),
    ("Who we're for: literally anybody who drinks something hot.", "plan.everyone-audience",
     "Who we're for: remote workers in Leith who need a quiet table between calls.", "relevance"),
    ("Nos clients : n'importe quel Toulousain qui a un frigo.", "plan.everyone-audience",
     "Nos clients : les familles toulousaines qui cuisinent le dimanche et manquent d'idées pour les restes.", "relevance"),
    # a tool as the plan
    ("Toute notre stratégie repose sur le nouvel outil de programmation.", "plan.tool-as-plan",
     "Notre stratégie repose sur les architectes d'intérieur qui manquent d'artisans fiables ; Paul leur écrit chaque mois.",
     "relevance"),
    ("The plan itself is the AI content assistant we signed up for in January.", "plan.tool-as-plan",
     "Plan: Ana writes the weekly post, Tom films the repairs, and Buffer schedules both at 7 pm.", "sustainability"),
    ("L'appli nous a coûté cher : elle rédige les posts, choisit les photos et programme tout, et l'équipe n'a plus jamais à y penser.",
     "plan.tool-as-plan",
     "Julie répond aux messages dans l'heure ; le logiciel de réservation envoie seulement les rappels.", "reputation"),
    ("The booking app does it all: it drafts the posts, picks the hashtags and schedules everything, so nobody on the team ever has to think about it.",
     "plan.tool-as-plan",
     "The booking app sends a reminder the day before each class; Mia answers the replies herself.", "reputation"),
]


@pytest.mark.parametrize("bad, rule, good, topic", PAIRS)
def test_a_counterfeit_is_found_and_a_sound_statement_on_the_same_things_covers_its_section(advice, bad, rule, good, topic):
    assert rule in fired(advice, bad)
    assert rule not in fired(advice, good)
    assert topic in covered(advice, good)


@pytest.mark.parametrize("text", [
    "Audience: all of Bristol, really.",
    "The plan itself is the AI content assistant we signed up for in January: it drafts the listing posts.",
    "Objectif : vendre 60 circuits, mais notre stratégie, c'est l'assistant IA qui publie tout seul.",
])
def test_a_counterfeit_statement_covers_no_audience_nor_owner(advice, text):
    assert not covered(advice, text) & {"relevance", "sustainability"}


@pytest.mark.parametrize("text, language", [
    ("Publications : Ana le lundi, Ben le jeudi.", "fr"),
    ("Ana le lundi, Ben le jeudi ; si l'un est absent, l'autre prend le relais.", "fr"),
    ("Rota: Ana Mondays, Ben Thursdays.", "en"),
    ("Ana on Mondays and Ben on Thursdays.", "en"),
])
def test_a_rota_of_names_and_days_owns_the_posting(advice, text, language):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", ["Aim: book the two barber chairs that sit idle on weekdays.",
                                  "The AI content assistant writes and posts everything.",
                                  "L'assistant IA rédige et publie toutes les publications."])
def test_furniture_and_machine_assistants_own_nothing(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text, language, found", [
    ("Cible : tout Lyon.", "fr", True),
    ("Public : toute la commune.", "fr", True),
    ("On livre dans tout Lyon.", "fr", False),
    ("Tout Instagram en parle.", "fr", False),
    ("Audience: the whole of Manchester.", "en", True),
    ("We deliver across all of Leeds.", "en", False),
    ("Who: everyone in Leeds who rents.", "en", False),
    ("We are on all of Instagram.", "en", False),
])
def test_a_whole_place_is_read_as_everyone_but_not_where_a_service_goes(text, language, found):
    assert bool(reading("@whole-place", text, fold(text), language)) is found


@pytest.mark.parametrize("text, language, tool", [
    ("Our whole strategy boils down to the new scheduling assistant.", "en", "scheduling assistant"),
    ("Notre communication, désormais, c'est le robot de rédaction.", "fr", "robot"),
    ("Our plan is simple: Ana writes and the app schedules.", "en", None),
    ("Notre plan, c'est de doubler les inscriptions d'ici juin.", "fr", None),
])
def test_the_plan_said_to_be_a_tool_is_read_in_two_parts(text, language, tool):
    folded = fold(text)
    spans = reading("@plan-is-tool", text, folded, language)
    if tool is None:
        assert spans == []
    else:
        assert len(spans) == 2 and folded[spans[1][0] : spans[1][1]] == tool


@pytest.mark.parametrize("text, language", [("Public : les enfants de 4 à 8 ans et leurs parents.", "fr"),
                                            ("Audience: children aged 4 to 8 and their parents.", "en")])
def test_a_span_of_ages_is_neither_a_horizon_nor_a_change(text, language):
    folded = fold(text)
    assert reading("@horizon", text, folded, language) == []
    assert reading("@change", text, folded, language) == []


def test_an_edited_vocabulary_file_is_read_again_without_a_restart(advice, tmp_path: Path, monkeypatch):
    copy = tmp_path / "readings.yaml"
    shutil.copy(vocabulary._path(), copy)
    monkeypatch.setattr(vocabulary, "_path", lambda: copy)
    text = "Cible : toute la galaxie."
    try:
        assert "plan.everyone-audience" not in fired(advice, text)  # the plan review reads the file in force
        assert reading("@whole-place", text, fold(text), "fr") == []
        edited = copy.read_text(encoding="utf-8").replace("      - 'arrondissement'\n", "      - 'arrondissement'\n      - 'galaxie'\n", 1)
        assert edited != copy.read_text(encoding="utf-8")
        copy.write_text(edited, encoding="utf-8")
        later = copy.stat().st_mtime_ns + 5_000_000_000  # a later mtime, whatever the file system's resolution
        os.utime(copy, ns=(later, later))
        assert "plan.everyone-audience" in fired(advice, text)  # the next review, without a restart
        assert reading("@whole-place", text, fold(text), "fr")
        assert vocabulary.refresh() is False  # unchanged since: one stat, nothing rebuilt
    finally:
        monkeypatch.undo()
        vocabulary.refresh()
    assert "plan.everyone-audience" not in fired(advice, text)
    assert reading("@whole-place", text, fold(text), "fr") == []


@pytest.mark.parametrize("text, language", [("Also need to reply faster on Facebook.", "en"),
                                            ("On a besoin de répondre plus vite sur Facebook.", "fr")])
def test_our_own_need_is_not_the_audience_s_problem(text, language):
    assert reading("@difficulty", text, fold(text), language) == []


@pytest.mark.parametrize("text, language", [("Parents who need a sitter on Saturdays.", "en"),
                                            ("Les parents qui ont besoin d'une nounou le samedi.", "fr")])
def test_the_audience_s_need_is_still_a_difficulty(text, language):
    assert reading("@difficulty", text, fold(text), language)


@pytest.mark.parametrize("text", ["On compte les réservations de gîte le premier du mois.",
                                  "We count the cottage bookings at the start of each month."])
def test_a_figure_read_on_the_first_of_the_month_is_a_measure(advice, text):
    assert "measurement" in covered(advice, text)


def test_not_knowing_anyone_is_a_difficulty_not_everyone(advice):
    text = "Audience: students new to Leeds who don't know anyone yet and want cheap nights out."
    assert "relevance" in covered(advice, text)
    assert "plan.everyone-audience" not in fired(advice, text)


@pytest.mark.parametrize("text, topic", [
    ("Pour dix publications : six conseils, trois coulisses, une promo.", "content-mix"),
    ("Out of ten posts: six tips, three behind-the-scenes, one offer.", "content-mix"),
    ("Ce qu'on attend de cette campagne : 40 adhésions avant la rentrée.", "purpose"),
    ("What we expect from the campaign: 40 new members before the autumn term.", "purpose"),
    ("Les messages, c'est moi qui les gère, en général le soir.", "reputation"),
    ("Messages? I deal with them myself, usually in the evening.", "reputation"),
])
def test_sections_said_in_other_turns(advice, text, topic):
    assert topic in covered(advice, text)


def test_counts_of_something_else_out_of_ten_posts_are_no_mix(advice):
    assert "content-mix" not in covered(advice, "Out of ten posts, two get more than 40 likes and one gets 3 comments.")


@pytest.mark.parametrize("text, covers", [
    ("Rythme : deux posts par semaine jusqu'à fin mars ; à partir d'avril, un par semaine.", True),
    ("Cadence: three posts a week until the end of November; from December, one a week.", True),
    ("From March, three posts a week.", False),
    ("À partir d'avril, trois posts par semaine.", False),
])
def test_a_rhythm_until_a_date_then_another_from_the_next_is_continuity(advice, text, covers):
    assert ("consistency" in covered(advice, text)) is covers


MORE_COUNTERFEITS = [
    ("Mission: plant our flag on TikTok, YouTube and Pinterest this year.", "plan.presence-as-goal"),
    ("Mission : planter notre drapeau sur TikTok, YouTube et Pinterest cette année.", "plan.presence-as-goal"),
    ("Our KPI is saves and shares.", "plan.vanity-metrics"),
    ("Notre KPI, ce sont les partages et les enregistrements.", "plan.vanity-metrics"),
    ("Who buys from us? Anyone who's ever been hungry.", "plan.everyone-audience"),
    ("Notre public : quiconque a déjà eu faim.", "plan.everyone-audience"),
    ("Grâce à Zapier, tout est relié et tourne sans nous.", "plan.tool-as-plan"),
    ("Thanks to Zapier, everything is connected and runs without us.", "plan.tool-as-plan"),
    ("La newsletter automatique fera le boulot.", "plan.tool-as-plan"),
    ("Our strategy? A chatbot on the website.", "plan.tool-as-plan"),
    ("We've outsourced everything to a posting robot.", "plan.tool-as-plan"),
]


@pytest.mark.parametrize("text, rule", MORE_COUNTERFEITS)
def test_more_counterfeits_in_new_turns(advice, text, rule):
    assert rule in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Plan: Ana writes the posts, and the app schedules them.",
    "Notre plan ? Léa écrit, et l'appli programme.",
    "Thanks to Priya, every review gets an answer the same day.",
    "Grâce à Léa, chaque avis reçoit une réponse le jour même.",
])
def test_people_beside_their_tools_are_no_counterfeit(advice, text):
    assert "plan.tool-as-plan" not in fired(advice, text)


@pytest.mark.parametrize("table", [
    "| Indicateur | Aujourd'hui | Cible juin |\n|---|---|---|\n| Abonnés Instagram | 1 200 | 5 000 |\n| J'aime par post | 40 | 150 |",
    "| Metric | Now | June target |\n|---|---|---|\n| Instagram followers | 1,200 | 5,000 |\n| Likes per post | 40 | 150 |",
])
def test_a_table_of_follower_targets_is_vanity_and_no_purpose(advice, table):
    assert "plan.vanity-metrics" in fired(advice, table)
    assert "purpose" not in covered(advice, table)


@pytest.mark.parametrize("table", [
    "| Indicateur | Aujourd'hui | Cible juin |\n|---|---|---|\n| Commandes en ligne | 120 | 300 |",
    "| Metric | Now | June target |\n|---|---|---|\n| Online orders | 120 | 300 |",
])
def test_a_table_of_order_targets_is_a_purpose(advice, table):
    assert "purpose" in covered(advice, table)
    assert "plan.vanity-metrics" not in fired(advice, table)


@pytest.mark.parametrize("text", [
    "Notre stratégie : un article de blog par semaine, c'est tout.",
    "Toute la com passera par le blog du cabinet.",
    "All our marketing will go through the firm's blog.",
    "On relance le blog, et le reste suivra.",
    "The blog will be our only channel; clients will find it on Google.",
])
def test_a_blog_as_the_whole_plan_is_a_counterfeit(advice, text):
    assert "plan.tool-as-plan" in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Le blog n'est pas notre seul canal : chaque article est repris dans la lettre du mois.",
    "The blog isn't our only channel: each article is shared in the monthly newsletter.",
])
def test_a_blog_relayed_elsewhere_is_no_counterfeit(advice, text):
    assert "plan.tool-as-plan" not in fired(advice, text)


@pytest.mark.parametrize("text, topic", [
    ("Qui on vise : les assistantes de direction des PME du 6e, qui cherchent chaque année un cadeau original.", "relevance"),
    ("LinkedIn pour les idées de coffrets, chaque post renvoie vers le formulaire ; un mailing en novembre reprend les coffrets.",
     "multichannel"),
    ("Deux posts LinkedIn par semaine jusqu'au 15 décembre ; en janvier, un par semaine pour les vœux.", "consistency"),
    ("Two LinkedIn posts a week until 15 December; in January, one a week for the greetings.", "consistency"),
])
def test_an_okr_s_lines_cover_their_sections(advice, text, topic):
    assert topic in covered(advice, text)


@pytest.mark.parametrize("text, rule", [
    ("The vision: Harbour Sailing front and centre on every feed in the county.", "plan.presence-as-goal"),
    ("Notre vision : l'atelier au premier plan dans chaque fil d'actualité du département.", "plan.presence-as-goal"),
    ("Audience: any business with a bank account.", "plan.everyone-audience"),
    ("Cible : toute entreprise avec un compte en banque.", "plan.everyone-audience"),
])
def test_presence_up_front_and_a_condition_every_business_meets(advice, text, rule):
    assert rule in fired(advice, text)
    assert "relevance" not in covered(advice, text)


@pytest.mark.parametrize("text", ["Funnel : les posts LinkedIn amènent vers le webinar, le webinar vers la démo.",
                                  "Funnel: LinkedIn posts drive people to the webinar, and the webinar to the demo.",
                                  "Persona: Julie, 34, HR lead at a small firm, struggling to track her team's leave."])
def test_a_funnel_or_a_persona_is_no_owner(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", ["We'll measure success in hearts.", "Ce qui compte : que les gens likent et commentent.",
                                  "The aim: get our stories seen by loads of people.",
                                  "Le but : que nos stories soient vues par un max de monde."])
def test_reactions_and_reach_as_the_measure_are_vanity(advice, text):
    assert "plan.vanity-metrics" in fired(advice, text)


@pytest.mark.parametrize("text", ["Public : tout le monde, mais surtout ceux qui portent des lunettes.",
                                  "Audience: everyone, especially people who wear glasses."])
def test_everyone_narrowed_at_once_to_a_group_is_not_flagged(advice, text):
    assert "plan.everyone-audience" not in fired(advice, text)


@pytest.mark.parametrize("text, found", [
    ("Our marketing plan: Canva templates and a scheduler.", True),
    ("Notre plan : des modèles Canva et un outil de programmation.", True),
    ("Plan: Ana writes and the app schedules.", False),
    ("Notre plan : Léa écrit, et l'outil programme.", False),
])
def test_a_plan_labelled_with_only_tools_is_a_counterfeit(advice, text, found):
    assert ("plan.tool-as-plan" in fired(advice, text)) is found


@pytest.mark.parametrize("text, rule", [
    ("Aim: double our Instagram by summer.", "plan.vanity-metrics"),
    ("Objectif : doubler notre Instagram d'ici l'été.", "plan.vanity-metrics"),
    ("Objectif : ouvrir 2 nouveaux comptes d'ici mars.", "plan.presence-as-goal"),
    ("Goal: launch 2 new accounts by March.", "plan.presence-as-goal"),
])
def test_growing_an_account_or_opening_accounts_is_no_purpose(advice, text, rule):
    assert rule in fired(advice, text)
    assert "purpose" not in covered(advice, text)
