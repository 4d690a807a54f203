"""Hand reading, session 37 (lead, issue 11): a voucher bought for a relative, told in a few words.

The lead's sample of findings on ordinary rows (seed 3712) drew hard-sell.pushy on "Bought u a 20% off voucher for the
spa, £12, happy birthday sis": its discount, its price and the voucher read as a prize added up past the threshold,
although precision round 54's `gift-for-you` knew the voucher was bought for her. The voucher is then what "prize"
found: `gift-not-prize` takes it back. The start code drew hard-sell.pushy on the English draft (the French one was
already quiet and is pinned beside it); a scam's voucher "won" or "got you" by a "we" still fires.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

GIFTS = [
    ("en", "Bought u a 20% off voucher for the spa, £12, happy birthday sis 💕"),
    ("en", "got u a 30% off voucher for that nail place, £15, love u"),
    ("fr", "je t'ai offert un bon de -20% pour le spa, 12€, joyeux anniversaire soeurette 💕"),
]

SCAMS = [
    ("en", "We got you a £50 gift card! Claim now at giftz.co before midnight"),
    ("en", "Congrats! u won a £100 voucher, claim now txt WIN to 80081"),
    ("fr", "Félicitations ! Vous avez gagné un bon d'achat de 100 €, réclamez-le maintenant au 81212"),
]


@pytest.mark.parametrize(("lang", "text"), GIFTS, ids=numbered(GIFTS))
def test_a_voucher_bought_for_a_relative_is_no_prize_to_claim(lang: str, text: str) -> None:
    quiet(text, lang, "hard-sell.")


@pytest.mark.parametrize(("lang", "text"), SCAMS, ids=numbered(SCAMS))
def test_a_voucher_won_or_given_by_a_we_still_fires(lang: str, text: str) -> None:
    fires(text, lang, "hard-sell.")


# recall55 left a voice-over's offer under someone else's video ("dm me for a sample", its clean check's one miss):
# a demo, a sample, a reel or a portfolio offered by DM is a trade's plug, as "dm me for rates" already was. The start
# code missed each of DEMOS; a recipe asked by DM stays help.
DEMOS = [
    ("en", "great video! i do voiceovers for youtubers, dm me for a demo"),
    ("en", "nice edit, I cut trailers too, message me for my reel"),
    ("fr", "super vidéo ! je fais des voix off pour les youtubeurs, contactez-moi pour une démo"),
    ("fr", "joli montage, je fais des bandes-annonces aussi, écris-moi pour mon portfolio"),
]

HELP = [
    ("en", "my sister makes soap and I love it, dm me for the recipe of the lemon one"),
    ("fr", "ma tante fait des confitures, écris-moi pour la recette de celle à l'abricot"),
]


@pytest.mark.parametrize(("lang", "text"), DEMOS, ids=numbered(DEMOS))
def test_a_demo_or_portfolio_offered_by_dm_is_a_plug(lang: str, text: str) -> None:
    fires(text, lang, "self-promotion.plug")


@pytest.mark.parametrize(("lang", "text"), HELP, ids=numbered(HELP))
def test_a_recipe_asked_by_dm_is_no_plug(lang: str, text: str) -> None:
    quiet(text, lang, "self-promotion.")
