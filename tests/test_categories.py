"""Post categories: lexicons in the advice YAML, verified like every rule, kept out of post reviews."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.advice import compile_rules, load_advice
from bot.engine.categories import Tagger, category_of
from bot.engine.examples import verify_rule
from bot.engine.rules import RuleSet, load_rules, parse_rule
from bot.memory.store import CATEGORIES

CATEGORY_PACK = Path(__file__).parent.parent / "advice" / "categories"


def test_every_category_has_a_lexicon_and_all_examples_pass():
    rules = load_rules([CATEGORY_PACK])
    assert rules.errors == []
    assert {category_of(r) for r in rules.rules} == set(CATEGORIES)
    assert all(r.applies_to == ("category",) and r.topic == "category" for r in rules.rules)
    failures = [f for r in rules.rules for f in verify_rule(r)]
    assert failures == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Our free guide shows how to plan a content calendar.", {"give"}),
    ("Sign up today and follow us for more.", {"ask"}),
    ("What do you think of the new logo?", {"converse"}),
    ("Fun fact: our first newsletter had 12 readers, haha.", {"entertain"}),
    ("We are announcing the launch of version 2.", {"news"}),
    ("Inscrivez-vous au webinaire : le guide gratuit vous attend.", {"ask", "give"}),
    ("Nous annonçons le lancement de notre podcast.", {"news"}),
    ("The office is closed on Monday.", set()),
])
def test_tagging(text, expected):
    assert Tagger().tag(text).categories == frozenset(expected)


def test_a_reply_in_a_thread_converses_whatever_it_says():
    tagger = Tagger()
    assert "converse" not in tagger.tag("The office is closed on Monday.").categories
    assert tagger.tag("The office is closed on Monday.", is_reply=True).categories == {"converse"}


def test_a_question_mark_in_a_link_is_not_a_question():
    assert "converse" not in Tagger().tag("Read it at https://acme.example/page?id=3 today").categories


def test_categories_never_take_part_in_post_reviews():
    advice = load_advice()
    assert any("category" in c.rule.applies_to for c in advice.compiled)
    assert not any("category" in c.rule.applies_to for c in advice.for_kind("post"))


def test_admins_tune_a_lexicon_like_any_rule(tmp_path):
    text = (CATEGORY_PACK / "entertain.yaml").read_text(encoding="utf-8")
    tuned = text.replace("    - lol\n", "    - lol\n    - pun of the day\n", 1)  # the English lexicon
    rule, errors = parse_rule(tuned, "entertain.yaml")
    assert errors == [] and rule is not None
    tagger = Tagger(compile_rules(RuleSet([rule], [])))
    assert tagger.tag("Our pun of the day is about spreadsheets.").categories == {"entertain"}
    assert Tagger().tag("Our pun of the day is about spreadsheets.").categories == frozenset()


def test_a_lexicon_for_an_unknown_category_is_reported_not_used(tmp_path):
    text = (CATEGORY_PACK / "news.yaml").read_text(encoding="utf-8").replace("category: news", "category: gossip")
    text = text.replace("id: category.news", "id: category.gossip")
    rule, errors = parse_rule(text, "gossip.yaml")
    assert errors == [] and rule is not None
    tagger = Tagger(compile_rules(RuleSet([rule], [])))
    assert tagger.errors and "category.gossip" in tagger.errors[0]
    assert tagger.tag("We are announcing the launch.").categories == frozenset()
