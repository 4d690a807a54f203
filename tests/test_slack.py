"""The Slack adapter, driven as Slack drives it: signed HTTP requests to the real
Bolt app served on a local port, payloads shaped as Slack documents them, and
a local stand-in for Slack's Web API and response_urls recording what Coach sent.
No test touches the internet."""

from __future__ import annotations

import json
import re
import threading
import time
from typing import Any

import pytest

from adapters.slack import build_app, deliver, serve_http, serve_in_thread
from adapters.slack.blocks import (
    DISMISS_VIEW,
    DRAFT_BLOCK,
    DRAFT_INPUT,
    DRAFT_VIEW,
    REASON_BLOCK,
    REASON_INPUT,
)
from bot.app import build_coach
from bot.chat.reply import Image, Item, Reply, Section
from bot.config import Config
from bot.messages import t
from tests.slack_standin import (
    BOT_ID,
    BOT_TOKEN,
    SIGNING_SECRET,
    SlackStandIn,
    block_actions,
    channel_message,
    command_body,
    event_body,
    home_opened,
    interactive_body,
    message_action,
    post,
    signed,
    view_submission,
)

HARD_SELL = "Achetez maintenant !!! Offre limitée, dernière chance"
FORM = "application/x-www-form-urlencoded"
MEMBER = "U0MEMBER01"  # French-speaking member, not an admin
ADMIN = "U0ADMIN001"  # a workspace admin according to users.info
TRUSTED = "U0TRUSTED1"  # not a Slack admin, but listed in COACH_ADMIN_IDS
CHANNEL = "C0MARKET01"


@pytest.fixture(scope="module")
def slack():
    standin = SlackStandIn()
    standin.add_user(MEMBER, locale="fr-FR", name="Maria")
    standin.add_user(ADMIN, locale="en-US", admin=True, name="Sam")
    standin.add_user(TRUSTED, locale="en-GB", name="Lee")
    coach = build_coach()
    config = Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET,
                    slack_api_url=standin.api_url, admin_ids=frozenset({TRUSTED}))
    app = build_app(coach, config)
    server = serve_http(app, 0, host="127.0.0.1")
    serve_in_thread(server)

    class Slack:
        pass

    s = Slack()
    s.standin, s.coach, s.app = standin, coach, app
    s.url = f"http://127.0.0.1:{server.server_port}/slack/events"
    yield s
    server.shutdown()
    server.server_close()
    standin.close()


@pytest.fixture(autouse=True)
def fresh(slack):
    slack.standin.clear()
    slack.standin.rate_limited.clear()
    slack.standin.failing.clear()
    yield


def send_command(slack, text: str, command: str = "/review", user: str = MEMBER, channel: str = CHANNEL,
                 **headers: Any) -> tuple[int, str, float, str]:
    hook = slack.standin.hook()
    body = command_body(command, text, user=user, channel=channel, response_url=hook)
    status, answer, seconds = post(slack.url, body, signed(body, FORM, **headers))
    return status, answer, seconds, hook


def send_interactive(slack, payload: dict[str, Any]) -> tuple[int, str, float]:
    body = interactive_body(payload)
    return post(slack.url, body, signed(body, FORM))


def send_event(slack, event: dict[str, Any], event_id: str | None = None, retry: int | None = None):
    body = event_body(event, event_id)
    return post(slack.url, body, signed(body, "application/json", retry=retry))


def buttons_of(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = []
    for block in blocks:
        if block.get("accessory", {}).get("type") == "button":
            found.append(block["accessory"])
        if block["type"] == "actions":
            found.extend(block["elements"])
    return found


def review_of(payload: dict[str, Any]) -> tuple[int, list[str]]:
    """(score, rule ids) as Slack would show them: from the header and the
    "Not for this post" buttons of the reply."""
    blocks = payload["blocks"]
    score = int(re.search(r"(\d+)/100", blocks[0]["text"]["text"]).group(1))
    rules = sorted({b["value"].split("|")[1] for b in buttons_of(blocks) if b["action_id"] == "coach:dismiss"})
    return score, rules


def all_text(payload: dict[str, Any]) -> str:
    return json.dumps(payload["blocks"], ensure_ascii=False)


def hook_reply(slack, hook: str, timeout: float = 5.0):
    name = hook.rsplit("/", 1)[-1]
    slack.standin.wait(lambda calls: any(c.kind == "hook" and c.method == name for c in calls), timeout)
    return [c for c in slack.standin.sent(kind="hook") if c.method == name]


def open_view(slack, callback_id: str) -> dict[str, Any]:
    slack.standin.wait(lambda calls: any(c.method == "views.open" for c in calls))
    view = slack.standin.sent("views.open")[-1].body["view"]
    view = json.loads(view) if isinstance(view, str) else view
    assert view["callback_id"] == callback_id
    return view


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
    recent = slack.coach.drafts.get(reply.body["blocks"] and _review_id(reply.body))
    assert recent.draft == "Achetez maintenant & profitez de https://example.com"


def _review_id(payload: dict[str, Any]) -> str:
    return next(b["value"] for b in buttons_of(payload["blocks"]) if b["action_id"] == "coach:posted")


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


# -- buttons --------------------------------------------------------------------


@pytest.fixture
def store(slack, tmp_path, monkeypatch):
    """Team memory's real SQLite store behind the Slack app's Coach."""
    from bot.memory.store import Store

    store = Store(tmp_path / "coach.db")
    monkeypatch.setattr(slack.coach, "store", store)
    yield store
    store.close()


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
    review_id = _review_id(hook_reply(slack, hook)[0].body)
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
    review_id = _review_id(hook_reply(slack, hook)[0].body)
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
