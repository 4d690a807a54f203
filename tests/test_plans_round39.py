"""Round 39 of issue 15 (session 27, helper plans43): fresh43 written and labelled first, run once, then read by kind.
What must hold, French and English:

- A feeling (« ont l'impression de », "have the impression") is no count of impressions; impressions counted still are.
- The date a page was filled in (« rempli le 3 mars », "filled in on 3 March") is no horizon.
- A single network account said to be all there is (« Une page Facebook, c'est tout. ») is what we have, no tool as
  the plan; after a plan's label it still is the plan.
- Notes read line by line: two lines that each hold an arrow are two points; a month opening a line, then the switch
  of pace (« janvier → on passe à 1 / semaine »), is what comes after, and a pace switched to is no aim; the total of
  posts as a label, then its parts (« 4 posts : 3 avant/après, 1 pour les promos »), is a share.
- Spoken French without « ne » (« qu'elles savent pas ») and chat spelling without the apostrophe ("who dont") say a
  lack; so do running out of money, skipping meals and the shame of being seen, which is no presence of ours.
- A hair salon is no trade show; "the following Tuesday" is no following; a checklist's "(1/3)" is no share; a
  comment's "Name (date):" before an open question still leaves the question open.
- fresh43 keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, kind, expected", [
    ("fr", "Des parents d'enfants de 6 à 9 ans qui ont l'impression de tout essayer le soir.", "vanity", False),
    ("en", "Parents of 6 to 9 year olds who have the impression they've tried everything at bedtime.", "vanity", False),
    ("fr", "Objectif : 60 000 impressions sur nos annonces d'ici l'automne.", "vanity", True),
    ("en", "Goal: 60,000 impressions on our ads by the autumn.", "vanity", True),
    ("en", "Goal: 40 trials by June; the newsletter goes out the following Monday with the answers.", "vanity", False),
    ("en", "Goal: a loyal following of 5,000 by June.", "vanity", True),
])
def test_words_for_counts_told_from_their_other_senses(language, plan, kind, expected):
    counterfeit(plan, kind, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Fiche client : Garage du Pont, 30 clients par semaine, remplie le 9 mai.", False),
    ("en", "Client sheet: Bridge Garage, 30 customers a week, filled in on 9 May.", False),
    ("fr", "Fiche remplie le 9 mai. Objectif : 15 clients de plus d'ici le 30 juin.", True),
    ("en", "Sheet filled in on 9 May. Goal: 15 more customers by 30 June.", True),
])
def test_the_date_of_the_page_is_no_horizon(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "3. Où publiez-vous aujourd'hui ?\nUne page Facebook, c'est tout.", False),
    ("en", "3. Where do you post today?\nA Facebook page, that's all.", False),
    ("fr", "Un compte Instagram, c'est tout.", False),
    ("en", "An Instagram account, that's all.", False),
    ("fr", "Notre stratégie : une page Facebook, c'est tout.", True),
    ("en", "Our strategy: a Facebook page, that's all.", True),
    ("fr", "Nous avons un site internet, c'est tout.", True),
])
def test_the_one_account_we_have_is_no_tool_as_the_plan(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


NOTES = {
    "fr": ("rythme : 2 posts / semaine jusqu'à Pâques\n"
           "mai → on passe à 1 / semaine mais on lâche pas, même l'été\n"
           "likes ?? → on s'en fiche"),
    "en": ("pace: 2 posts a week until Easter\n"
           "may -> we drop to 1 a week but we don't give up, even in summer\n"
           "likes ?? -> who cares"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_notes_read_line_by_line(language):
    covers(NOTES[language], "cadence", language)
    covers(NOTES[language], "purpose", language, expected=False)
    counterfeit(NOTES[language], "vanity", language, expected=False)


@pytest.mark.parametrize("language, plan, section, expected", [
    ("fr", "- 5 posts : 4 conseils d'entretien, 1 pour les offres", "content-mix", True),
    ("en", "- 5 posts: 4 care tips, 1 for offers", "content-mix", True),
    ("fr", "2 posts : mardi et samedi.", "content-mix", False),
    ("en", "2 posts: Tuesday and Saturday.", "content-mix", False),
    ("fr", "Tâches (1/3) :\n[x] Kit — photos le jour du brassage", "content-mix", False),
    ("en", "Checklist (1/3):\n[x] Kit — photos on brew day", "content-mix", False),
    ("fr", "Parler aux garçons aux cheveux frisés qui savent pas se coiffer eux-mêmes.", "audience", True),
    ("en", "Talk to lads with frizzy hair who dont know how to style it themselves.", "audience", True),
    ("fr", "Des retraités qui sautent des repas parce qu'ils ont honte d'être vus au colis alimentaire.", "audience", True),
    ("en", "Pensioners who run out of money and skip meals because they are ashamed to be seen at the food bank.",
     "audience", True),
    ("fr", "Pour les retraités qui ont des jardins.", "audience", False),
    ("en", "For pensioners who have gardens.", "audience", False),
    ("en", "Pensioners who run out of money at the end of the month.", "owners", False),
    ("en", "Sam runs the page and Ana answers.", "owners", True),
    ("fr", "Sur Instagram, on parle aux clientes qui sortent du salon de coiffure → elles se découragent.", "channels", False),
    ("fr", "Au salon de l'habitat, on distribue le flyer → il renvoie vers notre Instagram.", "channels", True),
    ("en", "Ros (2 Oct): who's answering people on Insta?\nKit (2 Oct): dunno, later", "answering", False),
    ("fr", "Léa (mardi) : qui répond aux gens sur Insta ?\nHugo (mardi) : aucune idée, plus tard", "answering", False),
])
def test_kinds_of_statement_read_this_round(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Objectif : 20 familles de plus d'ici juin ; beaucoup ont peur d'être vues à l'épicerie solidaire."),
    ("en", "Goal: 20 more families by June; many are afraid of being seen at the food bank."),
])
def test_the_shame_of_being_seen_is_no_presence(language, plan):
    counterfeit(plan, "presence", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Notre but pour l'an prochain : que l'épicerie soit vue partout, sur tous les réseaux."),
    ("en", "Our aim for next year: the pantry seen everywhere, on every platform."),
])
def test_being_seen_everywhere_is_still_presence(language, plan):
    counterfeit(plan, "presence", language)


def test_fresh43_keeps_its_first_run():
    first = json.loads((eval_plans.PLANS / "fresh43" / "first-run.json").read_text(encoding="utf-8"))
    assert (first["both"]["recall"], first["both"]["false_coverage"], first["counterfeits"]) == (0.8824, 0.1667, [6, 6])
    assert first["false_counterfeits"] == 5


@pytest.mark.parametrize("language, plan, section, expected", [
    ("fr", "Surtout des grands-parents qui se sentent de trop quand ils gardent les petits.", "audience", True),
    ("en", "Mostly grandparents who feel clueless when they babysit.", "audience", True),
    ("fr", "Des acheteurs de vélos d'occasion qui se sont déjà fait avoir sur internet.", "audience", True),
    ("en", "Second-hand bike buyers who've been ripped off online before.", "audience", True),
    ("en", "Our photos show buyers who've picked up their bikes.", "audience", False),
    ("fr", "Chaque avis reçoit une réponse avant la fermeture, par Nina.", "answering", True),
    ("en", "Every review gets a reply before the shop closes, from Nina.", "answering", True),
    ("fr", "Dernière mise à jour : 12 mars, par Théo.", "owners", False),
    ("en", "Last updated: 12 March, by Theo.", "owners", False),
    ("fr", "Théo met à jour la carte chaque lundi.", "owners", True),
    ("en", "Theo updates the menu every Monday.", "owners", True),
])
def test_probes_of_this_round_read_by_kind(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "On a acheté Postly, une appli : il planifie, rédige et publie."),
    ("en", "We bought Postly, an app: it plans, writes and posts."),
])
def test_a_tool_that_plans_writes_and_posts_is_the_plan(language, plan):
    counterfeit(plan, "tool", language)


@pytest.mark.parametrize("language, plan, section, expected", [
    ("fr", "Vidéos : mardi et samedi. Photos : tous les jours.", "owners", False),
    ("en", "Videos: Tue and Sat. Photos: daily.", "owners", False),
    ("fr", "Vidéos : Inès le mardi, Paul le samedi.", "owners", True),
    ("en", "Videos: Ines on Tuesdays, Paul on Saturdays.", "owners", True),
    ("fr", "Notre objectif, ce n'est pas les vues, ce sont les réservations.", "audience", False),
    ("en", "Our aim isn't views, it's bookings.", "audience", False),
    ("fr", "Bilan du trimestre : 9 nouveaux élèves, 2 perdus, inscriptions en hausse de 5 %.", "audience", False),
    ("en", "Quarterly review: 9 new pupils, 2 lost, sign-ups up 5%.", "audience", False),
    ("fr", "Bilan du trimestre : 9 nouveaux élèves, inscriptions en hausse de 5 %.", "purpose", False),
    ("en", "Quarterly review: 9 new pupils, sign-ups up 5%.", "purpose", False),
    ("fr", "L'an dernier, on a compris que nos élèves sont des adultes qui n'osent pas chanter devant les autres.",
     "audience", True),
    ("en", "Last year we learned that our pupils are adults who don't dare sing in front of others.", "audience", True),
])
def test_labels_reviews_and_refusals_name_no_one(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan, section, expected", [
    ("fr", "Les boulangers, bouchers et primeurs qui ferment trop tôt pour répondre aux commandes du soir.", "audience", True),
    ("en", "Bakers, butchers and greengrocers who close too early to take evening orders.", "audience", True),
    ("fr", "Inès répond au téléphone de l'atelier le lundi et le jeudi.", "answering", True),
    ("en", "Ines answers the workshop phone on Mondays and Thursdays.", "answering", True),
    ("fr", "On publie des photos du téléphone réparé.", "answering", False),
    ("en", "We post photos of the repaired phone.", "answering", False),
])
def test_the_clean_checks_kinds_read_after_its_run(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


def test_fresh43b_keeps_its_first_run():
    first = json.loads((eval_plans.PLANS / "fresh43b" / "first-run.json").read_text(encoding="utf-8"))
    assert (first["both"]["recall"], first["both"]["false_coverage"], first["counterfeits"]) == (0.8462, 0.1053, [4, 4])
    assert first["false_counterfeits"] == 0
