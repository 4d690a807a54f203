"""Round 35 of issue 15 (session 23): fresh39 written and run first, then its misses read by kind, French and
English, false coverage first (words doing double duty); then fresh39b written after those changes, run once
(the honest check), and read by kind in turn.

- Channels: a figure or a price of ours on show (« afficher notre taux de réussite dans la vitrine », "display
  our pass rate") links no channel; a tool hooked to the assistant ("links to you", « se connecte à toi ») relays
  none; a printed timetable card, a business card, a postcard are channels.
- Measurement and purpose: compounds whose part is a signal name no orders nor review (« double commande »,
  « sur commande », « ronds-points », "made to order", "dual-control"); ski lifts, bookings opening and a snow
  report posted are a season and content, no change nor count; a span of months is a season, no change; "number
  that matters:" / « chiffre qui compte : » names the figure after it.
- Content mix: a thread's post numbers ("1/4 … 4/4", `@post-number`) are no share; nor "half term",
  « demi-tarif », a bare "100 %" naming a thing (« le 100 % Santé »), or a clock time ("7:30").
- Answering: a thing that responds well (`@reacts`: « le violon qui répond bien dans les aigus ») answers nobody;
  responding well to people still does.
- Cadence: the day someone drops by (« quand elle passe le samedi ») is no pace; « on ne coupe pas l'été » is
  what comes after.
- Owners: « je suis » of « être », « je fais simple », "I keep it simple" and a welcome to readers' tips take no
  task; « je suis les commentaires » (suivre) does; "me: photos, posting", « moi : photos… » and a quoted sticky
  note ('"Kez — films…') name an owner.
- Audience: a line labelled "who:" / « pour qui : » names the audience; "so people don't forget us" is our
  wish, no problem of theirs.
- Counterfeits: a count shrugged off ("followers: 640. whatever") is no vanity measure; boarding a boat is no
  presence; someone who ran the page alone (« tenu la page tout seul ») is no tool; "nothing to decide", "a
  solved problem", a schedule the tool picks itself are the tool doing the work; "I'm not narrowing it down",
  « je ne restreins pas », a list closed by "the lot" are everyone.
- A pasted chat: what the assistant says ("AI: …", « IA : … ») is not the plan when the writer speaks too ("Me:",
  « Moi : »); the writer's lines are, and a part labelled "AI:" with no one answering is still the plan's.
- fresh39 and fresh39b keep their first runs and meet the goals at the end of the round; fresh39c, the clean check
  written after the last change, keeps its first run (never tuned on).
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import EVERYONE, PRESENCE, TOOL, VANITY, covered, fired


@pytest.mark.parametrize("text", [
    "Afficher notre taux de réussite au code (78 % l'an dernier) dans la vitrine.",
    "Display our pass rate on the theory test (78 % last year) in the shop window.",
    "WallPost links to you, writes the captions and posts to Facebook and Instagram.",
    "MurPost se connecte à toi, écrit les légendes et publie sur Facebook et Instagram.",
])  # fmt: skip
def test_a_figure_on_show_or_a_tool_hooked_up_links_no_channel(advice, text):
    assert "multichannel" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "The library's Facebook page and the printed timetable card left at every stop: each card carries the page's "
    "name and a QR code to it.",
    "La page Facebook de la bibliothèque et la carte des horaires laissée à chaque arrêt : chaque carte porte le nom "
    "de la page et un QR code vers elle.",
    "L'écran de la salle d'attente affiche nos dernières publications Instagram, et chaque publication renvoie à la "
    "page du forfait.",
])  # fmt: skip
def test_printed_cards_and_screens_are_channels(advice, text):
    assert "multichannel" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Karim filme un conseil de conduite par semaine dans la voiture à double commande (ronds-points, créneaux).",
    "Karim films a driving tip every week in the dual-control car (roundabouts, parallel parking), and the cakes "
    "made to order go out on Saturdays.",
    "Posting: the snow report every morning while the lifts run, until bookings open.",
    "Publication : le bulletin neige chaque matin tant que les remontées tournent, jusqu'à l'ouverture des "
    "réservations.",
])  # fmt: skip
def test_compounds_and_posted_reports_are_no_count_read(advice, text):
    assert "measurement" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Après la saison : on ferme fin septembre, mais on garde un post par mois tout l'hiver, pour les bûches "
    "glacées de Noël sur commande.",
    "After the season we close at the end of September, but keep one post a month all winter, for the Christmas "
    "ice-cream logs made to order.",
    "Once the lifts close in April we keep one post a week through the summer, before bookings open.",
    "Une fois les remontées fermées en avril, on garde un post par semaine tout l'été, avant l'ouverture des "
    "réservations.",
    "From April to August, one post a week, for the contracts.",
    "D'avril à août, un post par semaine, pour les contrats.",
])  # fmt: skip
def test_a_season_and_a_way_of_selling_are_no_aim(advice, text):
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Goal: from 40 to 60 bookings a month by June.",
    "Objectif : passer de 40 à 60 réservations par mois d'ici juin.",
])  # fmt: skip
def test_a_change_from_one_figure_to_another_is_still_an_aim(advice, text):
    assert "purpose" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "- number that matters: knives sharpened per market, off the tally sheet, looked at Sunday night",
    "- chiffre qui compte : les couteaux affûtés par marché, sur la feuille de pointage, regardés le dimanche soir",
])  # fmt: skip
def test_the_figure_named_after_its_label_is_measured(advice, text):
    assert "measurement" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "1/4 Je lance le compte de la ferme.\n2/4 On parlera des vaches et des veaux.\n3/4 Le marché, c'est le "
    "samedi.\n4/4 Si vous avez des conseils, je prends.",
    "1/4 Starting the farm's account.\n2/4 We'll talk about the cows and the calves.\n3/4 Market day is "
    "Saturday.\n4/4 If you have tips, I'm all ears.",
    "Package offers twice: in December and at half term.",
    "Les forfaits en promo deux fois : en décembre et à demi-tarif pour les enfants.",
    "La fiche renvoie vers notre page « Le 100 % Santé expliqué », où l'on donne nos conseils.",
    "Our page on 100% merino explained gives our care tips.",
    "Gareth posts the snow report at 7:30 each morning; Ffion films the lesson tips on Tuesdays.",
])  # fmt: skip
def test_numbers_that_are_no_share_of_the_posts(advice, text):
    assert "content-mix" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "1/3 tips, 1/3 behind the scenes, 1/3 offers.\nThree posts a week.",
    "Mix: 80:20 tips to offers.",
    "Sur nos posts : 100 % des vidéos montrent un conseil, et les photos sont pour moitié des coulisses, pour "
    "moitié des offres.",
])  # fmt: skip
def test_shares_said_as_fractions_ratios_and_percentages_still_count(advice, text):
    assert "content-mix" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Ma fille Inès filme les essais quand un client vient chercher son instrument : le violon qui répond bien dans "
    "les aigus, on l'entend.",
    "My daughter Ines films the trials when a customer collects their instrument: a violin that responds well in "
    "the high notes, you can hear it.",
])  # fmt: skip
def test_a_thing_that_responds_answers_nobody(advice, text):
    assert "reputation" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Élodie répond bien à chaque avis, dans la journée.",
    "Elodie responds well to every review, within the day.",
])  # fmt: skip
def test_responding_well_to_people_is_answering(advice, text):
    assert "reputation" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Inès continue de filmer les essais quand elle passe le samedi.",
    "Ines keeps filming the trials when she comes in on Saturdays.",
])  # fmt: skip
def test_the_day_someone_drops_by_is_no_pace(advice, text):
    assert "consistency" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Deux posts par semaine de septembre à mars ; d'avril à août, un par semaine : on ne coupe pas l'été.",
    "We keep posting on Saturdays after Christmas.",
])  # fmt: skip
def test_keeping_on_out_of_season_is_cadence(advice, text):
    assert "consistency" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "1/8 Je suis apicultrice à Saint-Aubin, 60 ruches, et jusqu'ici je vendais presque tout à la coopérative.",
    "Je ne suis pas du métier de la com, alors je fais simple : ce qui se passe au rucher, quand ça se passe.",
    "Si vous avez des conseils, je prends.",
    "I'm a beekeeper with 60 hives, and until now I sold almost everything to the co-op.",
    "I'm not in marketing, so I keep it simple: what happens at the hives, when it happens.",
    "If you have tips, I'll take them.",
    "me: nothing, no time",
    "Moi : rien, je n'ai pas le temps.",
])  # fmt: skip
def test_being_a_manner_or_a_welcome_is_no_task(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Je suis les commentaires tous les soirs.",
    "Qui poste le vendredi ? Le vendredi, je prends.",
    "- me: photos, videos, posting",
    "- moi : photos, vidéos, publications",
    '- "Kez — films the DJ nights and the adult-beginners class"',
    "- « Kez — filme les soirées DJ et le cours débutants adultes »",
])  # fmt: skip
def test_fragments_and_quoted_notes_name_an_owner(advice, text):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "- who: home cooks with a block of good knives gone blunt, scared to ruin them on a steel",
    "- pour qui : des cuisiniers amateurs aux bons couteaux émoussés, peur de les abîmer sur un fusil",
])  # fmt: skip
def test_a_line_labelled_who_names_the_audience(advice, text):
    assert "relevance" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Once the lifts close we keep one post a week, so people don't forget us.",
    "Une fois les remontées fermées, on garde un post par semaine, pour qu'on ne nous oublie pas.",
])  # fmt: skip
def test_our_wish_to_be_remembered_is_no_problem_of_theirs(advice, text):
    assert "relevance" not in covered(advice, text)


@pytest.mark.parametrize(("text", "rule"), [
    ("- followers: 640. whatever\n- knives sharpened per market, counted every Sunday", VANITY),
    ("- abonnés : 640. osef", VANITY),
    ("And retired couples who would love to see the puffins but worry about getting on and off the boat.", PRESENCE),
    ("Et des couples retraités qui voudraient être sur le bateau mais ont peur de monter à bord.", PRESENCE),
    ("J'ai ramoné pendant trente-cinq ans et tenu la page tout seul depuis 2019.", TOOL),
])  # fmt: skip
def test_words_doing_double_duty_are_no_counterfeit(advice, text, rule):
    assert rule not in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Goal: 10,000 followers by June, whatever it takes.",
    "Objectif : 10 000 abonnés d'ici juin, quoi qu'il en coûte.",
])  # fmt: skip
def test_a_vanity_goal_is_still_one(advice, text):
    assert VANITY in fired(advice, text)


@pytest.mark.parametrize("text", [
    "We adopt LessonLoop, a marketing platform. It writes the captions with its AI and publishes them on a "
    "schedule it picks itself.",
    "On adopte LeçonBoucle, une plateforme marketing. Elle écrit les légendes avec son IA et les publie à des "
    "heures qu'elle choisit elle-même.",
    "Marketing becomes a solved problem with the app: nothing to decide week to week.",
    "Avec l'appli, le marketing devient un problème réglé : rien à décider d'une semaine à l'autre.",
    "I've signed up for WallPost Pro. It links to you, writes the captions, picks the hashtags and posts to "
    "Facebook and Instagram on its own every Friday.",
    "On a pris Postly : la page tourne toute seule.",
])  # fmt: skip
def test_the_tool_doing_the_work(advice, text):
    assert TOOL in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Honestly, anyone with a wall is a customer. I'm not narrowing it down.",
    "Franchement, quiconque a un mur ou un champ est un client. Je ne restreins pas.",
    "Our customers: farmers, cottage people, the council, the lot.",
    "Nos clients : les agriculteurs, les gîtes, la mairie, tout le tralala.",
])  # fmt: skip
def test_refusing_to_narrow_is_everyone(advice, text):
    assert EVERYONE in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Customers: farmers who can't find a waller before lambing; I'm not narrowing it down to one valley though.",
    "Clients : les agriculteurs qui ne trouvent pas de murailler avant l'agnelage ; je ne restreins pas à une "
    "vallée.",
])  # fmt: skip
def test_widening_a_real_audience_is_no_everyone(advice, text):
    assert EVERYONE not in fired(advice, text)
    assert "relevance" in covered(advice, text)


@pytest.mark.parametrize(("text", "section"), [
    ("AI: You could count the enquiries each month and see which posts bring them.\nMe: Not bothered.", "measurement"),
    ("IA : Vous pourriez compter les demandes chaque mois et voir quels posts les amènent.\nMoi : Bof.", "measurement"),
    ("AI: Start with farmers who can't get a waller before lambing?\nMe: No, everyone.", "relevance"),
])  # fmt: skip
def test_what_the_assistant_says_in_a_pasted_chat_is_not_the_plan(advice, text, section):
    assert section not in covered(advice, text)


def test_a_part_labelled_ai_with_no_one_answering_is_still_the_plan(advice):
    text = "AI: the app writes and posts everything on its own, nothing to decide.\nSam: answers the messages within the day."
    assert TOOL in fired(advice, text)


def test_what_the_writer_keeps_in_a_pasted_chat_is_the_plan(advice):
    text = "AI: Who answers?\nMe: I'll count the enquiries each month, on the first Monday, in the bookings book."
    assert "measurement" in covered(advice, text)


@pytest.mark.parametrize(("name", "counts", "counterfeits"), [
    ("fresh39", [38, 7, 4, 31], [7, 8]),
    ("fresh39b", [24, 8, 1, 15], [2, 4]),
    ("fresh39c", [26, 4, 2, 16], [4, 4]),
])  # fmt: skip
def test_the_sets_are_registered_with_their_first_run(name, counts, counterfeits):
    folder = eval_plans.PLANS / name
    assert folder in [path for path, _name in eval_plans.SETS]
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == counts
    assert first["counterfeits"] == counterfeits


@pytest.mark.parametrize("name", ["fresh39", "fresh39b"])
def test_the_sets_meet_the_goals_at_the_end_of_the_round(name):
    figures = eval_plans.evaluate(eval_plans.PLANS / name)
    both = eval_plans.summary(figures)["both"]
    assert both["recall"] >= 0.9
    assert both["false_coverage"] <= 0.05
    assert figures.counterfeits_found == figures.counterfeits
    assert not figures.false_counterfeits
