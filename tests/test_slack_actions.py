"""The Slack adapter's buttons, App Home, observed channels and deliveries, driven as Slack drives
them: signed requests to the real Bolt app, a local stand-in for the Web API (tests/slack_app.py)."""

from __future__ import annotations

import json
import time

import pytest

from adapters.slack import deliver
from adapters.slack.blocks import (
    DISMISS_VIEW,
    DRAFT_BLOCK,
    DRAFT_INPUT,
    DRAFT_VIEW,
    REASON_BLOCK,
    REASON_INPUT,
)
from bot.chat.reply import Image, Item, Reply, Section
from bot.messages import t
from tests.slack_app import (
    ADMIN,
    CHANNEL,
    HARD_SELL,
    MEMBER,
    TRUSTED,
    all_text,
    buttons_of,
    hook_reply,
    memory_store,
    open_view,
    review_id_of,
    review_of,
    send_command,
    send_event,
    send_interactive,
)
from tests.slack_requests import block_actions, channel_message, home_opened, view_submission
from tests.slack_standin import BOT_ID


@pytest.fixture
def store(slack, tmp_path, monkeypatch):
    yield from memory_store(slack, tmp_path, monkeypatch)


def test_a_dismissal_with_its_reason_is_stored(slack, store):
    _, _, _, hook = send_command(slack, HARD_SELL)
    payload = hook_reply(slack, hook)[0].body
    button = next(b for b in buttons_of(payload["blocks"])
                  if b["action_id"] == "coach:dismiss" and "|hard-sell." in b["value"])
    review_id, rule = button["value"].split("|")

    status, _, _ = send_interactive(slack, block_actions("coach:dismiss", button["value"], user=MEMBER,
                                                         channel=CHANNEL, response_url=hook,
                                                         block_id="f1"))
    assert status == 200
    view = open_view(slack, DISMISS_VIEW)
    assert view["blocks"][1]["optional"] is True  # the reason is optional
    finding = next(f for f in slack.coach.drafts.get(review_id).review.findings if f.rule == rule)
    assert finding.message in view["blocks"][0]["text"]["text"]  # which finding, in French
    send_interactive(slack, view_submission(view, {REASON_BLOCK: {REASON_INPUT: "citation d'un client"}},
                                            user=MEMBER))
    slack.standin.wait(lambda calls: len([c for c in calls if c.kind == "hook"]) >= 2)
    rows = store.conn.execute(
        "SELECT d.review_id, d.rule_id, d.reason, w.platform_id, c.platform_id, m.platform_id "
        "FROM dismissals d JOIN workspaces w ON w.id = d.workspace_id "
        "JOIN channels c ON c.id = d.channel_id JOIN members m ON m.id = d.member_id").fetchall()
    assert rows == [(review_id, rule, "citation d'un client", "T0COACH01", CHANNEL, MEMBER)]
    confirmation = slack.standin.sent(kind="hook")[-1].body
    assert confirmation["response_type"] == "ephemeral"  # the core's answer, to Maria only


def test_i_posted_it_logs_the_post_in_the_teams_habits(slack, store):
    _, _, _, hook = send_command(slack, HARD_SELL)
    review_id = review_id_of(hook_reply(slack, hook)[0].body)
    send_interactive(slack, block_actions("coach:posted", review_id, user=MEMBER, channel=CHANNEL,
                                          response_url=hook))
    slack.standin.wait(lambda calls: len([c for c in calls if c.kind == "hook"]) >= 2)
    posts = store.conn.execute("SELECT p.id, p.message_id, p.kind, m.platform_id FROM posts p "
                               "JOIN members m ON m.id = p.member_id").fetchall()
    assert [row[1:] for row in posts] == [(f"coach:{review_id}", "team", MEMBER)]
    (post_id,) = store.conn.execute("SELECT post_id FROM reviews WHERE id = ?", [review_id]).fetchone()
    assert post_id == posts[0][0]
    confirmation = slack.standin.sent(kind="hook")[-1].body
    assert confirmation["response_type"] == "ephemeral" and "/habits" in confirmation["text"]


def test_review_again_opens_the_modal_prefilled(slack):
    _, _, _, hook = send_command(slack, HARD_SELL)
    review_id = review_id_of(hook_reply(slack, hook)[0].body)
    send_interactive(slack, block_actions("coach:review_again", review_id, user=MEMBER, channel=CHANNEL,
                                          response_url=hook))
    view = open_view(slack, DRAFT_VIEW)
    assert view["blocks"][0]["element"]["initial_value"] == HARD_SELL
    assert json.loads(view["private_metadata"])["response_url"] == hook


def test_review_again_on_a_forgotten_draft_says_so(slack):
    hook = slack.standin.hook()
    send_interactive(slack, block_actions("coach:review_again", "0123456789ab", user=MEMBER, channel=CHANNEL,
                                          response_url=hook))
    (reply,) = hook_reply(slack, hook)
    assert reply.body["text"].endswith(t("draft.forgotten", "fr"))
    assert not slack.standin.sent("views.open")


# -- App Home -------------------------------------------------------------------


def test_app_home_shows_the_members_recent_reviews(slack):
    _, _, _, hook = send_command(slack, HARD_SELL, user=ADMIN)
    score, _ = review_of(hook_reply(slack, hook)[0].body)
    assert send_event(slack, home_opened(ADMIN))[0] == 200
    (call,) = slack.standin.wait_for("views.publish")
    view = call.body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert call.body["user_id"] == ADMIN and view["type"] == "home"
    text = json.dumps(view, ensure_ascii=False)
    assert f"*{score}/100*" in text and "Achetez maintenant" in text
    assert "Your recent reviews" in text  # Sam's locale is en-US
    assert len(view["blocks"]) <= 100


def test_the_home_button_opens_a_modal_and_the_review_arrives_by_dm(slack):
    """From the Home tab there is no channel and no response_url: the review
    comes as a direct message from Coach."""
    payload = block_actions("coach:new_review", "", user=MEMBER, channel="", response_url="",
                            block_id="coach_home")
    payload.pop("channel"), payload.pop("response_url")
    payload["container"] = {"type": "view", "view_id": "V0HOME0001"}
    send_interactive(slack, payload)
    view = open_view(slack, DRAFT_VIEW)
    send_interactive(slack, view_submission(view, {DRAFT_BLOCK: {DRAFT_INPUT: HARD_SELL}}, user=MEMBER))
    (dm,) = slack.standin.wait_for("chat.postMessage")
    assert dm.body["channel"] == "D" + MEMBER[1:]
    assert review_of(dm.body)[1]


# -- observed channels and admin rights ------------------------------------------


def observed_posts(store) -> list[tuple]:
    return store.conn.execute("SELECT c.platform_id, p.message_id, p.kind, m.platform_id FROM posts p "
                              "JOIN channels c ON c.id = p.channel_id JOIN members m ON m.id = p.member_id "
                              "ORDER BY p.id").fetchall()


def test_messages_in_an_observed_channel_are_logged_and_never_answered(slack, store):
    _, _, _, hook = send_command(slack, "observe on", command="/coach", user=ADMIN, channel="C0OBSERVE1")
    (turned_on,) = hook_reply(slack, hook)
    assert turned_on.body["response_type"] == "ephemeral"
    assert store.is_observed("slack", "T0COACH01", "C0OBSERVE1")
    slack.standin.clear()

    event = channel_message("Nouveau guide : 5 idées pour vos posts &amp; <https://example.com|le lien>",
                            user=MEMBER, channel="C0OBSERVE1")
    assert send_event(slack, event)[0] == 200
    # Not posts: a bot's message, an edit, a reply in a thread; and a channel nobody opted in.
    send_event(slack, channel_message("Bot says hi", user="U0OTHERBOT", channel="C0OBSERVE1", bot_id="B0OTHER01"))
    send_event(slack, {**channel_message("edited", user=MEMBER, channel="C0OBSERVE1"),
                       "subtype": "message_changed"})
    send_event(slack, channel_message("a reply", user=MEMBER, channel="C0OBSERVE1", thread_ts="1700000000.000100"))
    send_event(slack, channel_message("Elsewhere", user=MEMBER, channel="C0NOTOBSRV"))
    deadline = time.monotonic() + 5
    while not observed_posts(store) and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.3)
    assert observed_posts(store) == [("C0OBSERVE1", f"C0OBSERVE1:{event['ts']}", "community", MEMBER)]
    (text,) = store.conn.execute("SELECT text FROM posts").fetchone()
    assert text == "Nouveau guide : 5 idées pour vos posts & https://example.com"
    assert not slack.standin.replies()  # Coach never answers in a channel it observes


def test_coachs_own_messages_are_ignored(slack, store):
    store.set_observed("slack", "T0COACH01", "C0OBSERVE1", True)
    send_event(slack, channel_message("Coach's nudge", user="U0COACHBOT", channel="C0OBSERVE1", bot_id=BOT_ID))
    time.sleep(0.3)
    assert not observed_posts(store)


def test_observing_a_channel_is_for_admins_only(slack, store):
    _, _, _, hook = send_command(slack, "observe on", command="/coach", user=MEMBER)
    (refusal,) = hook_reply(slack, hook)
    assert refusal.body["text"].endswith(t("refused.admin", "fr"))  # polite, in Maria's language
    assert not store.is_observed("slack", "T0COACH01", CHANNEL)

    for who, channel in ((ADMIN, CHANNEL), (TRUSTED, "C0TRUSTED1")):  # a Slack admin; an id in COACH_ADMIN_IDS
        _, _, _, hook = send_command(slack, "observe on", command="/coach", user=who, channel=channel)
        (answer,) = hook_reply(slack, hook)
        assert t("refused.admin", "en") not in answer.body["text"]
        assert store.is_observed("slack", "T0COACH01", channel)


def test_coach_subcommands_route_to_the_core(slack):
    _, _, _, hook = send_command(slack, "", command="/coach", user=ADMIN)
    (reply,) = hook_reply(slack, hook)
    assert reply.body["text"].startswith(t("help.title", "en"))
    shown = json.dumps(reply.body["blocks"])
    assert "/coach settings [nudge_channel=ID]" in shown and "[channel:#channel]" not in shown  # a command line
    _, _, _, hook = send_command(slack, "frobnicate now", command="/coach", user=ADMIN)
    (reply,) = hook_reply(slack, hook)
    assert "frobnicate" in reply.body["text"]  # the core's polite "unknown command"


# -- images and nudges -------------------------------------------------------------

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def test_habits_chart_goes_to_the_members_dm(slack, store):
    _, _, _, hook = send_command(slack, HARD_SELL, user=ADMIN)  # one review: something to chart
    hook_reply(slack, hook)
    slack.standin.clear()
    _, _, _, hook = send_command(slack, "", command="/habits", user=ADMIN)
    (reply,) = hook_reply(slack, hook, timeout=15)
    assert reply.body["response_type"] == "ephemeral"
    assert "direct messages" in all_text(reply.body)
    (complete,) = slack.standin.wait_for("files.completeUploadExternal", timeout=15)
    assert complete.body["channel_id"] == "D" + ADMIN[1:]
    (upload,) = slack.standin.sent(kind="upload")
    assert upload.raw.startswith(b"\x89PNG")
    (url,) = slack.standin.sent("files.getUploadURLExternal")
    assert (url.body["filename"], int(url.body["length"])) == ("habits.png", len(upload.raw))


def test_deliver_posts_a_public_reply_and_its_image(slack):
    reply = Reply(title="Weekly nudge", summary="Time to plan next week's posts.", visibility="public",
                  sections=(Section(title="Ideas", items=(Item(title="Share a customer story"),)),),
                  image=Image("week.png", PNG, alt="This week"))
    result = deliver(slack.app.client, "C0NUDGES01", reply)
    (message,) = slack.standin.sent("chat.postMessage")
    assert message.body["channel"] == "C0NUDGES01"
    assert message.body["blocks"][0]["text"]["text"] == "Weekly nudge"
    assert "Share a customer story" in all_text(message.body)
    (complete,) = slack.standin.sent("files.completeUploadExternal")
    assert complete.body["channel_id"] == "C0NUDGES01"
    assert json.loads(complete.body["files"])[0]["title"] == "This week"
    assert result["ts"] and result["files"] == [json.loads(complete.body["files"])[0]["id"]]
    assert slack.standin.sent(kind="upload")[0].raw == PNG


def test_deliver_raises_when_the_channel_refuses(slack):
    from slack_sdk.errors import SlackApiError

    slack.standin.failing["chat.postMessage"] = "not_in_channel"
    with pytest.raises(SlackApiError):
        deliver(slack.app.client, "C0ELSEWHERE", Reply(title="Nudge", visibility="public"))


def test_rate_limited_web_api_calls_are_retried(slack):
    slack.standin.rate_limited["chat.postMessage"] = 1  # one 429 with Retry-After: 0, then OK
    deliver(slack.app.client, "C0NUDGES01", Reply(title="Nudge", visibility="public"))
    assert len(slack.standin.sent("chat.postMessage")) == 2


def test_ephemeral_falls_back_to_post_ephemeral_then_dm(slack):
    from adapters.slack.delivery import send

    reply = Reply(title="Coach", summary="Hello")
    assert send(slack.app.client, reply, user=MEMBER, channel=CHANNEL) == "ephemeral"
    assert slack.standin.sent("chat.postEphemeral")[0].body["user"] == MEMBER
    slack.standin.failing["chat.postEphemeral"] = "channel_not_found"
    assert send(slack.app.client, reply, user=MEMBER, channel="C0PRIVATE1") == "dm"
    assert slack.standin.sent("chat.postMessage")[0].body["channel"] == "D" + MEMBER[1:]
