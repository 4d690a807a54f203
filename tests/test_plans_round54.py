"""Round 54 of issue 15 (session 39, helper plans58): fresh58 written and labelled first (before any change of the
round and before its writer read the plan rules), run once on main's code, then read by kind, in both languages:

- a title closed by the day the document was written, copied or recorded ("…, copied from Messenger, 3 February",
  « mémo vocal de Karim, 18 janvier, 2 min 41 ») is the document's date line, no horizon (`@dated`);
- how full a room or a session is (« à moitié vides », "half empty") is no half of the posts;
- a role said to be kept out of the work (« sans intervention des bénévoles », "without any input from the
  volunteers") takes no task (`@kept-out`);
- what comes after a campaign read where its clause starts: after a full stop, a list's dash or an emoji bullet
  ("…to June. In winter, one a month", « 📌 L'hiver, une newsletter par mois »);
- a fraction as a list item's label ("- A quarter: customer stories", « - Un quart : des témoignages ») is its share;
- a question quoted from an earlier e-mail ("> Ben wrote: Who deals with questions…?") is answered by the reply below,
  read with the rest of that reply's paragraph;
- a quote handed over on paper (« devis papier », "paper quote") is a medium, as an invoice is;
- a tourist office's brand opening a title ("# Visit Harwick Bay: brief") is no outcome (`@place-brand`), so the
  presence it sits over is found, and it is no aim;
- approving the posts ("will sign off"), a visitor services officer, and three shares of the posts in a run ("60 %
  harbour footage, 25 % local businesses and 15 % event listings") are no aim; the run is a mix (`@share-of`);
- fresh58 and fresh58b keep their first runs.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers

DATED_TITLE = {
    "en": "# Notes from the call with Colm, copied from Messenger, 3 February\n\nWe want 40 more bookings.",
    "fr": "# Mémo vocal de Karim (paysagiste), 18 janvier, 2 min 41\n\nOn veut 40 réservations de plus.",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_titles_dateline_is_no_horizon(language):
    covers(DATED_TITLE[language], "purpose", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "# Notes from the call with Colm, 3 February\n\nWe want 40 more bookings by June."),
    ("fr", "# Notes de l'appel avec Colm, 3 février\n\nOn veut 40 réservations de plus d'ici juin."),
])
def test_a_horizon_said_in_the_plan_still_counts_under_a_dated_title(language, plan):
    covers(plan, "purpose", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "Our afternoon sessions are half empty: we ask the regulars to bring a friend."),
    ("fr", "Les séances de l'après-midi sont à moitié vides : on demande aux habitués de venir avec un ami."),
])
def test_half_empty_is_no_share_of_the_posts(language, plan):
    covers(plan, "content-mix", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "Once the programme is entered, the platform publishes the posts on every network without any input from "
           "the volunteers."),
    ("fr", "Une fois le programme saisi, la plateforme diffuse les publications sur tous les réseaux sans intervention "
           "des bénévoles."),
])
def test_a_role_kept_out_of_the_work_is_no_owner(language, plan):
    covers(plan, "owners", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "## Rhythm\n📌 3 posts a week from February to June.\n📌 In winter, one newsletter a month."),
    ("en", "## Rhythm\n3 posts a week from February to June. In winter, one newsletter a month."),
    ("fr", "## Rythme\n📌 3 posts par semaine de février à juin.\n📌 L'hiver, une newsletter par mois et c'est tout."),
    ("fr", "## Rythme\n3 posts par semaine de février à juin. L'hiver, une newsletter par mois."),
])
def test_the_other_season_after_a_full_stop_or_an_emoji_bullet_is_what_comes_after(language, plan):
    covers(plan, "cadence", language, expected=True)


@pytest.mark.parametrize("language, plan", [
    ("en", "## What we post\n- Roughly half: demonstrations on real ledgers\n- A quarter: customer stories\n"
           "- A quarter: product news"),
    ("fr", "## Ce qu'on publie\n- Environ la moitié : des démonstrations filmées\n- Un quart : des témoignages de "
           "clients\n- Un quart : les nouveautés"),
])
def test_a_fraction_as_an_items_label_is_its_share(language, plan):
    covers(plan, "content-mix", language, expected=True)


INLINE = {
    "en": ("Answers inline, as usual.\n\n> Ben wrote: Who deals with questions on the page? Last year nobody did.\n\n"
           "DAN: Rachel, within the day: she's on the page most evenings anyway."),
    "fr": ("Réponses dans le texte, comme d'habitude.\n\n> Ben a écrit : Qui s'occupe des questions sur la page ? "
           "L'an dernier, personne.\n\nDAN : Rachel, elle est sur la page presque tous les soirs."),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quoted_question_is_answered_by_the_reply_below_it(language):
    covers(INLINE[language], "answering", language, expected=True)


BRAND = {
    "en": ("# Visit Harwick Bay: creative brief for the 2027 season\n\nObjective. Harwick Bay needs to be out there. We "
           "want the town on Instagram, TikTok and Facebook, so that wherever someone looks for a seaside break, "
           "Harwick Bay shows up."),
    "fr": ("# Visitez Val-d'Ysonne : brief pour la saison 2027\n\nNotre objectif : être sur Instagram, TikTok et "
           "Facebook, partout où quelqu'un cherche un week-end au vert."),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_tourist_offices_brand_in_a_title_is_no_outcome_beside_presence(language):
    counterfeit(BRAND[language], "presence", language, expected=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_tourist_offices_brand_in_a_title_is_no_aim(language):
    covers(BRAND[language], "purpose", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "# Visit Harwick Bay: creative brief for the 2027 season\n\nMared, our visitor services officer, will sign "
           "off each month's posts by the 20th.\nWe expect 60 % harbour footage, 25 % local businesses and 15 % event "
           "listings."),
    ("fr", "# Destination Val-d'Ysonne : brief pour la saison 2027\n\nMarie, à l'accueil des visiteurs, signe le bon à "
           "tirer de chaque affiche avant le 20.\nOn prévoit 60 % paysages, 25 % commerces locaux et 15 % agenda des "
           "sorties."),
])
def test_a_sign_off_and_the_posts_mix_are_no_aim(language, plan):
    covers(plan, "purpose", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "We expect 60 % harbour footage, 25 % local businesses and 15 % event listings.", True),
    ("fr", "Environ 60 % paysages, 25 % commerces locaux et 15 % agenda des sorties.", True),
    ("en", "Our guests: 50 % families, 30 % couples and 20 % retirees.", False),
    ("fr", "Nos hôtes : 50 % familles, 30 % couples et 20 % retraités.", False),
])
def test_three_shares_in_a_run_are_a_mix_and_shares_of_people_are_not(language, plan, expected):
    covers(plan, "content-mix", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("en", "A sticker with the QR code of our Facebook page goes on every paper quote, and the page has the button to "
           "ask for a quote."),
    ("fr", "On met un autocollant avec le QR code de la page Facebook sur chaque devis papier, et la page a le bouton "
           "pour demander un devis."),
])
def test_a_paper_quote_carrying_the_pages_code_is_a_channel(language, plan):
    covers(plan, "channels", language, expected=True)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_quoted_question_and_its_answer_stay_with_the_answers_paragraph(language):
    plan = {"en": ("Answers inline.\n\n> How will you know it's working?\n\nJan in the office logs every quote "
                   "request with where it came from. We go through the sheet together every other Friday."),
            "fr": ("Réponses dans le texte.\n\n> Comment saurez-vous que ça marche ?\n\nJan, au bureau, note chaque "
                   "demande de devis et d'où elle vient. On relit le tableau ensemble un vendredi sur deux.")}[language]
    covers(plan, "measurement", language, expected=True)


def test_fresh58_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh58"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [35, 5, 5, 19]
    assert first["counterfeits"] == [7, 8]
    assert first["false_counterfeits"] == 0


def test_fresh58b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh58b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [17, 0, 0, 15]
    assert first["counterfeits"] == [3, 4]
    assert first["false_counterfeits"] == 0
