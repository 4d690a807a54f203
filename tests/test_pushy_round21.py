"""hard-sell.pushy, round twenty-one (issue 11, recall on long text): a long mail or newsletter is also read
paragraph by paragraph.

A draft of 80 words or more takes 1 off its sum (`long`): in a long mail, signals far apart meet by chance. From
80 words (`paragraphs_from`), each paragraph (text between blank lines) is also summed on its own, without the
whole draft's length: signals that meet in one paragraph count fully there, so the push a newsletter slips in
among its news still adds up.
CAUGHT, in both languages: a club newsletter whose one paragraph asks the reader to order at a discount.
QUIET: the same newsletter with the same words scattered (the discount told in the news, the order form in a
later paragraph); and a long mail written as one block, whose paragraph is long itself and reads as before.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    # a call to order at a discount, met in one paragraph of a long newsletter
    ("en", 'Hi everyone,\n\nOur spring meeting was a great success, and thank you to everyone who brought food and stayed to stack the chairs. The speaker on river birds drew our largest audience so far, and several of you have asked for her notes, which are on the website.\n\nOrder the new field guide and get 30% off the cover price!\n\nThe summer walks start in June, on the first Sunday of each month. Meet at the car park by the bridge at nine. Bring water, a hat and good shoes.'),
    ("fr", "Bonjour à tous,\n\nNotre réunion de printemps a été un beau succès : la salle était pleine et le buffet vide à la fin. La conférence sur les oiseaux de la rivière a attiré notre plus grand public, et plusieurs d'entre vous ont demandé ses notes, qui sont sur le site.\n\nCommandez le nouveau guide et profitez de -30 % sur le prix de couverture !\n\nLes sorties d'été commencent en juin, le premier dimanche de chaque mois. Rendez-vous au parking près du pont à neuf heures. Prenez de l'eau, un chapeau et de bonnes chaussures."),
]

QUIET = [
    # the same words scattered over the newsletter's paragraphs: they meet only in the whole draft's sum
    ("en", "Hi everyone,\n\nOur spring meeting was a great success, and thank you to everyone who brought food and stayed to stack the chairs. The speaker on river birds drew our largest audience so far. The new field guide is out, and the publisher gives members 30% off the cover price.\n\nThe summer walks start in June, on the first Sunday of each month. Meet at the car park by the bridge at nine. Bring water, a hat and good shoes.\n\nOrder forms for the club fleece are on the table at each meeting, and the speaker's notes are on the website."),
    ("fr", "Bonjour à tous,\n\nNotre réunion de printemps a été un beau succès : la salle était pleine et le buffet vide à la fin. La conférence sur les oiseaux de la rivière a attiré notre plus grand public. Le nouveau guide est sorti, et l'éditeur fait -30 % aux membres sur le prix de couverture.\n\nLes sorties d'été commencent en juin, le premier dimanche de chaque mois. Rendez-vous au parking près du pont à neuf heures. Prenez de l'eau, un chapeau et de bonnes chaussures.\n\nCommandez la polaire du club avec le bulletin posé sur la table à chaque réunion ; les notes de la conférence sont sur le site."),
    # a long mail written as one block: its only paragraph is long itself (the draft's sum, as before)
    ("en", 'Hi everyone, our spring meeting was a great success, and thank you to everyone who brought food and stayed to stack the chairs. The speaker on river birds drew our largest audience so far, and several of you have asked for her notes, which are on the website. Order the new field guide and get 30% off the cover price! The summer walks start in June, on the first Sunday of each month. Meet at the car park by the bridge at nine. Bring water, a hat and good shoes.'),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_push_met_in_one_paragraph_is_found(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_scattered_selling_words_stay_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)


def test_paragraphs_are_blocks_between_blank_lines() -> None:
    """A paragraph ends at a blank line (spaces on it too), not at a single line break; blanks are trimmed."""
    from bot.engine import clauses

    text = "Hi all,\n \n  Our walk is on Sunday.\nMeet at nine.\n\n\nOrder the guide!  "
    assert [text[a:b] for a, b in clauses.paragraphs(text)] == [
        "Hi all,", "Our walk is on Sunday.\nMeet at nine.", "Order the guide!"]
