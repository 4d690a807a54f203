"""Round 19 of issue 15: the counterfeits read by their shape, each a pair in French and English (sentences
of our own; bench/plans/probe19 holds more of them).

- A name reserved is no booking: « réserver notre nom sur chaque réseau » shares the stem of « réservations »
  (an outcome that makes an aim real), but what it reserves is a name, a handle or an account, so the aim is
  presence. Bookings reserved stay a real aim.
- A counterfeit's exception is read within one clause: "likes it" excuses "if she likes it", not "100 likes,
  it failed". A section's exceptions may still cross a comma (« pour le reste, on… »).
- A question left open names no one: "Who answers the messages?" alone is no owner and no answering; answered
  ("Who answers the messages? Elodie, every evening.") it is both.
- Presence: the same handle or a shop window everywhere or on each platform, "whatever platform… our café has
  to be on it" (the place and the being there far apart), "challenge:" as the aim, a label asked ("Goal? …").
- Vanity: a view, like or follower counter as the test of success.
- Everyone: "Our target? Anyone…", the question as a label.
- A tool: "it'll handle the rest", « la newsletter automatique, c'est notre plan » (an adjective after the tool).
"""

from __future__ import annotations

import pytest

from bot.engine.plan.statements import Statement, open_question
from tests.plan_helpers import EVERYONE, PRESENCE, TOOL, VANITY, covered, fired


@pytest.mark.parametrize("presence, twin", [
    ("Premier objectif : réserver notre nom sur chaque réseau social.",
     "Premier objectif : 40 réservations de plus par mois d'ici juin, contre 25."),
    ("Objectif : réserver le même pseudo partout, d'Instagram à TikTok.",
     "Objectif : que les clients réservent leur table en ligne d'ici juin, contre 10 % aujourd'hui."),
    ("First goal: reserve our name on every social network.",
     "First goal: 40 more reservations a month by June, up from 25."),
    ("Goal: secure the same handle everywhere, from Instagram to TikTok.",
     "Goal: 30 % of tables reserved online by June, up from 10 %."),
])
def test_a_name_reserved_on_every_network_is_presence_and_bookings_reserved_are_a_real_aim(advice, presence, twin):
    assert PRESENCE in fired(advice, presence)
    assert PRESENCE not in fired(advice, twin)
    assert "purpose" in covered(advice, twin)


@pytest.mark.parametrize("vanity, twin", [
    ("If a post doesn't get at least 100 likes, it failed.", "If the customer likes it, we post it."),
    ("Si une publication ne fait pas au moins 100 j'aime, c'est raté.", "Si le client aime, on publie."),
])
def test_an_exception_of_a_counterfeit_does_not_reach_across_a_comma(advice, vanity, twin):
    assert VANITY in fired(advice, vanity)
    assert VANITY not in fired(advice, twin)


@pytest.mark.parametrize("moving_on", [
    "Pour le reste, on a branché un service qui fabrique lui-même les annonces pour les réseaux.",
    "For the rest, we've plugged in a service that makes the listings for the networks by itself.",
])
def test_a_section_exception_still_reads_across_a_comma(advice, moving_on):
    assert "content-mix" not in covered(advice, moving_on)


@pytest.mark.parametrize("asked, answered", [
    ("Who answers the messages?", "Who answers the messages? Elodie, every evening."),
    ("Qui répond aux messages ?", "Qui répond aux messages ? Élodie, chaque soir."),
])
def test_a_question_left_open_names_no_owner_and_no_answering(advice, asked, answered):
    assert not {"sustainability", "reputation", "conversation"} & covered(advice, asked)
    assert {"sustainability", "reputation"} <= covered(advice, answered)


@pytest.mark.parametrize("text, is_open", [
    ("Who answers the messages?", True),
    ("« Qui répond aux messages ? »", True),
    ("Léa, can you answer the messages?", False),  # put to someone: a request, not an open question
    ("Who answers? Léa.", False),
    ("We answer within a day.", False),
])
def test_what_counts_as_a_question_left_open(text, is_open):
    assert open_question(text, Statement((0, len(text)), None, 0)) is is_open


@pytest.mark.parametrize("presence, twin", [
    ("Quelle que soit la plateforme qu'un touriste ouvre sur le ferry, notre café doit y être.",
     "Quelle que soit la plateforme qu'un touriste ouvre, il doit pouvoir réserver une table chez nous en deux clics."),
    ("Whatever platform a tourist opens on the ferry, our café has to be on it.",
     "Whatever app a tourist opens, they should be able to book a table with us in two taps."),
    ("Ce qu'on vise : une vitrine sur chaque plateforme.",
     "Ce qu'on vise : que 30 % des ventes passent par la vitrine en ligne d'ici Noël."),
    ("This year's challenge: to exist on social media.", "This year's challenge: 40 more reservations a month by June."),
    ("Goal? Be on every network.", "Goal? 20 more members by June, up from 50."),
    ("But ? Être sur tous les réseaux.", "But ? 20 adhérents de plus d'ici juin, contre 50."),
])
def test_presence_said_far_apart_as_a_shop_window_a_challenge_or_a_label_asked(advice, presence, twin):
    assert PRESENCE in fired(advice, presence)
    assert PRESENCE not in fired(advice, twin)


@pytest.mark.parametrize("vanity, twin", [
    ("For us, success shows in the view counter.", "For us, success shows in the order book, every Friday."),
    ("What matters is that the follower counter keeps climbing.", "What matters is that the order count keeps climbing."),
    ("Le succès, pour nous, se lit dans le compteur de vues.",
     "Le succès, pour nous, se lit dans le carnet de commandes, chaque vendredi."),
])
def test_a_counter_of_views_likes_or_followers_is_vanity(advice, vanity, twin):
    assert VANITY in fired(advice, vanity)
    assert VANITY not in fired(advice, twin)


@pytest.mark.parametrize("everyone, twin", [
    ("Our target? Anyone with a garden, a balcony or even a windowsill.",
     "Our target? Renters with north-facing balconies who've tried everything and can't get anything to grow."),
    ("Pour qui ? Pour n'importe qui.",
     "Pour qui ? Les locataires de balcons plein nord qui ont tout essayé et dont rien ne pousse."),
])
def test_everyone_after_a_label_asked_is_everyone(advice, everyone, twin):
    assert EVERYONE in fired(advice, everyone)
    assert EVERYONE not in fired(advice, twin)


@pytest.mark.parametrize("tool, twin", [
    ("We've taken the software subscription; it'll handle the rest.",
     "We've taken the software subscription; Lea will handle the rest."),
    ("On a pris l'abonnement au logiciel ; il fera le reste.", "On a pris l'abonnement au logiciel ; Léa fera le reste."),
    ("La newsletter automatique, c'est notre plan marketing.",
     "La newsletter automatique sert à rappeler les rendez-vous ; Paul l'écrit chaque mois."),
    ("The automated newsletter is our marketing plan.",
     "The automated newsletter reminds people of appointments; Paul writes it each month."),
])
def test_a_tool_that_sees_to_the_rest_or_is_called_the_plan_is_the_plan_as_a_tool(advice, tool, twin):
    assert TOOL in fired(advice, tool)
    assert TOOL not in fired(advice, twin)


@pytest.mark.parametrize("presence, twin", [
    ("Je veux que le cabinet soit visible, vraiment visible : Google, Facebook, Instagram, et le reste si ça existe.",
     "Je veux que le cabinet soit présent : Google, Facebook, Instagram, pour remplir 30 rendez-vous de plus d'ici juin."),
    ("I want the practice to be visible, really visible: Google, Facebook, Instagram, and whatever else exists.",
     "I want the practice to be present: Google, Facebook, Instagram, to fill 30 more appointments by June."),
])
def test_being_visible_then_a_list_of_networks_after_a_colon_is_presence(advice, presence, twin):
    assert PRESENCE in fired(advice, presence)
    assert PRESENCE not in fired(advice, twin)
    assert "purpose" in covered(advice, twin)


def test_a_list_of_channels_is_not_presence(advice):
    assert PRESENCE not in fired(advice, "Canaux : Google, Facebook, Instagram.")
    assert PRESENCE not in fired(advice, "Channels: Google, Facebook, Instagram.")


@pytest.mark.parametrize("stamped, counted", [
    ("[09:05] Ana: reel views are great fun to film.", "[09:05] Ana: if a reel doesn't pass 30k views it failed."),
    ("[09:05] Ana : les vues des reels, c'est sympa à filmer.", "[09:05] Ana : objectif 30 000 vues par reel."),
])
def test_a_chat_time_stamp_is_no_amount_of_reactions(advice, stamped, counted):
    assert VANITY not in fired(advice, stamped)
    assert VANITY in fired(advice, counted)


@pytest.mark.parametrize("stamped, ratio", [
    ("[09:05] Ana: fun reels", "Tips to offers at 3:1, with the odd behind-the-scenes post."),
    ("[18:15] Ana: fun reels", "Mix: tips and offers, 80:20."),
])
def test_a_chat_time_stamp_is_no_proportion_of_the_posts(advice, stamped, ratio):
    assert "content-mix" not in covered(advice, stamped)
    assert "content-mix" in covered(advice, ratio)


@pytest.mark.parametrize("everyone, narrowed", [
    ("Don't target anyone in particular: everybody is a potential customer.", "Everyone is welcome, parents in particular."),
    ("Ne ciblez personne en particulier : tout le monde est un client potentiel.",
     "Tout le monde est bienvenu, les parents en particulier."),
])
def test_nobody_in_particular_narrows_nothing_and_a_group_in_particular_does(advice, everyone, narrowed):
    assert EVERYONE in fired(advice, everyone)
    assert EVERYONE not in fired(advice, narrowed)
