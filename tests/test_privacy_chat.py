"""A member sees what Coach keeps about them and deletes it from the chat, without an admin."""

from __future__ import annotations

from bot.app import build_coach
from bot.chat.context import Context
from bot.memory.store import Store

MARIA = Context(platform="slack", workspace="T1", channel="C1", user="U-MARIA", locale="en")
SAM = Context(platform="slack", workspace="T1", channel="C1", user="U-SAM", locale="en")


def test_forget_shows_then_deletes_only_the_members_own_rows(memory_at):
    store = Store(memory_at)
    coach = build_coach(store=store)
    for ctx, text in ((MARIA, "Our free guide to newsletters, for you."), (SAM, "Sign up for our webinar today.")):
        _, review_id = coach.review(text, ctx)
        coach.act("posted", review_id, ctx)
    _, maria_review = coach.review("Buy now, limited offer!", MARIA)
    coach.act("dismiss", f"{maria_review}|hard-sell.urgency", MARIA, "it's a real deadline")

    summary = coach.command("coach", "forget", MARIA)
    assert "1 post, 2 reviews" in summary.summary and "and 1 dismissal." in summary.summary
    assert "/coach forget confirm" in summary.summary
    assert store.conn.execute("SELECT COUNT(*) FROM reviews").fetchone()[0] == 3  # nothing deleted yet

    done = coach.command("forget", "confirm", MARIA)
    assert "deleted" in done.summary
    members = "SELECT id FROM members WHERE platform_id = ?"
    for table in ("posts", "reviews", "dismissals", "daily_activity"):
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE member_id IN ({members})", ["U-MARIA"]).fetchone()[0] == 0
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table} WHERE member_id IN ({members})", ["U-SAM"]).fetchone()[0] > 0 \
            or table == "dismissals"
    assert coach.drafts.get(maria_review) is None  # the draft in memory is gone too
    assert "nothing" in coach.command("forget", "", MARIA).summary


def test_forget_without_a_store_is_polite():
    coach = build_coach()
    _, review_id = coach.review("Buy now, limited offer!", MARIA)
    assert "nothing" in coach.command("forget", "", MARIA).summary
    assert "deleted" in coach.command("forget", "confirm", MARIA).summary
    assert coach.drafts.get(review_id) is None


def test_a_forget_in_another_process_reaches_the_running_bots_drafts(memory_at):
    """`coach forget --user` runs in its own process, with its own Store: the bot's buttons must
    not bring the forgotten member's drafts back (the review row is gone, so the draft goes)."""
    coach = build_coach(store=Store(memory_at))
    _, maria_review = coach.review("Buy now, limited offer!", MARIA)
    _, sam_review = coach.review("Our free guide to newsletters, for you.", SAM)
    assert coach.drafts.owned(maria_review, MARIA) is not None

    elsewhere = Store(memory_at)  # what the command line opens
    elsewhere.forget_user("U-MARIA")

    assert coach.drafts.owned(maria_review, MARIA) is None
    reply = coach.act("posted", maria_review, MARIA)
    assert "Buy now" not in reply.summary
    assert coach.store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 0  # nothing logged for her
    assert coach.drafts.owned(sam_review, SAM) is not None  # the others' drafts stay


def test_a_draft_whose_review_could_not_be_logged_keeps_its_buttons(tmp_path):
    coach = build_coach(store=Store(str(tmp_path / "coach.db")))
    result, _ = coach.review("Buy now, limited offer!", MARIA)
    unlogged = coach.drafts.put("Buy now, limited offer!", result, MARIA)  # as after a database error while logging
    assert not coach.store.has_review(unlogged)
    assert coach.drafts.owned(unlogged, MARIA) is not None
