"""The Slack adapter, driven as Slack drives it: signed HTTP requests to the real
Bolt app served on a local port, payloads shaped as Slack documents them, and
a local stand-in for Slack's Web API and response_urls recording what Coach sent.
No test touches the internet."""

from __future__ import annotations

import json
import threading
import time

import pytest

from adapters.slack.blocks import DRAFT_BLOCK, DRAFT_INPUT, DRAFT_VIEW
from bot.config import Config
from bot.messages import t
from tests.slack_app import (
    CHANNEL,
    FORM,
    HARD_SELL,
    MEMBER,
    all_text,
    buttons_of,
    hook_reply,
    open_view,
    review_id_of,
    review_of,
    send_command,
    send_event,
    send_interactive,
)
from tests.slack_requests import (
    command_body,
    home_opened,
    message_action,
    post,
    signed,
    view_submission,
)
from tests.slack_standin import BOT_TOKEN

# -- /review ------------------------------------------------------------------


def test_signed_review_gets_an_ephemeral_block_kit_reply_naming_the_hard_sell_findings(slack):
    status, answer, seconds, hook = send_command(slack, HARD_SELL)
    assert (status, answer) == (200, "")  # an empty ack: nothing shows until the review

    (reply,) = hook_reply(slack, hook)
    payload = reply.body
    assert payload["response_type"] == "ephemeral" and payload["replace_original"] is False
    header = payload["blocks"][0]
    assert header["type"] == "header" and "/100" in header["text"]["text"]
    bands_fr = [t(f"band.{band}", "fr") for band in ("ready", "another-pass", "rethink")]
    assert any(header["text"]["text"].endswith(band) for band in bands_fr)  # the draft's language
    score, rules = review_of(payload)
    assert score < 80 and "hard-sell.urgency" in rules
    text = all_text(payload)
    findings = " ".join(b["text"]["text"] for b in payload["blocks"] if b["type"] == "section")
    for words in ("Achetez maintenant", "Offre limitée", "dernière chance"):
        assert f"« {words} »" in findings or f"“{words}”" in findings  # the matched words, quoted
    assert "Source" in text and "À faire" in text  # source, and how to fix
    bold = [e["text"] for b in payload["blocks"] if b["type"] == "rich_text"
            for e in b["elements"][0]["elements"] if e.get("style", {}).get("bold")]
    assert {"Achetez maintenant", "Offre limitée", "dernière chance"} <= set(bold)
    ids = [b["action_id"] for b in buttons_of(payload["blocks"])]
    assert {"coach:dismiss", "coach:posted", "coach:review_again"} <= set(ids)
    # Ephemeral only: nothing was posted for the channel to see.
    assert not slack.standin.sent("chat.postMessage")


def test_the_ack_comes_before_the_review_is_done(slack):
    """Slack wants an answer within 3 seconds: Coach acks first and reviews after,
    so a slow review can never make Slack give up on the command."""
    gate = threading.Event()

    def hold(review, draft, ctx, review_id):  # the review cannot finish until the gate opens
        gate.wait(10)

    slack.coach.on_review.append(hold)
    try:
        status, answer, _, hook = send_command(slack, HARD_SELL)
        name = hook.rsplit("/", 1)[-1]
        held = [c for c in slack.standin.sent(kind="hook") if c.method == name]
    finally:
        gate.set()
        slack.coach.on_review.remove(hold)
    assert (status, answer) == (200, "") and held == []  # acked while the review was still held
    assert hook_reply(slack, hook)  # then the review arrives


def test_a_draft_over_the_limit_gets_a_clear_answer(slack):
    status, _, _, hook = send_command(slack, "Notre nouveau guide est en ligne. " * 300)
    assert status == 200
    (reply,) = hook_reply(slack, hook)
    assert "caractères" in all_text(reply.body) and "8" in reply.body["text"]
    assert not buttons_of(reply.body["blocks"])


def test_slack_markup_in_the_draft_is_undone_before_review(slack):
    _, _, _, hook = send_command(slack, "Achetez maintenant &amp; profitez de <https://example.com|notre offre>")
    (reply,) = hook_reply(slack, hook)
    recent = slack.coach.drafts.get(reply.body["blocks"] and review_id_of(reply.body))
    assert recent.draft == "Achetez maintenant & profitez de https://example.com"



# -- requests Slack did not send ------------------------------------------------


def test_a_forged_signature_gets_401_and_no_reply(slack):
    hook = slack.standin.hook()
    body = command_body("/review", HARD_SELL, user=MEMBER, channel=CHANNEL, response_url=hook)
    status, _, _ = post(slack.url, body, signed(body, FORM, secret="not-the-signing-secret"))
    assert status == 401
    # Signed for one body, sent with another.
    other = command_body("/review", "Bonjour", user=MEMBER, channel=CHANNEL, response_url=hook)
    status, _, _ = post(slack.url, other, signed(body, FORM))
    assert status == 401
    status, _, _ = post(slack.url, body, {"Content-Type": FORM})  # no signature at all
    assert status == 401
    time.sleep(0.3)
    assert not slack.standin.sent(kind="hook") and not slack.standin.sent("users.info")


def test_a_stale_timestamp_gets_401(slack):
    hook = slack.standin.hook()
    body = command_body("/review", HARD_SELL, user=MEMBER, channel=CHANNEL, response_url=hook)
    status, _, _ = post(slack.url, body, signed(body, FORM, timestamp=int(time.time()) - 6 * 60))
    assert status == 401
    time.sleep(0.3)
    assert not slack.standin.sent(kind="hook")


def test_slacks_url_verification_is_answered(slack):
    """Setting the Request URL in HTTP mode: Slack sends a signed challenge."""
    body = json.dumps({"token": "gIkuvaNzQIHg97ATvDxqgjtO", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"})
    status, answer, _ = post(slack.url, body, signed(body, "application/json"))
    assert status == 200 and json.loads(answer)["challenge"].startswith("3eZbrw1a")


def test_run_says_which_tokens_are_missing(slack):
    from adapters.slack import run
    from bot.config import ConfigError

    with pytest.raises(ConfigError, match="SLACK_BOT_TOKEN"):
        run(slack.coach, Config())
    with pytest.raises(ConfigError, match="SLACK_APP_TOKEN"):
        run(slack.coach, Config(slack_bot_token=BOT_TOKEN))


# -- retries --------------------------------------------------------------------


def test_a_retried_command_gets_no_second_reply(slack):
    hook = slack.standin.hook()
    body = command_body("/review", HARD_SELL, user=MEMBER, channel=CHANNEL, response_url=hook)
    assert post(slack.url, body, signed(body, FORM))[0] == 200
    hook_reply(slack, hook)
    # Slack signs each delivery afresh; the retry carries X-Slack-Retry-Num.
    status, answer, _ = post(slack.url, body, signed(body, FORM, retry=1))
    assert (status, answer) == (200, "")
    status, _, _ = post(slack.url, body, signed(body, FORM, retry=2))
    assert status == 200
    time.sleep(0.5)
    assert len(slack.standin.sent(kind="hook")) == 1


def test_a_retried_event_is_handled_once(slack):
    event = home_opened(MEMBER)
    assert send_event(slack, event, event_id="Ev0RETRY001")[0] == 200
    slack.standin.wait_for("views.publish")
    assert send_event(slack, event, event_id="Ev0RETRY001", retry=1)[0] == 200
    time.sleep(0.5)
    assert len(slack.standin.sent("views.publish")) == 1


# -- shortcut and modal ---------------------------------------------------------


def test_the_shortcut_and_the_modal_give_the_same_review(slack):
    _, _, _, hook = send_command(slack, HARD_SELL)
    by_command = review_of(hook_reply(slack, hook)[0].body)

    # "Review with Coach" on someone's message in the channel.
    hook = slack.standin.hook()
    status, answer, _ = send_interactive(slack, message_action(HARD_SELL, user=MEMBER, channel=CHANNEL,
                                                               response_url=hook))
    assert (status, answer) == (200, "")
    shortcut_reply = hook_reply(slack, hook)[0].body
    assert shortcut_reply["response_type"] == "ephemeral"
    by_shortcut = review_of(shortcut_reply)

    # `/review` alone opens the modal; submitting it reviews the draft.
    status, _, _, hook = send_command(slack, "")
    assert status == 200
    view = open_view(slack, DRAFT_VIEW)
    element = view["blocks"][0]["element"]
    assert element["multiline"] is True and element["max_length"] == 3000
    assert view["title"]["text"] == "Relire un brouillon"  # the member's locale is fr-FR
    status, answer, _ = send_interactive(
        slack, view_submission(view, {DRAFT_BLOCK: {DRAFT_INPUT: HARD_SELL}}, user=MEMBER))
    assert (status, answer) == (200, "")  # closes the modal
    by_modal = review_of(hook_reply(slack, hook)[0].body)  # answered where /review was typed

    assert by_command == by_shortcut == by_modal
    assert by_command[1] and by_command[0] < 80


def test_a_blank_modal_stays_open_with_a_hint(slack):
    send_command(slack, "")
    view = open_view(slack, DRAFT_VIEW)
    status, answer, _ = send_interactive(
        slack, view_submission(view, {DRAFT_BLOCK: {DRAFT_INPUT: "   \n "}}, user=MEMBER))
    assert status == 200
    answer = json.loads(answer)
    assert answer["response_action"] == "errors" and DRAFT_BLOCK in answer["errors"]
    time.sleep(0.3)
    assert not slack.standin.replies()  # the modal is still open: nothing else to say
