"""Team-memory figures for `make bench` (also runnable alone: `python -m bench.memory`; the import
figures alone, on N messages: `python -m bench.memory imports N`).

1. Import 100,000 messages from DiscordChatExporter files: messages per second,
   and how much the process grew while importing 20,000 and 100,000 messages,
   side by side (memory must stay flat: the files are streamed, caches are
   bounded). Each import runs in a fresh process, with the lexicons and the
   language model loaded first: their one-off cost is printed apart.
   COACH_BENCH_JOBS=N tags in N worker processes (bot.memory.importers.pool);
   their CPU is counted with the importer's. Each import line says how many processes it
   used; when the main one ran in one process, the same import with 2 tagging workers is
   printed beside it (with the importing process's own share, which bounds it).
2. The habits report over 1,000,000 logged posts (all inside its 8-week window).
3. The history checks (the five `history` rules) of one draft against 100,000
   past posts: p50 / p99 in milliseconds.
4. Near-duplicates, MinHash LSH (what Coach uses) against SQLite FTS5 on the same
   100,000 posts: lookup time, recall on planted near-duplicates, false alarms,
   index size.
"""

from __future__ import annotations

import gc
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.synthetic import near_duplicate, post_text, write_discord_export

DAY = 86_400
N_IMPORT = 100_000
N_HABITS = 1_000_000


def _rss_now_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def _rss_peak_mb() -> float:
    with open("/proc/self/status") as handle:
        found = re.search(r"VmHWM:\s+(\d+) kB", handle.read())
    return int(found.group(1)) / 1024 if found else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _rss_kinds_mb() -> tuple[float, float]:
    """(anonymous, file-backed) resident memory: a memory-mapped file (the language model's
    cache) is file-backed, and its pages count in RSS only once touched."""
    with open("/proc/self/status") as handle:
        status = handle.read()
    anon, files = (re.search(rf"{key}:\s+(\d+) kB", status) for key in ("RssAnon", "RssFile"))
    return (int(anon.group(1)) / 1024 if anon else 0.0), (int(files.group(1)) / 1024 if files else 0.0)


def _reset_peak() -> bool:
    """Start the peak-RSS count (VmHWM) afresh: Linux, writing 5 to clear_refs."""
    try:
        with open("/proc/self/clear_refs", "w") as handle:
            handle.write("5")
        return True
    except OSError:
        return False


def _export(folder: Path, n: int, now: float) -> list[Path]:
    """n messages: 95% in a team channel over a year, 5% in an observed community channel."""
    rng = random.Random(7)
    n_community = n // 20
    team_file, community_file = folder / "announcements.json", folder / "general.json"
    write_discord_export(team_file, n - n_community, now - 365 * DAY, 365, rng,
                         {"id": "10", "type": "GuildTextChat", "categoryId": None, "category": None,
                          "name": "announcements", "topic": None})
    write_discord_export(community_file, n_community, now - 60 * DAY, 60, rng,
                         {"id": "20", "type": "GuildTextChat", "categoryId": None, "category": None,
                          "name": "general", "topic": None})
    return [team_file, community_file]


def import_child(folder: Path, n: int, now: float) -> dict:
    """One import in this (fresh) process: speed, and how much the process grew while importing."""
    from bot.engine.categories import default_tagger
    from bot.engine.language import warm_up
    from bot.memory.importers.discord_export import import_discord
    from bot.memory.store import Store

    files = _export(folder, n, now)
    size_mb = sum(f.stat().st_size for f in files) / 1e6
    store = Store.open(folder / "import.db")
    gc.collect()
    before_model = _rss_now_mb()
    default_tagger()  # the lexicons and the language model: loaded once per process, before timing
    warm_up()
    gc.collect()
    base, kinds = _rss_now_mb(), _rss_kinds_mb()
    exact = _reset_peak()
    jobs = _jobs()
    started, cpu, workers = time.perf_counter(), time.process_time(), _children_cpu()
    report = import_discord(store, files, observe=("general",), jobs=jobs)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    workers = _children_cpu() - workers  # the tagging workers', once they have exited
    peak = _rss_peak_mb() if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if jobs > 1 else 0.0
    store.close()
    anon, files = _rss_kinds_mb()
    return {"added": report.added, "seconds": elapsed, "cpu": cpu + workers, "worker_cpu": workers, "jobs": jobs,
            "worker_peak_mb": worker_peak, "size_mb": size_mb, "model_mb": base - before_model,
            "peak_grew_mb": peak - base, "end_grew_mb": _rss_now_mb() - base, "exact_peak": exact,
            "anon_grew_mb": anon - kinds[0], "file_grew_mb": files - kinds[1]}


def _jobs() -> int:
    """Tagging processes for the import figures: COACH_BENCH_JOBS (default 1, one process)."""
    from bot.memory.importers.pool import clamp_jobs

    return clamp_jobs(int(os.environ.get("COACH_BENCH_JOBS", "1")))


def _children_cpu() -> float:
    """CPU seconds of the exited child processes (the import's tagging workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run_child(folder: Path, n: int, now: float, jobs: int | None = None) -> dict:
    """import_child() in a fresh process; `jobs` tagging processes (None: COACH_BENCH_JOBS)."""
    folder.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ) if jobs is None else {**os.environ, "COACH_BENCH_JOBS": str(jobs)}
    out = subprocess.run([sys.executable, "-m", "bench.memory", "import-child", str(folder), str(n), repr(now)],
                         check=True, capture_output=True, text=True, cwd=Path(__file__).resolve().parent.parent, env=env)
    return json.loads(out.stdout.strip().splitlines()[-1])


def _processes(run: dict) -> str:
    """How many processes an import used, said for the import lines."""
    if run["jobs"] == 1:
        return "1 process (it reads, tags and writes)"
    return f"{run['jobs'] + 1} processes ({run['jobs']} tagging workers; the importing process reads and writes)"


def _two_workers_line(folder: Path, now: float, n: int, one: dict) -> list[str]:
    """The same import with 2 tagging workers, beside the one-process figure (when the main one
    ran in one process and this machine can fork two workers): the road to more per second."""
    from bot.memory.importers.pool import clamp_jobs

    if one["jobs"] != 1 or clamp_jobs(2) < 2:
        return []
    two = _run_child(folder / "two-workers", n, now, jobs=2)
    own = two["cpu"] - two["worker_cpu"]
    return [f"import, {_processes(two)}: {two['added']:,} messages in {two['seconds']:.1f} s = "
            f"{two['added'] / two['seconds']:,.0f} messages/s (one process: {one['added'] / one['seconds']:,.0f}/s); "
            f"{two['cpu'] / two['added'] * 1e6:.0f} µs of CPU a message in all, the importing process's own "
            f"{own / two['added'] * 1e6:.0f} µs (it bounds the rate when cores are free: {two['added'] / own:,.0f}/s), "
            f"the workers' {two['worker_cpu'] / two['added'] * 1e6:.0f} µs; peak growth {two['peak_grew_mb']:.0f} MB, "
            f"the largest worker peaked at {two['worker_peak_mb']:.0f} MB RSS"]


def bench_import(folder: Path, now: float, sizes: tuple[int, int] = (N_IMPORT // 5, N_IMPORT)
                 ) -> tuple[list[str], object, list[str]]:
    """The import figures: a fresh process imports sizes[0] then sizes[1] messages (memory growth of
    both side by side), then this process imports the larger export again (everything skipped)."""
    from bot.memory.importers.discord_export import import_discord
    from bot.memory.store import Store

    small = _run_child(folder / "small", sizes[0], now)
    big = _run_child(folder, sizes[1], now)
    store = Store.open(folder / "import.db")
    files = [folder / "announcements.json", folder / "general.json"]
    again, again_cpu = time.perf_counter(), time.process_time()
    second = import_discord(store, files)
    again, again_cpu = time.perf_counter() - again, time.process_time() - again_cpu
    texts = [r[0] for r in store.conn.execute("SELECT text FROM posts WHERE kind = 'team' ORDER BY posted_at")]
    how = "peak RSS" if big["exact_peak"] else "peak RSS (since start: includes the model load)"
    lines = [
        f"import, {_processes(big)}: {big['added']:,} messages ({big['size_mb']:.0f} MB of DiscordChatExporter JSON) in "
        f"{big['seconds']:.1f} s = {big['added'] / big['seconds']:,.0f} messages/s; "
        f"{big['added'] / big['cpu']:,.0f} per CPU second, {big['cpu'] / big['added'] * 1e6:.0f} µs of CPU a "
        f"message (target >= 20,000); {small['added']:,} messages: {small['added'] / small['seconds']:,.0f}/s, "
        f"{small['added'] / small['cpu']:,.0f} per CPU second" + (f"; the {big['jobs']} tagging workers' CPU (COACH_BENCH_JOBS) "
        f"{big['worker_cpu']:.1f} s included, the largest peaked at {big['worker_peak_mb']:.0f} MB RSS, pages shared with the importer included"
        if big["jobs"] > 1 else " (COACH_BENCH_JOBS=1)"),
        *_two_workers_line(folder, now, sizes[1], big),
        f"import memory, {how} grew by: {small['peak_grew_mb']:.0f} MB for {small['added']:,} messages | "
        f"{big['peak_grew_mb']:.0f} MB for {big['added']:,} messages (flat: bounded whatever the export's size); "
        f"lexicons + language model, loaded once before: {big['model_mb']:.0f} MB; at the end, anonymous memory grew "
        f"{small['anon_grew_mb']:.0f} | {big['anon_grew_mb']:.0f} MB, file-backed pages (the memory-mapped language "
        f"model as it is read) {small['file_grew_mb']:.0f} | {big['file_grew_mb']:.0f} MB",
        f"import again: {second.added} added, {second.skipped:,} skipped in {again:.1f} s "
        f"= {second.skipped / again:,.0f} messages/s; {second.skipped / again_cpu:,.0f} per CPU second "
        f"(target >= 100,000)",
    ]
    return lines, store, texts


def bench_habits(folder: Path, now: float) -> list[str]:
    from bot.chat.commands.memory import habits_reply
    from bot.memory.habits import summary
    from bot.memory.store import CATEGORIES, Store, day_of

    store = Store.open(folder / "habits.db")
    rng = random.Random(11)
    with store.transaction() as conn:
        conn.execute("INSERT INTO workspaces (platform, platform_id, name) VALUES ('slack', 'T', 'Bench')")
        conn.executemany("INSERT INTO channels (workspace_id, platform_id, name) VALUES (1, ?, ?)",
                         [(f"C{i}", f"channel-{i}") for i in range(5)])
        conn.executemany("INSERT INTO members (workspace_id, platform_id, display_name) VALUES (1, ?, ?)",
                         [(f"U{i}", f"Member {i}") for i in range(50)])

        def rows():
            for i in range(N_HABITS):
                cats = [int(rng.random() < p) for p in (0.35, 0.2, 0.25, 0.05, 0.15)]
                yield (1, 1 + i % 5, 1 + rng.randrange(50), f"m{i}", int(now - rng.random() * 55 * DAY), "team",
                       "bench", *cats)

        conn.executemany(
            "INSERT INTO posts (workspace_id, channel_id, member_id, message_id, posted_at, kind, source, "
            f"{', '.join(CATEGORIES)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows())
        # The rollup log_posts keeps up to date, built in one statement for the bench.
        conn.create_function("day_of", 1, day_of, deterministic=True)
        conn.execute(
            "INSERT INTO daily_activity SELECT workspace_id, channel_id, member_id, kind, day_of(posted_at), COUNT(*), "
            "SUM(give), SUM(ask), SUM(converse), SUM(entertain), SUM(news), SUM(give + ask + converse + entertain + news = 0), "
            "MIN(posted_at), MAX(posted_at) FROM posts GROUP BY workspace_id, kind, day_of(posted_at), channel_id, member_id")
    times, chart_times = [], []
    for _ in range(7):
        started = time.perf_counter()
        habits = summary(store, 1, now=now)
        habits_reply(habits, "en", chart=False)
        times.append(time.perf_counter() - started)
    for _ in range(3):
        started = time.perf_counter()
        habits_reply(habits, "en", chart=True)
        chart_times.append(time.perf_counter() - started)
    assert habits.posts == N_HABITS, habits.posts
    return [f"habits report over {habits.posts:,} posts (all in its 8-week window): "
            f"{statistics.median(times) * 1000:.0f} ms (p50 of 7); with the PNG chart: "
            f"{statistics.median(chart_times) * 1000:.0f} ms"]


def bench_history(store, texts: list[str], now: float) -> list[str]:
    from bot.engine.advice import load_advice
    from bot.engine.checks.base import Scope
    from bot.engine.text import Doc
    from bot.memory.history import HistoryView, view_for

    advice = load_advice()
    history_rules = [c for c in advice.compiled if c.rule.type == "history"]
    rng = random.Random(3)
    recent = texts[-3000:]  # the last ~11 days: inside every rule's window
    drafts = [near_duplicate(rng.choice(recent), rng) for _ in range(100)] + [post_text(rng) for _ in range(100)]
    ctx = type("Ctx", (), {"platform": "discord", "workspace": "1", "channel": "10"})()
    base = view_for(store, ctx, advice, now=now)
    times, flagged = [], 0
    for draft in drafts:
        doc = Doc(draft, "en")
        scope_matches = advice.indexes["en"].scan(doc.tokens)
        started = time.perf_counter()
        view = HistoryView(store, base.workspace_id, base.channel_id, now, base.tagger)
        scope = Scope(doc, scope_matches, {"history": view})
        hits = {c.rule.id: c.run["en"](scope) for c in history_rules}
        times.append(time.perf_counter() - started)
        flagged += bool(hits.get("originality.near-duplicate"))
    times.sort()
    posts = store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0]
    return [f"history checks ({len(history_rules)} rules) of one draft against {posts:,} posts: "
            f"p50 {times[len(times) // 2] * 1000:.2f} ms, p99 {times[int(len(times) * 0.99) - 1] * 1000:.2f} ms; "
            f"{flagged}/100 planted near-duplicates flagged"]


def bench_duplicates(store, texts: list[str], folder: Path) -> list[str]:
    """MinHash LSH (post_minhash_bands) against FTS5 + exact Jaccard, on the same posts."""
    import sqlite3

    from bot.engine.text import Doc
    from bot.memory import minhash
    from bot.memory.postfeatures import shingle_set

    rng = random.Random(5)
    sample = rng.sample(range(len(texts)), 200)
    planted = [(i, near_duplicate(texts[i], rng)) for i in sample]
    novel = [post_text(rng) for _ in range(200)]
    ids = {row[1]: row[0] for row in store.conn.execute("SELECT id, message_id FROM posts WHERE kind = 'team'")}

    def truth(i: int) -> int:
        return ids[f"10{i:07d}"]

    # MinHash: what HistoryView.near_duplicates does, over the whole year.
    first, last = store.conn.execute("SELECT MIN(posted_at), MAX(posted_at) FROM posts").fetchone()
    months = minhash.periods(first, last)

    def minhash_lookup(text: str) -> set[int]:
        sig = minhash.signature(shingle_set(Doc(text, "en")))
        keys = minhash.bands(sig)
        cands = [r[0] for r in store.conn.execute(
            f"SELECT DISTINCT post_id FROM post_minhash_bands WHERE month IN ({', '.join('?' * len(months))}) "
            f"AND band IN ({', '.join('?' * len(keys))}) LIMIT 500", [*months, *keys])]
        rows = store.conn.execute(f"SELECT post_id, signature FROM post_signatures WHERE post_id IN "
                                  f"({', '.join('?' * len(cands))})", cands).fetchall() if cands else []
        return {pid for pid, blob in rows if minhash.similarity(sig, minhash.from_bytes(blob)) >= 0.6}

    fts = sqlite3.connect(folder / "fts.db")
    started = time.perf_counter()
    fts.execute("CREATE VIRTUAL TABLE posts_fts USING fts5(text)")
    fts.executemany("INSERT INTO posts_fts (rowid, text) VALUES (?, ?)",
                    store.conn.execute("SELECT id, text FROM posts WHERE kind = 'team'"))
    fts.commit()
    fts_build = time.perf_counter() - started
    texts_by_id = dict(store.conn.execute("SELECT id, text FROM posts WHERE kind = 'team'"))

    def fts_lookup(text: str) -> set[int]:
        doc = Doc(text, "en")
        terms = sorted({t.text for t in doc.tokens if t.text.isalnum()})
        if not terms:
            return set()
        query = " OR ".join(f'"{t}"' for t in terms)
        rows = fts.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rank LIMIT 20", [query]).fetchall()
        mine = shingle_set(doc)
        return {r[0] for r in rows if minhash.jaccard(mine, shingle_set(Doc(texts_by_id[r[0]], "en"))) >= 0.6}

    lines = []
    for name, lookup in (("MinHash LSH", minhash_lookup), ("FTS5 + Jaccard", fts_lookup)):
        times, found, alarms = [], 0, 0
        for i, text in planted:
            started = time.perf_counter()
            hits = lookup(text)
            times.append(time.perf_counter() - started)
            found += truth(i) in hits
        for text in novel:
            started = time.perf_counter()
            alarms += bool(lookup(text))
            times.append(time.perf_counter() - started)
        times.sort()
        lines.append(f"near-duplicates over the whole year, {name}: p50 {times[len(times) // 2] * 1000:.2f} ms, "
                     f"p99 {times[int(len(times) * 0.99) - 1] * 1000:.2f} ms, recall {found}/{len(planted)}, "
                     f"false alarms {alarms}/{len(novel)}")
    bands = store.conn.execute("SELECT SUM(pgsize) FROM dbstat WHERE name IN ('post_minhash_bands', "
                               "'post_signatures', 'sqlite_autoindex_post_minhash_bands_1', "
                               "'idx_post_minhash_bands_post_id')").fetchone()[0] if _has_dbstat(store) else None
    fts_size = (folder / "fts.db").stat().st_size
    lines.append(f"index size: MinHash bands + signatures {bands / 1e6:.0f} MB (kept without the text); "
                 f"FTS5 {fts_size / 1e6:.0f} MB (needs the text), built in {fts_build:.1f} s"
                 if bands else f"index size: FTS5 {fts_size / 1e6:.0f} MB (needs the text)")
    return lines


def _has_dbstat(store) -> bool:
    try:
        store.conn.execute("SELECT 1 FROM dbstat LIMIT 1").fetchall()
        return True
    except Exception:
        return False


def steps():
    """The figures, one line at a time."""
    now = time.time()
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        folder = Path(tmp)
        lines, store, texts = bench_import(folder, now)
        yield from lines
        yield from bench_history(store, texts, now)
        yield from bench_duplicates(store, texts, folder)
        store.close()
        os.remove(folder / "announcements.json")
        yield from bench_habits(folder, now)


def run() -> list[str]:
    return list(steps())


def imports_only(messages: int) -> list[str]:
    """`python -m bench.memory imports [N]`: the import figures alone (N and N // 5 messages, then
    the re-import), without the habits, history and near-duplicate benches."""
    with tempfile.TemporaryDirectory(prefix="coach-bench-") as tmp:
        lines, store, _ = bench_import(Path(tmp), time.time(), (max(1, messages // 5), messages))
        store.close()  # type: ignore[attr-defined]
    return lines


if __name__ == "__main__":
    if sys.argv[1:2] == ["import-child"]:
        print(json.dumps(import_child(Path(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]))))
    elif sys.argv[1:2] == ["imports"]:
        print("\n".join(imports_only(int(sys.argv[2]) if sys.argv[2:] else N_IMPORT)), flush=True)
    else:
        for line in steps():
            print(line, flush=True)
