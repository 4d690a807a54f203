"""Many teams on one PostgreSQL, for `make bench` (also alone: `python -m bench.postgres`).

A throwaway PostgreSQL server is started as the tests start theirs (tests/postgres.py: a Unix
socket in a private folder, stopped at the end). Unlike the tests' server it keeps fsync and
synchronous_commit on: these are the figures of a durable database, as SQLite's are.

1. Reviews per second with team memory and logging on (every review logged in the database,
   Python's logging at INFO to a file): one process on SQLite, then one, two and four Coach
   processes on one PostgreSQL (and two and four on one SQLite file, for comparison).
2. Racing tickers: four processes tick through a nudge window for many channels over several
   weeks; every channel-week must get exactly one nudge.
3. Near-duplicate lookups (MinHash bands) and community relevance (the community's words)
   on the same posts in both databases: p50 / p99.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REVIEW_SECONDS = 8.0
DRAFTS = [
    "Buy now!!! Limited offer, last chance to get 50% off our premium plan",
    "We just published our guide to planning a content calendar: three lessons from last year's launches.",
    "Quick question for the community: what tool do you use to schedule your posts?",
    "Nouveau : notre guide gratuit pour préparer votre calendrier éditorial, avec les erreurs à éviter.",
    "Achetez maintenant ! Offre limitée, dernière chance !!!",
    "Thanks to everyone who came to the meetup yesterday: the slides and the replay are in the thread.",
    "Follow us and like this post to win a free subscription!!!",
    "Behind the scenes of our newsletter: how we pick the stories, and why we credit every source.",
]
N_POSTS = 20_000
N_CHANNELS = 200
N_WEEKS = 2


# -- the server -----------------------------------------------------------------------

def start_server():
    """A durable throwaway server (tests/postgres.py's, fsync on)."""
    from tests import postgres

    postgres.SERVER_OPTIONS = "-c listen_addresses='' -c max_connections=200"
    return postgres.start_server()


def new_database(server, name: str) -> str:
    import psycopg

    with psycopg.connect(server.url(), autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


# -- 1. reviews per second ------------------------------------------------------------

def review_child(where: str, seconds: float, start_at: float, log_file: str, worker: int) -> dict:
    """One Coach process: warm, wait for the common start, review for `seconds`, count."""
    import logging

    from bot.app import build_coach
    from bot.chat.context import Context
    from bot.memory.store import Store

    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s")
    log = logging.getLogger("coach.bench")
    coach = build_coach(store=Store.open(where))
    contexts = [Context(platform="slack", workspace=f"T{worker}-{team}", channel=f"C{team % 3}", user=f"U{team}",
                        locale="en-US") for team in range(20)]
    for i in range(10):  # lexicons, language model, compiled rules: loaded before the clock starts
        coach.review(DRAFTS[i % len(DRAFTS)], contexts[i % len(contexts)])
    while time.time() < start_at:
        time.sleep(0.005)
    done, end = 0, start_at + seconds
    while time.time() < end:
        result, review_id = coach.review(DRAFTS[done % len(DRAFTS)], contexts[done % len(contexts)])
        log.info("review %s score %s", review_id, result.score)
        done += 1
    coach.store.close()
    return {"reviews": done}


def reviews_per_second(where: str, processes: int, folder: Path) -> float:
    start_at = time.time() + 12.0 + 3.0 * processes  # every process warm by then
    children = [subprocess.Popen(
        [sys.executable, "-m", "bench.postgres", "review-child", where, str(REVIEW_SECONDS), repr(start_at),
         str(folder / f"coach-{processes}-{i}.log"), str(i)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in range(processes)]
    total = 0
    for child in children:
        out, err = child.communicate(timeout=300)
        if child.returncode != 0:
            raise RuntimeError(f"a review process failed: {err[-2000:]}")
        total += json.loads(out.strip().splitlines()[-1])["reviews"]
    return total / REVIEW_SECONDS


def bench_reviews(server, folder: Path) -> list[str]:
    from bot.memory.store import Store

    rows = []
    for processes in (1, 2, 4):
        lite = str(folder / f"reviews-{processes}.db")
        pg = new_database(server, f"reviews_{processes}")
        Store.open(lite).close()
        Store.open(pg).close()
        rows.append((processes, reviews_per_second(lite, processes, folder), reviews_per_second(pg, processes, folder)))
    base = rows[0][1]
    lines = [f"reviews/s with team memory and logging on ({os.cpu_count()} cores, {REVIEW_SECONDS:.0f} s each), "
             "SQLite file | PostgreSQL:"]
    for processes, lite, pg in rows:
        lines.append(f"  {processes} process{'es' if processes > 1 else ''}: {lite:,.0f} | {pg:,.0f} "
                     f"(PostgreSQL = {pg / base:.2f}x one process on SQLite)")
    return lines


# -- 2. racing tickers ----------------------------------------------------------------

def ticker_child(where: str, start: str, weeks: int, sends_file: str, name: str, go_file: str) -> None:
    from bot.app import build_coach
    from bot.memory.store import Store
    from bot.nudges.sending import tick

    coach = build_coach(store=Store.open(where))
    Path(go_file + f".{name}.ready").touch()
    while not Path(go_file).exists():
        time.sleep(0.002)
    first = datetime.fromisoformat(start)
    for week in range(weeks):
        monday = first + timedelta(days=7 * week)
        for minute in range(0, 10, 2):  # each ticker ticks every two minutes through the window
            now = monday + timedelta(minutes=minute)

            def sent(schedule, reply, now=now) -> str:
                with open(sends_file, "a") as out:
                    out.write(f"{name} {schedule.channel} {now.isocalendar().week}\n")
                return f"{name}-{schedule.channel}"

            tick(coach, "slack", sent, now, owner=name)
    coach.store.close()


def bench_tickers(server, folder: Path) -> list[str]:
    from bot.memory.store import Store
    from bot.nudges.schedule import Schedule

    where = new_database(server, "tickers")
    monday = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    store = Store.open(where)
    for i in range(N_CHANNELS):
        store.nudges.save_schedule(Schedule("slack", f"T{i % 20}", f"C{i:03d}", 0, monday.time(), "UTC", "en"),
                                   monday - timedelta(days=30))
    store.close()
    sends, go = folder / "sends.txt", folder / "go"
    started = time.perf_counter()
    children = [subprocess.Popen(
        [sys.executable, "-m", "bench.postgres", "ticker-child", where, monday.isoformat(), str(N_WEEKS), str(sends),
         f"ticker-{i}", str(go)], cwd=ROOT, stderr=subprocess.PIPE, text=True) for i in range(4)]
    while not all(Path(f"{go}.ticker-{i}.ready").exists() or c.poll() is not None for i, c in enumerate(children)):
        time.sleep(0.01)
    go.touch()
    for child in children:
        _, err = child.communicate(timeout=600)
        if child.returncode != 0:
            raise RuntimeError(f"a ticker failed: {err[-2000:]}")
    elapsed = time.perf_counter() - started
    lines = sends.read_text().splitlines() if sends.exists() else []
    per = {}
    for line in lines:
        name, channel, week = line.split()
        per.setdefault((channel, week), []).append(name)
    doubles = sum(len(v) > 1 for v in per.values())
    missing = N_CHANNELS * N_WEEKS - len(per)
    winners = {name for names in per.values() for name in names}
    return [f"racing tickers: 4 processes on one PostgreSQL, {N_CHANNELS} channels x {N_WEEKS} weekly windows, "
            f"5 ticks each per window: {len(lines)} nudges sent for {N_CHANNELS * N_WEEKS} channel-weeks "
            f"({doubles} sent twice, {missing} missed; sent by {len(winners)} different processes) in {elapsed:.1f} s"]


# -- 3. near-duplicates and community relevance ---------------------------------------

def _posts(now: float):
    from bench.synthetic import near_duplicate, post_text  # the same posts as the team-memory bench
    from bot.engine.categories import default_tagger
    from bot.memory.records import record

    rng = random.Random(17)
    tagger = default_tagger()
    texts = [post_text(rng) for _ in range(N_POSTS)]
    out = []
    for i, text in enumerate(texts):
        community = i % 20 == 0
        out.append(record(tagger, text, platform="discord", workspace="1", channel="20" if community else "10",
                          member=str(900 + i % 40), message_id=f"m{i}", posted_at=now - (N_POSTS - i) * 600,
                          kind="community" if community else "team", language="en"))
    drafts = [near_duplicate(rng.choice(texts[-2000:]), rng) for _ in range(100)] + [post_text(rng) for _ in range(100)]
    return out, drafts


def _lookups(store, drafts: list[str], now: float) -> tuple[list[float], list[float], int]:
    from bot.engine.text import Doc
    from bot.memory.history import HistoryView

    ws = store.find_workspace("discord", "1")
    dup_times, overlap_times, found = [], [], 0
    for draft in drafts:
        doc = Doc(draft, "en")
        view = HistoryView(store, ws, None, now)
        started = time.perf_counter()
        found += bool(view.near_duplicates(doc, 30, 0.6))
        dup_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        view.community_overlap(doc, 60)
        overlap_times.append(time.perf_counter() - started)
    return sorted(dup_times), sorted(overlap_times), found


def _p(times: list[float], q: float) -> float:
    return times[min(len(times) - 1, int(len(times) * q))] * 1000


def bench_lookups(server, folder: Path) -> list[str]:
    from bot.memory.store import Store

    now = time.time()
    posts, drafts = _posts(now)
    lines = [f"near-duplicates (MinHash bands, 30 days) and community relevance over {N_POSTS:,} posts "
             "(p50 / p99 ms), SQLite | PostgreSQL:"]
    figures = {}
    for name, where in (("SQLite", str(folder / "lookups.db")), ("PostgreSQL", new_database(server, "lookups"))):
        store = Store.open(where)
        started = time.perf_counter()
        for i in range(0, len(posts), 1000):
            store.log_posts(posts[i : i + 1000])
        logged = time.perf_counter() - started
        _lookups(store, drafts[:10], now)  # warm caches and the pool
        fresh = _lookups(store, drafts, now)  # right after the writes: the planner may have no statistics yet
        store.conn.execute("ANALYZE")  # what autovacuum (PostgreSQL) or a later PRAGMA optimize does
        dup, overlap, found = _lookups(store, drafts, now)
        figures[name] = (logged, dup, overlap, found, fresh)
        store.close()
    (l_log, l_dup, l_ov, l_found, l_fresh), (p_log, p_dup, p_ov, p_found, p_fresh) = (figures["SQLite"],
                                                                                     figures["PostgreSQL"])
    lines += [
        f"  logging the posts: {N_POSTS / l_log:,.0f} | {N_POSTS / p_log:,.0f} posts/s",
        f"  near-duplicates: {_p(l_dup, 0.5):.2f} / {_p(l_dup, 0.99):.2f} | {_p(p_dup, 0.5):.2f} / {_p(p_dup, 0.99):.2f}"
        f" ms; drafts flagged {l_found}/200 | {p_found}/200 (100 are planted near-duplicates)",
        f"  community relevance: {_p(l_ov, 0.5):.2f} / {_p(l_ov, 0.99):.2f} | {_p(p_ov, 0.5):.2f} / "
        f"{_p(p_ov, 0.99):.2f} ms",
        f"  the same right after the writes, before statistics: near-duplicates {_p(l_fresh[0], 0.5):.2f} | "
        f"{_p(p_fresh[0], 0.5):.2f} ms, community relevance {_p(l_fresh[1], 0.5):.2f} | {_p(p_fresh[1], 0.5):.2f} ms"
        " (p50)",
    ]
    return lines


def steps():
    with tempfile.TemporaryDirectory(prefix="coach-bench-pg-") as tmp:
        folder = Path(tmp)
        os.chmod(folder, 0o755)
        server = start_server()
        try:
            yield from bench_lookups(server, folder)
            yield from bench_tickers(server, folder)
            yield from bench_reviews(server, folder)
        finally:
            server.stop()


def run() -> list[str]:
    return list(steps())


if __name__ == "__main__":
    if sys.argv[1:2] == ["review-child"]:
        print(json.dumps(review_child(sys.argv[2], float(sys.argv[3]), float(sys.argv[4]), sys.argv[5],
                                      int(sys.argv[6]))))
    elif sys.argv[1:2] == ["ticker-child"]:
        ticker_child(sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5], sys.argv[6], sys.argv[7])
    else:
        for line in steps():
            print(line, flush=True)
