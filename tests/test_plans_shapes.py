"""Plans in the shapes people really write them (issue 15, held-out set 2): Slack notes with one
point a line, "label: point" lines, a calendar written as dated lines, a calendar table whose
channel the prose names, arrows between channels, and counterfeits said in other tenses."""

from __future__ import annotations

import pytest

from bot.engine.plan.input import parse_plan
from bot.engine.plan.statements import statements
from bot.plans.review import review_plan


def covered(result) -> set[str]:
    return {c.topic for c in result.checklist if c.status == "covered"}


def said(text: str) -> list[str]:
    plan = parse_plan(text)
    return [text[s.span[0] : s.span[1]] for s in statements(text, plan.prose)]


def test_label_lines_are_points_of_their_own():
    text = "plan for the drop\ngoal: 300 preorders by Nov 30\nwho: parents of toddlers\nnumbers: preorders every friday\n"
    assert said(text)[1:] == ["goal: 300 preorders by Nov 30", "who: parents of toddlers",
                              "numbers: preorders every friday"]


def test_a_line_broken_on_purpose_ends_a_statement_but_a_wrapped_one_does_not():
    notes = ("goal is 50 more online bookings by march\n"  # "mostly" would have fitted on it
             "mostly students from the uni who dont know any barber round here and end up queueing at the chain\n"
             "jay answers insta msgs same day\n")  # after a line longer than anyone wraps
    assert len(said(notes)) == 3
    wrapped = ("We want fifty more online bookings every month by the end\n"
               "of March, mostly from students who do not know any barber\n"
               "in town yet.\n")
    assert len(said(wrapped)) == 1


def test_a_calendar_as_dated_lines_is_read_with_its_types(advice):
    text = ("Plan éditorial — Julie publie, Marc relit.\n\n"
            "- 08/01 : conseil — 5 jeux pour faire parler un enfant\n"
            "- 22/01 : question de parent et notre réponse\n"
            "- 05/02 : conseil — les écrans avant 3 ans\n"
            "- 19/02 : annonce — ateliers parents en mars\n"
            "- 05/03 : tuto — lire ensemble le soir\n")
    plan = parse_plan(text)
    assert plan.calendar_format == "lines" and len(plan.rows) == 5
    assert [r.type for r in plan.rows][:2] == ["conseil", ""] and plan.rows[3].text == "ateliers parents en mars"
    assert "Julie publie" in plan.prose_text and "08/01" not in plan.prose_text
    assert "content-mix" in covered(review_plan(text, advice))


def test_three_dated_lines_are_deadlines_not_a_calendar():
    text = "- 15/03 : lancement du site\n- 01/04 : premier bilan\n- 30/06 : bilan final\n"
    assert not parse_plan(text).has_calendar


def test_a_calendar_table_in_a_plan_may_leave_the_channel_to_the_prose(advice):
    text = ("We post on LinkedIn twice a week.\n\n| Date | Post | Type |\n|---|---|---|\n"
            "| Tue 6 Jan | The fake parcel email | example |\n| Thu 8 Jan | 5 settings to turn on | how-to |\n"
            "| Tue 13 Jan | Anatomy of a fraud message | example |\n| Thu 15 Jan | Our monthly report | product |\n")
    plan = parse_plan(text)
    assert plan.calendar_format == "table" and len(plan.rows) == 4 and plan.rows[0].channel == ""
    assert review_plan(text, advice).plan.has_calendar


@pytest.mark.parametrize(("text", "topic"), [
    ("Channels: LinkedIn articles → free trial signup → a 4-email series → a demo call.", "multichannel"),
    ("Could Ryan take the messages and comments? He knows the prices by heart.", "reputation"),
    ("Sandrine pourrait répondre aux messages et aux commentaires.", "reputation"),
    ("Kevin, le neveu du patron, crée les visuels et publie.", "sustainability"),
    ("me on posts, @sam on DMs and comments", "sustainability"),
    ("Les couples que tu vises sont noyés sous les modèles tout faits qui se ressemblent.", "relevance"),
    ("Who: first-time buyers who feel priced out and have no idea where to start.", "relevance"),
    ("Suivi : les adhésions, avec un bilan à chaque réunion du bureau.", "measurement"),
    ("Objectif : passer de 40 à 90 restaurants abonnés d'ici la fin du trimestre.", "purpose"),
])
def test_parts_said_in_shapes_of_held_out_set_2(advice, text, topic):
    assert topic in covered(review_plan(text, advice))


@pytest.mark.parametrize(("text", "rule"), [
    ("Il faut absolument qu'on soit partout cette année : Instagram, TikTok, Threads.", "plan.presence-as-goal"),
    ("The plan is simple: we install an AI chatbot on the website. Automation will take care of the rest.",
     "plan.tool-as-plan"),
])
def test_counterfeits_said_in_other_tenses(advice, text, rule):
    assert rule in {f.rule for f in review_plan(text, advice).findings}


def test_words_that_only_look_like_counterfeits(advice):
    rules = {f.rule for f in review_plan(
        "Objectif : passer de 40 à 90 restaurants abonnés d'ici la fin du trimestre. "
        "Our curious host likes to serve a gin with a story; we answer customers 24/7.", advice).findings}
    assert "plan.vanity-metrics" not in rules
    assert "content-mix" not in covered(review_plan("We answer customers 24/7 on the website.", advice))


@pytest.mark.parametrize(("text", "topic"), [
    ("Léa publiera les posts et Marc s'occupera des visuels.", "sustainability"),
    ("C'est Inès qui rédigera les newsletters.", "sustainability"),
    ("Tom will be in charge of the newsletter.", "sustainability"),
    ("Tu réponds aux commentaires le soir même.", "reputation"),
    ("Cadence: weekly, and we don't stop when the promo ends.", "consistency"),
    ("on check les ventes du site tous les lundis", "measurement"),
    ("Les newsletters reprennent les meilleurs posts LinkedIn.", "multichannel"),
    ("Target: first-time landlords who are terrified of getting the paperwork wrong.", "relevance"),
    ("Aim: 25 new wholesale accounts by the end of the year.", "purpose"),
    ("Faire passer le panier moyen de 30 à 40 € d'ici juin.", "purpose"),
])
def test_kinds_of_statement_in_future_tenses_chat_and_second_person(advice, text, topic):
    assert topic in covered(review_plan(text, advice))


@pytest.mark.parametrize(("text", "topic"), [
    ("Christmas will be our busiest time, so we post more.", "sustainability"),
    ("We have no idea yet who buys from us.", "relevance"),
    ("Budget → 500 € per month for Instagram ads.", "multichannel"),
    ("Goal: 10k followers by Nov 30.", "purpose"),
    ("On regarde les abonnés à chaque réunion.", "measurement"),
])
def test_what_only_looks_like_a_part(advice, text, topic):
    assert topic not in covered(review_plan(text, advice))


def test_a_title_line_over_a_list_is_its_heading():
    text = "Who answers what\n- Anna: comments on Instagram, same day\n- Raj: Google reviews within 48 h\n"
    plan = parse_plan(text)
    found = statements(text, plan.prose)
    assert [text[s.span[0] : s.span[1]] for s in found] == ["Anna: comments on Instagram, same day",
                                                           "Raj: Google reviews within 48 h"]
    assert all(text[s.heading[0] : s.heading[1]] == "Who answers what" for s in found)


@pytest.mark.parametrize("text", [
    "Team\n- Anna: Instagram posts\n- Raj: newsletter and replies\n",
    "Équipe\n- Léa : posts Instagram\n- Marc : newsletter\n",
    "Who answers what\n- Anna: comments on Instagram, same day\n",
])
def test_a_roster_of_names_and_tasks_names_owners(advice, text):
    topics = covered(review_plan(text, advice))
    assert "sustainability" in topics
    if "answers" in text:
        assert "reputation" in topics


@pytest.mark.parametrize("text", [
    "Budget: 500 € a month for posts and ads.",
    "Goal: more posts on Instagram.",
    "Salon Ciseaux d'Or : poster plus souvent sur Instagram.",
])
def test_a_label_before_a_colon_is_not_a_person(advice, text):
    assert "sustainability" not in covered(review_plan(text, advice))


def test_a_calendar_by_weekday_lines_is_laid_out_week_after_week(advice):
    text = ("Novembre\n\nSemaine 1\nLun : -20 % sur la carte 10 entrées\nMer : conseil — bien choisir ses chaussons\n"
            "Ven : promo cours d'initiation\n\nSemaine 2\nLun : vente flash abonnement annuel\n"
            "Mer : -15 % sur les chaussons\n")
    plan = parse_plan(text)
    assert plan.calendar_format == "lines" and len(plan.rows) == 5
    assert [r.date_text for r in plan.rows] == ["Lun", "Mer", "Ven", "Lun", "Mer"]
    assert [r.date for r in plan.rows] == sorted(r.date for r in plan.rows) and plan.rows[3].date.weekday() == 0
    assert plan.rows[0].to_json()["date"] == "Lun"
    result = review_plan(text, advice)
    assert [r.row.category for r in result.rows] == ["ask", "give", "ask", "ask", "ask"]
    assert "plan.content-mix" in {f.rule for f in result.findings}


def test_a_table_by_week_and_weekday_is_a_calendar_of_its_cells(advice):
    text = ("Christmas market plan. Sarah posts, Tom films.\n\n| Week | Monday | Thursday |\n|---|---|---|\n"
            "| 1 Dec | 20% off all wreaths | How we dry our eucalyptus |\n"
            "| 8 Dec | Free delivery weekend | Buy 2 get 1 free on candles |\n")
    plan = parse_plan(text)
    assert plan.calendar_format == "table" and [r.text for r in plan.rows] == [
        "20% off all wreaths", "How we dry our eucalyptus", "Free delivery weekend", "Buy 2 get 1 free on candles"]
    assert [text[r.span[0] : r.span[1]] for r in plan.rows][1] == "How we dry our eucalyptus"
    assert [r.date.weekday() for r in plan.rows] == [0, 3, 0, 3] and plan.rows[2].date > plan.rows[1].date
    assert [r.row.category for r in review_plan(text, advice).rows].count("ask") == 3


def test_a_week_column_alone_or_two_weekday_lines_are_not_calendars():
    assert not parse_plan("| Week | Theme |\n|---|---|\n| 1 | tips |\n| 2 | offers |\n").has_calendar
    assert not parse_plan("Mon: team meeting\nFri: report to the board\n").has_calendar


@pytest.mark.parametrize(("text", "topic"), [
    ("Ce que je voudrais, c'est qu'on vende 15 vélos par mois d'ici septembre.", "purpose"),
    ("Your goal for the season: bring 30 new families into the cooking classes by the end of May.", "purpose"),
    ("La présidente répond aux commentaires et aux messages.", "reputation"),
    ("Nombre de licences prises, relevé par le trésorier fin juin.", "measurement"),
    ("Tracking: KRs reviewed every Monday in the growth stand-up.", "measurement"),
    ("A flyer in each lobby with a QR code that opens our Instagram.", "multichannel"),
])
def test_kinds_of_statement_of_fresh_set_1(advice, text, topic):
    assert topic in covered(review_plan(text, advice))


@pytest.mark.parametrize(("text", "topic"), [
    ("Antoine répond aux questions en message privé, au plus tard le lendemain.", "content-mix"),
    ("Des collégiens qui s'ennuient le mercredi après-midi.", "consistency"),
    ("We count sign-ups monthly and how many still come after two months.", "consistency"),
    ("Le succès se mesurera au taux d'engagement, suivi chaque mois.", "measurement"),
])
def test_what_only_looks_like_a_part_in_fresh_set_1(advice, text, topic):
    assert topic not in covered(review_plan(text, advice))


@pytest.mark.parametrize(("text", "rule"), [
    ("Notre ambition : devenir LA référence RH sur LinkedIn dans la région.", "plan.presence-as-goal"),
    ("Vision: be everywhere our customers are — Instagram, TikTok, Threads.", "plan.presence-as-goal"),
])
def test_presence_said_as_status_or_vision(advice, text, rule):
    assert rule in {f.rule for f in review_plan(text, advice).findings}
