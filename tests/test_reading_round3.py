"""How Coach reads addresses, weights and asks (issue 11, round 3): bare and spaced-out
addresses are links, a weight in pounds is no price, an order rule's asks count where they
open a clause and never inside an exception."""

from __future__ import annotations

import pytest

from bot.engine import measures
from bot.engine.review import ReviewContext, review
from bot.engine.text import Doc


def linked(text: str) -> list[str]:
    return [text[a:b] for a, b in Doc(text, "en").links]


@pytest.mark.parametrize("text, links", [
    ("Verify your account at secure-banking-verify.com/login today", ["secure-banking-verify.com/login"]),
    ("short link: tinyurl.com/x.", ["tinyurl.com/x"]),
    ("visit http : / / www . prizes . com now or www . win . net", ["http : / / www . prizes . com", "www . win . net"]),
    ("See https://example.org/a, thanks", ["https://example.org/a"]),
    ("Write to name@example.com for the slides", []),  # an e-mail address is no link
    ("e.g. the U.S. team, i.e. ours. Com on!", []),
    ("Node.js 20 is out", []),
])  # fmt: skip
def test_addresses_with_or_without_http_are_links(text: str, links: list[str]):
    assert linked(text) == links


@pytest.mark.parametrize("text, prices", [
    ("The baby weighed 7 pounds 11 ounces", []),
    ("I lost 10 pounds since June", []),
    ("He weighs 150 pounds now", []),
    ("I've put on about 5 pounds over Christmas", []),
    ("Tickets cost 10 pounds", ["10 pounds"]),
    ("You won 1000 pounds cash", ["1000 pounds"]),
    ("Only £5 per week", ["£5"]),
])  # fmt: skip
def test_a_weight_in_pounds_is_no_price(text: str, prices: list[str]):
    assert [text[a:b] for a, b in measures.prices(Doc(text, "en"))] == prices


ORDER = "type: order\nat: {then: start}\n"
EN = "first: [free, here is]\nthen: [buy now, buy]\nexceptions: [buy now pay later]"
FR = "first: [gratuit, voici]\nthen: [commandez, achetez]\nexceptions: [achetez maintenant payez plus tard]"


def fired(pack, text: str, language: str = "en", check: str = ORDER) -> list[str]:
    pack.rule(check=check, fr=FR, en=EN)
    return [f.excerpt for f in review(text, ReviewContext(pack.load(), language=language)).findings]


def test_an_ask_counts_where_it_opens_a_clause(pack):
    assert fired(pack, "Buy now: our new course.") == ["Buy now"]
    assert fired(pack, "Big news: buy our course.") == ["buy"]
    assert not fired(pack, "Tech giant agrees to buy a startup.")  # a purchase reported, no ask
    assert fired(pack, "Tech giant agrees to buy a startup.", check="type: order\n") == ["buy"]  # without at
    assert fired(pack, "Commandez vos cadeaux.", language="fr") == ["Commandez"]
    assert not fired(pack, "Aux commandes, le commandant achète des vivres.", language="fr")


def test_an_ask_inside_an_exception_is_no_ask(pack):
    assert not fired(pack, "Buy now, pay later with Klarna.")
    assert not fired(pack, "Achetez maintenant, payez plus tard.", language="fr")
    assert fired(pack, "Achetez maintenant, livraison demain.", language="fr") == ["Achetez"]


def test_at_start_for_both_lists_and_wrong_values_are_named(pack):
    assert fired(pack, "Buy it, it is free.", check="type: order\nat: start\n") == ["Buy"]
    path = pack.rule(check="type: order\nat: {then: end}\n", fr=FR, en=EN)
    errors = [str(e) for e in pack.load(allow_errors=True).errors]
    assert errors and all(str(path) in e and "check.at" in e for e in errors), errors


def test_the_bundled_value_before_ask_reads_buy_now_pay_later_as_a_way_to_pay():
    from bot.engine.advice import load_advice

    advice = load_advice()
    rules = {f.rule for f in review("New sofas in store: buy now, pay later with Klarna.",
                                    ReviewContext(advice, language="en")).findings}
    assert "give-first.value-before-ask" not in rules
    rules = {f.rule for f in review("Buy our new course today.", ReviewContext(advice, language="en")).findings}
    assert "give-first.value-before-ask" in rules
