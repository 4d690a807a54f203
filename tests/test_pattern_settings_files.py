"""The pattern settings of rounds 24 and 25 (`reported_quotes`, `exception_pattern` on lexicon, signals and order
rules) are read like every admin pattern: one pattern or a list, each a pattern or a shared list's "@name". A broken
one is reported as file:line: key[i]: problem when the file is read, its rule is left out, and the others keep
working; before session 15's check a bad frame passed `coach rules check` and failed the review of any quoted draft."""

from __future__ import annotations

from bot.engine.review import ReviewContext, review
from tests.conftest import rule_yaml


def _errors(pack) -> list[str]:
    return [str(e) for e in pack.load(allow_errors=True).errors]


def _lexicon(pack, rid: str, settings: str) -> None:
    pack.rule(id=rid, check=f"type: lexicon\n{settings}", fr="phrases: [achetez]", en="phrases: [buy now]")


def test_a_broken_frame_in_a_list_is_named_with_its_place(pack):
    _lexicon(pack, "test.good", 'reported_quotes: "@reported-quote"')
    _lexicon(pack, "test.bad", 'reported_quotes: ["said", "[z-a]"]')
    advice = pack.load(allow_errors=True)
    (error,) = [str(e) for e in advice.errors]
    assert "test.bad.yaml:" in error and "check.reported_quotes[1]: not a valid RE2 pattern" in error
    assert [r.id for r in advice.rules] == ["test.good"]
    text = 'He laughed at the flyer that said "buy now" and we bought nothing.'
    assert review(text, ReviewContext(advice, language="en")).score >= 0  # the good rule reviews a quoted draft


def test_an_unknown_list_and_a_broken_carve_are_both_reported(pack):
    _lexicon(pack, "test.unknown", 'reported_quotes: "@no-such-frames"')
    _lexicon(pack, "test.carve", "exception_pattern: ['\\ba shop', '(unclosed']")
    found = "\n".join(_errors(pack))
    assert "check.reported_quotes: unknown shared list @no-such-frames" in found
    assert "check.exception_pattern[1]: not a valid RE2 pattern: missing )" in found


def test_a_list_of_carves_is_accepted_and_read(pack):
    pack.write("test.list.yaml", rule_yaml(id="test.list", check="type: lexicon\nexception_pattern: ['\\ba charity shop', '@noun-call']",
                                           fr="phrases: [commandez]", en="phrases: [shop now]"))
    advice = pack.load()
    context = ReviewContext(advice, language="en")
    assert not review("It's a charity shop now, run by volunteers.", context).findings
    assert [f.rule for f in review("Half price today, shop now!", context).findings] == ["test.list"]
