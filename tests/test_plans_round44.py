"""Round 44 of issue 15 (session 33, helper plans48): fresh48 written and labelled first, run once, then read by kind.
What must hold, French and English:

- « compte », "account" is the noun (an account: « notre compte Instagram », "our Instagram account"): the verb of
  counting (« nous compterons les dossiers ») and "accounting" name no tool, so a figure said to mean little « à lui
  seul », "by itself", is no tool working alone.
- A point crossed out (« ~~concours pour passer les 1 000 abonnés~~ → laisse tomber ») and a spec's non-goal
  ("**Non-goal**: growing our social following", « Hors objectif : »), as a label or a heading, are not what the plan
  aims at: no counterfeit in them. "~~Tuesday~~ Wednesday: …" still says Wednesday, and a "Goals" heading still aims.
- A note's shorthand mix, each share then what it holds (« 2 sur 3 = plats du jour / 1 sur 3 = l'équipe »), is a
  content mix; one share alone ("2 in 3 = yes") is none.
- A name made as a machine's ("FestiBot", "PostGPT") is a product wherever it is said: said to be our whole
  communication, before a colon saying what it does, it is the tool as the plan; "Talbot" is a surname.
- A tool writing the notices and posting them on two networks links no channel (« les annonces », "the announcements"
  are what is posted), nor does a shared album; a notice relayed from one channel to another still does.
- A phrase inside another counts once: "a mailing list" is one channel, not "mailing" and "mailing list".
- An arrow to an answer ("→ YES", « → OUI ») is a note's outcome, no channel fed; and a note typed in lower case after
  a full stop ("→ YES. she answers Etsy messages") says who answers.
- The second verb of a relative ("people who own one of my mugs and want to complete a set", « et voudraient ») is the
  people's wish: an audience. « Des gens » are the people, not « gênés » (embarrassed): people who only read, or own
  a bowl, name no need.
- Our promise that nothing waits ("never leaves a complaint unanswered", « ne laisse jamais une plainte sans réponse »)
  is how we answer, no lack of the people.
- A task moved on ("(moved to next week)", « (reporté à la semaine prochaine) ») is no horizon of an aim.
- A bullet journal's signifiers (○, ×, –) open items: its event line is no title over the notes below.
- A kind of content as a line's label, then a share ("Posts: two out of three…", « Posts : 2 sur 3… ») names no one,
  as the days after it do (round 29's leftover, the rota pattern); "Posts: Ana on Mondays" still names Ana.
- fresh48 keeps its first run.

Then fresh48b (written after those changes, labelled first, run once) was read after its run:

- A mishap that befalls the people (« restent enfermés dehors… tombent sur des dépanneurs qui facturent », "get locked
  out… end up with a locksmith who charges") is their problem: an audience.
- Our name that must « se voir » everywhere is being seen, as "has to show on every screen"; « l'important, c'est… »,
  "the important thing is…" name the aim. « On doit se voir mardi » is a meeting. A sale said not to happen, as a
  maxim ("an agency nobody sees doesn't sell: …", « ne vend pas »), is the reason for being seen, no change aimed at.
- What the people made or sent, shown in our posts ("30 % subscribers' own photos", « les photos de nos abonnés »), is
  a kind of content, no count of them.
- fresh48b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers


@pytest.mark.parametrize("language, plan", [
    ("fr", "Pour savoir si nous y arrivons, nous compterons les dossiers rendus au 30 mai. Le nombre de visiteurs sera "
           "noté, mais il ne dit presque rien à lui seul."),
    ("en", "To know if it works we will count the applications handed in by 30 May and 400 accounting firms on the paid "
           "plan. The visitor count will be noted, but it says almost nothing by itself."),
])
def test_counting_is_no_account(language, plan):
    counterfeit(plan, "tool", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Notre compte Instagram tournera tout seul."),
    ("en", "Our Instagram account will run itself."),
])
def test_an_account_running_itself_is_the_tool(language, plan):
    counterfeit(plan, "tool", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "- ~~concours pour passer les 1000 abonnés~~ → laisse tomber, ça sert à rien", False),
    ("en", "- ~~giveaway to pass 1,000 followers~~ → drop it, pointless", False),
    ("fr", "- ~~mardi~~ mercredi : objectif 1000 abonnés", True),
    ("en", "- ~~Tuesday~~ Wednesday: goal 1,000 followers", True),
])
def test_a_point_crossed_out_is_not_said(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "**Non-goal**: growing our social following.", False),
    ("en", "## Non-goals\n- Growing our follower count to 10k.", False),
    ("fr", "**Hors objectif** : faire grossir notre nombre d'abonnés.", False),
    ("fr", "## Non-objectifs\n- Passer à 10 000 abonnés.", False),
    ("en", "## Goals\n- Growing our follower count to 10k.", True),
    ("fr", "## Objectifs\n- Passer à 10 000 abonnés.", True),
])
def test_a_non_goal_aims_at_nothing(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "- posts : 2 sur 3 = plats du jour / 1 sur 3 = l'équipe en cuisine ou nos producteurs", True),
    ("en", "- posts: 2 in 3 = dishes of the day / 1 in 3 = the kitchen team or our growers", True),
    ("fr", "- posts : 60 % = tutos, 40 % = promos", True),
    ("en", "- posts: 60% = how-to, 40% = offers", True),
    ("fr", "- vote du bureau : 2 sur 3 = pour", False),
    ("en", "- survey: 2 in 3 = yes", False),
])
def test_a_note_s_shorthand_mix(language, plan, expected):
    covers(plan, "content-mix", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "FestiBot, c'est désormais toute notre communication : il écrit les annonces, choisit les images et les publie "
           "sur Facebook et sur Instagram à l'heure qu'il juge la meilleure. Plus besoin de se réunir pour en parler."),
    ("en", "FestBot is now our whole communication: it writes the notices, picks the pictures and publishes them on "
           "Facebook and Instagram at the time it judges best. No need to meet about it any more."),
])
def test_a_name_made_as_a_machine_s_is_the_tool(language, plan):
    counterfeit(plan, "tool", language)
    covers(plan, "channels", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "M. Talbot écrit les annonces."),
    ("en", "Mr Talbot writes the notices."),
])
def test_a_surname_ending_in_bot_is_a_person(language, plan):
    counterfeit(plan, "tool", language, expected=False)
    covers(plan, "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Il écrit les annonces et les publie sur Facebook et sur Instagram.", False),
    ("en", "It writes the announcements and posts them on Facebook and Instagram.", False),
    ("fr", "Il choisit les photos dans l'album partagé et les publie sur Facebook et Instagram.", False),
    ("en", "It picks the photos from the shared album and publishes them on Instagram and Facebook.", False),
    ("fr", "L'annonce du concours est relayée dans la newsletter et sur Facebook.", True),
    ("en", "The contest announcement is relayed in the newsletter and on Facebook.", True),
])
def test_notices_and_a_shared_album_link_no_channel(language, plan, expected):
    covers(plan, "channels", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Not sales, not a mailing list: to be the name people see on every feed and every lamppost.", False),
    ("fr", "Une mailing list, point.", False),
    ("en", "Every Instagram post links to the mailing list sign-up.", True),
    ("fr", "Chaque post Instagram renvoie vers l'inscription à la mailing list.", True),
])
def test_a_phrase_inside_another_counts_once(language, plan, expected):
    covers(plan, "channels", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "×  ask Gemma if she'll mind the shop inbox while I'm at the fair → YES. she answers Etsy messages + emails "
           "every weekday morning"),
    ("fr", "×  demander à Gemma si elle veut bien tenir la boîte mail pendant le salon → OUI. elle répond aux messages "
           "Etsy + mails chaque matin de semaine"),
])
def test_an_arrow_to_a_verdict_then_a_lower_case_note(language, plan):
    covers(plan, "channels", language, expected=False)
    covers(plan, "answering", language)


@pytest.mark.parametrize("language, plan", [
    ("en", "The Instagram posts → the newsletter every Friday."),
    ("fr", "Les posts Instagram → la newsletter chaque vendredi."),
])
def test_an_arrow_between_channels_still_links_them(language, plan):
    covers(plan, "channels", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Who buys at the kiln sales: people who already own one of my mugs and want to complete a set for their table.",
     True),
    ("fr", "Nos acheteurs sont des gens qui ont déjà un de mes bols et voudraient compléter le service de leur table.",
     True),
    ("en", "Our buyers are people who own one of my mugs.", False),
    ("fr", "Nos acheteurs sont des gens qui ont un de mes bols.", False),
])
def test_a_relative_s_second_verb_of_wanting(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Bryony answers every message from clients within 24 hours and never leaves a complaint unanswered.", False),
    ("fr", "Bryony répond à chaque message des clients sous 24 heures et ne laisse jamais une plainte sans réponse.", False),
    ("en", "Dog owners who never know where their dog is all day.", True),
    ("fr", "Des maîtres qui ne savent jamais où est leur chien de la journée.", True),
])
def test_nothing_left_unanswered_is_no_lack_of_theirs(language, plan, expected):
    covers(plan, "audience", language, expected=expected)
    if not expected:
        covers(plan, "answering", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "•  photograph the new speckled mugs  >  (moved to next week, the light was rubbish)", False),
    ("fr", "•  photographier les nouveaux bols mouchetés  >  (reporté à la semaine prochaine, la lumière était nulle)", False),
    ("en", "We want 40 new stockists by next month.", True),
    ("fr", "On veut 40 nouveaux revendeurs d'ici le mois prochain.", True),
])
def test_a_task_moved_on_is_no_horizon(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "○ 15 Mar   spring kiln-opening sale\n•  photograph the new mugs\n"
           "–  who buys at the kiln sales: mostly people who already own one of my mugs"),
    ("fr", "○ 15 mars   vente de printemps à l'atelier\n•  photographier les nouveaux bols\n"
           "–  qui achète aux ventes de l'atelier : surtout des gens qui ont déjà un de mes bols"),
])
def test_a_journal_s_event_line_is_no_title(language, plan):
    covers(plan, "content-mix", language, expected=False)
    covers(plan, "purpose", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "Team\n- Anna posts on Mondays"),
    ("fr", "Équipe\n- Anna publie le lundi"),
])
def test_a_title_over_a_list_still_heads_it(language, plan):
    covers(plan, "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Des gens qui lisent.", False),
    ("en", "People who read.", False),
    ("fr", "Des clientes gênées de demander conseil en magasin.", True),
    ("en", "Customers who are embarrassed to ask for advice in the shop.", True),
])
def test_people_are_no_embarrassment(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Les locataires du centre qui restent enfermés dehors un soir et tombent sur des dépanneurs qui facturent 600 € "
           "une ouverture de porte.", True),
    ("en", "Tenants in the centre who get locked out one evening and end up with a locksmith who charges £600 to open a "
           "door.", True),
    ("fr", "Les locataires du centre qui sortent le soir.", False),
    ("en", "Tenants in the centre who go out in the evening.", False),
])
def test_a_mishap_is_a_problem_of_the_people(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Notre nom doit se voir sur tous les panneaux, tous les portails immobiliers, tous les écrans du canton.", True),
    ("en", "Our name has to show on every sign, every property portal, every screen in the county.", True),
    ("fr", "L'important, c'est d'être partout.", True),
    ("en", "The important thing is to be everywhere.", True),
    ("fr", "On doit se voir mardi pour en parler.", False),
    ("en", "We have to see each other on Tuesday to talk about it.", False),
])
def test_our_name_seen_and_the_important_thing(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "An agency nobody sees doesn't sell: the important thing is to be everywhere.", True),
    ("fr", "Une agence qu'on ne voit pas ne vend pas : l'important, c'est d'être partout.", True),
    ("en", "We want to sell 30 more bikes by June by being on Instagram.", False),
    ("fr", "On veut vendre 30 vélos de plus d'ici juin en étant sur Instagram.", False),
])
def test_a_sale_said_not_to_happen_is_the_reason_not_the_aim(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Contenu : 50 % fabrication, 30 % les photos et questions de nos abonnés, 20 % offres.", False),
    ("en", "Content: 50 % how it's made and how to drink it, 30 % subscribers' own photos and questions, 20 % offers.",
     False),
    ("fr", "Objectif : 30 % d'abonnés en plus d'ici juin.", True),
    ("en", "Goal: 30 % more followers by June.", True),
])
def test_what_the_people_made_is_no_count_of_them(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Posts : 2 sur 3 des plats du jour, 1 sur 3 l'équipe.", False),
    ("en", "Posts: two out of three show the day's dishes, one in three the kitchen team.", False),
    ("fr", "Posts : Ana le lundi, 2 sur 3 des plats du jour.", True),
    ("en", "Posts: Ana on Mondays, two in three of them dishes.", True),
])
def test_a_content_label_then_its_share_is_no_one(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


def test_fresh48_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh48"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [28, 7, 3, 26]
    assert first["counterfeits"] == [7, 8]


def test_fresh48b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh48b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [16, 0, 0, 16]
    assert first["counterfeits"] == [1, 2]
    assert first["false_counterfeits"] == 1
