"""`make eval`, plan part: how well the plan review recognises a plan's sections and its
counterfeits, on the plans Coach's team wrote for it (bench/plans/, labels.yaml).

    python -m bench.eval --section plans   # with the rest of make eval
    python -m bench.eval.plans --misses    # alone, with every plan where the review and the label differ
    python -m bench.eval.plans --save bench/plans/before.json
    python -m bench.eval --section plans --save /tmp/plans.json   # {"plans": ...}, beside the review's figures

What --save writes: the 40 plans' figures (the format of before.json), and under "sets" each set's figures by
folder (the format of a set's first-run.json), so that two saves compare leaf by leaf. Through `bench.eval`
they go under the key "plans" of the file, next to the review's figures when the review section ran too.

A section is recognised when its line of the checklist is `covered`. Recall: labelled sections
recognised; precision: recognised sections that are labelled; false coverage: sections counted
as covered although the plan does not cover them, over all the sections it does not cover.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

PLANS = Path(__file__).resolve().parents[1] / "plans"
BEFORE = PLANS / "before.json"  # the figures of the plan review before issue 15
HOLDOUT = PLANS / "holdout"
# Every set side by side: (folder, what it is). A set's first-run.json holds its figures from the
# one run made before any rule was changed for it (printed first-run→now).
SETS = (
    (PLANS, "dev: 40 plans, tuned on"),
    (HOLDOUT, "dev: 32 earlier held-out, tuned on"),
    (PLANS / "holdout2", "held-out 2: 20 plans, session 3"),
    (PLANS / "fresh", "fresh 1: 10 plans, tuned after run 1"),
    (PLANS / "fresh2", "fresh 2: 10 plans, tuned after run 1"),
    (PLANS / "fresh3", "fresh 3: 12 plans, never tuned on"),
    (PLANS / "fresh4", "fresh 4: 14 plans, tuned on (session 7)"),
    (PLANS / "fresh6", "fresh 6: 16 plans, tuned after run 1"),
    (PLANS / "fresh7", "fresh 7: 12 plans, tuned after run 1"),
    (PLANS / "fresh8", "fresh 8: 10 plans, tuned after run 1"),
    (PLANS / "fresh9", "fresh 9: 10 plans, tuned after run 1"),
    (PLANS / "fresh10", "fresh 10: 10 plans, tuned after run 1"),
    (PLANS / "fresh11", "fresh 11: 10 plans, read in round 12"),
    (PLANS / "fresh12", "fresh 12: 8 plans, never tuned on"),
    (PLANS / "fresh13", "fresh 13: 4 plans, run mid-round 12"),
    (PLANS / "fresh14", "fresh 14: 4 plans, run late in round 12"),
    (PLANS / "fresh15", "fresh 15: 4 plans, never tuned on"),
    (PLANS / "fresh16", "fresh 16: 8 plans, kinds read in round 13"),
    (PLANS / "fresh17", "fresh 17: 8 plans, never tuned on"),
    (PLANS / "fresh18", "fresh 18: 8 plans, never tuned on"),
    (PLANS / "fresh19", "fresh 19: 8 plans, never tuned on"),
    (PLANS / "fresh20", "fresh 20: 4 plans, never tuned on"),
    (PLANS / "fresh21", "fresh 21: 12 plans, never tuned on"),
    (PLANS / "fresh22", "fresh 22: 12 plans, never tuned on"),
    (PLANS / "fresh23", "fresh 23: 8 plans, never tuned on"),
    (PLANS / "fresh24", "fresh 24: 8 plans, never tuned on"),
    (PLANS / "fresh25", "fresh 25: 10 plans, never tuned on"),
    (PLANS / "fresh26", "fresh 26: 10 plans, read in round 23"),
    (PLANS / "fresh27", "fresh 27: 8 plans, read in round 24"),
    (PLANS / "fresh28", "fresh 28: 8 plans, read in round 25"),
    (PLANS / "fresh29", "fresh 29: 8 plans, read in round 26"),
    (PLANS / "fresh30", "fresh 30: 8 plans, read in round 27"),
    (PLANS / "fresh31", "fresh 31: 8 plans, read in round 28"),
    (PLANS / "fresh32", "fresh 32: 8 plans, never tuned on"),
    (PLANS / "fresh33", "fresh 33: 8 plans, read in round 30"),
    (PLANS / "fresh34", "fresh 34: 8 plans, read in rounds 31-32"),
    (PLANS / "fresh35", "fresh 35: 8 plans, read in round 32"),
    (PLANS / "fresh36", "fresh 36: 8 plans, read in round 33"),
    (PLANS / "fresh37", "fresh 37: 8 plans, read in round 33"),
    (PLANS / "fresh38", "fresh 38: 8 plans, read in round 34"),
    (PLANS / "fresh39", "fresh 39: 10 plans, read in round 35"),
    (PLANS / "fresh39b", "fresh 39b: 6 plans, read in round 35"),
    (PLANS / "fresh39c", "fresh 39c: 6 plans, read in round 36"),
    (PLANS / "fresh40", "fresh 40: 8 plans, read in round 36"),
    (PLANS / "fresh40b", "fresh 40b: 4 plans, never tuned on"),
    (PLANS / "fresh41", "fresh 41: 8 plans, read in round 37"),
    (PLANS / "fresh42", "fresh 42: 8 plans, read in round 38"),
    (PLANS / "fresh42b", "fresh 42b: 4 plans, read in round 38"),
    (PLANS / "fresh43", "fresh 43: 8 plans, read in round 39"),
    (PLANS / "fresh43b", "fresh 43b: 4 plans, read after its run"),
    (PLANS / "fresh44", "fresh 44: 8 plans, read in round 40"),
    (PLANS / "fresh44b", "fresh 44b: 4 plans, round 40 clean check"),
    (PLANS / "fresh45", "fresh 45: 8 plans, read in round 41"),
    (PLANS / "fresh45b", "fresh 45b: 4 plans, round 41 clean check"),
    (PLANS / "fresh46", "fresh 46: 8 plans, read in round 42"),
    (PLANS / "fresh46b", "fresh 46b: 4 plans, round 42 clean check"),
    (PLANS / "fresh47", "fresh 47: 8 plans, read in round 43"),
    (PLANS / "fresh47b", "fresh 47b: 4 plans, round 43 clean check"),
    (PLANS / "fresh48", "fresh 48: 8 plans, read in round 44"),
    (PLANS / "fresh48b", "fresh 48b: 4 plans, round 44 clean check"),
    (PLANS / "fresh49", "fresh 49: 8 plans, read in round 45"),
    (PLANS / "fresh49b", "fresh 49b: 4 plans, round 45 clean check"),
    (PLANS / "fresh50", "fresh 50: 8 plans, read in round 46"),
    (PLANS / "fresh50b", "fresh 50b: 4 plans, round 46 clean check"),
    (PLANS / "fresh51", "fresh 51: 8 plans, read in round 47"),
    (PLANS / "fresh51b", "fresh 51b: 4 plans, round 47 clean check"),
    (PLANS / "fresh52", "fresh 52: 8 plans, read in round 48"),
    (PLANS / "fresh52b", "fresh 52b: 4 plans, round 48 clean check"),
    (PLANS / "fresh53", "fresh 53: 8 plans, read in round 49"),
    (PLANS / "fresh53b", "fresh 53b: 4 plans, round 49 clean check"),
    (PLANS / "fresh54", "fresh 54: 8 plans, read in round 50"),
    (PLANS / "fresh54b", "fresh 54b: 4 plans, round 50 clean check"),
    (PLANS / "fresh55", "fresh 55: 8 plans, read in round 51"),
    (PLANS / "fresh55b", "fresh 55b: 4 plans, round 51 clean check"),
    (PLANS / "fresh56", "fresh 56: 6 plans, read in round 52"),
    (PLANS / "fresh56b", "fresh 56b: 4 plans, round 52 clean check"),
    (PLANS / "fresh57", "fresh 57: 8 plans, read in round 53"),
    (PLANS / "fresh57b", "fresh 57b: 4 plans, round 53 clean check"),
    (PLANS / "fresh58", "fresh 58: 8 plans, read in round 54"),
    (PLANS / "fresh58b", "fresh 58b: 4 plans, round 54 clean check"),
    (PLANS / "fresh59", "fresh 59: 6 plans, read in round 55"),
    (PLANS / "fresh60", "fresh 60: 8 plans, read in round 56"),
    (PLANS / "fresh60b", "fresh 60b: 4 plans, round 56 clean check"),
    (PLANS / "lead26", "lead 26: 6 plans, never tuned on"),
)
SECTIONS = ("purpose", "audience", "measurement", "channels", "content-mix", "cadence", "owners", "answering")
TOPICS = {  # a section -> the checklist topics that cover it (any of them)
    "purpose": ("purpose",), "audience": ("relevance",), "measurement": ("measurement",),
    "channels": ("multichannel",), "content-mix": ("content-mix",), "cadence": ("consistency",),
    "owners": ("sustainability",), "answering": ("reputation", "conversation"),
}  # fmt: skip
COUNTERFEITS = {"presence": "plan.presence-as-goal", "vanity": "plan.vanity-metrics",
                "everyone": "plan.everyone-audience", "tool": "plan.tool-as-plan"}  # fmt: skip


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, labelled: bool, found: bool) -> None:
        if labelled and found:
            self.tp += 1
        elif found:
            self.fp += 1
        elif labelled:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def false_coverage(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


@dataclass
class Figures:
    by_language: dict[str, Tally] = field(default_factory=dict)
    by_section: dict[str, Tally] = field(default_factory=dict)
    counterfeits: int = 0
    counterfeits_found: int = 0
    false_counterfeits: list[str] = field(default_factory=list)  # "plan: rule" found on a plan without it
    misses: list[str] = field(default_factory=list)
    scores: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # kind -> (plan, score)


def recognised(result: object) -> set[str]:
    """The sections whose checklist line says `covered`."""
    covered = {entry.topic for entry in result.checklist if entry.status == "covered"}  # type: ignore[attr-defined]
    return {section for section, topics in TOPICS.items() if covered & set(topics)}


def evaluate(folder: Path = PLANS) -> Figures:
    from bot.engine.advice import load_advice
    from bot.plans.review import PlanProblem, review_plan

    advice = load_advice()
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))
    figures = Figures()
    for name, label in labels.items():
        language = name[:2]
        try:
            result = review_plan((folder / name).read_text(encoding="utf-8"), advice)
        except PlanProblem as problem:  # refused: nothing recognised, no counterfeit found
            figures.misses.append(f"{name}: refused ({problem.code})")
            result = None
        found = recognised(result) if result is not None else set()
        wanted = set(label.get("sections") or ())
        for section in SECTIONS:
            figures.by_language.setdefault(language, Tally()).add(section in wanted, section in found)
            figures.by_section.setdefault(section, Tally()).add(section in wanted, section in found)
        fired = {f.rule for f in result.findings} if result is not None else set()
        counterfeits = set(label.get("counterfeits") or ())
        for kind in counterfeits:
            figures.counterfeits += 1
            if COUNTERFEITS[kind] in fired:
                figures.counterfeits_found += 1
            else:
                figures.misses.append(f"{name}: counterfeit {kind} not found")
        for kind, rule in COUNTERFEITS.items():
            if kind not in counterfeits and rule in fired:
                figures.false_counterfeits.append(f"{name}: {rule}")
        if found - wanted:
            figures.misses.append(f"{name}: counted as covered but not: {', '.join(sorted(found - wanted))}")
        if wanted - found:
            figures.misses.append(f"{name}: not recognised: {', '.join(sorted(wanted - found))}")
        if result is not None:
            figures.scores.setdefault(label.get("kind", "?"), []).append((name, result.score))
    return figures


def summary(figures: Figures) -> dict:
    """The figures as JSON (what --save writes and the next run prints beside its own)."""
    def tally(t: Tally) -> dict:
        return {"recall": round(t.recall, 4), "precision": round(t.precision, 4),
                "false_coverage": round(t.false_coverage, 4), "counts": [t.tp, t.fp, t.fn, t.tn]}

    both = Tally()
    for t in figures.by_language.values():
        both.tp, both.fp, both.fn, both.tn = both.tp + t.tp, both.fp + t.fp, both.fn + t.fn, both.tn + t.tn
    return {"languages": {lang: tally(t) for lang, t in sorted(figures.by_language.items())},
            "both": tally(both), "sections": {s: tally(t) for s, t in figures.by_section.items()},
            "counterfeits": [figures.counterfeits_found, figures.counterfeits],
            "false_counterfeits": len(figures.false_counterfeits)}


def _cell(now: float, before: float | None) -> str:
    shown = f"{100 * now:.1f} %"
    if before is None or round(before, 3) == round(now, 3):
        return shown
    return f"{100 * before:.1f}→{shown}"


def _line(name: str, now: dict, before: dict | None) -> str:
    was = before or {}
    cells = [_cell(now[k], was.get(k)) for k in ("recall", "precision", "false_coverage")]
    tp, fp, fn, tn = now["counts"]
    return f"{name:12} {cells[0]:>15} {cells[1]:>15} {cells[2]:>15}  ({tp}/{fp}/{fn}/{tn})"


def run(options: object = None, show_misses: bool = False, before_path: Path | None = BEFORE,
        save: str | None = None) -> Iterable[str]:
    """The plan figures, each beside its value before issue 15 (bench/plans/before.json).

    `save` (or `options.save`, from `python -m bench.eval --save FILE`) writes them as JSON (the module's doc)."""
    sets = {folder: evaluate(folder) for folder, _name in SETS if (folder / "labels.yaml").is_file()}
    figures = sets[PLANS] if PLANS in sets else evaluate()
    now = summary(figures)
    before = json.loads(before_path.read_text()) if before_path and before_path.is_file() else {}
    yield ("Plan sections: 40 plans of our own (bench/plans); goals: recall >= 90 %, false coverage <= 5 %, "
           "every counterfeit found" + (" (before→now)" if before else ""))
    yield f"{'':12} {'recall':>15} {'precision':>15} {'false cover':>15}  (tp/fp/fn/tn)"
    for language, values in now["languages"].items():
        yield _line(language, values, before.get("languages", {}).get(language))
    yield _line("both", now["both"], before.get("both"))
    yield "per section:"
    for section in SECTIONS:
        yield "  " + _line(section, now["sections"][section], before.get("sections", {}).get(section))
    found, total = now["counterfeits"]
    was = before.get("counterfeits")
    yield (f"Counterfeits found: {f'{was[0]}/{was[1]}→' if was else ''}{found}/{total}; found where there is "
           f"none: {now['false_counterfeits']}")
    for kind, scores in sorted(figures.scores.items()):
        yield f"Scores of {kind} plans: {', '.join(str(score) for score in sorted(s for _, s in scores))}"
    yield from _sets(sets, show_misses)
    if show_misses:
        for line in figures.false_counterfeits:
            yield f"  false counterfeit: {line}"
        for line in figures.misses:
            yield f"  {line}"
    path = save or getattr(options, "save", None)
    if path:
        write(Path(path), saved(now, sets), nested=options is not None, merge=_review_ran(options))
        yield f"plan figures written to {path}"


def saved(now: dict, sets: dict[Path, Figures]) -> dict:
    """What --save writes: the 40 plans' summary, and under "sets" each set's, by folder name ("dev": the 40)."""
    return {**now, "sets": {("dev" if folder == PLANS else folder.name): summary(figures)
                            for folder, figures in sets.items()}}


def write(path: Path, figures: dict, nested: bool, merge: bool) -> None:
    """Write the plan figures to `path`: alone, or (`nested`) under the key "plans", added to what the review
    section wrote to the same file in this run (`merge`)."""
    if not nested:
        path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
        return
    whole: dict = {}
    if merge and path.is_file():
        try:
            whole = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            whole = {}
    whole["plans"] = figures
    path.write_text(json.dumps(whole, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _review_ran(options: object) -> bool:
    """Whether `python -m bench.eval` ran the review section before this one (its --save file is then fresh)."""
    if options is None:
        return False
    sections = getattr(options, "section", None) or []
    return not sections or any("bench.eval.review".endswith(s) for s in sections)


def _sets(sets: dict[Path, Figures], show_misses: bool) -> Iterable[str]:
    """One line per set (both languages), its first run beside it when there is one."""
    yield ("Plan sets side by side (recall / precision / false coverage / counterfeits found; "
           "first run→now where a set was measured before being tuned on):")
    yield f"  {'':40} {'recall':>15} {'precision':>15} {'false cover':>15} {'counterfeits':>14}"
    for folder, name in SETS:
        if folder not in sets:
            continue
        figures = sets[folder]
        now = summary(figures)
        first_path = folder / "first-run.json"
        first = json.loads(first_path.read_text(encoding="utf-8")) if first_path.is_file() else {}
        for language in ("fr", "en", "both"):
            values = now["both"] if language == "both" else now["languages"].get(language)
            was = first.get("both") if language == "both" else first.get("languages", {}).get(language)
            if values is None:
                continue
            cells = [_cell(values[k], (was or {}).get(k)) for k in ("recall", "precision", "false_coverage")]
            found, total = now["counterfeits"]
            shown = ""
            if language == "both":
                before = first.get("counterfeits")
                shown = (f"{before[0]}/{before[1]}→" if before and before != now["counterfeits"] else "") + f"{found}/{total}"
                if now["false_counterfeits"]:
                    shown += f" (+{now['false_counterfeits']} false)"
            label = name if language == "fr" else ""
            yield f"  {label:36} {language:>4}{cells[0]:>15} {cells[1]:>15} {cells[2]:>15} {shown:>14}"
        if show_misses:
            yield from (f"    {folder.name}: {line}" for line in figures.false_counterfeits + figures.misses)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    save = args[args.index("--save") + 1] if "--save" in args else None
    for line in run(show_misses="--misses" in args, save=save):
        print(line)


if __name__ == "__main__":
    main()
