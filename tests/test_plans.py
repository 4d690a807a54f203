"""Plan review (issue 4): plans and calendars in, checklist, mix, findings, score and worst rows out."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from adapters.cli import main
from adapters.console import render_to_string
from bot.app import build_coach
from bot.chat.commands.plan import plan_reply
from bot.chat.context import Context
from bot.engine.checks.base import Scope
from bot.engine.examples import verify_rule
from bot.engine.plan.input import CalendarProblem, parse_date, parse_plan
from bot.engine.rules import bundled_advice_dir, load_rules
from bot.engine.text import Doc
from bot.plans.review import PlanProblem, review_plan
from tests.conftest import converse, rule_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "plans"
PLAN_TOPICS = {"purpose", "measurement", "relevance", "multichannel", "content-mix", "give-first", "consistency",
               "sustainability", "reputation"}  # fmt: skip


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def coach(advice):
    return build_coach(advice=advice)


def rules_of(result) -> set[str]:
    return {f.rule for f in result.findings}


# -- Done means -------------------------------------------------------------------


def test_thin_french_plan_scores_under_60_with_the_four_findings(advice):
    result = review_plan("On va poster sur Facebook pour atteindre 10 000 fans", advice)
    assert result.language == "fr"
    assert result.score < 60 and result.band == "rethink"
    assert {"plan.purpose", "plan.measurement", "plan.multichannel", "plan.vanity-metrics"} <= rules_of(result)
    vanity = next(f for f in result.findings if f.rule == "plan.vanity-metrics")
    assert vanity.excerpt == "atteindre 10 000 fans"
    assert result.review.verdict.startswith("À repenser")


@pytest.mark.parametrize("name, language", [("solid-fr.md", "fr"), ("solid-en.md", "en")])
def test_solid_plans_score_80_or_more(advice, name, language):
    result = review_plan(fixture(name), advice)
    assert result.language == language
    assert result.score >= 80 and result.band == "ready", [f.message for f in result.findings]
    statuses = {c.topic: c.status for c in result.checklist}
    assert statuses["purpose"] == statuses["measurement"] == statuses["multichannel"] == "covered"
    assert statuses["content-mix"] == "covered"  # said in words: "mostly useful content..."
    assert statuses["give-first"] == "not-assessed"  # no calendar in these


@pytest.mark.parametrize("name", ["saas-en.md", "bistrot-fr.md"])
def test_plans_worded_differently_still_get_credit(advice, name):
    result = review_plan(fixture(name), advice)
    assert result.score >= 80, [f.rule for f in result.findings]


def test_vanity_goal_found_but_not_its_refusal(advice):
    fired = lambda text: "plan.vanity-metrics" in rules_of(review_plan(text, advice))  # noqa: E731
    assert fired("Objectif : 5 000 abonnés sur Instagram d'ici juin, avec trois posts par semaine.")
    assert fired("We want to grow our Instagram followers and reach 10k likes by June.")
    assert not fired("Nous voulons gagner des clients, pas des fans, grâce au blog.")
    assert not fired("Follower counts say nothing to us: we track bookings from Instagram.")


def test_six_promotions_in_eight_rows_name_the_rows(advice):
    text = fixture("promo-heavy.csv")
    result = review_plan(text, advice)
    by_rule = {f.rule: f for f in result.findings}
    assert {"plan.content-mix", "plan.give-first"} <= set(by_rule)
    mix, give = by_rule["plan.content-mix"], by_rule["plan.give-first"]
    assert "75 %" in mix.message and "2, 3, 4, 6, 7, 8" in mix.message
    assert "3, 4, 7, 8" in give.message
    lines = text.splitlines()
    assert mix.excerpt == lines[2]  # row 2, the first promotion, under the header
    assert give.excerpt == lines[3]  # row 3: the first ask with nothing given since the last one
    ask = next(line for line in result.mix if line.category == "ask")
    assert (ask.count, ask.total, ask.ok, ask.rows) == (6, 8, False, (2, 3, 4, 6, 7, 8))


# -- reading plans and calendars ----------------------------------------------------


def test_csv_with_semicolons_quotes_and_french_headers():
    text = 'Date;Réseau;Texte\n04/03/2024;Facebook;"Guide : 5 gestes; en hiver"\n05/03/2024;Instagram;Réservez vite\n'
    plan = parse_plan(text)
    assert plan.calendar_format == "csv" and not plan.has_prose
    first, second = plan.rows
    assert (first.number, first.line, first.channel, first.text) == (1, 2, "Facebook", "Guide : 5 gestes; en hiver")
    assert first.date.isoformat() == "2024-03-04" and second.line == 3
    assert text[second.span[0] : second.span[1]] == "05/03/2024;Instagram;Réservez vite"


def test_an_unquoted_separator_in_a_last_text_column_stays_in_the_text():
    (row,) = parse_plan("date,canal,texte\n2024-03-04,Blog,Bonjour, à tous, et bonne lecture\n").rows
    assert (row.channel, row.text) == ("Blog", "Bonjour, à tous, et bonne lecture")


def test_rows_with_text_only_are_classified_by_the_shared_category_lexicons():
    text = ("date,channel,text\n2024-03-04,Blog,Tip: how to adjust your brakes\n"
            "2024-03-05,Facebook,Promo code BIKE10 on the whole shop\n2024-03-06,Instagram,Lovely weather today\n")
    rows = parse_plan(text).classified("en").rows
    assert [r.category for r in rows] == ["give", "ask", None]


def test_yaml_calendar_rows_keep_their_spans_and_types():
    text = fixture("calendar.yaml")
    plan = parse_plan(text)
    assert plan.calendar_format == "yaml"
    assert [r.type for r in plan.rows] == ["tip", "question", "tip", "promo"]
    assert [r.category for r in plan.classified("en").rows] == ["give", "converse", "give", "ask"]
    assert text[plan.rows[3].span[0] : plan.rows[3].span[1]].startswith("date: 2024-03-11")


def test_yaml_plan_with_its_calendar_and_a_markdown_table_plan():
    text = "plan: |\n  Notre objectif : remplir l'atelier au printemps.\ncalendrier:\n" \
           "  - {date: 4 mars 2024, canal: Blog, type: conseil}\n  - {date: 6 mars 2024, canal: Facebook, type: promo}\n"
    plan = parse_plan(text)
    assert plan.has_prose and "remplir l'atelier" in plan.prose_text and len(plan.rows) == 2
    table = parse_plan(fixture("plan-with-calendar.md"))
    assert table.calendar_format == "table" and len(table.rows) == 8 and table.has_prose
    assert "Goal" in table.prose_text and "| Date |" not in table.prose_text
    assert table.rows[0].line == 14 and table.rows[0].text == "Tutorial: fix a flat tyre in ten minutes"


def test_fenced_calendar_in_a_markdown_plan():
    plan = parse_plan("Objectif : vendre.\n\n```csv\ndate,channel,text\n\"March 4, 2024\",Blog,How to fix a flat\n```\n")
    assert plan.calendar_format == "csv" and plan.rows[0].date.isoformat() == "2024-03-04"
    assert plan.prose_text == "Objectif : vendre."


def test_dates_in_several_forms_and_year_less_rows_roll_over():
    assert parse_date("2024-03-05")[0].isoformat() == "2024-03-05"
    assert parse_date("05/03/2024")[0].isoformat() == "2024-03-05"
    assert parse_date("03/25/2024")[0].isoformat() == "2024-03-25"  # month first when it must be
    assert parse_date("lun. 4 mars 2024")[0].isoformat() == "2024-03-04"
    assert parse_date("March 4, 2024")[0].isoformat() == "2024-03-04"
    assert parse_date("32/13/2024") is None and parse_date("soon") is None
    plan = parse_plan("date,canal,type\n28/12,Blog,conseil\n02/01,Facebook,promo\n")
    assert plan.rows[1].date > plan.rows[0].date
    assert plan.rows[1].to_json()["date"] == "--01-02"


def test_plain_text_and_markdown_lists_are_prose():
    plan = parse_plan("- Objectif : vendre plus\n- Public : les cyclistes\n")
    assert plan.rows == () and plan.has_prose


@pytest.mark.parametrize("text, code, shown", [
    (fixture("missing-columns.csv"), "missing_columns", "channel"),
    (fixture("bad-date.csv"), "bad_date", "le 32 du mois"),
    ("date,canal,type\n", "no_rows", ""),
    ("date,canal,type\n2024-03-04,Blog,\n", "empty_row", ""),
    ("date,texte,canal\n2024-03-04,Bonjour, à tous,Blog\n", "extra_cells", ""),
])  # fmt: skip
def test_bad_calendars_get_a_clear_message(advice, text, code, shown):
    with pytest.raises(PlanProblem) as caught:
        review_plan(text, advice)
    assert caught.value.code == code
    for language in ("fr", "en"):
        message = caught.value.message(language)
        assert shown in message and "{" not in message
    with pytest.raises(CalendarProblem):
        parse_plan(text)


def test_empty_input_is_a_polite_problem(advice):
    for text in ("", "   \n", fixture("empty.csv")):
        with pytest.raises(PlanProblem) as caught:
            review_plan(text, advice)
        assert caught.value.code == "empty"
    assert "/plan" in PlanProblem("empty").message("fr")


# -- the review ---------------------------------------------------------------------


def test_a_calendar_alone_leaves_the_prose_topics_unassessed(advice):
    result = review_plan(fixture("promo-heavy.csv"), advice)
    statuses = {c.topic: c.status for c in result.checklist}
    assert statuses["purpose"] == statuses["reputation"] == "not-assessed"
    assert statuses["content-mix"] == statuses["give-first"] == "missing"
    assert rules_of(result) == {"plan.content-mix", "plan.give-first"}


def test_a_plan_with_a_balanced_calendar_covers_every_topic(advice):
    result = review_plan(fixture("plan-with-calendar.md"), advice)
    assert result.score >= 80
    assert {c.topic for c in result.checklist} >= PLAN_TOPICS
    assert all(c.status == "covered" for c in result.checklist), [(c.rule, c.status) for c in result.checklist]
    assert all(line.ok in (True, None) for line in result.mix)


def test_rows_are_reviewed_as_posts_and_the_worst_come_first(advice):
    result = review_plan(fixture("promo-heavy.csv"), advice)
    assert len(result.rows) == 8 and all(r.review is not None for r in result.rows)
    worst = result.worst_rows()
    assert 1 <= len(worst) <= 3
    scores = [r.review.score for r in worst]
    assert scores == sorted(scores) and scores[0] < 100
    assert all(r.review.score >= scores[-1] for r in result.rows if r not in worst)
    typed_only = review_plan("date,canal,type\n2024-03-04,Blog,conseil\n2024-03-05,Blog,promo\n"
                             "2024-03-06,Blog,conseil\n2024-03-07,Blog,question\n", advice)
    assert [r.review for r in typed_only.rows] == [None] * 4


def test_json_output_is_versioned_and_complete(advice):
    data = review_plan(fixture("promo-heavy.csv"), advice).to_json()
    assert set(data) >= {"version", "kind", "language", "score", "band", "verdict", "checklist", "mix", "findings", "rows"}
    assert (data["version"], data["kind"], data["language"]) == (1, "plan", "fr")
    assert data["mix"]["rows"] == 8 and data["mix"]["unclassified"] == 0
    ask = next(c for c in data["mix"]["categories"] if c["category"] == "ask")
    assert ask == {"category": "ask", "count": 6, "share": 0.75, "target": [0.0, 0.2], "ok": False, "rows": [2, 3, 4, 6, 7, 8]}
    assert data["mix"]["judged"] is True
    assert {c["status"] for c in data["checklist"]} == {"missing", "not-assessed"}
    assert data["rows"][1]["category"] == "ask" and isinstance(data["rows"][1]["score"], int)
    finding = next(f for f in data["findings"] if f["rule"] == "plan.give-first")
    assert finding["span"][0] < finding["span"][1] and finding["topic"] == "give-first"
    json.dumps(data)
    thin = review_plan(fixture("solid-en.md") + "\nWe aim to reach 10,000 followers.", advice).to_json()
    assert thin["mix"] is None and any(f["rule"] == "plan.vanity-metrics" for f in thin["findings"])
    long_finding = review_plan("x " * 10 + fixture("thin-fr.txt") * 20, advice, language="fr").to_json()["findings"][0]
    assert len(long_finding["excerpt"]) <= 200


def test_language_can_be_forced(advice):
    result = review_plan("On va poster sur Facebook pour atteindre 10 000 fans", advice, language="en")
    assert result.language == "en" and "plan.purpose" in rules_of(result)


# -- the checks, on small rule packs -----------------------------------------------------


def _plan_rule(pack, id, check, lists="", message="{match}"):
    """A plan rule in a test pack; `message` is the same in both languages, after "fr "/"en "."""
    text = rule_yaml(id=id, check=check, fr=lists, en=lists, topic="purpose")
    text = text.replace("applies_to: [post]", "applies_to: [plan]")
    for lang in ("fr", "en"):
        text = text.replace(f'message: "{lang} {{match}}"', f"message: '{lang} {message}'")
    return pack.write(f"{id}.yaml", text)


def test_section_counts_distinct_phrases_and_needs_every_signal_in_one_statement(pack):
    _plan_rule(pack, "test.channels", "type: section\nneeds: {channel: 2, link: 1}",
               "signals:\n  channel: [blog, newsletter, facebook]\n  link: [relayé]")
    advice = pack.load()
    fired = lambda text: rules_of(review_plan(text, advice, language="fr"))  # noqa: E731
    assert fired("Un article de blog par semaine, relayé sur le blog, toujours le blog.") == {"test.channels"}
    assert fired("Le blog et la newsletter, chacun de son côté, sans lien.") == {"test.channels"}
    assert fired("Le blog publie chaque semaine. La newsletter paraît le mois suivant. Tout est relayé.") == \
        {"test.channels"}  # never two channels and a link in one statement
    assert fired("Chaque article du blog est relayé dans la newsletter du mois.") == set()


def test_mix_bounds_with_joined_categories_and_a_floor(pack):
    _plan_rule(pack, "test.mix", "type: mix\ncount: 4\nbounds:\n  give+converse: [0.6, 1]",
               message="{category} {share} {target} {rows}")
    advice = pack.load()
    text = "date,canal,type\n2024-03-04,Blog,conseil\n2024-03-05,Blog,actu\n2024-03-06,Blog,actu\n2024-03-07,Blog,question\n"
    (finding,) = review_plan(text, advice, language="fr").findings
    assert finding.message == "fr contenu utile + conversation 50 % ≥ 60 % 2, 3"
    assert finding.excerpt == text.strip().split("\n", 1)[1]  # a floor spans every row
    with pytest.raises(PlanProblem) as short:  # a calendar alone under 4 rows: said once, nothing judged
        review_plan("date,canal,type\n2024-03-04,Blog,actu\n2024-03-05,Blog,actu\n", advice, language="fr")
    assert short.value.code == "too_short" and "2 publications" in short.value.message("fr")


def test_sequence_needs_count_gives_since_the_last_ask(pack):
    _plan_rule(pack, "test.seq", "type: sequence\ncategory: ask\nafter: give\ncount: 2", message="rows {rows}")
    advice = pack.load()
    text = ("date,canal,type\n2024-03-08,Blog,promo\n2024-03-04,Blog,conseil\n2024-03-05,Blog,conseil\n"
            "2024-03-06,Blog,promo\n2024-03-07,Blog,conseil\n")
    (finding,) = review_plan(text, advice, language="fr").findings
    assert finding.message == "fr rows 1"  # by date, row 1 comes last, after a single tip
    assert finding.excerpt == "2024-03-08,Blog,promo"


def test_plan_checks_read_the_draft_itself_when_no_plan_is_given(advice):
    from bot.engine.checks.plan import plan_of

    doc = Doc("date,canal,type\n2024-03-04,Blog,conseil\n", "fr")
    scope = Scope(doc, {}, {})
    assert plan_of(scope).rows[0].category == "give" and scope.extra["plan"] is plan_of(scope)


def test_plan_check_settings_are_required(pack):
    _plan_rule(pack, "test.noseq", "type: sequence\ncategory: ask")
    _plan_rule(pack, "test.nosection", "type: section", "signals:\n  who: [public]")
    _plan_rule(pack, "test.unknown", "type: counterfeit\nneeds: [who, nobody]", "signals:\n  who: [public]")
    _plan_rule(pack, "test.badregex", "type: section\nneeds: [when]", "patterns:\n  when: '(unclosed'")
    found = "\n".join(str(e) for e in pack.load(allow_errors=True).errors)
    assert "check.after: missing (required for type sequence)" in found
    assert "test.nosection.yaml:11: check.needs: missing (required for type section)" in found
    assert "signal 'nobody' is not defined in fr.signals, patterns or cased" in found
    assert "fr.patterns.when: not a valid RE2 pattern" in found


# -- the plan rules themselves ---------------------------------------------------------


def test_every_plan_rule_verifies_its_examples():
    rule_set = load_rules([bundled_advice_dir() / "plans"])
    assert not rule_set.errors
    assert {r.topic for r in rule_set.rules} == PLAN_TOPICS
    for rule in rule_set.rules:
        assert rule.applies_to == ("plan",) and rule.id.startswith("plan.")
        assert rule.source.article and rule.source.section and rule.source.seed
        for lang in ("fr", "en"):
            examples = rule.lang(lang)["examples"]
            assert len(examples["bad"]) >= 2 and len(examples["good"]) >= 2, (rule.id, lang)
        assert verify_rule(rule) == [], rule.id
        first_line = Path(rule.path).read_text(encoding="utf-8").splitlines()[0]
        assert first_line == "# yaml-language-server: $schema=../rule.schema.json"


def test_a_broken_plan_example_is_caught(pack):
    path = _plan_rule(pack, "test.broken", "type: sequence\ncategory: ask\nafter: give")
    path.write_text(path.read_text().replace('bad: ["[[x]]"]', 'bad: ["date,canal,type\\n[[2024-03-04,Blog,conseil]]"]'))
    (rule,) = load_rules([pack.path]).rules
    failures = verify_rule(rule)
    assert any(f.kind == "bad" and "fired at nothing" in f.problem for f in failures)


# -- surfaces ----------------------------------------------------------------------------


def test_plan_command_through_the_coach(coach):
    reply = coach.command("plan", fixture("promo-heavy.csv"), Context(locale="fr"))
    assert reply.meta["kind"] == "plan" and reply.meta["band"] in ("another-pass", "rethink", "ready")
    titles = [s.title for s in reply.sections]
    assert titles[:2] == ["Ce que le plan couvre", "Mix du calendrier face à la cible"]
    assert "Publications du calendrier à reprendre d'abord" in titles
    text = reply.text()
    assert "✗ promotion : 6/8 (75 %), cible ≤ 20 %" in text and "lignes 3, 4, 7, 8" in text
    empty = coach.command("/plan", "", Context(locale="en"))
    assert empty.meta["problem"] == "empty" and "/plan" in empty.summary
    assert "/plan" in coach.command("help", "", Context()).text()


def test_plan_reply_renders_in_the_console(advice):
    out = render_to_string(plan_reply(review_plan("On va poster sur Facebook pour atteindre 10 000 fans", advice)))
    assert "Avis sur le plan : 0/100, à repenser" in out
    assert "✗ Pourquoi : un changement" in out and "non vérifié" not in out  # said once, in the mix section:
    assert out.count("Pas de calendrier") == 1 and "avant chaque demande" in out
    assert "« atteindre 10 000 fans »" in out and "plan.vanity-metrics" in out


def test_plan_in_the_console_chat_reads_until_a_dot(coach):
    out = converse(["/plan", *fixture("solid-en.md").splitlines(), ".", "/quit"], coach, Context(platform="console"))
    assert "finish with a line holding a single dot" in out
    assert "Plan review:" in out and "ready to run" in out and "✓ Why: a change" in out
    assert "“Our goal by the end of spring:" in out  # the sentence that covers it, quoted


def test_cli_plan_text_json_stdin_and_errors(tmp_path):
    runner = CliRunner()
    result = runner.invoke(main, ["plan", str(FIXTURES / "thin-fr.txt"), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["kind"] == "plan" and data["score"] < 60
    result = runner.invoke(main, ["plan", "-"], input=fixture("solid-fr.md"))
    assert result.exit_code == 0 and "Avis sur le plan" in result.output
    result = runner.invoke(main, ["plan", str(FIXTURES / "solid-en.md"), "--calendar", str(FIXTURES / "promo-heavy.csv"),
                                  "--format", "json", "--lang", "en"])
    data = json.loads(result.output)
    assert data["language"] == "en" and data["mix"]["rows"] == 8
    assert {"plan.content-mix", "plan.give-first"} <= {f["rule"] for f in data["findings"]}
    result = runner.invoke(main, ["plan", str(FIXTURES / "bad-date.csv"), "--lang", "en"])
    assert result.exit_code == 2 and "row 2" in result.output.lower() and "le 32 du mois" in result.output
    result = runner.invoke(main, ["plan", str(FIXTURES / "missing-columns.csv"), "--format", "json"])
    assert result.exit_code == 2 and json.loads(result.output)["error"]["code"] == "missing_columns"
