"""The `signals` check type: weighted signals that add up to a threshold, quoted where they are."""

from __future__ import annotations

from bot.engine.examples import verify_rule
from bot.engine.review import ReviewContext, review, score_for
from bot.engine.rules import load_rules

CHECK = """\
type: signals
threshold: 4
signals:
  call-to-action: {weight: 2, at: start}
  deadline: {weight: 1.5}
  price: {weight: 1.5, metric: prices}
  shouting: {weight: 2, metric: shouting}
  exclaim: {weight: 0.5, metric: exclamations, min: 2}
  ask-and-price: {weight: 1, all: [call-to-action, price]}
"""
FR = """\
signals:
  call-to-action: [achetez, commandez, appelez, inscrivez-vous]
  deadline: [aujourd'hui, ce soir, "jusqu'à dimanche"]
"""
EN = """\
signals:
  call-to-action: [buy, order, call, text]
  deadline:
    phrases: [today, tonight, now]
    exceptions: [right now]
"""


def run(pack, text: str, language: str = "en", check: str = CHECK, fr: str = FR, en: str = EN):
    pack.rule(check=check, fr=fr, en=en)
    return review(text, ReviewContext(pack.load(), language=language)).findings


def quoted(found) -> list[str]:
    """Every place the findings quote, finding after finding."""
    return [q.excerpt for f in found for q in f.places]


def test_signals_add_up_and_one_finding_quotes_the_strongest_each_where_it_is(pack):
    text = "Order today for only $9.99!!"
    (finding,) = run(pack, text)  # one judgement, one finding
    assert finding.excerpt == "Order"  # it points at the strongest signal
    assert quoted([finding]) == ["Order", "today", "$9.99"]  # and quotes the next strongest, in draft order
    assert all(text[q.span[0] : q.span[1]] == q.excerpt for q in finding.places)
    assert finding.count == 1 and finding.to_json()["quotes"][1] == {"span": [6, 11], "excerpt": "today"}


def test_one_signal_alone_stays_under_the_threshold(pack):
    assert not run(pack, "Order your copy from the library.")
    assert not run(pack, "The concert is tonight at the town hall.")


def test_a_call_to_action_counts_only_where_it_opens_a_clause(pack):
    # "buy" inside a sentence reporting a purchase is not an ask; the same word opening one is.
    assert not run(pack, "Apple agrees to buy a startup for $2bn today.")
    assert quoted(run(pack, "Big news: buy it today for $20.")) == ["buy", "today", "$20"]
    assert [f.excerpt for f in run(pack, "pls call us today, only $5")] == ["call"]


def test_exceptions_of_a_signal_remove_its_matches(pack):
    assert not run(pack, "Call me right now!!")
    assert run(pack, "Call me now!!")


def test_a_meta_signal_fires_when_all_its_parts_do(pack):
    check = CHECK.replace("threshold: 4", "threshold: 4.5")
    assert run(pack, "Order yours, $9.99!!", check=check)  # 2 + 1.5 + 0.5 + 1 (ask-and-price)
    assert not run(pack, "Order yours tonight!!", check=check)  # 2 + 1.5 + 0.5, no price


def test_per_sentence_sums_each_sentence_apart(pack):
    check = CHECK + "per: sentence\n"
    text = "Order yours. It costs $9.99. The sale ends today."
    assert run(pack, text)  # the whole draft adds up: 2 + 1.5 + 1.5 + 1
    assert not run(pack, text, check=check)  # no sentence does on its own
    found = run(pack, "We met last week. Order today, only $9.99!", check=check)
    assert quoted(found) == ["Order", "today", "$9.99"]
    two = run(pack, "Order today, only $9.99! We met last week. Call now, $5 only!!", check=check)
    assert quoted(two) == ["Order", "today", "$9.99", "Call", "now", "$5"]  # one finding per sentence that adds up
    assert len(two) == 2


def test_values_for_the_message(pack):
    pack.rule(check=CHECK, fr=FR, en=EN)
    text = (pack.path / "test.rule.yaml").read_text(encoding="utf-8")
    pack.write("test.rule.yaml", text.replace('"en {match}"', '"{signal}: {value} of {threshold} ({count} signals)"'))
    (first, *_) = review("Order today for only $9.99!!", ReviewContext(pack.load(), language="en")).findings
    assert first.message == "call-to-action: 6.5 of 4.0 (5 signals)"  # 2 + 1.5 + 1.5 + 0.5 + 1


def test_negative_weights_pull_the_sum_down_and_are_never_quoted(pack):
    check = CHECK.replace("signals:\n", "signals:\n  reported: {weight: -3, pattern: '\\b(?:says|said|according to)\\b'}\n")
    assert run(pack, "Order today for $9.99", check=check)
    assert not run(pack, "Order today for $9.99, the mayor said", check=check)


def test_french_signals(pack):
    found = run(pack, "Commandez aujourd'hui : 19,90 € seulement !!", language="fr")
    assert quoted(found) == ["Commandez", "aujourd'hui", "19,90 €"]
    assert not run(pack, "Notre atelier coûte 19,90 € et a lieu dimanche.", language="fr")


def test_shouting_and_ratio_measures(pack):
    check = """\
type: signals
threshold: 3
signals:
  shouting: {weight: 3, metric: shouting}
  capitals: {weight: 3, metric: caps_ratio, min: 0.6}
"""
    assert [f.excerpt for f in run(pack, "We have a HUGE SALE ON EVERYTHING this week", check=check, fr="", en="")] == [
        "HUGE SALE ON EVERYTHING"]
    assert not run(pack, "Meet the NASA team at the BBC studio in Paris", check=check, fr="", en="")
    text = "BIG SALE for EVERYONE, come IN NOW"
    (whole,) = run(pack, text, check=check.replace("min: 0.6", "min: 0.5"), fr="", en="")
    assert whole.excerpt == text  # a share of the whole text points at the whole text


def test_the_rule_verifies_its_own_examples(pack):
    pack.rule(check=CHECK, fr=FR, en=EN)
    text = (pack.path / "test.rule.yaml").read_text(encoding="utf-8")
    text = text.replace('bad: ["[[x]]"]', 'bad: ["[[Commandez]] [[aujourd\'hui]] : [[19,90 €]] seulement !!"]', 1)
    text = text.replace('bad: ["[[x]]"]', 'bad: ["[[Order]] [[today]] for only [[$9.99]]!!"]', 1)
    text = text.replace('good: ["y"]', 'good: ["Notre atelier coûte 19,90 € et a lieu dimanche."]', 1)
    text = text.replace('good: ["y"]', 'good: ["Apple agrees to buy a startup for $2bn today."]', 1)
    pack.write("test.rule.yaml", text)
    (rule,) = load_rules([pack.path]).rules
    assert verify_rule(rule) == []
    pack.write("test.rule.yaml", text.replace("[[Order]] [[today]]", "[[Order today]]"))
    (rule,) = load_rules([pack.path]).rules
    (failure,) = verify_rule(rule)
    assert failure.language == "en" and "fired at ['Order', 'today', '$9.99']" in failure.problem


def _errors(pack, **rule) -> list[str]:
    pack.rule(**{"check": CHECK, "fr": FR, "en": EN, **rule})
    return [str(e) for e in load_rules([pack.path]).errors]


def test_errors_name_file_line_and_key(pack):
    errors = _errors(pack, en=EN.replace("deadline:", "dedline:"))
    assert len(errors) == 1 and "test.rule.yaml:" in errors[0]
    assert "en.signals.dedline: unknown signal" in errors[0]
    line = int(errors[0].split(":")[1])
    text = (pack.path / "test.rule.yaml").read_text(encoding="utf-8").splitlines()
    assert "dedline" in text[line - 1]


def test_errors_for_combinations_patterns_and_missing_settings(pack):
    bad = CHECK.replace("all: [call-to-action, price]", "all: [call-to-action, prise]")
    assert any("check.signals.ask-and-price.all[1]: unknown signal 'prise'" in e for e in _errors(pack, check=bad))
    bad = CHECK.replace("deadline: {weight: 1.5}", "deadline: {weight: 1.5, pattern: '(unclosed'}")
    assert any("check.signals.deadline.pattern: not a valid RE2 pattern" in e for e in _errors(pack, check=bad))
    bad = CHECK.replace("threshold: 4\n", "")
    assert any("check.threshold: missing" in e for e in _errors(pack, check=bad))
    bad = CHECK.replace("deadline: {weight: 1.5}", "deadline: {weight: heavy}")
    assert any("check.signals.deadline.weight: expected a number" in e for e in _errors(pack, check=bad))
    bad = CHECK + "  lonely: {weight: 1}\n"
    assert any("check.signals.lonely: nothing to match" in e for e in _errors(pack, check=bad))
    bad = CHECK.replace("deadline: {weight: 1.5}", "deadline: {weight: 1.5, metric: prices, any: [price, shouting]}")
    assert any("a signal is one thing" in e for e in _errors(pack, check=bad))


def test_a_layer_changes_one_weight_the_threshold_or_a_signal_s_phrases(tmp_path):
    from bot.layers.source import AdviceSource
    from tests.conftest import rule_yaml

    core = tmp_path / "core"
    core.mkdir()
    (core / "t.adds-up.yaml").write_text(rule_yaml(id="t.adds-up", check=CHECK, fr=FR, en=EN), encoding="utf-8")
    layer = tmp_path / "local" / "T1"
    layer.mkdir(parents=True)
    (layer / "tune.yaml").write_text(
        "t.adds-up:\n  check:\n    threshold: 3\n    signals:\n      price: {weight: 3}\n"
        "  en:\n    signals:\n      call-to-action+: [pay]\n      deadline:\n        phrases+: [tomorrow]\n",
        encoding="utf-8")
    source = AdviceSource([core], tmp_path / "local")
    assert source.errors == []
    text = "Price: $5 until tomorrow"  # price 1.5 alone: silent in the pack
    assert not review(text, ReviewContext(source.advice_for(None), language="en")).findings
    found = review(text, ReviewContext(source.advice_for("T1"), language="en")).findings
    assert quoted(found) == ["$5", "tomorrow"]  # price 3 + deadline 1.5 >= 3
    found = review("Pay here", ReviewContext(source.advice_for("T1"), language="en")).findings
    assert not found  # call-to-action 2 < 3
    found = review("Pay now: $5", ReviewContext(source.advice_for("T1"), language="en")).findings
    assert quoted(found) == ["Pay", "now", "$5"]


def test_a_new_signals_rule_is_scaffolded_with_its_settings_and_errors_name_the_slots(tmp_path):
    from adapters.cli.rules_edit import scaffold
    from bot.engine.rules import parse_rule

    text = scaffold("hard-sell.adds-up", "hard-sell", "signals")
    assert "threshold: 4" in text and "ask: {weight: 2, at: start}" in text
    _, errors = parse_rule(text, "new.yaml")
    shown = [str(e) for e in errors]
    assert any("fr.signals.ask[0]: must not be empty" in e for e in shown)
    filled = (text.replace('[""]', "[achetez]", 1).replace('[""]', "[buy]", 1)
              .replace('article: ""', 'article: "Guide"').replace('section: ""', 'section: "1"'))
    _, errors = parse_rule(filled, "new.yaml")
    assert not any("signals" in str(e) for e in errors)


def test_the_message_says_what_the_rule_judged_with_the_language_s_labels(pack):
    from bot.engine.checks.signals import Scorer
    from bot.engine.checks.signals_quote import said
    from bot.engine.phrases import PhraseIndex

    pack.rule(check=CHECK, fr=FR + "labels:\n  call-to-action: un appel à acheter\n",
              en=EN + "labels:\n  call-to-action: a call to buy\n  deadline: a deadline\n")
    rule = pack.load().rules[0]
    # a label per signal, in the order the quotes read; a signal without one is said by its name
    assert said(Scorer(rule, "en", PhraseIndex("en")).labels, ["deadline", "call-to-action", "price"]) == (
        "a deadline, a call to buy, price")
    assert said(Scorer(rule, "fr", PhraseIndex("fr")).labels, ["call-to-action", "price"]) == "un appel à acheter, price"


def test_a_sum_far_past_its_threshold_weighs_more_and_past_blocker_at_is_a_blocker(pack):
    check = CHECK + "blocker_at: 6\n"
    pack.rule(check=check, fr=FR, en=EN)
    advice = pack.load()
    just = review("Order it, only $5", ReviewContext(advice, language="en"))  # 2 + 1.5 + 1 = 4.5
    (finding,) = just.findings
    assert finding.severity == "warning" and abs(finding.strength - 4.5 / 4) < 0.01
    assert score_for(just.findings, advice) == 100 - round(10 * (1 + 0.125 / 2))  # weight 10, scaled by how far past 4
    assert just.score == 79 and just.band == "another-pass"  # a warning keeps the draft out of "ready"
    loud = review("Order today, only $5", ReviewContext(advice, language="en"))  # 2 + 1.5 + 1.5 + 1 = 6
    (finding,) = loud.findings
    assert finding.severity == "blocker" and finding.to_json()["severity"] == "blocker"
    assert loud.band != "ready"


def test_a_label_for_an_unknown_signal_is_named(pack):
    path = pack.rule(check=CHECK, fr=FR, en=EN + "labels:\n  nope: a thing\n")
    errors = [str(e) for e in pack.load(allow_errors=True).errors]
    line = path.read_text().splitlines().index("    nope: a thing") + 1
    assert any(e.endswith(f":{line}: en.labels.nope: unknown signal (known: ask-and-price, call-to-action, "
                          "deadline, exclaim, price, shouting)") for e in errors), errors
