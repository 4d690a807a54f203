"""Proof that a change to the importers stores the same records: import a fixed set of exports
into a fresh SQLite file, dump every table's rows in a canonical order, and save the dump or
compare it with one saved before the change (on main's code).

    python -m bench.same_records --save /tmp/records-main.json.gz
    python -m bench.same_records --against /tmp/records-main.json.gz      # exit 1 on any difference

The exports: the test fixtures (Discord files with replies, a thread, bots and system messages, and
a Slack export), and a generated DiscordChatExporter export of --messages messages (5,000 by
default) mixing French and English sentences, chat spelling, emoji, links with tracking
parameters, empty posts, replies, a thread, bots, system and malformed messages, a team channel
and an observed community channel. Everything is imported twice (the second time skips all), in
one process (--jobs 1) unless --jobs says otherwise, in batches of --batch.

What is left out of the dump, and only that (_RUN_CLOCK): the clock and process of the run itself,
`imports.started_at`, `finished_at` and `pid`, `workspaces.first_seen_at`, `channels.observed_since`
and `_sqlite_migrations.applied_at`; `imports.path` is kept as the file's name (the folder is a
temporary one). Row ids (posts.id and every post_id) are kept: the same records must also be
written in the same order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

from bench.corpus import EN, FR
from bench.synthetic import WORDS

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
START = 1_735_689_600.0  # 2025-01-01: the generated export's first message
_RUN_CLOCK = {"imports": ("started_at", "finished_at", "pid"), "workspaces": ("first_seen_at",),
              "channels": ("observed_since",), "_sqlite_migrations": ("applied_at",)}  # the run's clock
_CHAT = ["lol", "mdr", "jpp", "tkt", "svp", "pls", "thx", "ok ok", "😂", "🔥🔥", "👍", "merci !!", "top 👌", "?!"]
_LINKS = ["https://acme.example/guide?utm_source=discord&utm_medium=chat", "www.exemple.fr/atelier",
          "HTTPS://Example.com/Promo/", "https://acme.example/shop?ref=abc&id=7", "http://blog.acme.example/post-12"]


def _text(rng: random.Random) -> str:
    """A message: French, English, both, chat, a link, or nothing (an image alone)."""
    roll = rng.random()
    if roll < 0.05:
        return ""
    if roll < 0.12:
        return " ".join(rng.choices(_CHAT, k=rng.randint(1, 3)))
    bank = FR if roll < 0.5 else EN if roll < 0.9 else FR + EN
    parts = rng.sample(bank, rng.randint(1, 3))
    if rng.random() < 0.3:
        parts.insert(rng.randrange(len(parts) + 1), " ".join(rng.choices(WORDS, k=rng.randint(3, 12))))
    if rng.random() < 0.15:
        parts.append(rng.choice(_LINKS))
    if rng.random() < 0.1:
        parts.append(rng.choice(_CHAT))
    if rng.random() < 0.05:
        parts = [p.upper() for p in parts]
    return " ".join(parts)


def _author(i: int, bot: bool = False) -> dict:
    return {"id": str(7000 + i), "name": f"person{i}", "discriminator": "0000",
            "nickname": None if i % 3 else f"Person {i}", "isBot": bot, "roles": [], "avatarUrl": ""}


def _message(rng: random.Random, channel_id: str, n: int, at: float, previous: list[str]) -> dict:
    """One message as DiscordChatExporter writes it; a few are bots, system events, replies or malformed."""
    roll = rng.random()
    kind = "Default"
    author = _author(rng.randrange(25))
    if roll < 0.03:
        author = _author(90, bot=True)
    elif roll < 0.06:
        kind = rng.choice(["GuildMemberJoin", "ChannelPinnedMessage", "ThreadCreated"])
    elif roll < 0.16 and previous:
        kind = "Reply"
    stamp = f"2025-{1 + int(at // 2_592_000) % 12:02d}-{1 + int(at // 86_400) % 28:02d}T" \
            f"{int(at // 3600) % 24:02d}:{int(at // 60) % 60:02d}:{int(at) % 60:02d}.{n % 1000:03d}+00:00"
    message = {"id": f"{channel_id}{n:07d}", "type": kind, "timestamp": stamp, "timestampEdited": None,
               "isPinned": False, "content": _text(rng), "author": author, "attachments": [], "embeds": [],
               "reactions": [], "mentions": []}
    if kind == "Reply":
        message["reference"] = {"messageId": rng.choice(previous[-50:]), "channelId": channel_id, "guildId": "55"}
    if rng.random() < 0.004:
        message["timestamp"] = "yesterday"  # malformed: counted and skipped
    if rng.random() < 0.003:
        message["id"] = previous[-1] if previous else message["id"]  # the same id twice: the first is kept
    return message


def write_export(path: Path, channel: dict, count: int, seed: int) -> None:
    rng = random.Random(seed)
    previous: list[str] = []
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"guild": {"id": "55", "name": "Atelier & Co", "iconUrl": ""}, "channel": channel})[:-1])
        out.write(', "messages": [\n')
        for n in range(count):
            message = _message(rng, channel["id"], n, START + n * 613.0, previous)
            previous.append(message["id"])
            out.write(("," if n else "") + json.dumps(message, ensure_ascii=rng.random() < 0.5) + "\n")
        out.write(f'], "messageCount": {count}}}')


def exports(folder: Path, messages: int) -> list[Path]:
    """The generated export: 80 % in a team channel, 12 % in an observed community channel, 8 % in a thread."""
    team, community, thread = folder / "team.json", folder / "community.json", folder / "thread.json"
    write_export(team, {"id": "31", "type": "GuildTextChat", "name": "annonces"}, messages * 80 // 100, 1)
    write_export(community, {"id": "32", "type": "GuildTextChat", "name": "entraide"}, messages * 12 // 100, 2)
    write_export(thread, {"id": "33", "type": "GuildPublicThread", "categoryId": "31", "category": "annonces",
                          "name": "questions"}, messages - messages * 92 // 100, 3)
    return [team, community, thread]


def import_all(db: Path, folder: Path, messages: int, jobs: int, batch: int) -> list[dict]:
    """Every export imported twice into a fresh store; the reports, in order."""
    from bot.memory.importers.discord_export import import_discord
    from bot.memory.importers.slack_export import import_slack
    from bot.memory.store import Store

    files = exports(folder, messages)
    store = Store.open(db)
    reports = []
    try:
        for _ in range(2):
            reports.append(vars(import_discord(store, [*sorted((FIXTURES / "discord").glob("*.json")), *files],
                                               observe=("entraide", "general"), jobs=jobs, batch=batch)))
            reports.append(vars(import_slack(store, FIXTURES / "slack_export", workspace="T1",
                                             observe=("general",), jobs=jobs, batch=batch)))
    finally:
        store.close()
    return [{k: v for k, v in report.items() if k != "malformed"} | {"malformed": len(report["malformed"])}
            for report in reports]


def dump(db: Path) -> dict[str, list[list]]:
    """Every table's rows (but the run's own clock), each sorted by all its columns."""
    conn = sqlite3.connect(db)
    try:
        tables = [row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        found = {}
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")
                       if row[1] not in _RUN_CLOCK.get(table, ())]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            if table == "imports":
                at = columns.index("path")
                rows = [(*row[:at], Path(row[at]).name, *row[at + 1:]) for row in rows]
            found[table] = [columns, *sorted((list(_plain(v) for v in row) for row in rows), key=repr)]
        return found
    finally:
        conn.close()


def _plain(value: object) -> object:
    return value.hex() if isinstance(value, bytes) else value


def differences(saved: dict, now: dict, shown: int = 10) -> list[str]:
    """What differs, table by table (a row is a difference each side it is missing from)."""
    lines = []
    for table in sorted(set(saved) | set(now)):
        before, after = saved.get(table, [[]]), now.get(table, [[]])
        if before[0] != after[0]:
            lines.append(f"{table}: columns {before[0]} -> {after[0]}")
            continue
        old = {json.dumps(row) for row in before[1:]}
        new = {json.dumps(row) for row in after[1:]}
        gone, added = sorted(old - new), sorted(new - old)
        if len(before) != len(after) or gone or added:
            lines.append(f"{table}: {len(before) - 1} -> {len(after) - 1} rows, {len(gone)} missing, {len(added)} new")
            lines += [f"  - {row}" for row in gone[:shown]] + [f"  + {row}" for row in added[:shown]]
    return lines


def run(messages: int, jobs: int, batch: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="coach-same-records-") as tmp:
        folder = Path(tmp)
        reports = import_all(folder / "memory.db", folder, messages, jobs, batch)
        return {"messages": messages, "reports": reports, "tables": dump(folder / "memory.db")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--save", type=Path, help="write the dump here (gzipped JSON)")
    which.add_argument("--against", type=Path, help="compare with a saved dump; exit 1 on a difference")
    parser.add_argument("--messages", type=int, default=5_000, help="messages in the generated export")
    parser.add_argument("--jobs", type=int, default=1, help="tagging processes (bot.memory.importers.pool)")
    parser.add_argument("--batch", type=int, default=None, help="messages per write (default: the importers')")
    args = parser.parse_args(argv)
    from bot.memory.importers import BATCH

    found = run(args.messages, args.jobs, args.batch or BATCH)
    rows = sum(len(rows) - 1 for rows in found["tables"].values())
    if args.save:
        with gzip.open(args.save, "wt", encoding="utf-8") as out:
            json.dump(found, out)
        print(f"saved {rows:,} rows of {len(found['tables'])} tables ({found['reports'][0]['added']:,} posts "
              f"added, then {found['reports'][2]['skipped']:,} skipped on re-import) to {args.save}")
        return 0
    with gzip.open(args.against, "rt", encoding="utf-8") as handle:
        saved = json.load(handle)
    lines = differences(saved["tables"], found["tables"])
    if saved["reports"] != found["reports"]:
        lines.insert(0, f"reports differ: {saved['reports']} -> {found['reports']}")
    if saved["messages"] != found["messages"]:
        lines.insert(0, f"the saved dump is of {saved['messages']} messages, not {found['messages']}")
    print("\n".join(lines) if lines else f"same records: 0 differences in {rows:,} rows of {len(found['tables'])} tables")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
