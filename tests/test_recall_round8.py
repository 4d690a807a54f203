"""hard-sell.pushy, session 8 of issue 11 (recall by kind): gains told as a stake that grew, words
broken by a mark or with digits for letters, and a testimony where praise, a handle and a stake meet.

CAUGHT: each kind, in French and English, worded here (no corpus line). QUIET: the same shapes in
ordinary text (a family that grew, a fan's thanks with money words, a customer's refund, a
coach's handle), which must stay without a hard-sell finding.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    # a stake that grew, beside a handle
    ("en", "my $1,500 has become $9,800 this month, you are amazing @lena.fx.gains"),
    ("en", "with $300 start-up i made $4 500, thank you @tom_wealth_"),
    ("en", "i deposited $800 and after 5 days i got $7 200 back @mia.trades"),
    ("en", "thank you @sara_k i have received the $15 000 in my wallet"),
    ("fr", "mes 200 € sont devenus 3 100 €, merci @julie.bourse"),
    ("fr", "avec 400 € de départ j'ai fait 5 000 € grâce à @marc.trading"),
    # words broken by a mark, digits for letters
    ("en", "sa ! ve 60 % on watches, c1ick here"),
    ("en", "get it fr3e and vi / sit us"),
    ("fr", "éco ; nomisez sur nos montres : cl1quez ici"),
    # praise + handle + the stake put in
    ("en", "her honesty is undeniable, i deposited $2 000 to test it @anna_smith_fx"),
]

QUIET = [
    ("en", "My 2 kids have become 3 this year, thanks @citymaternity!"),
    ("en", "so grateful @nurse_jo, the refund from my insurance finally came through"),
    ("en", "@marie_bakes honest review: worth the cash, highly recommend the croissants"),
    ("en", "god bless you @chef_tom, my income as a cook doubled thanks to your recipes"),
    ("en", "Thanks @bankly, got my refund today, very reliable service"),
    ("en", "The 1990s have become the 2000s in the museum's new wing."),
    ("en", "Ask @coach_amy about the stretches before the race, she can guide you."),
    ("en", "My 1k in savings turned into 1.2k after a year in an index fund, slow and steady."),
    ("fr", "Merci @marie_cuisine, je recommande la recette à tous."),
    ("fr", "Mes 2 enfants sont devenus 3 cette année, merci @maternite_lyon !"),
    ("fr", "Le ; est un signe de ponctuation, à ne pas confondre avec le point."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_each_kind_of_pushy_text_is_caught(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_the_same_shapes_in_ordinary_text_stay_quiet(lang: str, text: str):
    quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "ADV: discount cigarettes shipped overnight, order at smokes-direct.biz"),
    ("en", "Are you looking for a new job? Earn from home, removal instructions at the end."),
    ("fr", "Publicité : vibromasseur livré en 24 h, commandez sur plaisir-express.fr"),
])
def test_mass_advertising_by_kind_is_caught(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Adv: the home team leads 2-1 after the first half."),
    ("en", "The hardcore fans queued all night for the album launch."),
    ("fr", "[Pub] Notre podcast revient mardi : on parle jardinage."),
])
def test_an_ad_label_or_a_strong_word_alone_is_no_hard_sell(lang: str, text: str):
    quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text", "caught"), [
    ("en", "Free trading signals every morning in my signals group, DM me to join", True),
    ("fr", "Signaux de trading tous les jours, écris-moi pour rejoindre le groupe", True),
    ("en", "The VIP seats at the concert were worth it, DM me if you want the photos.", False),
    ("fr", "Le groupe VIP du club de foot se retrouve samedi, écris-moi pour covoiturer.", False),
])
def test_a_signals_group_to_join_is_a_pitch_a_vip_seat_is_not(lang: str, text: str, caught: bool):
    assert (RULE in fired(text, lang)) is caught
