"""Precision on ordinary posts, round 24 (issue 11): reported quotations, and who writes to whom.

A seller's words in quote marks, framed by a verb of saying before them ("the ad said", « il raconte que le »)
or by their source after them (', shouted the man at the stall', « », criait le vendeur »), are reported: the
selling words inside the marks add nothing to the hard-sell sums (`reported_quotes`). A post that puts its own
code or slogan in quotes, with no such frame, still counts them. Then the kinds of ordinary post this round's
tuning text showed as false alarms: a customer's review (it opens as one, or the buyer tells « je l'ai pris »,
« Acheté à -50 % »), a local report quoting a shop's owners, and « le double cheese » read as « doublez ».

Each case is a pair: the ordinary text has no hard-sell finding, and the seller's own words to the reader
still have one, so the quiet comes from who writes and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from bot.engine.checks.signals_reported import closing, compile_frames, reported
from bot.engine.review import ReviewContext, review
from bot.engine.text import Doc
from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
HARD_SELL = {PUSHY, "hard-sell.urgency", "hard-sell.time-pressure", "hard-sell.shouting"}

# (language, the seller's words quoted in a reported quotation, the writer's own quoted words and ask)
QUOTE_PAIRS = [
    # a verb of saying before the opening mark
    ("fr", "Il raconte que le « achetez maintenant, payez plus tard » l'a mené à 4 000 € de dettes. À écouter si "
           "vous hésitez.",
     "« Achetez maintenant, payez plus tard » : 4 000 € de crédit en 2 minutes, faites votre demande aujourd'hui !"),
    ("en", "My uncle still quotes the radio ad that said \"Buy now, only 2 left, 50% off today!\" He fell for it "
           "every single time.",
     "\"Buy now\": only 2 left, 50% off today, order yours at dealzone.shop!"),
    ("fr", "Ma voisine m'a dit : « Profitez-en, -50 % aujourd'hui seulement, il n'en reste que 2 ! » J'ai gardé mon "
           "vieux canapé.",
     "« Profitez-en » : -50 % aujourd'hui seulement, plus que 2 canapés, commandez sur canapes-deco.fr !"),
    # a thing that carries words, and the verb that reads them
    ("en", "The sign read \"HUGE SALE 70% OFF TODAY ONLY, BUY NOW\". The shop closed a year ago.",
     "HUGE SALE: 70% OFF TODAY ONLY, BUY NOW at bigsale.shop"),
    # the thing that carried the words, in the past: "the slogan was", « le slogan, c'était »
    ("en", "The slogan was \"Buy now, pay nothing till Easter!\" and half the street ended up with new sofas and old "
           "debts.",
     "\"Buy now, pay nothing till Easter!\" New sofas from £499, this weekend only at sofaland.shop!"),
    ("fr", "Le slogan, c'était « Achetez maintenant, payez à Pâques ! » et la moitié de la rue s'est retrouvée avec des "
           "dettes.",
     "« Achetez maintenant, payez à Pâques ! » Canapés dès 499 €, ce week-end seulement sur canapeland.fr !"),
    # words received and shown, then a colon
    ("en", "Our teacher showed us a spam email in IT: \"Congratulations, you've won £1,000! Click here to claim within "
           "24 hours.\" We had to list the warning signs.",
     "Congratulations, you've won £1,000! Click here to claim within 24 hours."),
    ("fr", "Notre prof nous a montré un courriel frauduleux : « Félicitations, vous avez gagné 1 000 € ! Cliquez ici sous "
           "24 h. » Il fallait trouver les signes d'alerte.",
     "Félicitations, vous avez gagné 1 000 € ! Cliquez ici sous 24 h pour le réclamer."),
    # the source after the closing mark
    ("en", "\"Last 2 seats, 40% off, book today!\" shouted the man at the station. We took the bus.",
     "\"Last 2 seats\": 40% off, book today at coachdeals.co!"),
    ("fr", "« Plus que 2 places, -40 %, réservez aujourd'hui ! », criait le vendeur à la gare. On a pris le bus.",
     "« Plus que 2 places » : -40 %, réservez aujourd'hui sur cars-malins.fr !"),
]


@pytest.mark.parametrize(("lang", "story", "own"), QUOTE_PAIRS)
def test_a_sellers_words_in_a_reported_quotation_add_nothing(lang: str, story: str, own: str) -> None:
    quiet(story, lang, HARD_SELL)
    fires(own, lang, PUSHY)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Use code \"SAVE20\" today only: 50% off everything, shop now at dealzone.shop!"),
    ("fr", "« Offre limitée » ! -50 % sur tout le magasin, commandez vite sur promo-maison.fr"),
    ("en", "Our customers said \"best bakery in town\"! 30% off every loaf until tonight, order now at "
           "bakehouse.shop"),
])
def test_a_post_that_quotes_its_own_words_still_counts_its_ask(lang: str, text: str) -> None:
    fires(text, lang, PUSHY)


def _quotations(text: str, lang: str = "en") -> list[str]:
    doc = Doc(text, lang)
    return [text[a:b] for a, b in reported(doc, compile_frames("@reported-quote"))]


def test_a_reported_quotation_is_located_on_the_drafts_own_characters() -> None:
    text = "Gran said “Buy now, pay later!” and laughed."
    assert _quotations(text) == ["Buy now, pay later!"]
    french = "Le vendeur m’a dit « profitez-en vite » hier."
    assert [q.strip() for q in _quotations(french, "fr")] == ["profitez-en vite"]


def test_a_quotation_with_no_frame_is_the_writers_own() -> None:
    assert _quotations('Use code "SAVE20" before Friday. Our motto: "Buy local".') == []


def test_a_source_after_the_closing_mark_marks_it() -> None:
    assert _quotations('"Two for a pound!" shouted the man at the stall.') == ["Two for a pound!"]
    assert [q.strip() for q in _quotations("« Deux pour 3 € ! », lance le marchand.", "fr")] == ["Deux pour 3 € !"]


def test_an_apostrophe_opens_no_quotation() -> None:
    text = "She said don't buy it, it's 'only 2 left' every week."
    assert _quotations(text) == ["only 2 left"]  # "don't" and "it's": between two letters
    assert closing(text, text.index("'only") ) == text.index("' every")


def test_a_quotation_never_runs_over_a_blank_line() -> None:
    assert _quotations('The ad said "Buy now\n\nOnly 2 left today, order at bigsale.shop') == []


# A tiny rule: the same draft with and without the setting.
QUOTE_CHECK = """\
type: signals
threshold: 3
reported_quotes: '\\bsaid ["] ?[^\\s"]'
signals:
  ask: {weight: 2}
  price: {weight: 1.5, metric: prices}
"""
QUOTE_EN = "signals:\n  ask: [buy now]\n"
QUOTE_FR = "signals:\n  ask: [achetez maintenant]\n"
STORY = 'The man said "Buy now, £5 each!" and nobody did.'


def _quote_findings(pack, setting: bool) -> list:
    check = QUOTE_CHECK if setting else "\n".join(x for x in QUOTE_CHECK.splitlines() if "reported" not in x)
    pack.rule(check=check, fr=QUOTE_FR, en=QUOTE_EN)
    return review(STORY, ReviewContext(pack.load(), language="en")).findings


def test_without_the_setting_the_quoted_words_add_up(pack) -> None:
    assert _quote_findings(pack, setting=False)


def test_with_the_setting_the_reported_words_add_nothing(pack) -> None:
    assert not _quote_findings(pack, setting=True)


# (language, a customer's or a reporter's post, the shop's own push of the same thing)
WHO_WRITES_PAIRS = [
    # a customer's review: it opens as one
    ("en", "Review of the new noodle bar: the ramen is £11.50 and honestly one of the best I've had. Gyoza were cold "
           "though. Opening week had a 20% discount, which is why it was packed.",
     "New noodle bar: ramen only £11.50, honestly the best in town! 20% off this week only, book now!"),
    ("fr", "Avis sur la nouvelle crêperie : la complète est à 11,50 € et franchement une des meilleures que j'aie "
           "mangées. Le cidre était tiède. La semaine d'ouverture, il y avait -20 %, d'où la foule.",
     "Nouvelle crêperie : la complète à seulement 11,50 €, la meilleure du quartier ! -20 % cette semaine "
     "seulement, réservez vite !"),
    # the buyer tells what they bought, by a pronoun or a participle
    ("fr", "Calendrier de l'Avent du caviste en édition limitée : épuisé en un jour l'an dernier, je l'ai pris dès "
           "octobre pour 49 €. Moitié bons, moitié bof.",
     "Calendrier de l'Avent en édition limitée : épuisé en un jour l'an dernier ! Le vôtre pour 49 €, "
     "commandez vite."),
    ("fr", "Trop contente de ce pull ! Acheté à -50 % pendant les soldes de janvier, c'est le plus doux que j'aie.",
     "Trop beau ce pull ! Achète-le à -50 % pendant les soldes de janvier, c'est le plus doux du magasin."),
    # a local report quotes the shop's owners
    ("en", "Local news: the family bakery on Mill Street is closing after 38 years. The owners said the closing-down "
           "sale, with everything at half price, had been \"bittersweet\".",
     "The family bakery on Mill Street is closing! Closing-down sale, everything at half price, today only, shop "
     "now at millbakery.shop!"),
    # a customer's try, and an offer told in the past
    ("fr", "On a testé la nouvelle pizzeria vendredi. La margherita à 9 €, excellente. Pendant le mois d'ouverture, "
           "il y avait une pizza offerte pour une achetée le lundi.",
     "Nouvelle pizzeria : la margherita à 9 €, et une pizza offerte pour une achetée tous les lundis ! Réservez "
     "vite au 01 23 45 67 89."),
    ("en", "We tried the new pizza place on Friday. The margherita was £9 and excellent. In the opening month they had "
           "a 2-for-1 on Mondays, so it might be cheaper to go then.",
     "New pizza place: margherita just £9, and 2-for-1 every Monday this month! Book now on 01632 960 123, limited "
     "tables."),
    # « le double » is no « doublez »
    ("fr", "Le double cheese du nouveau burger est à 11,50 € et franchement un des meilleurs du coin.",
     "Doublez votre mise dès aujourd'hui : 11,50 € suffisent, inscrivez-vous vite !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), WHO_WRITES_PAIRS)
def test_who_writes_keeps_an_ordinary_post_quiet(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(push, lang, PUSHY)


# (language, a shop's opening hours with their order cut-offs, the same shop's countdown)
HOURS_PAIRS = [
    ("en", "Florist's hours for Mother's Day weekend: Friday 8–6, Saturday 8–5, Sunday 9–12. Orders for delivery on "
           "Sunday need to be in by Thursday at 4. Collection orders can be placed until Saturday noon.",
     "Mother's Day bouquets 30% off until Saturday only, order yours now!"),
    ("fr", "Horaires de la fromagerie pour les fêtes : mardi 8 h – 19 h, mercredi 8 h – 12 h 30. Les plateaux sont à "
           "commander jusqu'à samedi midi.",
     "Plateaux de fromages à -30 % jusqu'à samedi seulement, commandez le vôtre !"),
]


@pytest.mark.parametrize(("lang", "hours", "countdown"), HOURS_PAIRS)
def test_a_shops_opening_hours_are_a_timetable(lang: str, hours: str, countdown: str) -> None:
    quiet(hours, lang, HARD_SELL)
    fires(countdown, lang, HARD_SELL)


# (language, a post of a kind this round's last tuning batch showed, the same words as a push)
KIND_PAIRS = [
    # a recipe's prices and its "buy whatever's cheapest"
    ("en", "Recipe: cheap potato bake for about £4. Buy whatever potatoes are cheapest, add cream and cheese, bake "
           "45 minutes at 180°C. Serves four.",
     "Cheap potato bake kits, only £4! Buy yours today, 50% off while stocks last at bakekits.shop"),
    ("fr", "Recette : gratin pour environ 5 €. Prenez les pommes de terre les moins chères du marché, un peu de crème "
           "et de fromage, 45 minutes à 180 °C. Pour quatre personnes.",
     "Kits gratin à seulement 5 € ! Commandez le vôtre aujourd'hui, -50 % dans la limite des stocks sur "
     "kitgratin.fr"),
    # a utility's bill told to its payer
    ("fr", "Avis de facture d'eau : 164,20 € pour le semestre, à régler avant le 1er mai. Le paiement en plusieurs fois "
           "est possible sans frais.",
     "Payez votre facture en plusieurs fois sans frais : -20 % sur votre abonnement aujourd'hui seulement, "
     "souscrivez vite !"),
    # a find told by its buyer
    ("en", "What a bargain! Found a cast-iron casserole in the charity shop for £8, good as new. Slow-cooked beef in "
           "it tonight.",
     "What a bargain! Cast-iron casseroles only £8 this weekend, save 75%! Order now at kitchenclear.shop"),
    # a jingle remembered: "went" says it
    ("en", "The radio jingle went \"Don't delay, call today, your new kitchen is on the way!\" and it's been stuck in "
           "my head since 1994.",
     "Don't delay, call today! New kitchens from £2,999, this month only, call 0800 555 0134 now!"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), KIND_PAIRS)
def test_a_recipe_a_bill_a_find_and_a_jingle_stay_quiet(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(push, lang, PUSHY)
