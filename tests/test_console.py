"""The console adapter: the same commands as in chat, rendered for a terminal."""

from __future__ import annotations

import pytest

from adapters.console import parse, render_to_string
from bot.app import build_coach
from bot.chat.context import Context
from tests.conftest import converse


def test_review_in_the_console_names_hard_sell():
    out = converse(["/review Achetez maintenant !!! Offre limitée, dernière chance", "/quit"])
    assert "hard-sell" in out and "Achetez maintenant" in out and "/100" in out


def test_multi_line_draft_ends_with_an_empty_line():
    out = converse(["/review", "Buy now, this is a limited offer.", "Last chance for you!", "", "/quit"])
    assert "Paste or type your draft" in out
    assert "hard-sell" in out and "Last chance" in out


def test_quit_while_typing_a_draft_or_a_plan_leaves_without_reviewing_it():
    """A terminal user who types /quit means it, even half-way through a draft: nothing after it runs."""
    for opener in ("/review", "/plan"):
        out = converse([opener, "Buy now, this is a limited offer.", "/quit", "/review Last chance, buy now!!!"])
        assert "Paste or type your" in out
        assert "hard-sell" not in out and "/100" not in out


@pytest.mark.parametrize("word", ["quit", "exit", "Exit", "  QUIT  "])
def test_quit_or_exit_typed_alone_without_the_slash_leaves_as_in_a_shell(word: str):
    out = converse([word, "/review Last chance, buy now!!!"])
    assert "Coach review" not in out and "ready to post" not in out


def test_a_draft_that_merely_starts_with_exit_is_still_reviewed():
    out = converse(["exit interviews taught us three things about our onboarding", "/quit"])
    assert "Coach review" in out


def test_help_lists_commands_and_unknown_commands_are_polite():
    out = converse(["/help", "/frobnicate", "/quit"])
    assert "/review" in out and "I don't know `/frobnicate`" in out


def test_odd_input_gets_a_polite_answer_not_a_traceback():
    out = converse(["/review 🎉🎉🎉", "/review " + "a " * 5000, "/quit"])
    assert "has none" in out and "8,000" in out and "Traceback" not in out


def test_parse_treats_plain_text_as_a_review():
    assert parse("hello there") == ("review", "hello there")
    assert parse("/Plan  my plan") == ("plan", "my plan")


def test_rendering_highlights_spans_in_colour():
    reply = build_coach().command("review", "Buy now! Limited offer.", Context())
    coloured = render_to_string(reply, color=True)
    plain = render_to_string(reply)
    assert "\x1b[" in coloured and "\x1b[" not in plain
    assert "Buy now" in plain


def test_reviews_with_notices_render_their_notice():
    out = converse(["/review Top !", "/review Hello\x07 friends, buy now please", "/quit"])
    assert "Too short to tell its language" in out
    assert "Invisible control characters were ignored" in out


def test_coach_prefix_reaches_every_command():
    out = converse(["/coach help", "/coach", "/quit"])
    assert out.count("Coach: what I can do") == 2


def test_one_entry_per_rule_quoting_every_place_it_applies():
    reply = build_coach().command("review", "Achetez maintenant ! Offre limitée, dernière chance", Context())
    (findings,) = reply.sections
    urgency = [item for item in findings.items if "hard-sell.urgency" in item.footer]
    assert len(urgency) == 1  # the advice is given once
    assert "« Achetez maintenant »" in urgency[0].title  # the message quotes the first place,
    assert urgency[0].quoted(language="fr") == "Aussi : « Offre limitée » · « dernière chance »"  # so the others are "also"
    assert len(reply.highlights) >= 3  # every place is still highlighted in the draft


def test_a_finding_whose_message_quotes_nothing_lists_its_places_without_also():
    reply = build_coach().command("review", "Achetez maintenant ! Offre limitée, dernière chance", Context())
    pushy = [item for s in reply.sections for item in s.items if "hard-sell.pushy" in item.footer]
    assert pushy and pushy[0].quote  # its title names no place: the first is quoted plainly
    assert not pushy[0].quoted(language="fr").startswith("Aussi")
    assert "Also:" in converse(["/review Only 3 hours left to grab our plan. Don't miss out, upgrade!", "/quit"])
