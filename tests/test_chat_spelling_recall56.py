"""Chat spellings of recall56 (session 38): a seller's French chat (« jvends », « jrevend », « juska », « cest », « ya »,
« vs êtes »), read as their words with spans on the draft's own characters; « vs » between two teams and « yen » the
currency keep their letters; a text between friends that has them stays a text, a promotion that has them still presses."""

from __future__ import annotations

from tests.review_helpers import fires, quiet
from tests.spelling_helpers import excerpts, words


def test_jvends_meets_je_vends_on_its_own_characters(pack):
    assert excerpts(pack, "jvends mes stickers", "fr", en="phrases: [x]", fr="phrases: [je vends]") == ["jvends"]


def test_jrevend_meets_je_revends_on_its_own_characters(pack):
    assert excerpts(pack, "jrevend des pulls", "fr", en="phrases: [x]", fr="phrases: [je revends]") == ["jrevend"]


def test_juska_meets_jusqu_a_on_its_own_characters(pack):
    found = excerpts(pack, "promo juska dimanche", "fr", en="phrases: [x]", fr="phrases: [jusqu'à dimanche]")
    assert found == ["juska dimanche"]


def test_ya_reads_il_y_a_and_vs_reads_vous_only_before_a_verb():
    assert words("ya que 10 paquets", "fr")[:3] == ["il", "y", "a"]
    assert words("vs êtes pas prêts", "fr")[0] == "vous"
    assert words("PSG vs OM ce soir", "fr")[1] != "vous"  # a match, not « vous »


def test_yen_stays_a_currency():
    assert "y" not in words("le yen a chuté face au dollar", "fr")


def test_texts_with_them_stay_quiet_and_promotions_with_them_still_press():
    quiet("cest trop bien ya du monde au parc, vs êtes où ?", "fr", ("hard-sell.", "self-promotion."))
    quiet("jvends mon vieux vélo à mon cousin, il le veut depuis des années", "fr", ("hard-sell.", "self-promotion."))
    fires("jvends des coques a 5€, promo juska dimanche seulement, foncez", "fr", "hard-sell.pushy")
