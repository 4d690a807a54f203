"""Round 17 of issue 15: the four counterfeits in still other words, each beside a real twin that stays out.

- Everyone: a market "wide open", « grand ouvert »; "if you can hold a bat, you can play" (a condition anyone
  meets); every resident of the borough, « chaque habitant du quartier », whatever their age ("whether they're
  twenty or seventy", « qu'il ait vingt ans ou soixante-dix »), unless a clause then narrows them ("every parent in
  the area whose child…"); a place "made for" (« est faite pour ») names whom it is for. "Sporty or not at all"
  refuses nobody.
- Presence: a name known on the internet (« une enseigne connue sur internet »), a page on each of the apps
  (« chacune des applis »), our name coming up whenever anyone thinks of a night out.
- A tool: a service with nobody lifting a finger, « sans intervention de l'équipe », that makes the posts
  itself (« fabrique lui-même »), « ça roulera sans nous »; the same service beside a person who does the work
  is her tool.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import counterfeits_and_covered


def fired(advice, text: str) -> set[str]:
    return counterfeits_and_covered(advice, text)[0]


@pytest.mark.parametrize("everyone, group", [
    ("Our market is wide open: if you can hold a bat, you can play.",
     "Our market: parents of under-fives who can't find a soft-play open on Sunday mornings."),
    ("Notre marché est grand ouvert : si vous savez tenir une raquette, vous pouvez jouer.",
     "Notre marché : les parents d'enfants de moins de cinq ans qui ne trouvent rien d'ouvert le dimanche matin."),
    ("Our gym is for every resident of the borough, whether they're twenty or seventy, sporty or not at all.",
     "Our gym is for residents of the borough who work late and can't find a slot anywhere else, sporty or not at all."),
    ("Notre salle est faite pour chaque habitant du quartier, qu'il ait vingt ans ou soixante-dix, sportif ou pas.",
     "Notre salle est faite pour les habitants du quartier qui travaillent tard et ne trouvent pas de créneau ailleurs."),
    ("Chaque foyer de la ville a une voiture à laver, donc c'est notre marché.",
     "Notre marché : les foyers de la ville qui n'ont pas de jardin pour laver leur voiture."),
    ("Who's it for? Every resident of the town.",
     "Who's it for? Every parent in the area whose child starts school this year."),
])
def test_everyone_in_new_words_is_the_counterfeit_audience(advice, everyone: str, group: str):
    assert "plan.everyone-audience" in fired(advice, everyone)
    assert "plan.everyone-audience" not in fired(advice, group)


@pytest.mark.parametrize("presence, aim", [
    ("Ce qu'on voudrait : que la boutique devienne une enseigne connue sur internet, avec une page sur chacune des applis.",
     "Ce qu'on voudrait : que la boutique devienne l'adresse connue des randonneurs pour ressemeler, 40 paires par mois d'ici juin."),
    ("What we want: the shop becoming a known name on the internet, with a page on each of the apps.",
     "What we want: the shop becoming the known address for resoling among hikers, 40 pairs a month by June."),
    ("The aim: our name coming up whenever anyone in the county thinks about a night out, on Instagram, TikTok, Google.",
     "The aim: our name coming up whenever anyone in the county plans a wedding, so that we book 12 more weddings by June."),
    ("L'objectif : que notre nom revienne chaque fois que quelqu'un du département pense à une sortie, partout.",
     "L'objectif : 12 mariages de plus d'ici juin, en revenant dans les esprits chaque fois que quelqu'un du département prévoit un mariage."),
])
def test_presence_in_new_words_is_no_objective(advice, presence: str, aim: str):
    assert "plan.presence-as-goal" in fired(advice, presence)
    assert "plan.presence-as-goal" not in fired(advice, aim)


@pytest.mark.parametrize("tool, used", [
    ("The marketing will be handled by PostPal, a service that turns our menu into daily posts with nobody on our side "
     "lifting a finger.", "PostPal turns our menu into draft posts, which Priya rewrites and schedules on Mondays."),
    ("La com sera assurée par PostPal, un service qui transforme notre carte en posts quotidiens sans que personne chez "
     "nous ne lève le petit doigt.", "PostPal transforme notre carte en brouillons, que Léa reprend et publie le lundi."),
    ("On a branché un service qui repère nos nouveautés et fabrique lui-même les annonces pour les réseaux : ça roulera "
     "sans nous.", "On a branché un service qui repère nos nouveautés ; Léa relit et publie les annonces le mardi."),
    ("L'outil qui va tout changer : notre nouvelle appli. Elle relance les clients, publie sur Instagram et envoie les "
     "promos sans intervention de l'équipe.", "Notre nouvelle appli relance les clients ; Nadia choisit les promos et les envoie."),
    ("The tool that changes everything: our new app. It chases members, posts on Instagram and sends the offers with no "
     "one on the team involved.", "Our new app chases members; Nadia picks the offers and sends them."),
])
def test_a_tool_in_new_words_is_no_plan(advice, tool: str, used: str):
    assert "plan.tool-as-plan" in fired(advice, tool)
    assert "plan.tool-as-plan" not in fired(advice, used)


@pytest.mark.parametrize("everyone, group", [
    ("Every family in Leeds and Bradford eats bread, so they're our customers.",
     "Families in Leeds and Bradford who work night shifts and can't shop before we close are our customers."),
    ("Chaque foyer de Lille et Roubaix mange du pain, donc ce sont nos clients.",
     "Les foyers de Lille et Roubaix qui travaillent de nuit et ne peuvent pas passer avant la fermeture : ce sont nos clients."),
    ("Notre patientèle, c'est tout le monde : on a tous un dos.",
     "Notre patientèle : les employés de bureau qui ont mal au dos le soir."),
    ("Our customer base is everyone with a phone.", "Our customer base: couriers who crack their phone screens every winter."),
])
def test_everyone_has_it_so_they_are_our_market(advice, everyone: str, group: str):
    assert "plan.everyone-audience" in fired(advice, everyone)
    assert "plan.everyone-audience" not in fired(advice, group)


def test_nobody_lifting_a_pen_is_a_tool_working_alone(advice):
    assert "plan.tool-as-plan" in fired(advice, "Our socials will be run by PostPal, an app that turns our specials into "
                                               "posts with nobody lifting a pen.")
    assert "plan.tool-as-plan" not in fired(advice, "PostPal turns our specials into drafts; Ana rewrites and posts them.")


@pytest.mark.parametrize("known, everyone", [
    ("Our goal is to be the florist everyone in town has heard of.", "Our customers: everyone in town."),
    ("Notre but : être le fleuriste que tout le monde connaît en ville.", "Nos clients : tout le monde en ville."),
])
def test_being_known_by_everyone_is_presence_not_the_audience(advice, known: str, everyone: str):
    assert "plan.everyone-audience" not in fired(advice, known)
    assert "plan.everyone-audience" in fired(advice, everyone)


def test_being_known_by_everyone_as_the_aim_is_presence(advice):
    assert "plan.presence-as-goal" in fired(advice, "Our big goal: to be the florist everyone in town has heard of, "
                                                    "popping up on every feed.")


@pytest.mark.parametrize("everyone, group", [
    ("Our drinkers: anybody of legal age, we're not fussy.", "Our drinkers: cyclists who want a beer that won't slow them down."),
    ("Nos buveurs : n'importe qui en âge de boire.", "Nos buveurs : les cyclistes qui veulent une bière légère après la sortie."),
])
def test_our_people_as_a_label_then_anybody_is_the_counterfeit_audience(advice, everyone: str, group: str):
    assert "plan.everyone-audience" in fired(advice, everyone)
    assert "plan.everyone-audience" not in fired(advice, group)


def test_getting_on_with_the_work_is_no_getting_onto_a_network(advice):
    text = "We'd like 600 taproom visits a month by summer, and we get on with brewing while the posts go out on every platform."
    assert "plan.presence-as-goal" not in fired(advice, text)
    assert "plan.presence-as-goal" in fired(advice, "Our goal: get on every platform by summer.")


@pytest.mark.parametrize("presence, aim", [
    ("What we want: IronWorks on every phone screen in the city, impossible to scroll past on Instagram and TikTok.",
     "What we want: 40 more members by March, with a reel on Instagram and TikTok every week."),
    ("Notre objectif : être incontournables en ligne, sur Instagram comme sur TikTok.",
     "Notre objectif : 40 adhérents de plus d'ici mars, avec une vidéo par semaine sur Instagram et TikTok."),
])
def test_being_impossible_to_scroll_past_is_presence(advice, presence: str, aim: str):
    assert "plan.presence-as-goal" in fired(advice, presence)
    assert "plan.presence-as-goal" not in fired(advice, aim)


@pytest.mark.parametrize("group", [
    "Nos élèves, jeunes et moins jeunes, qui ont peur de reprendre le volant après un accident.",
    "Our pupils, young and old, who are scared of driving again after an accident.",
])
def test_young_and_old_as_an_apposition_to_a_group_narrowed_by_a_clause_is_no_everyone(advice, group: str):
    found, covered = counterfeits_and_covered(advice, group)
    assert "plan.everyone-audience" not in found
    assert "relevance" in covered


def test_we_are_for_the_whole_neighbourhood_is_everyone(advice):
    assert "plan.everyone-audience" in fired(advice, "We're for the whole neighbourhood, whoever they are.")
    assert "plan.everyone-audience" not in fired(advice, "We're for parents in the neighbourhood who work late.")
