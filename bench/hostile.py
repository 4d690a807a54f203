"""Hostile-input figures for `make bench` (also runnable alone: `python bench/hostile.py`).

1. Peak memory of importing hostile export shapes, each generated on the fly in a
   temporary folder and imported in a fresh process (nothing big is committed):
   a 1 MB zip bomb (a day file of 1 GB of spaces), a 200 MB Slack day file (1.8
   million integration messages, one person's post in 500), a
   Slack day file nested 100,000 deep and an 80 KB DiscordChatExporter file nested
   40,000 deep. Printed: what the import did, its seconds, the process's peak RSS.
2. Slack HTTP mode under load: Coach's real Bolt app on its HTTP server, with the
   Web API and response_urls served by the local stand-in (tests/slack_standin.py).
   1, 10, 50 and 100 concurrent senders each post signed `/review` slash commands
   on fresh connections. Printed: acks per second, ack p50 and p99, requests with
   no ack (refused or reset), and whether every acknowledged request got exactly
   one reply on its response_url.
3. A hostile plan vocabulary: advice/plans/vocabulary/readings.yaml with one entry the
   validation lets through added to every vocabulary of words (`\\w*`, `x*x*x*x*x*x*y`,
   `.*.*.*`: each would backtrack without end on Python's re inside the readings' own
   patterns), then the review of a long adversarial plan (about 20,000 characters), in a
   fresh process stopped after PLAN_TIMEOUT seconds. Printed: the review's seconds and score.

The file runs as a script, so the same figures can be taken on an older checkout
(`PYTHONPATH=old-checkout python bench/hostile.py`): the README's before/after
figures come from that.
"""

from __future__ import annotations

import json
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

SHAPES = ("zip-bomb", "day-file-200mb", "slack-nested", "discord-nested")
SENDERS = (1, 10, 50, 100)
MEMORY_CAP = 6 << 30  # an old checkout may need gigabytes: stop it there


def _peak_mb() -> float:
    with open("/proc/self/status") as handle:
        found = re.search(r"VmHWM:\s+(\d+) kB", handle.read())
    return int(found.group(1)) / 1024 if found else 0.0


def _skeleton(root: Path) -> None:
    root.mkdir(parents=True, exist_ok=True)
    (root / "users.json").write_text(json.dumps([{"id": "U1", "team_id": "T1", "name": "ann"},
                                                 {"id": "U2", "team_id": "T1", "name": "bob"}]))
    (root / "channels.json").write_text(json.dumps([{"id": "C1", "name": "general"}]))
    (root / "general").mkdir(exist_ok=True)


def make_shape(shape: str, folder: Path) -> tuple[str, Path]:
    """("slack" | "discord", path) of one hostile shape written under `folder`."""
    if shape == "zip-bomb":
        target = folder / "bomb.zip"
        _skeleton(folder / "export")
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            for name in ("users.json", "channels.json"):
                archive.write(folder / "export" / name, f"export/{name}")
            with archive.open("export/general/2024-01-01.json", "w", force_zip64=True) as member:
                member.write(b"[")
                block = b" " * (1 << 20)
                for _ in range(1024):
                    member.write(block)
                member.write(b"]")
        return "slack", target
    if shape == "day-file-200mb":
        root = folder / "export"
        _skeleton(root)
        with open(root / "general" / "2024-01-01.json", "w") as out:  # a busy integration channel
            out.write("[")
            n, size = 0, 0
            while size < 200e6:
                if n % 500 == 0:
                    message = {"type": "message", "ts": f"{1704067200 + n}.000100", "user": f"U{1 + n % 2}",
                               "text": f"Our guide number {n} is out, with a checklist for your next campaign"}
                else:
                    message = {"type": "message", "subtype": "bot_message", "ts": f"{1704067200 + n}.000200",
                               "bot_id": "B1", "text": f"build {n} passed on main"}
                line = ("," if n else "") + json.dumps(message)
                out.write(line)
                n, size = n + 1, size + len(line)
            out.write("]")
        return "slack", root
    if shape == "slack-nested":
        root = folder / "export"
        _skeleton(root)
        (root / "general" / "2024-01-01.json").write_text("[" * 100_000 + "]" * 100_000)
        return "slack", root
    path = folder / "nested.json"
    head = json.dumps({"guild": {"id": "1", "name": "g"}, "channel": {"id": "2", "type": "GuildTextChat",
                                                                       "name": "c"}})[:-1]
    path.write_text(head + ', "messages": [{"id": "3", "type": "Default", "timestamp": "2024-01-01T00:00:00+00:00", '
                    '"content": "hi", "author": {"id": "4", "name": "a"}, "embeds": ' + "[" * 40_000
                    + "]" * 40_000 + "}]}")
    return "discord", path


def import_child(shape: str, folder: str) -> None:
    """In a fresh process: import one shape, print one JSON line."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    platform, path = make_shape(shape, Path(folder))
    from bot.memory.store import Store

    store = Store.open(Path(folder) / "coach.db")
    if platform == "slack":
        from bot.memory.importers.slack_export import import_slack as run
    else:
        from bot.memory.importers.discord_export import import_discord

        def run(store, path):  # type: ignore[no-redef]
            return import_discord(store, [path])

    from bot.engine.categories import default_tagger

    default_tagger()  # the lexicons and the language model, loaded before the peak is read
    base = _peak_mb()
    started = time.perf_counter()
    try:
        report = run(store, path)
        outcome = f"{report.added} added, {len(report.malformed)} reported"
    except MemoryError:
        outcome = "out of memory"
    except BaseException as exc:  # an older checkout may crash: that is a figure too
        outcome = f"crashed: {type(exc).__name__}"
    print(json.dumps({"shape": shape, "outcome": outcome, "seconds": time.perf_counter() - started,
                      "peak_mb": _peak_mb(), "base_mb": base}))


def memory_lines() -> list[str]:
    lines = ["import peak memory (fresh process per shape; input generated on the fly):"]
    for shape in SHAPES:
        with tempfile.TemporaryDirectory() as folder:
            done = subprocess.run([sys.executable, __file__, "child", shape, folder], capture_output=True,
                                  text=True, check=False)
        try:
            row = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            lines.append(f"  {shape:<16} process died ({done.returncode}): {done.stderr.strip()[-120:]}")
            continue
        lines.append(f"  {shape:<16} {row['outcome']:<26} {row['seconds']:6.1f} s   peak {row['peak_mb']:6.0f} MB "
                     f"(+{row['peak_mb'] - row['base_mb']:.0f} MB over the loaded process)")
    return lines


# -- Slack HTTP mode under load ----------------------------------------------------


def _send_all(url: str, standin, senders: int, per_sender: int) -> tuple[list[float], int, list[str]]:
    from tests.slack_requests import command_body, post, signed

    latencies: list[float] = []
    failed = 0
    hooks: list[str] = []
    lock = threading.Lock()
    barrier = threading.Barrier(senders)

    def sender() -> None:
        nonlocal failed
        barrier.wait()
        for _ in range(per_sender):
            hook = standin.hook()
            body = command_body("/review", "Our new guide: three tips for better headlines, with examples",
                                user="U0BENCH001", channel="C0BENCH001", response_url=hook)
            try:
                status, _, seconds = post(url, body, signed(body, "application/x-www-form-urlencoded"), timeout=30)
            except (OSError, urllib.error.URLError):
                status, seconds = 0, 0.0
            with lock:
                if status == 200:
                    latencies.append(seconds)
                    hooks.append(hook.rsplit("/", 1)[-1])
                else:
                    failed += 1

    threads = [threading.Thread(target=sender) for _ in range(senders)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, failed, hooks


def http_lines() -> list[str]:
    sys.path.append(str(Path(__file__).resolve().parents[1]))  # for tests.slack_standin (PYTHONPATH first)
    import logging

    logging.disable(logging.WARNING)  # a bench, not a log
    from adapters.slack import build_app, serve_http
    from bot.app import build_coach
    from bot.config import Config
    from tests.slack_standin import BOT_TOKEN, SIGNING_SECRET, SlackStandIn

    standin = SlackStandIn()
    standin.add_user("U0BENCH001", locale="en-US", name="Bench")
    config = Config(slack_bot_token=BOT_TOKEN, slack_signing_secret=SIGNING_SECRET, slack_api_url=standin.api_url)
    server = serve_http(build_app(build_coach(), config), 0, host="127.0.0.1")
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/slack/events"
    for _ in range(100):  # the server is up
        try:
            urllib.request.urlopen(url.replace("/slack/events", "/healthz"), timeout=1).read()
            break
        except OSError:
            time.sleep(0.05)
    lines = ["Slack HTTP mode, signed /review commands on fresh connections (server: "
             f"{type(server).__module__}.{type(server).__name__}):",
             f"  {'senders':>7} {'requests':>8} {'acks/s':>7} {'p50 ms':>7} {'p99 ms':>7} {'no ack':>6}  replies"]
    for senders in SENDERS:
        per_sender = max(5, 200 // senders) if senders > 1 else 100
        standin.clear()
        started = time.perf_counter()
        latencies, failed, hooks = _send_all(url, standin, senders, per_sender)
        elapsed = time.perf_counter() - started
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            got = [c.method for c in standin.sent(kind="hook")]
            if len(got) >= len(hooks):
                break
            time.sleep(0.1)
        time.sleep(0.5)  # a second reply would come now
        got = [c.method for c in standin.sent(kind="hook")]
        once = sum(got.count(h) == 1 for h in hooks)
        replies = "every ack answered exactly once" if once == len(hooks) == len(got) else (
            f"{once}/{len(hooks)} answered once, {len(got)} replies")
        p50, p99 = (statistics.quantiles(latencies, n=100)[i] * 1000 for i in (49, 98)) if len(latencies) > 2 \
            else (0.0, 0.0)
        lines.append(f"  {senders:>7} {senders * per_sender:>8} {len(latencies) / elapsed:>7.0f} {p50:>7.1f} "
                     f"{p99:>7.1f} {failed:>6}  {replies}")
    server.shutdown()
    server.server_close()
    standin.close()
    return lines


# -- a hostile plan vocabulary -------------------------------------------------------

ENTRIES = ("", "\\w*", "x*x*x*x*x*x*y", ".*.*.*")  # "": the shipped file, for comparison
PLAN_TIMEOUT = 120


def hostile_plan() -> str:
    """A long plan of the shapes the readings try hardest: aims followed by many small words, long lines of
    names, places and plan words (about 20,000 characters)."""
    body = ("Goal: " + "is " * 60 + "x" * 400 + ".\n" + "Objectif : " + "c'est " * 50 + "x" * 400 + ".\n"
            + "Goal: to be " + "really " * 40 + "on " * 40 + "\n" + "Ana Ben Cleo Dan " * 40 + "\n"
            + "all of " * 80 + "Leeds who " * 20 + "\n" + "our plan is the plan Ana " * 40 + "\n")
    return "Maison Test\n\n" + body * 4


def plan_child(entry: str, folder: str) -> None:
    """In a fresh process: the shipped vocabulary with `entry` in every list of words, then one review."""
    from bot.engine.advice import load_advice
    from bot.engine.plan import vocabulary
    from bot.plans.review import review_plan

    shipped = vocabulary._path().read_text(encoding="utf-8")
    words, readings = shipped.split("\nreadings:\n", 1)
    if entry:
        words = re.sub(r"(?m)^(    (?:en|fr|both):\n)", lambda m: m.group(1) + f"      - '{entry}'\n", words)
    edited = Path(folder) / "readings.yaml"
    edited.write_text(words + "\nreadings:\n" + readings, encoding="utf-8")
    vocabulary._path = lambda: edited  # type: ignore[assignment]
    vocabulary.refresh()
    advice = load_advice()
    started = time.perf_counter()
    result = review_plan(hostile_plan(), advice)
    print(json.dumps({"seconds": time.perf_counter() - started, "score": result.score}))


def plan_lines() -> list[str]:
    lines = [f"plan review with a hostile vocabulary entry in every list of words ({len(hostile_plan()):,} characters):"]
    for entry in ENTRIES:
        shown = entry or "(shipped file)"
        with tempfile.TemporaryDirectory() as folder:
            try:
                done = subprocess.run([sys.executable, __file__, "plan-child", entry, folder], capture_output=True,
                                      text=True, check=False, timeout=PLAN_TIMEOUT)
            except subprocess.TimeoutExpired:
                lines.append(f"  {shown:<16} did not finish in {PLAN_TIMEOUT} s")
                continue
        try:
            row = json.loads(done.stdout.strip().splitlines()[-1])
        except (IndexError, ValueError):
            lines.append(f"  {shown:<16} process died ({done.returncode}): {done.stderr.strip()[-120:]}")
            continue
        lines.append(f"  {shown:<16} {row['seconds']:6.2f} s   score {row['score']}")
    return lines


def run() -> list[str]:
    return memory_lines() + http_lines() + plan_lines()


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "child":
        import_child(sys.argv[2], sys.argv[3])
    elif len(sys.argv) > 1 and sys.argv[1] == "plan-child":
        plan_child(sys.argv[2], sys.argv[3])
    else:
        only = sys.argv[1] if len(sys.argv) > 1 else ""
        chosen = {"memory": memory_lines, "http": http_lines, "plan": plan_lines}.get(only, run)
        for line in chosen():
            print(line)
