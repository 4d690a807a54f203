"""Round 45 of issue 15 (session 34, helper plans49): fresh49 written and labelled first, run once, then read by kind.
What must hold, French and English:

- « retraité(e)s » is a word, the people (plural, or « un retraité »): « ma retraite », "my retirement" is the writer's
  own, so a first-person lack beside it (« je n'ai pas envie d'apprendre ») names no audience.
- A blog's « billet » (« billet n° 12 », « dans ce billet ») is a post, no tickets sold: it takes no aim away from a
  vanity count; « billets vendus », "tickets sold" still do.
- The AI spelled out (« une intelligence artificielle », "an artificial intelligence") is a kind of tool, so a name
  given it is the tool's; a sole trader's plan (« mon plan », "my plan"), in the future and closed by « ni plus ni
  moins », "nothing more", said to be that tool is the tool as the plan. A person said to be the plan is none.
- A count aimed at on a network ("10k followers on TikTok", « 10 000 abonnés sur TikTok ») says where the count is: the
  network is no tool doing the work, the count still vanity.
- On a long line of prose wrapped wide, the next line going on in lower case with a word that had no room on it is the
  wrap, not a "label: value" point (« …soit vue » then « partout : dans chaque fil… »).
- A sentence that only points back at the one before as its aim ("That's really the whole point of it.", « C'est ça,
  l'objectif. ») or as leaving no one out ("Nobody left out.", « Personne de laissé. ») is read with it.
- A plan typed in capitals (a telegram, its STOP a full stop) is read in sentence case: its tool, its everyone and its
  owner are found, and the capitals name no one; a plan with headings in capitals is read as it is.
- The writer back on a day ("Back Thursday", « De retour jeudi ») is no time a figure is read.
- A cell under a logframe's column of where each figure is looked up ("Means of verification", « Sources de
  vérification ») is no presence aimed at, and a column named for its indicators (« | Indicateurs | ») is no aim of
  every row under it; a presence said in the aim's own column, or after « Indicateurs : » in prose, still is.
- A page's counter of comments alone on its line ("**3 comments**" under a blog post) is no count aimed at; "Goal: 300
  comments per post" still is vanity.
- fresh49 keeps its first run.

Then fresh49b (written after those changes, labelled first, run once) was read after its run:

- « surtout pas », "especially not" stress a no (« on ne veut surtout pas choisir »): not the « surtout »,
  "especially" that narrows an audience (« tout le monde, mais surtout les jeunes parents » still narrows).
- Whom a classified is looking for (« cherche… tout le monde ! », "looking for… everyone!") is whom the business seeks.
- A desk where things are left ("the flyers we leave at the caravan parks' reception", « qu'on laisse à l'accueil des
  campings ») is a place, no one taking a task; "the receptionist posts", « l'accueil publie », « confié à l'accueil »
  still name an owner.
- The "then" of a story told in the past ("Then we bought GrowPost", « Puis on a acheté… ») is nothing after a
  campaign; "then one a month until the autumn" still is.
- fresh49b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.plan.shouted import unshouted
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "# Ma retraite, ma boutique : le grand saut\n\nJe n'y connais rien et je n'ai pas envie d'apprendre.", False),
    ("en", "# My retirement, my shop: the big leap\n\nI know nothing about it and I don't want to learn.", False),
    ("fr", "Les retraités du quartier n'osent pas entrer dans une mercerie.", True),
    ("fr", "Un retraité qui n'ose pas entrer.", True),
    ("en", "Retirees in the village who can't drive any more.", True),
])
def test_a_retirement_is_no_people(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "# Ma boutique : le grand saut (billet n° 12)\n\nMon ambition : 2 000 abonnés sur la page d'ici Noël.", True),
    ("en", "# My shop: the big leap (post no. 12)\n\nMy ambition: 2,000 followers on the page by Christmas.", True),
    ("fr", "Dans ce billet, je vous dis tout. Mon ambition : 2 000 abonnés sur la page d'ici Noël.", True),
    ("fr", "Mon ambition : 2 000 abonnés et 300 billets vendus d'ici Noël.", False),
    ("en", "My ambition: 2,000 followers and 300 tickets sold by Christmas.", False),
])
def test_a_blog_post_is_no_ticket(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Ma nièce m'a installé Vendly, une intelligence artificielle qui rédige les annonces et les publie. Vendly "
           "sera mon plan de communication, ni plus ni moins : je n'y toucherai pas.", True),
    ("en", "My niece set me up with Vendly, an artificial intelligence that writes the listings and posts them. Vendly "
           "will be my marketing plan, nothing more, nothing less: I won't touch it.", True),
    ("fr", "Le site web sera ma stratégie.", True),
    ("en", "Our website will be my marketing plan.", True),
    ("fr", "Camille sera mon plan de communication, ni plus ni moins.", False),
    ("en", "Posting twice a week will be my plan.", False),
])
def test_the_ai_spelled_out_and_a_sole_trader_s_plan(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "Two: get to 10k followers on TikTok by the summer, because then the work comes by itself."),
    ("fr", "Deux : arriver à 10 000 abonnés sur TikTok d'ici l'été, parce qu'après le travail vient tout seul."),
])
def test_a_count_on_a_network_is_no_tool(language, plan):
    counterfeit(plan, "tool", language, expected=False)
    counterfeit(plan, "vanity", language)


@pytest.mark.parametrize("language, plan", [
    ("en", "We bought TikTok ads; they'll bring the work by themselves."),
    ("fr", "Notre compte TikTok tournera tout seul."),
])
def test_a_network_doing_the_work_is_still_the_tool(language, plan):
    counterfeit(plan, "tool", language)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Trois jours de soleil à Collioure, enfin ! Je t'écris de la terrasse, avec un café bien trop sucré.\n"
           "J'ai beaucoup pensé à notre saison des mariages. Cette année je veux que Pivoine & Cie soit vue\n"
           "partout : dans chaque fil d'actualité du département, sur Insta, Pinterest, Facebook, Google,\n"
           "il faut qu'on y soit, c'est ça l'objectif et rien d'autre."),
    ("en", "Three whole days of sun in Collioure at last! I'm writing from the terrace with a far too sweet coffee.\n"
           "I've thought a great deal about our wedding season this week. This year I want Peony & Co to be seen\n"
           "everywhere: in every single news feed in the county, on Insta, Pinterest, Facebook and on Google,\n"
           "we have to be there, that's the goal."),
])
def test_a_word_with_no_room_is_no_label(language, plan):
    counterfeit(plan, "presence", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "One: be on every app people scroll through, so that whenever anyone in this city thinks of bikes, they "
           "see us.\nThat's really the whole point of it.", True),
    ("fr", "Un : être sur toutes les applis que les gens font défiler, pour que dès que quelqu'un en ville pense "
           "« vélo », il nous voie.\nC'est vraiment tout l'intérêt.", True),
    ("en", "Be on every app people scroll through. That's our goal.", True),
    ("fr", "Être sur toutes les applis. C'est ça, l'objectif.", True),
    ("en", "Be on every app people scroll through. That's the app we use.", False),
    ("fr", "Être sur toutes les applis. C'est ça, notre quotidien.", False),
    ("en", "We post on every app people scroll through. That's the whole point: bookings.", False),
])
def test_an_aim_pointing_back(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Customers are anyone who goes near the water. Boaters, swimmers, dog walkers on the beach. Nobody left "
           "out.", True),
    ("fr", "Les clients, ce sont tous ceux qui vont au bord de l'eau. Plaisanciers, nageurs, promeneurs de chiens sur "
           "la plage. Personne de laissé.", True),
    ("en", "Our customers are retired sailors who can't lift their boats any more. No exceptions to the two-week "
           "wait.", False),
])
def test_nobody_left_out_pointing_back(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


TELEGRAMS = {
    "en": "SIGNED UP FOR PILOTBOT BEFORE I LEFT STOP\nIT IS AN AI THAT WRITES AND POSTS ALL OUR MARKETING STOP\n"
          "PILOTBOT IS THE PLAN NOW STOP NO MORE MEETINGS ABOUT IT STOP\nCUSTOMERS ARE ANYONE WHO GOES NEAR THE WATER "
          "STOP\nSAILORS SWIMMERS ANGLERS STOP NOBODY LEFT OUT STOP\nMAUD TO ANSWER PHONE ENQUIRIES WITHIN THE DAY "
          "STOP\nBACK THURSDAY STOP",
    "fr": "ABONNÉ À PILOTBOT AVANT DE PARTIR STOP\nC'EST UNE IA QUI ÉCRIT ET PUBLIE TOUTE NOTRE COM STOP\n"
          "PILOTBOT EST NOTRE PLAN MAINTENANT STOP PLUS DE RÉUNIONS LÀ-DESSUS STOP\nLES CLIENTS CE SONT TOUS CEUX QUI "
          "VONT AU BORD DE L'EAU STOP\nMARINS NAGEURS PÊCHEURS STOP PERSONNE DE LAISSÉ STOP\nMAUD RÉPOND AUX APPELS "
          "DANS LA JOURNÉE STOP\nDE RETOUR JEUDI STOP",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_telegram_in_capitals(language):
    plan = TELEGRAMS[language]
    counterfeit(plan, "tool", language)
    counterfeit(plan, "everyone", language)
    covers(plan, "owners", language)
    covers(plan, "answering", language)
    covers(plan, "audience", language, expected=False)
    covers(plan, "measurement", language, expected=False)


@pytest.mark.parametrize("text", [
    "ON STAGE THIS SEASON\nThe Winter's Tale, 3 to 14 February. Hannah answers every message within two days.",
    "ÉQUIPE\nMaud répond aux messages dans la journée. Jeudi, on relève les réservations.",
])
def test_headings_in_capitals_are_left_as_sent(text):
    assert unshouted(text) == text


def test_a_shouted_plan_keeps_its_length():
    shouted = TELEGRAMS["en"]
    read = unshouted(shouted)
    assert len(read) == len(shouted) and read != shouted
    assert read.startswith("Signed up for pilotbot before I left.")


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Maud answers phone enquiries within the day. Back Thursday.", False),
    ("fr", "Maud répond aux demandes au téléphone dans la journée. De retour jeudi.", False),
    ("en", "We read the bookings every Thursday.", True),
])
def test_back_on_a_day_reads_no_figure(language, plan, expected):
    covers(plan, "measurement", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "| Niveau | Logique | Indicateurs | Sources de vérification | Hypothèses |\n|---|---|---|---|---|\n"
           "| Résultat 2 | Des portraits de bénéficiaires | — | Page Facebook | Rien |", False),
    ("en", "| Level | Logic | Indicators | Means of verification | Assumptions |\n|---|---|---|---|---|\n"
           "| Output 2 | Portraits of the people we equip | — | Facebook page | None |", False),
    ("fr", "| Niveau | Logique | Indicateurs objectivement vérifiables | Hypothèses |\n|---|---|---|---|\n"
           "| Résultat 2 | Ce que nous publions sur la page Facebook | — | Rien |", False),
    ("en", "| Level | Logic | Objectively verifiable indicators | Assumptions |\n|---|---|---|---|\n"
           "| Output 2 | What we post on the Facebook page | — | None |", False),
    ("fr", "Indicateurs : être présents sur tous les réseaux.", True),
    ("fr", "| Niveau | Objectif | Sources de vérification |\n|---|---|---|\n"
           "| Objectif global | Être présents sur tous les réseaux | Page Facebook |", True),
    ("en", "| Level | Goal | Means of verification |\n|---|---|---|\n"
           "| Overall goal | Be present on every network | Facebook page |", True),
])
def test_a_verification_source_and_an_indicator_column_aim_at_no_presence(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Je répondrai moi-même aux commentaires.\n\n---\n\n**3 commentaires**\n\n**Josette** — Bravo !", False),
    ("en", "I'll answer the comments myself.\n\n---\n\n**3 comments**\n\n**Josette** — Well done!", False),
    ("fr", "Objectif : 300 commentaires par post d'ici juin.", True),
    ("en", "Goal: 300 comments per post by June.", True),
])
def test_a_page_s_comment_counter_is_no_count_aimed_at(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


def test_fresh49_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh49"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [29, 3, 1, 31]
    assert first["counterfeits"] == [2, 8]
    assert first["false_counterfeits"] == 2


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Salon de thé cherche… tout le monde ! Jeunes, vieux, touristes, gourmands ou au régime : nos portes sont "
           "ouvertes à tous, sans distinction, on ne veut surtout pas choisir.", True),
    ("en", "Tea room looking for… everyone! Young, old, tourists, sweet tooth or on a diet: our doors are open to all, "
           "without distinction, we especially don't want to choose.", True),
    ("fr", "Tout le monde est bienvenu, mais surtout les jeunes parents qui n'ont pas le temps de cuisiner.", False),
    ("en", "Everyone is welcome, especially young parents who have no time to cook.", False),
    ("fr", "Tout le monde cherche une place le samedi : réservez.", False),
])
def test_especially_not_and_a_classified_s_everyone(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Our Facebook posts each carry the booking link, and the flyers we leave at the caravan parks' reception "
           "send people to the same Facebook page.", False),
    ("fr", "Nos posts Facebook portent le lien de réservation, et les flyers qu'on laisse à l'accueil des campings "
           "envoient les gens vers la même page Facebook.", False),
    ("en", "The receptionist posts the day's sailing times.", True),
    ("fr", "L'accueil publie les horaires du jour.", True),
    ("fr", "Les réponses aux avis, c'est confié à l'accueil.", True),
    ("en", "At the hotel, the front desk answers every review.", True),
])
def test_a_desk_is_a_place(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Then we bought GrowPost. It's an AI that writes the posts, picks the photos and schedules everything across "
           "Facebook, Instagram and Google.", False),
    ("fr", "Puis on a acheté GrowPost. C'est une IA qui écrit les posts et les publie chaque semaine sur Facebook.", False),
    ("en", "Two posts a week during the run, then one a month until the autumn.", True),
    ("fr", "Deux posts par semaine pendant la saison, puis un par mois jusqu'à l'automne.", True),
])
def test_a_story_s_then_is_nothing_after(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


def test_fresh49b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh49b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [14, 2, 0, 16]
    assert first["counterfeits"] == [4, 5]
    assert first["false_counterfeits"] == 0
