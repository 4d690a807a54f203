"""`when` / `unless` on any check type: a rule speaks only where it applies (issue 11)."""

from __future__ import annotations

from bot.engine.review import ReviewContext, review

EXCLAIM = """\
type: metric
metric: exclamations
max: 3
"""


def fired(pack, text: str, check: str, language: str = "en", fr: str = "", en: str = "") -> list[str]:
    pack.rule(check=check, fr=fr, en=en)
    return [f.excerpt for f in review(text, ReviewContext(pack.load(), language=language)).findings]


def test_a_metric_behind_a_shared_list_speaks_only_where_the_post_sells(pack):
    check = EXCLAIM + 'when: ["@selling"]\n'
    assert not fired(pack, "That's what I thought!!!!", check)  # joy in a comment
    assert fired(pack, "Big sale, free shipping today!!!!", check) == ["!!!!"]
    assert fired(pack, "Soldes : livraison gratuite aujourd'hui !!!!", check, language="fr") == ["!!!!"]


def test_unless_silences_and_a_language_block_adds_phrases_to_the_gate(pack):
    check = EXCLAIM + 'when: ["@selling"]\nunless: [{pattern: "^re:"}]\n'
    assert not fired(pack, "re: free shipping!!!!", check)
    en = "when: [best cake in town]"
    assert fired(pack, "Best cake in town!!!!", check, en=en) == ["!!!!"]  # the language's own when
    assert not fired(pack, "Best cake in town!!!!", check)


def test_a_measure_as_condition(pack):
    check = EXCLAIM + "when: [{metric: prices, min: 1}]\n"
    assert fired(pack, "Only $5 this week!!!!", check) == ["!!!!"]
    assert not fired(pack, "We won the final!!!!", check)


def test_a_require_rule_gated_on_brand_voice(pack):
    check = 'type: require\nmin_words: 5\nwhen: ["@brand-voice"]\n'
    en = "phrases: [you, your]"
    fr = "phrases: [vous, votre]"
    assert fired(pack, "Our new range is in the shop from Monday, made in Lyon.", check, fr=fr, en=en)
    assert not fired(pack, "The museum was founded in 1905 by a local collector.", check, fr=fr, en=en)


def test_a_signals_rule_gated_on_one_of_its_own_signals(pack):
    check = """\
type: signals
threshold: 2
when: [price]
signals:
  ask: {weight: 2}
  price: {weight: 0.5, metric: prices}
"""
    en = "signals:\n  ask: [buy]"
    fr = "signals:\n  ask: [achetez]"
    assert fired(pack, "buy it for $5", check, fr=fr, en=en)
    assert not fired(pack, "buy it at the market", check, fr=fr, en=en)


def test_gate_errors_name_file_line_and_key(pack):
    check = EXCLAIM + 'when: ["@no-such-list", "nosignal", {pattern: "(?<=a)b"}]\n'
    path = pack.rule(check=check)
    errors = [str(e) for e in pack.load(allow_errors=True).errors]
    line = next(i for i, t in enumerate(path.read_text().splitlines(), 1) if t.strip().startswith("when:"))
    assert any(f":{line}: check.when[0]: unknown shared list @no-such-list" in e for e in errors), errors
    assert any(f":{line}: check.when[1]: 'nosignal' names no shared list" in e for e in errors), errors
    assert any(f":{line}: check.when[2].pattern:" in e for e in errors), errors


def test_the_bundled_exclamations_rule_stays_quiet_on_joy_and_speaks_on_a_sale():
    from bot.engine.advice import load_advice

    advice = load_advice()
    joy = review("That's what I thought!!!! Best day ever!!!!", ReviewContext(advice, language="en"))
    assert "hard-sell.exclamations" not in {f.rule for f in joy.findings}
    sale = review("Big sale on our new collection!!!! Order now", ReviewContext(advice, language="en"))
    assert "hard-sell.exclamations" in {f.rule for f in sale.findings}
