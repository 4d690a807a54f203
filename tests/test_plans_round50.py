"""Round 50 of issue 15 (session 37, helper plans54): fresh54 written and labelled first (before any change of the
round and before its writer read the plan rules), run once, then read by kind, with session 36's leftovers. What must
hold, French and English, each reading beside a near-twin:

- A list broken by the wrap ("…office workers, dog" then "walkers: we don't want to narrow it down") goes on: the word
  before the colon is the list's last item, no label; the sentence is read whole (everyone found).
- A campaign's name ("Volunteer drive:", « Opération bénévoles : ») is no change, and the meeting a paper is written for
  ("Paper for the trustees' meeting on 14 January", « Note pour le conseil du 14 janvier ») no horizon.
- A figure's word as a verb with its object ("Dev leads each litter pick", « tu commandes les sacs ») is someone at
  work, no count read.
- The aim said as a dream ("the dream: Boba Lab everywhere you scroll", « le rêve : … partout ») is the aim.
- A kind of content refused ("vibes only, no boring promo posts", « pas de promos ») is no kind beside a share.
- "there too" (as well) and "I'll keep doing the DMs" (a task kept) are nothing after the campaign.
- A slide's number ("Diapo 3 : Pour qui", "Slide 3: Who for") is no figure of an aim.
- A count read off a page ("the number of likes on our Facebook page") is no presence; how the aim is measured, said
  after it ("…, a success we will measure by…", « réussite que nous mesurerons au… ») leaves the aim standing.
- The closing of a season's facility (« après la fermeture des pistes en avril ») is what comes after the season; the
  shop's closing time in the evening (« le soir après la fermeture ») is not.
- Rows pasted from a spreadsheet, cells split by tabs, are one row a line, and their "Who" column names the owners.
- A news flash's rubric ("Technology:", « Technologie : ») is no one; a tool's kind in capitals ("Fourno, an AI
  that…", « Fourno, une IA qui… ») names a tool, no person.
- A story's quoted question answered in the next paragraph ('"Who will you make your videos for?" asked the owl.' then
  '"For everybody!"') is read with its answer.
- A notice, a timetable put up somewhere ("the new timetable will be on the station's noticeboard") is no presence.
- fresh54 keeps its first run.

Then fresh54b (written after those changes, labelled first, run once) was read after its run:

- « hors de portée de », "out of reach of" are a distance, no reach counted.
- A leaflet's or a form's label of whom it is for (« Population concernée : », "People concerned:") asks whom the
  plan is for: « tout le monde » after it is everyone.
- The people answered because they write to us ("Who answers the people who write to us?") are no audience, and a
  target exclaimed at ("What a target!") is a goal, no group.
- fresh54b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Volunteer drive.\n\nWho we are looking for\nHonestly, anyone with two hands and a free Saturday morning. "
           "Students, retired people, families, office workers, dog\nwalkers: we don't want to narrow it down, the river "
           "needs all of them.", True),
    ("fr", "Opération bénévoles.\n\nQui nous cherchons\nFranchement, n'importe qui avec deux mains et un samedi matin de "
           "libre. Étudiants, retraités, familles, employés de bureau, promeneurs de\nchiens : on ne veut pas se limiter, "
           "la rivière a besoin de tous.", True),
    ("en", "Volunteer drive.\n\nWho we are looking for\nStudents, retired people, families, office workers and dog walkers "
           "who live by the river and are fed up with the litter on the towpath.", False),
])
def test_a_list_broken_by_the_wrap(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan, section, expected", [
    # a campaign's name, the meeting a paper is for
    ("en", "Volunteer drive: Friends of the Tame Valley (registered charity)\nPaper for the trustees' meeting on 14 "
           "January, by Margaret Okafor\n\n1. What we need\nWe need more volunteers.", "purpose", False),
    ("fr", "Opération bénévoles : Les Amis de la Vallée (association)\nNote pour le conseil d'administration du 14 "
           "janvier, par Margaret\n\n1. Ce qu'il nous faut\nIl nous faut plus de bénévoles.", "purpose", False),
    ("en", "The plan.\n\nOur volunteer drive will recruit 30 new volunteers by March.", "purpose", True),
    # a figure's word as a verb
    ("en", "The plan.\n\nMargaret checks the account once a month and Dev leads each litter pick.", "measurement", False),
    ("fr", "Le plan.\n\nLéa, tu regardes la boîte mail et tu commandes les sacs chaque lundi, puis on fait le point.",
     "measurement", False),
    ("en", "The plan.\n\nWe check the new leads each month.", "measurement", True),
    # a kind refused
    ("en", "The plan.\n\n✨ vibes only, no boring promo posts", "content-mix", False),
    ("fr", "Le plan.\n\n✨ de l'ambiance seulement, pas de promos.", "content-mix", False),
    ("en", "The plan.\n\nTips only, no promos.", "content-mix", True),
    # "there too", a task kept
    ("en", "The plan.\n\nWe share each reel into the group so the neighbours see it there too. I film on Fridays.",
     "cadence", False),
    ("en", "The plan.\n\nI film on Fridays. I'll keep doing the DMs in the evening.", "cadence", False),
    ("en", "The plan.\n\nI film on Fridays, and we keep posting every Friday after the fair too.", "cadence", True),
    # a slide's number
    ("fr", "Plan des diapos.\n\nDiapo 3 : Pour qui\n  - Les familles qui montent pour la semaine et perdent leur premier "
           "matin à faire la queue au magasin pour les essayages", "purpose", False),
    ("en", "Slide outline.\n\nSlide 3: Who for\n  - Families who come up for the week and lose their first morning "
           "queueing at the shop for their fittings", "purpose", False),
    # how the aim is measured, said after it
    ("fr", "Le plan.\n\nObjectif : doubler les dons d'ici décembre 2027, réussite que nous mesurerons au nombre de "
           "mentions J'aime de la page Facebook.", "purpose", True),
    ("en", "The plan.\n\nGoal: double the donations by December 2027, a success which we will measure by the number of "
           "likes on our Facebook page.", "purpose", True),
    ("en", "The plan.\n\nGoal: 10,000 followers by December 2027.", "purpose", False),
    # the closing of a season
    ("fr", "Le plan.\n\nUn post Instagram tous les deux jours pendant la saison. Après la fermeture des pistes en "
           "avril : un post par semaine tout l'été.", "cadence", True),
    ("fr", "Le plan.\n\nUn post le mardi et le vendredi ; Inès répond le soir après la fermeture.", "cadence", False),
    ("en", "The plan.\n\nA post every other day in the season. After the slopes close in April: one post a week all "
           "summer.", "cadence", True),
    # a rubric, a tool's kind in capitals
    ("fr", "Le plan.\n\nTechnologie : pour y parvenir, la boulangerie a souscrit à un service qui écrit les posts.",
     "owners", False),
    ("en", "The plan.\n\nTechnology: to get there, the bakery has signed up to a service that writes the posts.",
     "owners", False),
    ("fr", "Le plan.\n\nLéa : écrit les posts.", "owners", True),
    ("fr", "Le plan.\n\nFourno, une IA qui écrit les posts, choisit les photos et les publie elle-même.", "owners", False),
    ("en", "The plan.\n\nFourno, an AI that writes the posts, picks the photos and publishes them itself.", "owners",
     False),
    ("en", "The plan.\n\nFourno, our intern, writes the posts and picks the photos.", "owners", True),
])
def test_words_doing_double_duty(language, plan, section, expected):
    covers(plan, section, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Le plan 2027 (copié de notre tableur, onglet « Plan »)\n\nLigne\tPartie\tCe qu'on fera\tQui\tQuand\n"
           "1\tPourquoi\tPasser de 30 à 60 commandes de coffrets d'entreprise par mois d'ici juin 2027\tHugo\tjuin 2027\n"
           "2\tContenus\tMoitié de coulisses de l'atelier, un quart de témoignages, un quart d'offres\tClémence\t-\n", True),
    ("en", "Our 2027 plan (copied out of our sheet, tab \"Plan\")\n\nRow\tArea\tWhat we will do\tWho\tWhen\n"
           "1\tWhy\tGo from 30 to 60 corporate gift-box orders a month by June 2027\tHugo\tJune 2027\n"
           "2\tWhat\tHalf behind-the-scenes, a quarter customer stories, a quarter offers\tClaire\t-\n", True),
    ("en", "Our 2027 plan (copied out of our sheet, tab \"Plan\")\n\nRow\tArea\tWhat we will do\tWho\tWhen\n"
           "1\tWhy\tGo from 30 to 60 corporate gift-box orders a month by June 2027\tTBD\tJune 2027\n"
           "2\tWhat\tHalf behind-the-scenes, a quarter customer stories, a quarter offers\t?\t-\n", False),
])
def test_rows_pasted_from_a_spreadsheet(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The plan.\n\n🎯 the dream: Boba Lab everywhere you scroll. TikTok, Insta, Snap, YouTube Shorts, the lot", True),
    ("fr", "Le plan.\n\n🎯 le rêve : Boba Lab partout où vous scrollez. TikTok, Insta, Snap, YouTube Shorts, tout.", True),
    ("en", "The plan.\n\nThe new timetable will be on the station's noticeboard by Friday.", False),
    ("en", "The plan.\n\nOur new café will be on every app by Friday.", True),
    ("fr", "Le plan.\n\nObjectif : doubler les dépôts d'objets d'ici décembre 2027, réussite que nous mesurerons au nombre "
           "de mentions J'aime de la page Facebook.", False),
    ("en", "The plan.\n\nGoal: double the drop-offs by December 2027, a success which we will measure by the number of "
           "likes on our Facebook page.", False),
])
def test_presence_as_the_dream_and_not_a_page_or_a_notice(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "\"Who will you make your videos for?\" asked the wise old owl.\n\n\"For everybody!\" said the little shop. "
           "\"Grannies and babies, teenagers and teachers.\"\n\nSo every morning, Priya filmed a video.", True),
    ("fr", "« Pour qui fais-tu tes vidéos ? » demanda la vieille chouette.\n\n« Pour tout le monde ! » répondit la "
           "petite boutique. « Les mamies et les bébés, les ados et les profs. »\n\nAlors chaque matin, Léa filmait une "
           "vidéo.", True),
    ("en", "\"Who will you make your videos for?\" asked the wise old owl.\n\n\"For the grannies who knit and can't find "
           "wool near home,\" said the little shop.", False),
])
def test_a_question_answered_in_the_next_paragraph(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


def test_fresh54_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh54"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [34, 6, 3, 21]
    assert first["counterfeits"] == [6, 8]
    assert first["false_counterfeits"] == 1


@pytest.mark.parametrize("language, plan, kind, expected", [
    ("fr", "Le plan.\n\nConservation : à garder hors de portée de la concurrence.", "vanity", False),
    ("en", "The plan.\n\nStorage: keep out of reach of the competition.", "vanity", False),
    ("fr", "Le plan.\n\nObjectif : doubler la portée de nos posts d'ici juin.", "vanity", True),
    ("fr", "Le plan.\n\nPopulation concernée : tout le monde, adultes, enfants, hommes, femmes ; aucune restriction d'âge "
           "ni de profil.", "everyone", True),
    ("en", "The plan.\n\nPeople concerned: everyone, adults, children, men, women; no restriction of age or profile.",
     "everyone", True),
    ("fr", "Le plan.\n\nPopulation concernée : les jeunes mamans du quartier qui n'ont pas le temps de sortir.",
     "everyone", False),
])
def test_a_leaflet_read_as_a_plan(language, plan, kind, expected):
    counterfeit(plan, kind, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The plan.\n\nA late challenge from Priya: \"Who answers the people who write to us?\" Sandra: \"Me, every "
           "evening.\"", False),
    ("en", "The plan.\n\nTom wants ten thousand followers by Christmas. What a target!", False),
    ("en", "The plan.\n\nOur target: parents who can't find a sitter on Saturday nights.", True),
    ("fr", "Le plan.\n\nUn dernier défi de Priya : « Qui répond aux gens qui nous écrivent ? » Sandra : « Moi, chaque "
           "soir. »", False),
])
def test_whoever_writes_to_us_is_no_audience(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


def test_fresh54b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh54b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [17, 1, 0, 14]
    assert first["counterfeits"] == [3, 4]
    assert first["false_counterfeits"] == 1
