"""Round 30 of issue 15: what fresh33's misses showed, read in general form (sentences of our own, in other trades
and words; bench/plans/probe30 holds more of them).

- Owners: a connective « suite à », « par la suite », « tout de suite » is not the task « suit »; a rate « par post »,
  "per post" is no one posting; « c'est X qui devient notre communication » says what X is, no task X takes.
- Channels: announcing a match, a date or an event (« pour annoncer les matchs », "to announce the fixtures") links no
  channel to another.
- Measurement: two months joined (« en janvier et en juin », "in March and September") say when a figure is read.
- Everyone: refusing to narrow the audience ("we shouldn't narrow it down", « on ne veut pas se limiter à un public »)
  keeps it everyone.
- Tool: a name signed with (« on a signé avec Publimax », "we signed with Mailzy") is a product; a thing working with
  its own AI is a machine.
- Vanity: monthly listeners (« auditeurs mensuels ») are a count of fans; listeners who pay are not.
- Answering: a reply promised by a time of the day ("by the end of the day", « d'ici la fin de la journée »), or
  questions handed to a named person ("pass it to Dora"), say how and by whom people are answered.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import EVERYONE, TOOL, VANITY, covered, fired


@pytest.mark.parametrize("text", [
    "Suite à la réunion de mardi, je résume ici mes idées pour la page du club.",
    "Following Tuesday's meeting, I am summing up my ideas for the club's page.",
    "Je veux voir le nombre de cœurs par post chaque lundi.",
    "I want to see the likes per post each Monday.",
    "C'est Publimax qui devient notre communication.",
])  # fmt: skip
def test_a_connective_a_rate_or_a_state_takes_no_owner(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Suite à la réunion, Élise publie les photos chaque lundi.",
    "Sam posts two reels per week.",
    "C'est Léa qui publie les photos le mardi.",
])  # fmt: skip
def test_a_real_owner_beside_those_words_still_covers(advice, text):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text, linked", [
    ("Une publication le vendredi pour annoncer les matchs. Inès tient Instagram, Paul la page Facebook.", False),
    ("A post on Friday to announce the fixtures. Ines runs Instagram, Paul the Facebook page.", False),
    ("Une story sur Instagram pour annoncer la vidéo YouTube de la semaine.", True),
])  # fmt: skip
def test_announcing_an_event_links_no_channel(advice, text, linked):
    assert ("multichannel" in covered(advice, text)) is linked


@pytest.mark.parametrize("text", [
    "En mars et en septembre, la trésorière compare le nombre d'adhésions avec l'an passé.",
    "In March and September, the treasurer compares the number of members with last year.",
])  # fmt: skip
def test_two_months_joined_say_when_a_figure_is_read(advice, text):
    assert "measurement" in covered(advice, text)


def test_one_month_in_an_aim_is_no_reading_time(advice):
    assert "measurement" not in covered(advice, "On vise 90 adhésions en septembre.")


@pytest.mark.parametrize("text, everyone", [
    ("Our clients: any firm with a fleet of vans. We don't want to narrow it down.", True),
    ("Nos clients : toute entreprise qui a des camionnettes. On ne veut pas se limiter à un public.", True),
    ("Our clients: night-shift nurses in Leeds. We narrowed it down last spring.", False),
    ("On ne veut pas se limiter à un réseau : Instagram renvoie vers la newsletter.", False),
])  # fmt: skip
def test_refusing_to_narrow_the_audience_is_everyone(advice, text, everyone):
    assert (EVERYONE in fired(advice, text)) is everyone


@pytest.mark.parametrize("text", [
    "We signed with Mailzy. The mailing list fills itself.",
    "On a signé avec Publimax. Les publications partent toutes seules.",
    "It drafts the newsletters with its AI. The pipeline fills itself.",
    "Il rédige les lettres avec son IA. Le carnet se remplit tout seul.",
])  # fmt: skip
def test_a_tool_signed_with_or_working_with_its_ai_doing_the_work_is_the_plan(advice, text):
    assert TOOL in fired(advice, text)


@pytest.mark.parametrize("text", [
    "We signed with Nadia, our new freelance designer, who posts twice a week.",
    "On a signé avec Léa, notre graphiste, qui publie le mardi.",
])  # fmt: skip
def test_a_person_signed_with_is_no_tool(advice, text):
    assert TOOL not in fired(advice, text)
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text, vanity", [
    ("Monthly listeners on Spotify: 3k today, 20k by the tour.", True),
    ("Auditeurs mensuels sur Spotify : 3 000 aujourd'hui, 20 000 d'ici la tournée.", True),
    ("Goal: 400 tickets sold for the tour by May; our listeners pick the setlist.", False),
    ("Aim: 150 listeners paying for the bonus episodes by May.", False),  # listeners who pay: a business figure
    ("Objectif : 150 auditeurs abonnés aux épisodes payants d'ici mai.", False),
])  # fmt: skip
def test_monthly_listeners_are_a_count_of_fans(advice, text, vanity):
    assert (VANITY in fired(advice, text)) is vanity


@pytest.mark.parametrize("text", [
    "Any message or comment on the page: pass it to Dora, she'll reply by the end of the day.",
    "We reply to comments and messages by the end of the day.",
    "Les commentaires : Dora y répond d'ici la fin de la journée.",
    "Les messages, transmettez-les à Dora, elle y répond.",
])  # fmt: skip
def test_a_reply_by_a_time_of_day_or_handed_to_someone_is_answering(advice, text):
    assert "reputation" in covered(advice, text)


@pytest.mark.parametrize("text", ["Pass the flyers to Dora.", "Passez les affiches à Dora."])
def test_handing_things_over_without_messages_is_no_answering(advice, text):
    assert "reputation" not in covered(advice, text)
