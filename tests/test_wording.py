"""How reviews read: plurals, quotation marks around the draft's words, the article in the reader's language."""

from __future__ import annotations

import pytest

from bot.chat.replies import review_reply
from bot.engine.advice import load_advice
from bot.engine.findings import Finding
from bot.engine.review import ReviewContext, review, verdict_for
from bot.engine.rules import bundled_advice_dir, load_rules
from bot.messages import t

QUOTE_RULE = dict(check="type: pattern\npattern: '\"[^\"]{10,}\"'")


def findings(pack, text: str, language: str = "en", **rule):
    pack.rule(**rule)
    return review(text, ReviewContext(pack.load(), language=language)).findings


def test_rule_messages_choose_their_plural(pack):
    rule = dict(check="type: metric\nmetric: reader_focus\nmin: 2", fr="reader: [vous]\nself: [nous]",
                en="reader: [you]\nself: [we, our]")
    pack.rule(**rule)
    text = (pack.path / "test.rule.yaml").read_text(encoding="utf-8")
    pack.write("test.rule.yaml", text.replace('"en {match}"', '"{count} {count:time|times}, {value} {value:time|times}"')
                                     .replace('"fr {match}"', '"{count} fois, {value} {value:lecteur|lecteurs}"'))
    advice = pack.load()
    (one,) = review("We made our plan for you", ReviewContext(advice, language="en")).findings
    assert one.message == "2 times, 1 time"
    (zero,) = review("Nous et nous", ReviewContext(advice, language="fr")).findings
    assert zero.message == "2 fois, 0 lecteur"


def test_an_excerpt_never_nests_the_message_s_quotation_marks(pack):
    pack.rule(check="type: pattern\npattern: '\"[^\"]{10,}\"'")
    text = (pack.path / "test.rule.yaml").read_text(encoding="utf-8")
    pack.write("test.rule.yaml", text.replace('"en {match}"', '"Who said “{match}”?"')
                                     .replace('"fr {match}"', '"Qui a dit « {match} » ?"'))
    advice = pack.load()
    (f,) = review('As they say, "the early bird catches the worm" every time', ReviewContext(advice, language="en")).findings
    assert f.excerpt == '"the early bird catches the worm"'  # the draft's own characters
    assert f.message == "Who said “the early bird catches the worm”?"
    (f,) = review("Comme on dit : « le monde appartient à ceux qui se lèvent tôt »", ReviewContext(advice, language="fr")).findings
    assert f.message == "Qui a dit « le monde appartient à ceux qui se lèvent tôt » ?"


def test_quotes_inside_an_excerpt_become_the_inner_kind(pack):
    found = findings(pack, 'He wrote "Buy now" on every post, "Buy now" everywhere', check="type: pattern\npattern: 'wrote .* everywhere'")
    reply = review_reply(review('He wrote "Buy now" on every post, "Buy now" everywhere',
                                ReviewContext(pack.load(), language="en")))
    assert found[0].message == "en wrote ‘Buy now’ on every post, ‘Buy now’ everywhere"
    (item,) = reply.sections[0].items
    assert "“" not in item.quote and "”" not in item.quote


def test_a_match_never_runs_between_two_quotations(pack):
    text = 'She said "yes" and then, after a long pause, "we will think about it carefully"'
    (f,) = findings(pack, text, **QUOTE_RULE)
    assert f.excerpt == '"we will think about it carefully"'
    assert not findings(pack, '"Hi" and then a long enough run of words "Bye"', **QUOTE_RULE)
    french = "Il dit « oui » puis, après un long silence, « on va y réfléchir sérieusement »"
    (f,) = findings(pack, french, "fr", check="type: pattern\npattern: '\"[^\"]{10,}\"'")
    assert f.excerpt == "« on va y réfléchir sérieusement »"


def test_an_english_review_cites_the_article_in_english_a_french_one_in_french():
    advice = load_advice()
    en = review("Buy now, limited offer, last chance to get it", ReviewContext(advice, language="en")).findings
    fr = review("Achetez maintenant, offre limitée, dernière chance", ReviewContext(advice, language="fr")).findings
    urgency_en = next(f for f in en if f.rule == "hard-sell.urgency")
    urgency_fr = next(f for f in fr if f.rule == "hard-sell.urgency")
    assert urgency_en.source == ("The harsh realities of social media marketing "
                                 "[Dures réalités du marketing sur les réseaux sociaux] — "
                                 "Harsh reality #4: social media hates selling")
    assert urgency_fr.source == "Dures réalités du marketing sur les réseaux sociaux — Dure réalité #4: Les médias sociaux haïssent la vente"


@pytest.mark.parametrize("pack", ["core", "plans"])
def test_every_bundled_rule_has_its_article_in_english(pack):
    """The plan rules cited only the French article in an English plan review, until session 25."""
    rules = load_rules([bundled_advice_dir() / pack]).rules
    assert rules
    missing = [r.id for r in rules if not (r.source.title_en and r.source.section_en)]
    assert missing == []


def test_one_article_is_cited_by_one_title_in_each_language():
    """Plan rules named the 003 article "Social is not an objective", cut short, beside its section of
    the same words; the article is cited by its whole title wherever a rule cites it."""
    rules = [*load_rules([bundled_advice_dir() / "core"]).rules, *load_rules([bundled_advice_dir() / "plans"]).rules]
    titles: dict[str, set[tuple[str, str]]] = {}
    for rule in rules:
        titles.setdefault(rule.source.seed, set()).add((rule.source.article, rule.source.title_en))
    assert len(titles) == 5 and all(len(seen) == 1 for seen in titles.values()), titles


def test_the_users_words_are_quoted_in_the_reviews_language_and_so_is_the_severity():
    from adapters.console import render_to_string

    advice = load_advice()
    french = review_reply(review("DERNIÈRE CHANCE !!! -50 % sur tout, commandez vite sur maboutique.fr",
                                 ReviewContext(advice, language="fr")))
    english = review_reply(review("LAST CHANCE!!! 50% off everything, order now at myshop.com",
                                  ReviewContext(advice, language="en")))
    shown_fr, shown_en = render_to_string(french, width=200), render_to_string(english, width=200)
    assert "« commandez vite »" in shown_fr and "“" not in shown_fr.split("Coach")[1]
    assert "[bloquant]" in shown_fr and "[blocker]" not in shown_fr
    assert "“order now”" in shown_en and "«" not in shown_en and "[blocker]" in shown_en
    assert "« commandez vite »" in french.text() and "“order now”" in english.text()


def test_a_finding_about_the_whole_draft_does_not_quote_it_again(pack):
    """The reply shows the draft just above its findings: a finding whose words are the whole draft names
    no excerpt (it would repeat the post); a finding on part of the draft still quotes its words."""
    pack.rule(check="type: pattern\npattern: '.+'")
    text = (pack.path / "test.rule.yaml").read_text(encoding="utf-8")
    pack.write("test.rule.yaml", text.replace('"en {match}"', '"The reader is nowhere"'))
    advice = pack.load()
    draft = "Our spring menu starts Monday, the tart took all winter"
    whole = review(draft, ReviewContext(advice, language="en"))
    (item,) = review_reply(whole, draft=draft).sections[0].items
    assert item.quote == ""
    assert review_reply(whole).sections[0].items[0].quote == draft  # without the draft shown, the words stay
    part = review(draft + "\n\nsee you there", ReviewContext(advice, language="en"))
    assert review_reply(part, draft=draft + "\n\nsee you there").sections[0].items[0].quote == draft


def test_the_verdict_names_the_topic_that_costs_the_score_most_not_the_first_of_a_tie():
    """Two self-promotion findings (plug 15, announcement 10) and two hard-sell ones (pushy 25,
    urgency 15): the count is a tie, and the first finding in the reply is the plug; what the
    author must rework first is the hard sell. Unknown rules weigh nothing: the count decides."""
    advice = load_advice()

    def found(rule: str, topic: str) -> Finding:
        return Finding(rule, topic, "warning", (0, 1), "x", "m", "w", "h", (), None, "s", 1, (), 1.0)

    findings = (found("self-promotion.plug", "self-promotion"), found("hard-sell.pushy", "hard-sell"),
                found("hard-sell.urgency", "hard-sell"), found("self-promotion.announcement", "self-promotion"))
    assert verdict_for(40, findings, "en", advice) == "Rethink it: hard selling first."
    assert verdict_for(40, findings, "fr", advice) == t("verdict.rethink", "fr", topic=t("topic.hard-sell", "fr"))
    assert verdict_for(40, findings, "en") == "Rethink it: self-promotion first."  # no advice: a tie, the first
    light = (found("relevance.talk-to-the-reader", "relevance"), found("relevance.empty-teaser", "relevance"),
             found("hard-sell.pushy", "hard-sell"))
    assert verdict_for(40, light, "en", advice) == "Rethink it: hard selling first."  # 25 against 8 + 6
