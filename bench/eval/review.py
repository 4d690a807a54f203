"""Review quality: every labelled row goes through `coach review --jsonl`, as a user's
script would send it, and the findings are counted per file, per topic and per rule.

- `pushy` rows should get a hard-sell finding;
- `self-promo` rows a self-promotion or give-first finding;
- `ok` rows should stay quiet: we count the share with any warning or blocker, with a
  hard-sell finding, and with a self-promotion or give-first finding.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.eval.corpora import ROOT, NoData, Options, Row, find_files, read_rows

HARD_SELL = frozenset({"hard-sell"})
SELF_PROMO = frozenset({"self-promotion", "give-first"})
UNDER_TEST = HARD_SELL | SELF_PROMO
ALARM = frozenset({"warning", "blocker"})


@dataclass(frozen=True)
class Finding:
    rule: str
    topic: str
    severity: str
    excerpt: str


@dataclass(frozen=True)
class Result:
    row: Row
    language: str | None
    band: str | None
    findings: tuple[Finding, ...]
    error: str | None

    def has(self, topics: frozenset[str]) -> bool:
        return any(f.topic in topics for f in self.findings)

    @property
    def alarm(self) -> bool:
        return any(f.severity in ALARM for f in self.findings)

    @property
    def hit(self) -> bool:
        """The row got a finding of the topic its label is about."""
        return self.has(HARD_SELL if self.row.label == "pushy" else SELF_PROMO)


def review_rows(rows: list[Row], packs: list[str]) -> list[Result]:
    """One `coach review --jsonl -` process for every row; ids are our row numbers."""
    command = [sys.executable, "-m", "adapters.cli", "review", "--jsonl", "-"]
    for pack in packs:
        command += ["--pack", pack]
    lines = "".join(json.dumps({"id": i, "text": r.text}, ensure_ascii=False) + "\n" for i, r in enumerate(rows))
    done = subprocess.run(command, input=lines, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode not in (0, 1, 2):  # 1: a blocker somewhere, 2: a line Coach could not review
        raise RuntimeError(f"coach review --jsonl failed ({done.returncode}): {done.stderr[-2000:]}")
    results: list[Result | None] = [None] * len(rows)
    for line in done.stdout.splitlines():
        out = json.loads(line)
        i = out["id"]
        findings = tuple(Finding(f["rule"], f["topic"], f["severity"], f["excerpt"]) for f in out.get("findings", ()))
        error = out["error"]["code"] if "error" in out else None
        results[i] = Result(rows[i], out.get("language"), out.get("band"), findings, error)
    missing = [i for i, r in enumerate(results) if r is None]
    if missing:
        raise RuntimeError(f"coach review --jsonl answered {len(rows) - len(missing)} of {len(rows)} lines")
    return [r for r in results if r is not None]


# -- figures ---------------------------------------------------------------


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def figures(results: list[Result]) -> dict[str, float | int | None]:
    """The figures of one group of rows."""
    by = defaultdict(list)
    for r in results:
        by[r.row.label].append(r)
    pushy, promo, ok = by["pushy"], by["self-promo"], by["ok"]
    return {
        "n": len(results),
        "pushy": len(pushy),
        "pushy_recall": _share(sum(r.has(HARD_SELL) for r in pushy), len(pushy)),
        "pushy_ready": _share(sum(r.band == "ready" or r.error is not None for r in pushy), len(pushy)),
        "promo": len(promo),
        "promo_recall": _share(sum(r.has(SELF_PROMO) for r in promo), len(promo)),
        "ok": len(ok),
        "ok_alarm": _share(sum(r.alarm for r in ok), len(ok)),
        "ok_hard_sell": _share(sum(r.has(HARD_SELL) for r in ok), len(ok)),
        "ok_promo": _share(sum(r.has(SELF_PROMO) for r in ok), len(ok)),
        "ok_under_test": _share(sum(r.has(UNDER_TEST) for r in ok), len(ok)),
        "ok_any": _share(sum(bool(r.findings) for r in ok), len(ok)),
        "lang_miss": _share(sum(r.language is not None and r.language != r.row.lang for r in results), len(results)),
        "errors": sum(r.error is not None for r in results),
    }


def _pct(value: float | int | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}"


def _cell(now: float | None, before: float | None) -> str:
    if before is None or now is None or f"{100 * now:.1f}" == f"{100 * before:.1f}":
        return _pct(now)
    return f"{_pct(before)}→{_pct(now)}"


def table(header: list[str], rows: list[list[str]]) -> Iterator[str]:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]
    line = "  ".join(h.ljust(w) if i == 0 else h.rjust(w) for i, (h, w) in enumerate(zip(header, widths, strict=True)))
    yield line
    yield "-" * len(line)
    for row in rows:
        yield "  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True)))


FILE_COLUMNS = [
    ("pushy", "pushy", None), ("HS recall", "pushy_recall", "%"), ("pushy ready", "pushy_ready", "%"),
    ("promo", "promo", None), ("SP recall", "promo_recall", "%"),
    ("ok", "ok", None), ("ok warn+", "ok_alarm", "%"), ("ok HS", "ok_hard_sell", "%"), ("ok SP", "ok_promo", "%"),
    ("ok any", "ok_any", "%"), ("lang miss", "lang_miss", "%"),
]


def per_file(groups: dict[str, list[Result]], before: dict) -> Iterator[str]:
    rows = []
    for name, results in groups.items():
        now, was = figures(results), before.get("groups", {}).get(name, {})
        rows.append([name] + [str(now[key]) if fmt is None else _cell(now[key], was.get(key))
                              for _, key, fmt in FILE_COLUMNS])
    yield from table(["file (% of rows)"] + [title for title, _, _ in FILE_COLUMNS], rows)


def per_topic(groups: dict[str, list[Result]]) -> Iterator[str]:
    topics = sorted({f.topic for rs in groups.values() for r in rs for f in r.findings})
    for label in ("pushy", "self-promo", "ok"):
        rows = []
        for name, results in groups.items():
            mine = [r for r in results if r.row.label == label]
            if mine:
                rows.append([name] + [_pct(_share(sum(r.has(frozenset({t})) for r in mine), len(mine))) for t in topics])
        if rows:
            yield f"{label} rows with a finding of each topic (%):"
            yield from table(["file"] + [t[:12] for t in topics], rows)
            yield ""


def per_rule(groups: dict[str, list[Result]]) -> Iterator[str]:
    ok_total = sum(r.row.label == "ok" for rs in groups.values() for r in rs)
    pos_total = sum(r.row.label != "ok" for rs in groups.values() for r in rs)
    fired_ok: dict[str, Counter] = defaultdict(Counter)
    fired_pos: Counter = Counter()
    for name, results in groups.items():
        for r in results:
            for rule in {f.rule for f in r.findings}:
                if r.row.label == "ok":
                    fired_ok[rule][name] += 1
                else:
                    fired_pos[rule] += 1
    rules = sorted(set(fired_ok) | set(fired_pos), key=lambda rule: -sum(fired_ok[rule].values()))
    rows = []
    for rule in rules:
        ok_n = sum(fired_ok[rule].values())
        sizes = {name: sum(r.row.label == "ok" for r in rs) for name, rs in groups.items()}
        worst = sorted(fired_ok[rule].items(), key=lambda kv: -kv[1] / max(1, sizes[kv[0]]))[:3]
        where = ", ".join(f"{name[:30]} {100 * n / sizes[name]:.1f}" for name, n in worst)
        rows.append([rule, str(ok_n), _pct(_share(ok_n, ok_total)), _pct(_share(fired_pos[rule], pos_total)), where])
    yield from table(["rule", "on ok", "ok %", "pos %", "ok % in the files where it fires most"], rows)


@dataclass(frozen=True)
class Goal:
    name: str
    positives: tuple[str, ...]  # labels whose rows should get a finding of their topic
    negatives: str  # figure key for the false-alarm share on ok rows
    recall_min: float | None
    alarm_max: float


NOT_HARD_HAM = "en_email_spamassassin[hard-ham]"
KINDS = ("all", "shared", "ours", "blind")  # blind: our files never tuned on, the honest estimate
GOALS = [
    (Goal("pushy: hard-sell recall / ok with hard-sell", ("pushy",), "ok_hard_sell", 0.85, 0.02),
     lambda r: r.row.group != NOT_HARD_HAM),
    (Goal("self-promo: SP/GF recall / ok with SP/GF", ("self-promo",), "ok_promo", 0.75, 0.05),
     lambda r: r.row.group != NOT_HARD_HAM),
    (Goal("scarcity ad copy: recall / ok ad copy with HS", ("pushy",), "ok_hard_sell", 0.70, 0.10),
     lambda r: "adcopy" in r.row.group),
    (Goal("news headlines: ok with any warning/blocker", (), "ok_alarm", None, 0.02),
     lambda r: "headlines" in r.row.group),
    (Goal("French: recall / fr ok with HS/SP/GF", ("pushy", "self-promo"), "ok_under_test", 0.75, 0.03),
     lambda r: r.row.lang == "fr"),
]


def goal_figures(results: list[Result]) -> dict[str, dict[str, float | None]]:
    out = {}
    for goal, keep in GOALS:
        for kind in KINDS:
            mine = [r for r in results if keep(r) and kind in ("all", r.row.kind)]
            positives = [r for r in mine if r.row.label in goal.positives]
            out[f"{goal.name}|{kind}"] = {
                "recall": _share(sum(r.hit for r in positives), len(positives)),
                "alarm": figures(mine)[goal.negatives],
                "positives": len(positives),
                "ok": sum(r.row.label == "ok" for r in mine),
            }
    return out


def goals(results: list[Result], before: dict) -> Iterator[str]:
    now, was = goal_figures(results), before.get("goals", {})
    rows = []
    for goal, _ in GOALS:
        for kind in KINDS:
            key = f"{goal.name}|{kind}"
            f, b = now[key], was.get(key, {})
            if not f["ok"] and not f["positives"] or (kind != "all" and f == now[f"{goal.name}|all"]):
                continue  # nothing there, or the same rows as [all]
            met = (not goal.positives or (f["recall"] or 0) >= (goal.recall_min or 0)) and (
                f["alarm"] is not None and f["alarm"] <= goal.alarm_max)
            target = (f"≥{goal.recall_min:.2f}" if goal.recall_min else "") + f" ≤{100 * goal.alarm_max:.0f}%"
            rows.append([f"{goal.name} [{kind}]", f"{f['positives']}/{f['ok']}",
                         "" if f["recall"] is None else _cell(f["recall"], b.get("recall")),
                         _cell(f["alarm"], b.get("alarm")), target.strip(), "met" if met else "not yet"])
    yield from table(["goal (recall in %, alarm in % of ok rows)", "pos/ok", "recall", "alarm", "target", ""], rows)


def pair_differences(results: list[Result]) -> dict[str, list[str]]:
    """For rows written as pairs (a post and its translation), the topics found in one language and not
    the other, by pair id: the same post should be judged the same whatever its language."""
    topics: dict[str, list[set[str]]] = defaultdict(list)
    for r in results:
        if r.row.pair and r.row.kind != "blind":
            topics[r.row.pair].append({f.topic for f in r.findings})
    return {pair: sorted(sides[0] ^ sides[1]) for pair, sides in sorted(topics.items())
            if len(sides) == 2 and sides[0] != sides[1]}


def pairs(results: list[Result]) -> Iterator[str]:
    paired = {r.row.pair for r in results if r.row.pair and r.row.kind != "blind"}
    if not paired:
        return
    differ = pair_differences(results)
    by_topic = Counter(t for ts in differ.values() for t in ts)
    yield f"Pairs judged differently (a topic found in one language only): {len(differ)} of {len(paired)}"
    yield "  " + ", ".join(f"{t} {n}" for t, n in by_topic.most_common())
    yield "  " + "; ".join(f"{pair}: {' '.join(ts)}" for pair, ts in differ.items())


def sample(results: list[Result], options: Options) -> Iterator[str]:
    """Random findings on rows of one label, to read. Blind files are never shown: reading
    them would be tuning on them."""
    pool = [(r, f) for r in results if r.row.label == options.sample_label and r.row.kind != "blind"
            for f in r.findings if not options.sample_rule or f.rule in options.sample_rule]
    random.Random(options.seed).shuffle(pool)
    yield f"{min(options.sample, len(pool))} of {len(pool)} findings on {options.sample_label} rows, at random:"
    for r, f in pool[: options.sample]:
        text = r.row.text.replace("\n", " ⏎ ")
        excerpt = f.excerpt.replace("\n", " ⏎ ")  # a whole-draft finding quotes every paragraph
        yield f"- [{r.row.group} {r.row.id}] {f.severity} {f.rule}: “{excerpt[:60]}{'…' if len(excerpt) > 60 else ''}”"
        yield f"    {text[:240]}{'…' if len(text) > 240 else ''}"


def misses(results: list[Result], options: Options) -> Iterator[str]:
    """Positive rows that got no finding of their topic: where coverage is missing (blind files
    never shown)."""
    pool = [r for r in results if r.row.label != "ok" and not r.hit and r.row.kind != "blind"]
    random.Random(options.seed).shuffle(pool)
    yield f"{min(options.misses, len(pool))} of {len(pool)} missed pushy / self-promo rows, at random:"
    for r in pool[: options.misses]:
        text = r.row.text.replace("\n", " ⏎ ")
        yield f"- [{r.row.group} {r.row.id}] {r.row.label}: {text[:240]}{'…' if len(text) > 240 else ''}"


def run(options: Options) -> Iterable[str]:
    try:
        files, notes = find_files(options)
    except NoData as exc:
        yield str(exc)
        raise SystemExit(2) from None
    yield from notes
    rows = [row for path, kind in files for row in read_rows(path, kind)]
    results = review_rows(rows, options.pack)
    groups: dict[str, list[Result]] = defaultdict(list)
    for r in results:
        groups[r.row.group].append(r)
    before_path = Path(options.before) if options.before else None
    before = json.loads(before_path.read_text()) if before_path and before_path.is_file() else {}
    shown = f" (before→now: {before_path.name}, {before.get('note', '')})" if before else ""
    yield f"{len(rows)} rows in {len(files)} files, reviewed by `coach review --jsonl`{shown}"
    yield ""
    yield from per_file(groups, before)
    yield ""
    yield from goals(results, before)
    yield ""
    yield from per_topic(groups)
    yield "Rules on ok rows (on ok: rows; ok %: of all ok rows; pos %: of all pushy and self-promo rows):"
    yield from per_rule(groups)
    yield ""
    yield from pairs(results)
    if options.sample:
        yield ""
        yield from sample(results, options)
    if options.misses:
        yield ""
        yield from misses(results, options)
    if options.save:
        saved = {"groups": {name: figures(rs) for name, rs in groups.items()}, "goals": goal_figures(results),
                 "pairs_differ": pair_differences(results)}
        Path(options.save).write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n")
        yield f"figures written to {options.save}"
