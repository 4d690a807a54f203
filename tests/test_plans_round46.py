"""Round 46 of issue 15 (session 35, helper plans50): fresh50 written and labelled first, run once, then read by kind.
What must hold, French and English:

- How someone fares ("let's see how Marcus gets on") is no getting onto a network; "we need to get on TikTok" still is
  presence.
- How fast we answer (« d'ici la fin de la journée », "by the end of the day", "within the day") is no horizon of a
  change: keeping on answering the booking enquiries is no purpose; "30 more bookings by the end of the year" still is.
- A task the writer has given up (« je ne m'en occupe plus », "I don't deal with it any more") names no owner; « je m'en
  occupe : je publie le mardi » still does.
- The name the plan gave a tool ("Lunetto, the app my supplier sold me") is the tool wherever it is said, in a cleft
  too (« C'est Lunetto qui décide », "It's Lunetto that decides"): no one at work, so the tool doing everything (« fait
  tout », "does everything") is found; a person's name in the same sentences is an owner, no tool.
- A form's instruction to whoever fills it in (« Cochez une seule réponse par question. », "Tick one answer only per
  question.") is nothing the plan says: no share of the posts; « Une seule promo par mois, le reste en conseils » still is
  a mix.
- "300 likes on every post", « sur chaque post » count the posts: no one posting (as "per post", round 30).
- A place's or a show's name (« Centre aquatique L'Ondine »), its article in capitals, is no one at work on an object.
- An SMS export's header ("Camille, 22:47": a name, a comma, the time) is who speaks and when, no statement; a short
  chat message ending on its question word without the mark (« et les msg insta c qui », "and the dms who") is read
  with the message that answers it, and one that asks nothing is not.
- Terms of reference and statutes: a numbered title ("1. Purpose") over its numbered clauses ("1.1 …") is their
  heading, each clause a point of its own; a short numbered list stays a list.
- In prose wrapped wide, the word that had no room goes on below in capitals too ("…By the 2027 General" then
  "Meeting, no flat…"), and so does the line after a word no sentence ends on ("…the lead item of" then "Tomasz's…").
- The aim met, then a slower pace ("Once a vacancy has been filled, the group drops to one post a week") is what comes
  after the campaign; "Once the flat is clean, Gail drops the keys" is none.
- A ceiling on a wait as the aim ("by December 2027, no flat empty for longer than six weeks", « aucun logement vide
  plus de six semaines ») is a change with its figure; the same said of last year is history.
- The name called, then "you" taking the task ("Sam, you keep replying to the Google reviews", « Sam, tu continues de
  répondre aux avis ») is an owner; "Sam, you said the reviews were fine" takes no task.
- fresh50 keeps its first run.

Then fresh50b (written after those changes, labelled first, run once) was read after its run:

- « Voilà notre cap. », "That's our course." point back at the sentence before as its aim.
- Wherever one looks, the business has to be there (« partout où un habitant pose les yeux, la commune doit y être », as
  "wherever a resident looks, the town has to be there") is being seen; « partout où un client nous écrit » is not.
- Posts that speak to everyone without exception (« parleront à chacun, sans exception », « aucune différence entre
  eux », "no distinction between them", « Aucun habitant ne doit se sentir oublié ») are everyone and name no audience;
  « parleront aux jeunes parents qui cherchent une place en crèche » still names one.
- How fast we answer, across a line wrapped narrow ("answers the Facebook" then "and Instagram messages every evening")
  is no pace of posting; a clip going out every evening still is.
- The people's lack told in the past ("…and had no idea whether it was worth fixing", as a museum label tells a plan)
  is their problem; "who had bought a camera online" alone is none.
- fresh50b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.plan.statements import statements
from tests.plan_helpers import counterfeit, covers


def said(text: str) -> list[tuple[str, str | None]]:
    """Each statement of `text` (all prose), with the heading it sits under."""
    return [(text[s.span[0] : s.span[1]], text[s.heading[0] : s.heading[1]] if s.heading else None)
            for s in statements(text, ((0, len(text)),))]


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Nobody has decided how often the posts go out. Alan: \"let's see how Marcus gets on\".", False),
    ("en", "Let's see how they get on with the new leaflets before we decide.", False),
    ("fr", "Personne n'a décidé du rythme des posts. Alan : « on verra comment Marcus s'en sort ».", False),
    ("en", "We need to get on TikTok this year.", True),
    ("en", "Goal: get on TikTok.", True),
    ("fr", "Objectif : être sur TikTok.", True),
])
def test_how_someone_gets_on_is_no_network(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The Claimant agrees to keep answering the booking enquiries on Instagram and by email, within the day.", False),
    ("fr", "Abby continue de répondre aux nouvelles demandes de réservation d'ici la fin de la journée.", False),
    ("en", "Abby keeps answering the new booking enquiries by the end of the day.", False),
    ("en", "We want 30 more bookings by the end of the year.", True),
    ("fr", "On veut 30 réservations de plus d'ici la fin de l'année.", True),
    ("en", "We want 30 more bookings a month by June, and we'll answer every enquiry within the day.", True),
])
def test_an_answer_s_pace_is_no_horizon(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Depuis qu'on a l'appli, je ne m'en occupe plus.", False),
    ("en", "Since we got the app, I don't deal with it any more.", False),
    ("fr", "Depuis janvier, je m'en occupe : je publie le mardi.", True),
    ("en", "Since January I deal with it: I post on Tuesdays.", True),
])
def test_a_task_given_up_has_no_owner(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, kind, expected", [
    ("fr", "Lunetto, l'appli que m'a vendue mon fournisseur, fait tout. C'est Lunetto qui décide, je ne m'en occupe plus.",
     "tool", True),
    ("en", "Lunetto, the app my frame supplier sold me, does everything. It's Lunetto that decides, I don't deal with it "
           "any more.", "tool", True),
    ("fr", "Autre : « Lunetto, l'appli que m'a vendue mon fournisseur de montures. Elle fait tout. »", "tool", True),
    ("fr", "Lou, mon apprentie, fait tout. C'est Lou qui décide, je ne m'en occupe plus.", "tool", False),
    ("fr", "Instagram, Pinterest, TikTok : on choisit ? Non, on fait tout.", "tool", False),
    ("en", "Instagram, Pinterest, TikTok: do we choose? No, we do everything.", "tool", False),
    ("en", "Lou, my apprentice, does everything. It's Lou who decides, I don't deal with it any more.", "tool", False),
])
def test_a_tool_s_given_name_is_no_one(language, plan, kind, expected):
    counterfeit(plan, kind, language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Lou, mon apprentie, fait tout. C'est Lou qui décide, je ne m'en occupe plus."),
    ("en", "Lou, my apprentice, does everything. It's Lou who decides, I don't deal with it any more."),
    ("en", "Jo, our app developer, writes the posts."),
    ("en", "Jo (our app developer) writes the posts."),
    ("fr", "Jo, notre développeur d'appli, écrit les posts."),
])
def test_a_person_s_name_still_owns(language, plan):
    covers(plan, "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Rempli par : Hélène Roux. Cochez une seule réponse par question.", False),
    ("en", "Filled in by: Helen Roux. Tick one answer only per question.", False),
    ("en", "Tick only one answer for each question: tips or offers.", False),
    ("fr", "Une seule promo par mois, le reste en conseils.", True),
    ("en", "One promotion a month at most, the rest tips.", True),
])
def test_a_form_s_instruction_is_no_mix(language, plan, expected):
    covers(plan, "content-mix", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The numbers I want us to beat: 5,000 followers by the summer, and 300 likes on every post.", False),
    ("fr", "Les chiffres que je veux battre : 5 000 abonnés d'ici l'été, et 300 likes sur chaque post.", False),
    ("en", "Ana writes every post and I check each post before it goes out.", True),
    ("fr", "Ana rédige chaque post et je relis chaque publication avant sa sortie.", True),
    ("fr", "Centre aquatique L'Ondine", False),
    ("en", "Studio Hosts The Big Quiz", False),
    ("fr", "Sylvie saisit les nouveaux biens.", True),
    ("en", "Sylvie enters the new listings.", True),
])
def test_counted_posts_and_a_place_s_name_own_nothing(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("text, joined", [
    ("Camille, 22:58\net les msg insta c qui\n\nNadia, 22:58\ntoi stp, t plus patiente que moi", True),
    ("Sam, 22:58\nand the dms who\n\nJo, 22:58\nyou pls, you're more patient", True),
    ("Camille, 22:58\nles msg insta c nul\n\nNadia, 22:58\ntoi stp, t plus patiente que moi", False),
    ("Sam, 22:58\nthe dms are a mess\n\nJo, 22:58\nyou pls, you're more patient", False),
])
def test_an_sms_header_and_a_question_without_its_mark(text, joined):
    found = [t for t, _ in said(text)]
    assert not any(t.startswith(("Camille, 22", "Nadia, 22", "Sam, 22", "Jo, 22")) for t in found), found
    assert (len(found) == 1) is joined, found


@pytest.mark.parametrize("text, heading", [
    ("1. Purpose\n1.1 The group exists to fill the co-op's empty flats faster.\n1.2 It reports to each General Meeting.",
     "Purpose"),
    ("1. Objet\n1.1 Le groupe existe pour louer plus vite les logements vides.\n1.2 Il rend compte à chaque assemblée.",
     "Objet"),
    ("1. Post on Mondays\n2. Answer within a day", None),
    ("1. Publier le lundi\n2. Répondre dans la journée", None),
])
def test_numbered_clauses_under_their_numbered_title(text, heading):
    found = said(text)
    assert all(h == heading for _, h in found), found
    assert len(found) == 2, found


WIDE = ("1.1 The Working Group exists to fill the co-op's empty flats faster, and with people who will stay. Last year "
        "three\nflats stood empty for more than four months each, which cost the co-op £14,000 in lost rent. By the 2027 "
        "General\nMeeting, no flat should stand empty for longer than six weeks.")


def test_a_wide_wrap_goes_on_in_capitals():
    assert "By the 2027 General\nMeeting, no flat should stand empty for longer than six weeks." in [t for t, _ in said(WIDE)]


def test_notes_typed_one_a_line_stay_apart():
    notes = "Gail: Facebook posts\nTomasz: the newsletter\nDeb: answers the phone"
    assert len(said(notes)) == 3


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Gail posts on Mondays and Thursdays. Once a vacancy has been filled, the group drops to one post a week until "
           "the next notice to quit comes in.", True),
    ("fr", "Gaëlle publie le lundi et le jeudi. Une fois l'appartement attribué, le groupe redescend à un post par "
           "semaine jusqu'au prochain départ.", True),
    ("en", "Once the flat is clean, Gail drops the keys at the office.", False),
    ("fr", "Une fois l'appartement propre, Gaëlle dépose les clés au bureau.", False),
])
def test_the_aim_met_then_a_slower_pace(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Our goal: by December 2027, no flat empty for longer than six weeks.", True),
    ("fr", "Notre objectif : d'ici décembre 2027, aucun logement vide plus de six semaines.", True),
    ("en", "Last year, no flat stood empty for longer than six weeks.", False),
    ("fr", "L'an dernier, aucun logement n'est resté vide plus de six semaines.", False),
])
def test_a_ceiling_on_a_wait_is_an_aim(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Sam, you keep replying to the Google reviews the way you do now, the same evening.", True),
    ("fr", "Sam, tu continues de répondre aux avis Google comme maintenant, le soir même.", True),
    ("en", "Sam, you reply to the Google reviews.", True),
    ("fr", "Sam, tu réponds aux avis Google.", True),
    ("en", "Sam, you said the reviews were fine.", False),
    ("fr", "Sam, tu sais que les avis comptent.", False),
])
def test_the_name_called_then_you(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


def test_fresh50_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh50"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [25, 2, 4, 33]
    assert first["counterfeits"] == [7, 8]
    assert first["false_counterfeits"] == 1


@pytest.mark.parametrize("text, one", [
    ("Être partout sur les réseaux. Voilà notre cap.", True),
    ("Be on every app. That's our course.", True),
    ("Être partout sur les réseaux. Voilà notre boutique.", False),
    ("Be on every app. That's our shop.", False),
])
def test_our_course_points_back(text, one):
    assert (len(said(text)) == 1) is one, said(text)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Sur Facebook, sur Instagram, sur le site, sur les écrans de la gare : partout où un habitant pose les yeux, la "
           "commune doit y être. Voilà notre cap.", True),
    ("fr", "Où que l'on regarde en ville, notre boulangerie doit y être.", True),
    ("en", "On Facebook, on Instagram, on the website, on the station screens: wherever a resident looks, the town has to "
           "be there. That's our course.", True),
    ("fr", "Partout où un client nous écrit, la réponse doit y être dans la journée.", False),
])
def test_wherever_one_looks_we_must_be_there(language, plan, expected):
    counterfeit(plan, "presence", language, expected=expected)


MAYOR_FR = ("Nos publications parleront à chacun, sans exception : les jeunes, les familles, les aînés, les commerçants. "
            "Aucun habitant ne doit se sentir oublié, et nous ne ferons aucune différence entre eux.")
MAYOR_EN = ("Our posts will speak to every single one of you, without exception: young people, families, older people, "
            "shopkeepers. No resident should feel forgotten, and we will make no distinction between them.")


@pytest.mark.parametrize("language, plan, everyone, audience", [
    ("fr", MAYOR_FR, True, False),
    ("en", MAYOR_EN, True, False),
    ("fr", "Nos publications parleront aux jeunes parents qui ne trouvent pas de place en crèche.", False, True),
    ("en", "Our posts will speak to young parents who can't find a nursery place.", False, True),
])
def test_everyone_without_exception(language, plan, everyone, audience):
    counterfeit(plan, "everyone", language, expected=everyone)
    covers(plan, "audience", language, expected=audience)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Seen them? Message the page: Denise answers the Facebook\nand Instagram messages every evening after the last "
           "game.", False),
    ("fr", "Vu quelque part ? Écrivez-nous : Denise répond aux messages Facebook\net Instagram tous les soirs après la "
           "dernière partie.", False),
    ("en", "Denise answers the DMs.\nEvery evening after the last game, a clip of the best strike goes out.", True),
])
def test_an_answer_s_pace_across_a_narrow_wrap(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Its readers were students and young photographers who had bought a cheap second-hand camera online, found the "
           "meter dead or the shutter sticking, and had no idea whether it was worth fixing.", True),
    ("fr", "Ses lecteurs étaient des étudiants et de jeunes photographes qui avaient acheté un appareil d'occasion en "
           "ligne, trouvé la cellule morte ou l'obturateur bloqué, et ne savaient pas s'il valait la peine de le réparer.",
     True),
    ("en", "Its readers were students and young photographers who had bought a camera online.", False),
    ("fr", "Ses lecteurs étaient des étudiants qui avaient acheté un appareil en ligne.", False),
])
def test_the_people_s_lack_told_in_the_past(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


def test_fresh50b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh50b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [14, 2, 1, 15]
    assert first["counterfeits"] == [2, 4]
    assert first["false_counterfeits"] == 0
