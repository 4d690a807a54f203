"""Chat spellings of recall54 (session 37): "rn" (right now) and « mtn » (maintenant), read as their words with spans on
the draft's own characters; a text that has them stays a text, a promotion that has them still presses."""

from __future__ import annotations

from tests.review_helpers import fires, quiet
from tests.spelling_helpers import excerpts, words


def test_rn_meets_right_now_on_its_own_characters(pack):
    assert excerpts(pack, "cant talk rn, call u later", "en", fr="phrases: [x]", en="phrases: [right now]") == ["rn"]


def test_mtn_meets_maintenant_on_its_own_characters(pack):
    assert excerpts(pack, "chui dispo mtn si tu veux", "fr", en="phrases: [x]", fr="phrases: [maintenant]") == ["mtn"]


def test_capitals_keep_their_letters():
    assert words("I am an RN at the clinic", "en")[3] == "rn"  # a registered nurse, not "right now"


def test_texts_with_rn_or_mtn_stay_quiet_and_promotions_with_them_still_press():
    quiet("rn im just chilling at home, wanna come over?", "en", ("hard-sell.", "self-promotion."))
    quiet("wesh la team, mtn chui posé chez moi, vous passez ?", "fr", ("hard-sell.", "self-promotion."))
    fires("FLASH SALE on rn!! 50% off everything, shop at dealzone.co.uk", "en", "hard-sell.pushy")
    fires("VENTE FLASH mtn !! -50% sur tout, foncez sur dealzone.fr", "fr", "hard-sell.pushy")
