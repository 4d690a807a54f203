"""Session 21's hand reading (issue 11): findings on ordinary text and on good posts of our own, read one by one.

One's own things given away to whoever collects them ("We're giving away our old display shelves … you'll just need to
collect them", « il faut juste venir les chercher ») are no contest's prize and no launch.
The reader's own payment that "arrived after the due date" (« votre virement est arrivé ») is a notice, not a product
that has arrived; the shop's new range that "has arrived" still is one.
A reply to one customer opens on its thanks ("Thanks for reaching out", « Merci de nous avoir contactés ») or owns a
mistake ("We got it wrong", « On s'est trompés »): its code and its expired date answer a question, they press nobody.
A club's sign-up taken by one of its people (« inscrivez-vous auprès de Martine », "put your name down with the
secretary") is a notice to members, as the desk's was.
The last day of a survey asks for an opinion, not a purchase; a survey paid in vouchers is still bait.
A job advert says who we are to the few who may join: it is not a post about itself.
A meetup's call for speakers (« appel aux intervenants », "call for speakers") is a community's own call: its « écrivez-moi
en MP » plugs nothing.
A phrase does not run across the end of a sentence ("last winter. Sales were down" holds no "winter sale"), and a
founder's "my first 100 customers" is history, not an offer to the first hundred. English "-ful" words keep their
suffix ("a hand-written card" is no "handful").
Each case is a pair: the ordinary post stays quiet on the rule, its twin still draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

ANNOUNCE = "self-promotion.announcement"
PLUG = "self-promotion.plug"
GIFT = "give-first.promote-the-gift"
ASK_FIRST = "give-first.value-before-ask"
PRESSURE = "hard-sell.time-pressure"
DENSITY = "hard-sell.sales-density"
FOCUS = "relevance.reader-focus"

PAIRS = [
    ("en", PLUG, "We're giving away our old shop counter and two display shelves to any local club that can use them. "
     "Free, you'll just need to collect them from the back yard before Friday.",
     "We're giving away 3 of our new display shelves! Follow us, like this post and tag a friend to enter, winners "
     "picked Friday 🎉"),
    ("en", ANNOUNCE, "We're giving away our old shop counter and two display shelves to any local club that can use them. "
     "Free, you'll just need to collect them from the back yard before Friday.",
     "Our new autumn range has arrived! Call us to book a fitting, only a few slots this week."),
    ("en", ANNOUNCE, "A late fee of £12 has been added because your payment arrived after the due date. Call us if you "
     "think this is a mistake.",
     "Our new autumn range has arrived! Call us to book a fitting, only a few slots this week."),
    ("fr", ANNOUNCE, "Des frais de 12 € ont été ajoutés : votre virement est arrivé après la date limite. Appelez-nous si "
     "vous pensez qu'il s'agit d'une erreur.",
     "Notre nouvelle collection d'automne est arrivée ! Appelez-nous pour réserver un essayage, il reste peu de "
     "créneaux cette semaine."),
    ("en", ANNOUNCE, "Thanks for reaching out. The promo code only works on full-price items, which is why it didn't "
     "apply to the rug in the sale.",
     "Introducing our new rug range! Use promo code RUG20 and sign up today for early access."),
    ("fr", GIFT, "Merci de nous avoir contactés. Le code promo ne fonctionne que sur les articles à prix plein, c'est "
     "pour ça qu'il n'a pas marché sur le tapis soldé.",
     "Profitez de notre code promo sur tout le site ce week-end, -20 % sur les tapis !"),
    ("en", DENSITY, "Thanks for getting in touch. Your promo code only works on full-price items, so it couldn't apply "
     "to the rug in the sale.",
     "Sale! Promo code RUG20: buy one rug, get 20% off, order now, shop the sale, buy today, discount ends Sunday!"),
    ("en", PRESSURE, "We got it wrong: the discount code in Sunday's newsletter expired a day early. If it failed for "
     "you, reply here and we'll apply it by hand.",
     "Our discount code expires on Sunday: reply here to get 20% off your order, a handful of codes left!"),
    ("fr", PRESSURE, "On s'est trompés : le code promo de la newsletter de dimanche a expiré un jour trop tôt. S'il n'a "
     "pas marché pour vous, répondez ici et on l'appliquera à la main.",
     "Notre code promo expire ce soir ! Répondez ici pour avoir le vôtre avant minuit, plus que 20."),
    ("fr", ASK_FIRST, "La chorale part à Bruges le 8 juin, 15 € le car. Il reste quelques places, inscrivez-vous auprès "
     "de Martine.",
     "Voyage exclusif à Bruges le 8 juin, seulement 15 € ! Il reste quelques places, inscrivez-vous vite sur notre site "
     "avant qu'il soit trop tard."),
    ("en", ASK_FIRST, "The choir is going to Bruges on 8 June, £15 for the coach. A few seats left, put your name down "
     "with the secretary.",
     "Exclusive trip to Bruges on 8 June, only £15! A few seats left, register now on our website before they're gone."),
    ("en", PRESSURE, "Today is the last day of our reader survey. If you have two minutes, your answers shape what we "
     "stock next year. Thank you to the 240 of you who've already replied.",
     "Today is the last day of our survey: complete it now and claim your £50 voucher before midnight!"),
    ("fr", PRESSURE, "Dernier jour pour répondre à notre sondage ! Vos réponses décident de ce qu'on aura en stock l'an "
     "prochain, deux minutes suffisent.",
     "C'est le dernier jour de notre sondage : répondez maintenant et réclamez votre bon d'achat de 50 € avant minuit !"),
    ("fr", PLUG, "Dernier appel aux intervenants ! Notre meetup du 12 mars a encore deux créneaux de 10 minutes, les "
     "débutants sont encouragés. Répondez ici ou écrivez-moi en MP.",
     "Nouvelle vidéo sur ma chaîne ! Abonnez-vous et écrivez-moi en MP pour les infos."),
    ("en", FOCUS, "We're hiring! We're looking for a part-time barista for our café (3 days a week). You'll run the "
     "morning shift and our pastry counter. Details and how to apply on our careers page.",
     "We're proud of our café. We opened our second shop, our team grew, our pastries won our city's prize and our new "
     "menu is our best yet."),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


def _stem(word: str) -> str:
    from bot.engine.text import tokenize

    return tokenize(word, "en").pairs[0][0]


@pytest.mark.parametrize(("word", "other"), [("handful", "hand"), ("useful", "use"), ("wonderful", "wonder"),
                                             ("careful", "care"), ("business", "busy")])
def test_an_english_suffix_that_changes_the_word_keeps_it_apart(word: str, other: str) -> None:
    assert _stem(word) != _stem(other)


@pytest.mark.parametrize(("word", "other"), [("helpful", "helpfully"), ("handful", "handfuls"), ("thankful", "thanks"),
                                             ("businesses", "business"), ("buying", "buy")])
def test_an_english_word_still_meets_its_own_forms(word: str, other: str) -> None:
    assert _stem(word) == _stem(other)


def test_a_hand_written_card_is_no_handful_left() -> None:
    ordinary = ("It's our birthday! For the whole week, every order comes with a hand-written card from the team and a "
                "sample of the new tea. Thank you for five years of kettles and conversations.")
    twin = "Only a handful of our birthday tins left! Every order this week comes with a card, grab yours."
    quiet(ordinary, "en", PRESSURE)
    fires(twin, "en", {PRESSURE, "hard-sell.urgency"})


def test_a_phrase_does_not_run_across_the_end_of_a_sentence() -> None:
    story = ("ok real talk: I almost quit the shop last winter. Sales were down 40% and I was working 70h weeks. What "
             "saved it wasn't a sale or an ad, it was writing to my first 100 customers one by one.")
    twin = "Our winter sales are on: 40% off every coat this week only, shop now before they're gone!"
    quiet(story, "en", "give-first.promote-the-gift")
    quiet(story, "en", "hard-sell.pushy")
    fires(twin, "en", "hard-sell.pushy")


def test_a_full_stop_inside_a_figure_ends_no_sentence() -> None:
    from bot.engine.phrases import _crosses_sentence
    from bot.engine.text import tokenize

    tokens = tokenize("only 4.99 today. Sale ends at 9 a.m. on Sunday", "en")
    words = tokens.texts
    assert not _crosses_sentence(tokens, 0, words.index("today") + 1)  # "4.99": no sentence ends inside a price
    assert _crosses_sentence(tokens, words.index("today"), words.index("sale") + 1)
    assert not _crosses_sentence(tokens, words.index("a"), words.index("m") + 1)  # "a.m." glued


def test_a_founder_s_first_customers_are_history_not_an_offer() -> None:
    story = "What saved the shop was writing to my first 100 customers one by one and asking what they wanted."
    offer = "Free tote bag for the first 100 customers, this Saturday only, hurry in and shop now!"
    quiet(story, "en", "hard-sell.pushy")
    fires(offer, "en", "hard-sell.pushy")
