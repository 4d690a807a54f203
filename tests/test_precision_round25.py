"""Precision on ordinary posts, round 25 (issue 11): a call's verb read in its context, a reported ask,
and a quotation credited by the speech tag after it.

- "shop now" is a call in "50% off, shop now", but a noun in "it's a charity shop now" and a statement in
  "I shop now at the market" (« la commande maintenant », « je commande maintenant »): `exception_pattern`
  (lexicon and signals) names that context, a determiner or a subject pronoun right before the verb.
- give-first.value-before-ask (an `order` rule) reads `reported_quotes` too: '"Book now!" said the woman at
  the desk' is the quoted seller's ask, not the draft's.
- credit-sources.unsourced-quote: an author named in a speech tag after the quotation credits it ('"…,"
  laughed Ana Ruiz', « « … », lance l'un d'eux », « « … » sourit-elle »).

Each case is a pair: the ordinary text is quiet, and its twin (the same words as the writer's own) still fires.
"""

from __future__ import annotations

import pytest

from bot.engine.checks.conditional import attributed_quotes
from bot.engine.checks.exception_patterns import carve_spans, uncarved
from bot.engine.checks.pattern_groups import group
from bot.engine.checks.signals_spec import compile_setting
from bot.engine.review import ReviewContext, review
from bot.engine.text import Doc
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure"}
GIVE_FIRST = "give-first.value-before-ask"
UNSOURCED = "credit-sources.unsourced-quote"

# (language, the verb read as a noun or a statement, the same verb as a call)
NOUN_CALL_PAIRS = [
    ("en", "The old shoe shop on the corner is a charity shop now, run by volunteers from the church.",
     "New coats are in, 50% off the whole range today only, shop now!"),
    ("en", "Our bakery is a coffee shop now too, open from 8 with the same bread.",
     "Our bakery's cakes are 30% off, last day, shop now at bakehouse.shop!"),
    ("en", "I shop now at the Saturday market instead of the supermarket, cheaper and friendlier.",
     "Saturday market stalls 40% off today only, shop now before it's gone!"),
    ("fr", "On a enfin reçu la commande maintenant, merci à tous pour votre patience !",
     "Soldes -50 % sur tout le rayon aujourd'hui seulement, commande maintenant !"),
    ("fr", "Je commande maintenant chez le primeur du marché, c'est moins cher qu'au supermarché.",
     "Primeur du marché : -40 % aujourd'hui seulement, commande maintenant sur primeur.fr !"),
    ("fr", "Je l'achète maintenant ou j'attends la fin du mois ? Il me plaît bien, ce fauteuil.",
     "-30 % jusqu'à ce soir seulement, achète maintenant sur deco-maison.fr !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "call"), NOUN_CALL_PAIRS)
def test_a_calls_verb_after_a_determiner_or_a_subject_is_no_call(lang: str, ordinary: str, call: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(call, lang, HARD_SELL)


def _carved(text: str, lang: str) -> list[str]:
    doc = Doc(text, lang)
    return [text[a:b] for a, b in carve_spans(doc, group(compile_setting("@noun-call")))]


def test_punctuation_between_the_noun_and_the_verb_breaks_the_context() -> None:
    assert _carved("50% off the whole range, shop now!", "en") == []
    assert _carved("Profitez de la promo, commande maintenant !", "fr") == []
    assert _carved("Visit our store to shop now", "en") == []  # two words after "our": the call stays


def test_you_still_press_the_reader() -> None:
    assert _carved("You can book now at the desk", "en") == []
    assert _carved("Si vous commandez maintenant, -20 %", "fr") == []


def test_uncarved_keeps_what_no_carve_overlaps() -> None:
    assert uncarved([(0, 4), (10, 18)], [(12, 20)]) == [(0, 4)]
    assert uncarved([(0, 4)], []) == [(0, 4)]


# A tiny lexicon rule: the same draft with and without the setting.
LEXICON = "type: lexicon\nexception_pattern: '\\b(?:a|the) \\w+ shop now\\b'\n"
STORY = "It's a charity shop now, run by volunteers."


LEXICON_LISTS = {"fr": "phrases: [achetez maintenant]\n", "en": "phrases: [shop now]\n"}


def _tiny_rule_findings(pack, check: str, lists: dict[str, str], text: str) -> list:
    """The findings of one tiny rule (`check`, its French and English lists) on an English draft."""
    pack.rule(check=check, fr=lists["fr"], en=lists["en"])
    return review(text, ReviewContext(pack.load(), language="en")).findings


def test_without_the_setting_the_phrase_matches(pack) -> None:
    assert _tiny_rule_findings(pack, "type: lexicon\n", LEXICON_LISTS, STORY)


def test_with_the_setting_the_phrase_in_its_context_is_carved_out(pack) -> None:
    assert not _tiny_rule_findings(pack, LEXICON, LEXICON_LISTS, STORY)


# (language, a reported ask in a story, the writer's own quoted ask)
REPORTED_ASK_PAIRS = [
    ("en", "\"Book now, it's nearly full!\" said the woman at the desk. It was empty when we got there.",
     "\"Book now, it's nearly full!\" Our May sessions are open."),
    ("en", "\"Sign up today!\" the leaflet said. Nobody in our street did.",
     "\"Sign up today!\" Our spring classes start in May."),
    ("en", "\"Order now while stocks last!\" he shouted across the market. I bought two pears.",
     "\"Order now while stocks last!\" Pears and apples at the market stall."),
    ("fr", "« Réservez maintenant, c'est presque complet ! », a dit la dame de l'accueil. C'était vide.",
     "« Réservez maintenant, c'est presque complet ! » Nos séances de mai sont ouvertes."),
    ("fr", "« Inscrivez-vous vite, il reste des places ! », répétait la dame du stand. La salle était à moitié vide.",
     "« Inscrivez-vous vite, il reste des places ! » Nos ateliers commencent en mai."),
]


@pytest.mark.parametrize(("lang", "story", "own"), REPORTED_ASK_PAIRS)
def test_a_reported_ask_is_not_the_drafts_ask(lang: str, story: str, own: str) -> None:
    quiet(story, lang, GIVE_FIRST)
    fires(own, lang, GIVE_FIRST)


def test_a_frame_after_the_quotation_may_name_a_longer_source() -> None:
    text = "\"Register now, seats are going!\" the woman at the stall kept saying. The talk was half empty."
    quiet(text, "en", (HARD_SELL | {GIVE_FIRST}))


# A tiny order rule: the same story with and without the setting.
ORDER = "type: order\nat: {then: start}\nreported_quotes: '[^\\s\"]\\s?\"\\s?,?\\s?said the \\w+'\n"
ORDER_STORY = "\"Book now, it's nearly full!\" said the woman at the desk."


ORDER_LISTS = {"fr": "first: [gratuit]\nthen: [réservez]\n", "en": "first: [free]\nthen: [book now]\n"}


def test_an_order_rule_without_the_setting_reads_the_quoted_ask(pack) -> None:
    assert _tiny_rule_findings(pack, "type: order\nat: {then: start}\n", ORDER_LISTS, ORDER_STORY)


def test_an_order_rule_with_the_setting_leaves_the_reported_ask(pack) -> None:
    assert not _tiny_rule_findings(pack, ORDER, ORDER_LISTS, ORDER_STORY)


QUOTE_EN = "Honestly the best sourdough in town, worth every single penny"
QUOTE_FR = "Franchement le meilleur pain au levain du quartier, il vaut chaque centime"
# (language, a quotation credited by its speech tag, the same quotation with no author)
CREDITED_PAIRS = [
    ("en", f"\"{QUOTE_EN},\" laughed Ana Ruiz after her visit. 20% off loaves this week, order now!",
     f"\"{QUOTE_EN}.\" 20% off loaves this week, order now!"),
    ("en", f"\"{QUOTE_EN},\" smiles Ana, a regular. 20% off loaves this week, order now!",
     f"\"{QUOTE_EN}.\" Great prices all week, order now!"),
    ("en", f"\"{QUOTE_EN}!\" she laughed. 20% off loaves this week, order now!",
     f"\"{QUOTE_EN}\" and that is why we bake daily. 20% off, order now!"),
    ("fr", f"« {QUOTE_FR} », lance Marie Dubois. -20 % sur les pains cette semaine, commandez vite !",
     f"« {QUOTE_FR}. » -20 % sur les pains cette semaine, commandez vite !"),
    ("fr", f"« {QUOTE_FR} », criait l'homme du marché. -20 % sur les pains, commandez vite !",
     f"« {QUOTE_FR} », et c'est pour ça qu'on cuit chaque jour. -20 %, commandez vite !"),
    ("fr", f"« {QUOTE_FR} ! » sourit-elle. -20 % sur les pains cette semaine, commandez vite !",
     f"« {QUOTE_FR} ! » -20 % sur les pains cette semaine, commandez vite !"),
]


@pytest.mark.parametrize(("lang", "credited", "bare"), CREDITED_PAIRS)
def test_a_speech_tag_after_a_quotation_credits_it(lang: str, credited: str, bare: str) -> None:
    quiet(credited, lang, UNSOURCED)
    fires(bare, lang, UNSOURCED)


def test_a_word_that_goes_on_with_the_sentence_is_no_speech_tag() -> None:
    assert attributed_quotes(Doc('"Fresh bread every single morning" and then we close at noon.', "en")) == []
    assert attributed_quotes(Doc("« Du pain frais chaque matin » et ensuite on ferme à midi.", "fr")) == []
    assert len(attributed_quotes(Doc('"Fresh bread every single morning," said Ana Ruiz.', "en"))) == 1
