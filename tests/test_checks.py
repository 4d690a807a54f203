"""Each check type, alone, on small drafts: what fires, where, with which values."""

from __future__ import annotations

from bot.engine.review import ReviewContext, review


def run(pack, text: str, language: str = "en", **rule):
    pack.rule(**rule)
    return review(text, ReviewContext(pack.load(), language=language)).findings


def test_substitute_offers_a_fix_that_keeps_capitals(pack):
    (f,) = run(pack, "Leverage synergies today", check="type: substitute",
               fr="swap: {synergie: collaboration}", en="swap: {leverage synergies: work together}")
    assert (f.excerpt, f.fix) == ("Leverage synergies", "Work together")


def test_density_counts_terms_per_hundred_words(pack):
    words = "we " * 10 + "sale " * 4 + "filler " * 6
    (f,) = run(pack, words, check="type: density\nthreshold: 10\nmin_words: 10", fr="phrases: [vente]", en="phrases: [sale]")
    assert f.excerpt == "sale" and f.message.startswith("en")
    assert not run(pack, "sale " + "filler " * 30, check="type: density\nthreshold: 10\nmin_words: 10",
                   fr="phrases: [vente]", en="phrases: [sale]")


def test_metric_exclamations_points_at_the_run_that_goes_over(pack):
    text = "Great news! Buy it!!!"
    (f,) = run(pack, text, check="type: metric\nmetric: exclamations\nmax: 1")
    assert text[f.span[0] : f.span[1]] == "!!!"


def test_metric_caps_ratio_points_at_the_shouting(pack):
    text = "Our sale is HUGE AND AMAZING TODAY FOLKS"
    (f,) = run(pack, text, check="type: metric\nmetric: caps_ratio\nmax: 0.5")
    assert f.excerpt == "HUGE AND AMAZING TODAY FOLKS"


def test_metric_links_and_hashtags(pack):
    text = "See https://a.example/x and https://b.example/y #one #two #three"
    (f,) = run(pack, text, check="type: metric\nmetric: links\nmax: 1")
    assert f.excerpt == "https://b.example/y"


def test_metric_reader_focus_compares_we_and_you(pack):
    rule = dict(check="type: metric\nmetric: reader_focus\nmin: 2",
                fr="reader: [vous, votre]\nself: [nous, notre]", en="reader: [you, your]\nself: [we, our]")
    (f,) = run(pack, "We love our product and we made it for us", **rule)
    assert f.excerpt == "We"
    assert not run(pack, "We made this for you: your time, your budget, we hope it helps", **rule)


def test_require_fires_on_the_whole_draft_only_past_min_words(pack):
    rule = dict(check="type: require\nmin_words: 5", fr="phrases: [guide]", en="phrases: [guide, tips]")
    (f,) = run(pack, "  Our product launches on Monday at noon  ", **rule)
    assert f.excerpt == "Our product launches on Monday at noon"
    assert not run(pack, "Launch Monday", **rule)
    assert not run(pack, "Three tips for your launch on Monday", **rule)


def test_conditional_figure_needs_a_source(pack):
    rule = dict(check="type: conditional\nif_pattern: '\\d+ ?%'\nsatisfied_by: [link]",
                fr="then: [selon, source]", en="then: [according to, source]")
    (f,) = run(pack, "Sales grew 40 % last year", **rule)
    assert f.excerpt == "40 %"
    assert not run(pack, "Sales grew 40% according to Statista", **rule)
    assert not run(pack, "Sales grew 40% https://stats.example/report", **rule)


def test_order_value_before_the_ask(pack):
    rule = dict(check="type: order", fr="first: [guide]\nthen: [achetez]", en="first: [free guide, tips]\nthen: [buy, sign up]")
    (f,) = run(pack, "Sign up today, then read our free guide", **rule)
    assert f.excerpt == "Sign up"
    assert not run(pack, "Our free guide is out. If it helps, sign up for more.", **rule)
    assert not run(pack, "Our free guide is out.", **rule)


def test_pattern_runs_on_re2_over_folded_text(pack):
    (f,) = run(pack, "C'est GRATUIT à 100 €", language="fr", check="type: pattern\npattern: 'gratuit a \\d+'")
    assert f.excerpt == "GRATUIT à 100"


def test_pattern_cannot_hang_on_catastrophic_backtracking(pack):
    # (a+)+$ takes exponential time on a backtracking engine; RE2 answers at once.
    findings = run(pack, "a" * 5000 + "!", check="type: pattern\npattern: '(a+)+$'")
    assert not findings


def test_overlapping_matches_of_one_rule_merge(pack):
    (f,) = run(pack, "limited offer ends", fr="phrases: [offre]", en="phrases: [limited offer, offer ends]")
    assert f.excerpt in ("limited offer", "limited offer ends")
    assert f.span[0] == 0
