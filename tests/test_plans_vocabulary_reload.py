"""A broken edit of the plan vocabulary never reaches a review, as with the advice packs' hot reload:
the version read last without an error stays in use, and the new file's problems are logged and
reported with file:line; the fixed file applies on the next review."""

from __future__ import annotations

import logging

from bot.engine.plan import vocabulary
from bot.plans.review import review_plan
from tests.plan_helpers import edit

PLAN = ("Maison Test\n\n"
        "Goal: 40 more bookings by June from parents who cannot find a Saturday class.\n"
        "Audience: parents of children aged 6 to 10 in Leeds who work weekdays.\n"
        "Channels: Instagram and the school newsletter; Ana answers every message the same day.\n"
        "Measure: bookings counted every Monday against 25 last term.\n")


def _outcome(result) -> tuple[list[str], float, list[tuple[str, str]]]:
    return [f.rule for f in result.findings], result.score, [(c.topic, c.status) for c in result.checklist]


def test_a_file_that_no_longer_parses_leaves_the_last_good_vocabulary_in_use(advice, admin_file, caplog):
    before = _outcome(review_plan(PLAN, advice))
    assert vocabulary.bundled_vocabulary().reading_lists  # the good copy is read
    good = admin_file.read_text(encoding="utf-8")
    edit(admin_file, good.replace("readings:\n", "readings:\n  - [unclosed\n", 1))
    with caplog.at_level(logging.WARNING, logger="coach.advice"):
        after = _outcome(review_plan(PLAN, advice))
    assert after == before
    assert vocabulary.bundled_vocabulary().reading_lists
    errors = vocabulary.bundled_errors()
    assert errors and all(str(e).startswith(f"{e.path}:{e.line}") for e in errors)
    assert any("readings.yaml" in record.getMessage() for record in caplog.records)


def _with_word(text: str, *entries: str) -> str:
    """The file with `entries` added to the first English list of its `words`."""
    words, readings = text.split("\nreadings:\n", 1)
    added = "".join(f"      - '{entry}'\n" for entry in entries)
    return words.replace("    en:\n", "    en:\n" + added, 1) + "\nreadings:\n" + readings


def test_an_edit_with_a_refused_entry_waits_whole_until_the_file_is_fixed(advice, admin_file):
    good = admin_file.read_text(encoding="utf-8")
    edit(admin_file, _with_word(good, "(?<=a)b", "qzxreloadmarker"))
    review_plan(PLAN, advice)
    assert "qzxreloadmarker" not in str(vocabulary.bundled_vocabulary().word_lists)  # none of the edit applies
    assert any("RE2 refuses it" in e.message for e in vocabulary.bundled_errors())
    edit(admin_file, _with_word(good, "qzxreloadmarker"))
    review_plan(PLAN, advice)
    assert vocabulary.bundled_errors() == []
    assert "qzxreloadmarker" in str(vocabulary.bundled_vocabulary().word_lists)  # the fixed file applies


def test_a_file_broken_from_the_start_is_used_less_what_is_wrong(tmp_path, monkeypatch):
    copy = tmp_path / "readings.yaml"
    copy.write_text(_with_word(vocabulary._path().read_text(encoding="utf-8"), "(?<=a)b", "qzxreloadmarker"),
                    encoding="utf-8")
    monkeypatch.setattr(vocabulary, "_path", lambda: copy)
    try:
        vocabulary.refresh()
        assert vocabulary.bundled_errors()
        assert "qzxreloadmarker" in str(vocabulary.bundled_vocabulary().word_lists)  # the rest of the file is read
    finally:
        monkeypatch.undo()
        vocabulary.refresh()
