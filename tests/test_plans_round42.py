"""Round 42 of issue 15 (session 31, helper plans46): fresh46 written and labelled first, run once, then read by kind.
What must hold, French and English:

- Running an account as a task (« tenir le compte Instagram », "run the Instagram account": a job advert's duty) is
  work on a page we have, no presence as the goal; wanting an account still is.
- An item of a meeting put off to a later one ("Objectives, channels and budget: deferred to the March meeting",
  « reportés à la réunion de mars ») decides nothing: no purpose, no presence.
- Presence as the aim: "the van everyone in the county has seen"; nobody able to go round the lake without running
  into our boats (« qu'on ne puisse pas faire le tour de l'étang sans tomber sur nos bateaux »), whose list of places
  is no channels linked; "be visible, full stop", « être visibles, point ». Seeing our terms before booking is not.
- A condition and its opposite select no one: "anyone with a dog, or without one", « tous ceux qui ont un chien, ou
  pas, d'ailleurs », "Anyone with a dog. Or without one."; dog owners "with or without a garden" who work late are
  still an audience.
- A CSV calendar pasted under a sentence of prose, with no fence, is a calendar; its "#" lines and its notes column are
  the writer's words (prose): "mum shoots the photos" is an owner there. Prose with commas is no calendar.
- A YAML calendar grouped under headings of its own (`semaine_12:`, `week_12:`), its rows by weekday ("jour: lundi"),
  is a calendar laid out week after week; the texts beside the rows (`strategie:`, `cible:`) are prose.
- fresh46 keeps its first run.

Then fresh46b (written after those changes, labelled first, run once) was read after its run:

- An account taken from one count to another (« faire passer le compte Instagram de 1 200 à 5 000 abonnés », "take the
  account from 1,200 to 5,000 followers") is vanity, no presence.
- « Léa y répond sous quinze jours », "Lea answers it within a fortnight": the pronoun is what people sent, answering.
- Not to count the likes (« ne pas compter les j'aime », "don't count the likes") refuses a vanity count.
- A number naming a bus or a line ("the 41 bus", « le bus 41 ») is no figure: no purpose.
- "Insta, TikTok, Google…: if there's an app, we're on it", « s'il existe une appli, on y est »: presence as a
  resolution, no channels linked.
- Answering the reviews "on Sundays", « le dimanche »: when we answer, no figure read.
- A retrospective's column alone on its line ("CONTINUE", « À CONTINUER ») is the board's layout, nothing after a
  campaign; the season closing, then a pace of posting ("When the season closes…, a weekly photo"), is what comes
  after; closing the comments with it is not.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from bench.eval import plans as eval_plans
from bot.engine.plan.input import parse_plan
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Vos missions : tenir le compte Instagram et la lettre du jeudi.", False),
    ("en", "Your missions: run the Instagram account and the Thursday newsletter.", False),
    ("fr", "Vos missions : gérer la page Facebook de la boutique.", False),
    ("en", "What you'll do: manage our Facebook page and answer the shop's e-mails.", False),
    ("fr", "Notre objectif : avoir un compte Instagram, comme les autres brûleries.", True),
    ("en", "Our goal: have an Instagram account like the other roasters.", True),
])
def test_running_an_account_is_a_task_not_presence(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "4.4 Objectives, channels and budget for communication: deferred to the March meeting for want of time."),
    ("fr", "4.4 Objectifs, canaux et budget de la communication : reportés à la réunion de mars faute de temps."),
    ("en", "Item 6, goals for the spring campaign: postponed to the next committee meeting."),
    ("fr", "Point 6, objectifs de la campagne de printemps : renvoyés au prochain conseil."),
])
def test_an_item_put_off_decides_nothing(language, plan):
    covers(plan, "purpose", language, expected=False)
    counterfeit(plan, "presence", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "Agreed: the goal is 40 new members by the end of June, up from 12."),
    ("fr", "Adopté : l'objectif est de 40 nouveaux adhérents d'ici fin juin, contre 12."),
])
def test_an_item_decided_in_minutes_still_covers(language, plan):
    covers(plan, "purpose", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "GOAL: be the van everyone in the county has seen.", True),
    ("fr", "Objectif : être la camionnette que tout le monde dans le canton a vue.", True),
    ("en", "I want nobody to be able to walk round the lake without coming across our boats, on a poster or a screen.",
     True),
    ("fr", "Je veux qu'on ne puisse pas faire le tour de l'étang sans tomber sur nos bateaux, sur une affiche ou un "
           "écran.", True),
    ("en", "Our strategy: be visible, full stop.", True),
    ("fr", "Notre stratégie : être visibles, point.", True),
    ("en", "Our aim: you can't book a table without seeing our cancellation terms.", False),
    ("fr", "Notre but : qu'on ne puisse pas réserver sans lire nos conditions d'annulation.", False),
    ("en", "Everyone in the county has seen the flood warnings this winter.", False),
])
def test_presence_said_as_being_run_into_or_full_stop(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Être visibles, point. Je veux qu'on ne puisse pas faire le tour de l'étang sans tomber sur nos bateaux, sur "
           "une affiche, sur un écran ou dans son téléphone."),
    ("en", "Be visible, full stop. I want nobody to be able to walk round the lake without running into our boats, on a "
           "poster, on a screen or in their phone."),
])
def test_the_places_of_presence_link_no_channel(language, plan):
    covers(plan, "channels", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Who for: anyone with a dog, or without one, honestly.", True),
    ("en", "Who is it for? Anyone with a dog. Or without one.", True),
    ("fr", "Pour qui : tous ceux qui ont un chien, ou pas, d'ailleurs.", True),
    ("fr", "Pour qui ? Tous ceux qui ont un chien. Ou sans en avoir.", True),
    ("en", "Who for: dog owners, with or without a garden, who work late and can't walk their dog at lunch.", False),
    ("fr", "Pour qui : les propriétaires de chiens, avec ou sans jardin, qui travaillent tard et ne peuvent pas le "
           "promener à midi.", False),
])
def test_a_condition_and_its_opposite_is_everyone(language, plan, expected):
    counterfeit(plan, "everyone", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "Who for: dog owners, with or without a garden, who work late and can't walk their dog at lunch."),
    ("fr", "Pour qui : les propriétaires de chiens, avec ou sans jardin, qui travaillent tard et ne peuvent pas le "
           "promener à midi."),
])
def test_a_condition_either_way_keeps_the_audience(language, plan):
    covers(plan, "audience", language)


PASTED = {
    "en": ("Here is the calendar from my spreadsheet:\n\ndate,channel,post,notes\n"
           "# GOAL: 30 more grooms booked a month by June, up from 18.\n"
           "03/03,Instagram,how to brush a double coat,\n05/03,Facebook,why we never shave a husky,\n"
           "10/03,Instagram,brushing tips for puppies,Sam films the clips in the van\n"),
    "fr": ("Voici le calendrier de mon tableur :\n\ndate;canal;texte;remarques\n"
           "# OBJECTIF : 30 toilettages de plus par mois d'ici juin, contre 18.\n"
           "03/03;Instagram;comment brosser un double pelage;\n05/03;Facebook;pourquoi on ne tond jamais un husky;\n"
           "10/03;Instagram;conseils de brossage pour chiots;Sam filme les vidéos dans le camion\n"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_csv_calendar_pasted_under_prose_is_a_calendar(language):
    text = PASTED[language]
    plan = parse_plan(text)
    assert plan.calendar_format == "csv"
    assert len(plan.rows) == 3
    prose = [text[s:e] for s, e in plan.prose]
    assert any(p.startswith(("GOAL", "OBJECTIF")) for p in prose), prose  # the "#" line, without its "#"
    assert any(p.startswith("Sam") for p in prose), prose  # the notes column


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_pasted_calendar_s_notes_are_read(language):
    covers(PASTED[language], "purpose", language)
    covers(PASTED[language], "owners", language)


@pytest.mark.parametrize("text", [
    "We talked about the date, the channel and the post.\nThen, after lunch, we ate, we walked, we slept.\n"
    "Later, much later, we wrote it down, all of it.\n",
    "Notes du jour :\ndate, canal, texte : on en reparle lundi.\nBref, rien, vraiment rien.\n",
])
def test_prose_with_commas_is_no_calendar(text):
    assert parse_plan(text).calendar_format == ""


GROUPED = {
    "en": ("```yaml\nstrategy: >\n  Sam films one tip a week and Jo posts it on Tuesdays.\nweek_12:\n"
           "  - day: monday\n    channel: instagram\n    subject: how to brush a double coat\n"
           "  - day: thursday\n    channel: facebook\n    subject: why we never shave a husky\nweek_13:\n"
           "  - day: monday\n    channel: instagram\n    subject: brushing tips for puppies\n```\n"),
    "fr": ("```yaml\nstrategie: >\n  Sam filme un conseil par semaine et Jo le publie le mardi.\nsemaine_12:\n"
           "  - jour: lundi\n    reseau: instagram\n    sujet: comment brosser un double pelage\n"
           "  - jour: jeudi\n    reseau: facebook\n    sujet: pourquoi on ne tond jamais un husky\nsemaine_13:\n"
           "  - jour: lundi\n    reseau: instagram\n    sujet: conseils de brossage pour chiots\n```\n"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_yaml_calendar_grouped_by_week_is_a_calendar(language):
    text = GROUPED[language]
    plan = parse_plan(text)
    assert plan.calendar_format == "yaml"
    assert [row.date.weekday() for row in plan.rows] == [0, 3, 0]
    assert plan.rows[2].date - plan.rows[0].date == timedelta(days=7)  # the second Monday is a week later
    assert any(text[s:e].startswith("Sam") for s, e in plan.prose)  # the strategy beside the rows
    covers(text, "owners", language)


def test_a_mapping_without_rows_is_no_calendar():
    assert parse_plan("```yaml\nstrategie: tout le monde\ncible: les familles\n```\n").calendar_format == ""


def test_fresh46_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh46"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [27, 4, 0, 33]
    assert first["counterfeits"] == [4, 8]


@pytest.mark.parametrize("language, plan", [
    ("fr", "Le jeu a pour but de faire passer le compte Instagram de la fromagerie de 1 200 à 5 000 abonnés avant le 31 mars."),
    ("en", "The contest is meant to take the shop's Instagram account from 1,200 to 5,000 followers by 31 March."),
])
def test_an_account_taken_to_a_count_is_vanity_not_presence(language, plan):
    counterfeit(plan, "vanity", language)
    counterfeit(plan, "presence", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Toute réclamation est à adresser par courrier à la fromagerie. Léa Morel, la gérante, y répond sous quinze jours."),
    ("en", "Any complaint goes by post to the shop. Lea Morel, the manager, answers it within a fortnight."),
])
def test_answering_what_was_sent_by_its_pronoun(language, plan):
    covers(plan, "answering", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Astuce du chef : ne pas compter les « j'aime », ils ne remplissent pas les bocaux.", False),
    ("en", "Chef's tip: don't count the likes, they don't fill the jars.", False),
    ("fr", "Objectif : 2 000 « j'aime » sur la page d'ici juin.", True),
    ("en", "Goal: 2,000 likes on the page by June.", True),
])
def test_not_counting_the_likes_refuses_vanity(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "They're who we're for this year: older people who can't get into town since the 41 bus was cut.", False),
    ("fr", "C'est pour eux qu'on travaille cette année : les personnes âgées isolées depuis que le bus 41 a été supprimé.",
     False),
    ("en", "We want 41 new members by June, up from 12.", True),
    ("fr", "Nous voulons 41 nouveaux adhérents d'ici juin, contre 12.", True),
])
def test_a_bus_number_is_no_figure(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "TO START\nBeing everywhere. Insta, TikTok, Google, Pinterest, the lot: if there's an app, we're on it."),
    ("fr", "POUR COMMENCER\nÊtre partout. Insta, TikTok, Google, Pinterest, tout : s'il existe une appli, on y est."),
])
def test_on_every_app_that_exists_is_presence(language, plan):
    counterfeit(plan, "presence", language)
    covers(plan, "channels", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "Hannah replies to the Google reviews on Sundays, good and bad."),
    ("fr", "Hannah répond aux avis Google le dimanche, bons ou mauvais."),
])
def test_answering_on_a_weekday_reads_no_figure(language, plan):
    covers(plan, "measurement", language, expected=False)
    covers(plan, "answering", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "CONTINUE\n- Dev posts the stop-by-stop updates on the Facebook page every morning.", False),
    ("fr", "À CONTINUER\n- Dev publie les nouvelles arrêt par arrêt sur la page Facebook chaque matin.", False),
    ("en", "Posting: every day in season. When the season closes at the end of September, a weekly photo from the "
           "harbour over the winter.", True),
    ("fr", "Publication : tous les jours en saison. Quand la saison ferme fin septembre, une photo du port par semaine "
           "pendant l'hiver.", True),
    ("fr", "On publie le mardi et le vendredi. Quand la saison ferme, on ferme aussi les commentaires.", False),
])
def test_a_retro_column_is_no_after_the_season_closing_is(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


def test_fresh46b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh46b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [14, 4, 1, 13]
    assert first["counterfeits"] == [2, 3]
