"""Imports, round 45: a re-import reads and checks less, every answer the same.

- maybe_big_number() is exactly `_BIG_NUMBER.search(text) is not None` (an integer of 19 digits or
  more after "[", ":" or ",", which orjson would read as a float): by hand on each way a text can
  come near a match, and on generated JSON-like texts.
- A window of an export holding such a number is still read as the standard decoder reads it.
- Each message of a DiscordChatExporter file is still counted as what it is (a person's post, a
  bot's message, a system message, a malformed message, one already remembered), and a post is
  recorded with the same member, type, thread and names, whether it is the ordinary kind the
  importer now passes in one step or any other; on a real SQLite file, imported twice.
- Store.known_messages() gives the ids a channel already holds, exactly, whether they are read as
  one range of message ids (import_log.known_in_range) or one by one: ids in order or not, of
  different lengths, a range crowded with other messages, ids that are not ASCII or not text.
"""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.memory import import_log
from bot.memory.importers import ImportReport, discord_export
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.jsonstream import _BIG_NUMBER, JsonStream, maybe_big_number
from bot.memory.store import PostRecord, Store

DIGITS19 = "1234567890123456789"


@pytest.mark.parametrize(("text", "found"), [
    ('{"a": ' + DIGITS19 + "}", True),
    ("[" + DIGITS19 + "]", True),
    ('{"a": 1,' + DIGITS19 + "]", True),
    ('{"a":\n\t -' + DIGITS19 + "}", True),
    ('{"a": ' + DIGITS19 + "0000}", True),  # more than 19 digits
    ('{"a": ' + DIGITS19[:18] + "}", False),  # 18 digits
    ('{"id": "' + DIGITS19 + '"}', False),  # a snowflake as text
    ('{"a": --' + DIGITS19 + "}", False),  # two minus signs
    ('{"a": -' + " " + DIGITS19 + "}", False),  # a space after the minus sign
    ("{\"a\": x" + DIGITS19 + "}", False),
    ('{"url": "https://cdn.example/a-' + DIGITS19 + '"}', False),  # "-" alone before it
    ('{"a": 12345678901234.56789}', False),
    ('{"a": 1é' + DIGITS19 + "}", False),  # a non-ASCII character between
    ("", False),
])
def test_the_cheap_condition_gives_the_regex_answer(text, found):
    assert (_BIG_NUMBER.search(text) is not None) is found
    assert maybe_big_number(text) is found


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("[]{}:, \t\n\r-\"0123456789ae.é😀")), max_size=80))
def test_on_generated_texts_the_answer_is_the_regex_one(text):
    assert maybe_big_number(text) is (_BIG_NUMBER.search(text) is not None)


def test_an_export_with_a_big_number_is_read_as_the_standard_decoder_reads_it():
    messages = [{"id": str(i), "n": i, "content": "x" * 50} for i in range(400)]
    messages[250]["size"] = 98765432109876543210  # past 64 bits
    text = json.dumps({"messages": messages})

    class Handle:
        def __init__(self) -> None:
            self.data = text.encode()

        def read(self, size: int = -1) -> bytes:
            out, self.data = self.data[:size], self.data[size:]
            return out

    stream = JsonStream(Handle())  # type: ignore[arg-type]
    read = [item for key in stream.members() for item in stream.items()]
    assert read == json.loads(text)["messages"]
    assert read[250]["size"] == 98765432109876543210 and isinstance(read[250]["size"], int)


def _message(i: int, **changes) -> dict:
    message = {"id": f"80{i:04d}", "type": "Default", "timestamp": f"2025-05-{1 + i % 27:02d}T09:{i % 60:02d}:00+00:00",
               "content": f"Meetup notes, part {i}", "reference": None,
               "author": {"id": f"70{i % 4}", "name": f"member{i % 4}", "nickname": None, "isBot": False}}
    for key, value in changes.items():
        if value is _DROP:
            del message[key]
        else:
            message[key] = value
    return message


_DROP = object()
_AUTHOR = {"id": "7777", "name": "ana", "nickname": "Ana B", "isBot": False}
# (message, what it is: "post", "bot", "system" or "bad", and for a post: (member, is_reply, thread id, shown name))
CASES = [
    (_message(0), "post", ("700", False, "", "member0")),
    (_message(1, type="Reply", reference={"messageId": "800000"}), "post", ("701", True, "800000", "member1")),
    (_message(2, type=_DROP), "post", ("702", False, "", "member2")),
    (_message(3, reference=_DROP), "post", ("703", False, "", "member3")),
    (_message(4, type="Reply"), "post", ("700", True, "", "member0")),
    (_message(5, author=dict(_AUTHOR)), "post", ("7777", False, "", "Ana B")),
    (_message(6, author={**_AUTHOR, "id": 7777}), "post", ("7777", False, "", "Ana B")),  # a number for an id
    (_message(7, id=8000070), "post", ("703", False, "", "member3")),
    (_message(8, timestamp="2025-05-09T09:08:00Z"), "post", ("700", False, "", "member0")),
    (_message(9, reference={"messageId": 800001}), "post", ("701", False, "800001", "member1")),
    (_message(10, author={**_AUTHOR, "isBot": True}), "bot", None),
    (_message(11, author={**_AUTHOR, "isBot": True}, type="GuildMemberJoin"), "bot", None),
    (_message(12, type="GuildMemberJoin"), "system", None),
    (_message(13, type="ChannelPinnedMessage", author={**_AUTHOR, "id": 5}), "system", None),
    (["not", "a", "message"], "system", None),
    (_message(15, type=3), "bad", None),
    (_message(16, reference="800000"), "bad", None),
    (_message(17, id=""), "bad", None),
    (_message(18, id="9" * 33), "bad", None),
    (_message(19, id=None), "bad", None),
    (_message(20, timestamp="yesterday"), "bad", None),
    (_message(21, timestamp=_DROP), "bad", None),
    (_message(22, author={**_AUTHOR, "isBot": True}, timestamp="soon"), "bad", None),  # malformed before bot
    (_message(23, author="ana"), "bad", None),
    (_message(24, author={**_AUTHOR, "id": ""}), "bad", None),
    (_message(25, author={**_AUTHOR, "id": True}), "bad", None),
    (_message(26, author={"name": "no id"}), "bad", None),
    (_message(27, type="Reply", author={**_AUTHOR, "id": "x" * 33}), "bad", None),
]


class _Kept:
    """A writer that keeps what it is given."""

    def __init__(self) -> None:
        self.records: list[dict] = []

    def add(self, records: list[dict]) -> None:
        self.records.extend(records)


@pytest.mark.parametrize(("message", "what", "post"), CASES)
def test_each_message_is_counted_and_recorded_as_what_it_is(tmp_path, message, what, post):
    store = Store.open(tmp_path / "coach.db")
    report, bad, kept = ImportReport(), discord_export.BadMessages("x.json"), _Kept()
    discord_export._take(store, kept, report, bad, 0, [message], "77", "12", "", "team",  # type: ignore[arg-type]
                         ("Club", "general"))
    counts = {"bot": report.bots, "system": report.system, "bad": bad.count, "post": len(kept.records)}
    assert counts == {key: int(key == what) for key in counts}
    if post is not None:
        (record,) = kept.records
        assert (record["member"], record["is_reply"], record["thread_id"], record["names"][2]) == post
        assert record["message_id"] == str(message["id"]) and record["channel"] == "12"
        assert record["posted_at"] == discord_export._timestamp(message["timestamp"])


def test_a_thread_file_makes_every_post_a_reply_in_its_thread(tmp_path):
    store = Store.open(tmp_path / "coach.db")
    report, kept = ImportReport(), _Kept()
    messages = [case[0] for case in CASES if case[1] == "post"]
    discord_export._take(store, kept, report, discord_export.BadMessages("t.json"), 0, messages, "77", "12", "T9",
                         "team", ("Club", "general"))  # type: ignore[arg-type]
    assert [r["is_reply"] for r in kept.records] == [True] * len(messages)
    assert [r["thread_id"] for r in kept.records] == ["T9"] * len(messages)


def test_an_export_of_every_kind_imported_twice_into_a_file(tmp_path):
    export = tmp_path / "general.json"
    export.write_text(json.dumps({"guild": {"id": "77", "name": "Club"},
                                  "channel": {"id": "12", "type": "GuildTextChat", "name": "general"},
                                  "messages": [case[0] for case in CASES]}), encoding="utf-8")
    wanted = {what: sum(case[1] == what for case in CASES) for what in ("post", "bot", "system", "bad")}
    for run in range(2):
        store = Store.open(tmp_path / "coach.db")
        report = import_discord(store, [export], batch=4)
        assert (report.added, report.skipped) == ((wanted["post"], 0) if run == 0 else (0, wanted["post"]))
        assert (report.bots, report.system, report.bad_messages) == (wanted["bot"], wanted["system"], wanted["bad"])
        rows = store.conn.execute("SELECT p.message_id, m.platform_id, p.thread_id FROM posts p "
                                  "JOIN members m ON m.id = p.member_id ORDER BY p.id").fetchall()
        assert rows == [(str(case[0]["id"]), case[2][0], case[2][2] or None) for case in CASES if case[1] == "post"]
        store.close()


def _remember(store: Store, ids: list, channel: str = "C1") -> None:
    store.log_posts([PostRecord("discord", "W1", channel, "M1", message_id, 1_735_689_600 + n, "hello")
                     for n, message_id in enumerate(ids)])


def _one_by_one(store: Store, ids: list, channel: str = "C1") -> set:
    return {i for i in ids if store.conn.execute(
        "SELECT 1 FROM posts p JOIN channels c ON c.id = p.channel_id WHERE c.platform_id = ? AND p.message_id = ?",
        [channel, i]).fetchone()}


@settings(max_examples=60, deadline=None)
@given(stored=st.sets(st.integers(0, 5000), max_size=60), asked=st.lists(st.integers(0, 5000), max_size=40),
       width=st.sampled_from([0, 4, 19]))
def test_known_messages_are_the_ids_the_channel_holds(tmp_path_factory, stored, asked, width):
    store = Store.open(tmp_path_factory.mktemp("known") / "coach.db")
    _remember(store, [f"{i:0{width}d}" for i in sorted(stored)])
    _remember(store, [f"{i:0{width}d}" for i in range(0, 5000, 7)], channel="C2")  # another channel's
    ids = [f"{i:0{width}d}" for i in asked]
    assert store.known_messages("discord", "W1", "C1", ids) == _one_by_one(store, ids)
    store.close()


@pytest.mark.parametrize(("stored", "asked"), [
    (["100", "101", "102", "103"], ["101", "103", "104"]),
    (["99", "100", "101"], ["99", "101"]),  # lengths differ: "99" sorts after "101"
    (["é1", "é2", "e3"], ["é1", "e3", "é9"]),  # not ASCII
    ([str(n) for n in range(1000, 1400)], ["1000", "1399"]),  # a range crowded with other messages
])
def test_known_messages_by_hand(tmp_path, stored, asked):
    store = Store.open(tmp_path / "coach.db")
    _remember(store, stored)
    assert store.known_messages("discord", "W1", "C1", asked) == set(asked) & set(stored)


def test_the_range_is_read_only_where_it_is_exact_and_cheap(tmp_path):
    store = Store.open(tmp_path / "coach.db")
    _remember(store, [str(n) for n in range(1000, 1400)])
    channel = store.conn.execute("SELECT id FROM channels WHERE platform_id = 'C1'").fetchone()[0]
    assert import_log.known_in_range(store.conn, channel, ["1100", "1101", "5"]) is None  # 400 rows in between
    assert import_log.known_in_range(store.conn, channel, ["1100", "1101", "1120", "11200"]) == \
        {"1100", "1101", "1120"}  # 22 rows between "1100" and "11200"
    assert import_log.known_in_range(store.conn, channel, ["1100", 1101]) is None  # not all text
    assert import_log.known_in_range(store.conn, channel, ["1100", "11é"]) is None
    assert import_log.known_in_range(object(), channel, ["1100", "1101"]) is None  # not SQLite


def test_ids_given_as_numbers_are_still_found(tmp_path):
    store = Store.open(tmp_path / "coach.db")
    _remember(store, [5, 6, 70])
    assert store.known_messages("discord", "W1", "C1", [5, 70, 8]) == {"5", "70"}  # as stored: text


@pytest.mark.parametrize("text", [
    '{"id": "' + DIGITS19 + '", "author": {"id": "' + DIGITS19 + '"}}',  # snowflakes as text
    '{"size": ' + DIGITS19[:18] + "}",
    DIGITS19 + DIGITS19,  # digits from the first character: nothing before them
    DIGITS19 + ", 1,",  # the same, and the text ends with one of the characters that may come before
    '{"url": "https://cdn.example/' + DIGITS19 + '/a.png"}',
])
def test_regex_is_not_asked_where_no_big_number_can_be(monkeypatch, text):
    class Refuse:
        def search(self, text):
            raise AssertionError("RE2 asked")

    monkeypatch.setattr("bot.memory.importers.jsonstream._BIG_NUMBER", Refuse())
    assert maybe_big_number(text) is False
