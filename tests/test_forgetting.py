"""Forgetting is real, and nobody's data goes to someone else: ids are never reused,
caches never outlive a forget, no write is swallowed, deleted bytes leave the file,
and a button only ever acts on its own member's review."""

from __future__ import annotations

from pathlib import Path

from bot.app import build_coach
from bot.chat.context import Context
from bot.memory.store import Store
from bot.messages import t
from tests.memory_helpers import assert_consistent, open_store, post

SECRET = "Zorglubesque"  # a word no draft, rule or fixture uses


def member_of_review(store: Store, review_id: str) -> str | None:
    row = store.conn.execute("SELECT m.platform_id FROM reviews r LEFT JOIN members m ON m.id = r.member_id "
                             "WHERE r.id = ?", [review_id]).fetchone()
    return row[0] if row else None


def test_a_forgotten_members_id_is_never_given_to_someone_else(memory_at):
    bot = build_coach(store=open_store(memory_at))  # the running bot: caches member ids
    cli = open_store(memory_at)  # `coach forget` in another process
    alice = Context(platform="slack", workspace="T1", channel="C1", user="UALICE")
    bob = Context(platform="slack", workspace="T1", channel="C1", user="UBOB")
    bot.review("A first draft about our guide.", alice)
    bot.review("A first draft about our checklist.", bob)  # bob has the highest member id
    bob_id = bot.store.conn.execute("SELECT id FROM members WHERE platform_id = 'UBOB'").fetchone()[0]

    cli.forget_user("UBOB")
    carol = Context(platform="slack", workspace="T2", channel="C7", user="UCAROL")  # elsewhere, a newcomer
    _, carols = build_coach(store=cli).review("Carol's draft about our webinar.", carol)
    assert cli.conn.execute("SELECT id FROM members WHERE platform_id = 'UCAROL'").fetchone()[0] != bob_id

    _, bobs = bot.review("Bob's next draft about our guide.", bob)  # the bot still had bob's old id cached
    assert member_of_review(bot.store, bobs) == "UBOB"
    assert member_of_review(bot.store, carols) == "UCAROL"
    carol_rows = bot.store.conn.execute("SELECT COUNT(*) FROM reviews r JOIN members m ON m.id = r.member_id "
                                        "WHERE m.platform_id = 'UCAROL'").fetchone()[0]
    assert carol_rows == 1
    assert_consistent(bot.store)


def test_posts_and_dismissals_after_a_forget_elsewhere_land_on_the_right_member(memory_at):
    bot = build_coach(store=open_store(memory_at))
    cli = open_store(memory_at)
    dan = Context(platform="discord", workspace="G1", channel="9", user="42", locale="en-US")
    _, first = bot.review("Buy now, limited offer!", dan)
    cli.forget_user("42")
    cli.log_posts([post("m1", 1_700_000_000, member="someone-else", workspace="G1", channel="9")])
    _, second = bot.review("Buy now, limited offer!", dan)
    assert "Noted as published" in bot.act("posted", second, dan).text()
    assert bot.act("dismiss", f"{second}|hard-sell.urgency", dan, "a real deadline").text()
    rows = bot.store.conn.execute(
        "SELECT 'post', m.platform_id FROM posts p JOIN members m ON m.id = p.member_id WHERE p.message_id = ? "
        "UNION ALL SELECT 'dismissal', m.platform_id FROM dismissals d JOIN members m ON m.id = d.member_id",
        [f"coach:{second}"]).fetchall()
    assert sorted(rows) == [("dismissal", "42"), ("post", "42")]


def test_i_posted_it_without_a_channel_is_recorded(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    home = Context(platform="slack", workspace="T1", channel="", user="U1", locale="en-US")  # App Home modal
    _, review_id = coach.review("Our free guide to planning a budget is out.", home)
    answer = coach.act("posted", review_id, home).text()
    assert "Noted as published" in answer
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 1
    assert "Already noted" in coach.act("posted", review_id, home).text()  # the duplicate, and only it
    assert_consistent(store)


def test_a_post_with_no_channel_is_stored_not_skipped(memory_at):
    store = open_store(memory_at)
    result = store.log_posts([post("m1", 1_700_000_000, channel=""), post("m1", 1_700_000_000, channel="")])
    assert (result.added, result.skipped) == (1, 1)  # the second is the duplicate OR IGNORE was there for
    assert_consistent(store)


def raw_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_after_forget_none_of_the_members_bytes_are_left_in_the_file(tmp_path):
    db = tmp_path / "coach.db"
    store = Store.open(db)
    coach = build_coach(store=store)
    ctx = Context(platform="slack", workspace="T1", channel="C1", user="UZQXJSECRET", user_name="Zelda Quokkaberg")
    store.log_posts([post("w0", 1_700_000_000, member="UOTHER", workspace="T1")])
    ws = store.find_workspace("slack", "T1")
    store.set_setting("store_text", "all", workspace_id=ws)
    _, review_id = coach.review(f"Our {SECRET} checklist: buy now, limited offer!", ctx)
    coach.act("posted", review_id, ctx)
    coach.act("dismiss", f"{review_id}|hard-sell.urgency", ctx, "Quetzalcoatl deadline is real")
    store.log_posts([post(f"m{n}", 1_700_000_000 + n, member="UZQXJSECRET", workspace="T1",
                          text=f"Post {n} about {SECRET} and our webinar") for n in range(50)])
    for needle in (SECRET, "UZQXJSECRET", "Zelda Quokkaberg", "Quetzalcoatl"):
        assert needle.encode() in raw_bytes(db), needle  # the test can see them before

    store.forget_user("UZQXJSECRET")

    left = raw_bytes(db)
    for needle in (SECRET, "UZQXJSECRET", "Zelda Quokkaberg", "Quetzalcoatl"):
        assert needle.encode() not in left, needle
    assert_consistent(store)


def test_forget_takes_a_members_words_out_even_when_no_text_was_kept(memory_at):
    store = open_store(memory_at)
    store.log_posts([post("w0", 1_700_000_000, member="UOTHER", workspace="T1", channel="C1")])
    ws = store.find_workspace("slack", "T1")
    store.set_setting("store_text", "none", workspace_id=ws)
    store.set_observed("slack", "T1", "C1", True)
    coach = build_coach(store=store)
    for n, (user, text) in enumerate([("UDAN", f"The {SECRET} webinar was great"),
                                      ("UDAN", "Our webinar replay please"),
                                      ("UEVE", "The webinar replay is online")]):
        coach.observe(Context(platform="slack", workspace="T1", channel="C1", user=user), text, f"m{n}", 1e9 + n)
    words = dict(store.conn.execute("SELECT word, uses FROM community_words"))
    assert any(w.startswith("zorglub") for w in words)
    assert store.conn.execute("SELECT COUNT(*) FROM posts WHERE kind = 'community' AND text IS NULL").fetchone()[0] == 3
    store.forget_user("UDAN")
    after = dict(store.conn.execute("SELECT word, uses FROM community_words"))
    assert not any(w.startswith("zorglub") for w in after)
    webinar = next(w for w in words if w.startswith("webinar"))
    assert after[webinar] == 1  # Eve's use stays
    assert_consistent(store)


def test_a_button_acts_only_on_its_own_members_review_in_its_own_workspace(memory_at):
    store = open_store(memory_at)
    coach = build_coach(store=store)
    owner = Context(platform="discord", workspace="G1", channel="10", user="1", locale="en-US")
    _, review_id = coach.review("Our secret launch: buy now, limited offer!", owner)
    strangers = [Context(platform="discord", workspace="G2", channel="20", user="2", locale="en-US"),
                 Context(platform="discord", workspace="G2", channel="20", user="1", locale="en-US"),
                 Context(platform="discord", workspace="G1", channel="10", user="3", locale="en-US")]
    for stranger in strangers:
        for name, value in (("posted", review_id), ("review_again", review_id),
                            ("dismiss", f"{review_id}|hard-sell.urgency")):
            answer = coach.act(name, value, stranger).text()
            assert "secret launch" not in answer
            assert answer.startswith(t("draft.forgotten", "en")[:20]) or t("draft.forgotten", "en") in answer
        assert coach.drafts.owned(review_id, stranger) is None
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 0
    assert store.conn.execute("SELECT COUNT(*) FROM dismissals").fetchone()[0] == 0
    assert "Noted as published" in coach.act("posted", review_id, owner).text()


def test_a_dismissal_after_a_restart_is_checked_against_the_stored_review(memory_at):
    store = open_store(memory_at)
    owner = Context(platform="slack", workspace="T1", channel="C1", user="U1", locale="en-US")
    _, review_id = build_coach(store=store).review("Buy now, limited offer!", owner)
    restarted = build_coach(store=store)  # the drafts in memory are gone; the review row is not
    stranger = Context(platform="slack", workspace="T2", channel="C2", user="U9", locale="en-US")
    assert "Thanks, noted" not in restarted.act("dismiss", f"{review_id}|hard-sell.urgency", stranger).text()
    assert "Thanks, noted" in restarted.act("dismiss", f"{review_id}|hard-sell.urgency", owner).text()


def test_a_file_from_before_ids_were_kept_unique_is_rebuilt_with_nothing_lost(tmp_path):
    from sqlite_utils import Database

    from bot.memory.schema import migrations

    path = tmp_path / "old.db"
    db = Database(path)
    migrations.apply(db, stop_before="003_ids_never_reused")
    db.execute("INSERT INTO workspaces (id, platform, platform_id, name) VALUES (1, 'slack', 'T1', 'Acme')")
    db.execute("INSERT INTO channels (id, workspace_id, platform_id, name, observed) VALUES (1, 1, 'C1', 'general', 1)")
    db.execute("INSERT INTO members (id, workspace_id, platform_id, display_name) VALUES (7, 1, 'UDAN', 'Dan')")
    db.execute("INSERT INTO posts (id, workspace_id, channel_id, member_id, message_id, posted_at, kind, text, language) "
               "VALUES (3, 1, 1, 7, 'm1', 1700000000, 'community', 'The zorglubesque webinar replay', 'en')")
    db.execute("INSERT INTO community_words (workspace_id, word, uses, last_used_at) VALUES (1, 'webinar', 1, 1700000000)")
    db.conn.commit()
    db.close()

    store = Store.open(path)
    assert store.conn.execute("SELECT id, member_id FROM posts").fetchall() == [(3, 7)]
    assert "AUTOINCREMENT" in store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'members'").fetchone()[0]
    assert store.conn.execute("SELECT member, text FROM post_log").fetchall() == [("Dan", "The zorglubesque webinar replay")]
    assert store.conn.execute("SELECT COUNT(*) FROM community_member_words WHERE member_id = 7").fetchone()[0] >= 2
    store.forget_user("UDAN")
    store.log_posts([post("m2", 1_700_000_000, member="UEVE", workspace="T1")])
    assert store.conn.execute("SELECT id FROM members").fetchall()[0][0] > 7
    assert store.conn.execute("SELECT COUNT(*) FROM community_words").fetchone()[0] == 0
    assert_consistent(store)
