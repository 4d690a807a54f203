"""Fit the weights of a `signals` rule on labelled text, and write them back into the rule.

    python -m bench.fit_signals advice/core/RULE.yaml DATA.jsonl [DATA.jsonl ...]
        [--positive pushy] [--negative ok] [--lang en] [--false-rate 0.02] [--write]

Like SpamAssassin's mass-check and perceptron: every labelled row (JSONL: id,
text, label, lang) goes through the rule's own signals, which records the
signals present; a logistic regression (scikit-learn, a development extra, never
imported by Coach itself) fits one weight per signal. The weights are scaled so
that the rule keeps its threshold, rounded to one decimal, and written back into
the YAML in place (only the numbers change: comments and layout stay). Figures
are printed for a held-out fifth of the rows (fitted on the other four fifths),
then the weights are fitted again on every row.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.engine.checks.base import Scope
from bot.engine.checks.signals import Scorer
from bot.engine.entrance import compose
from bot.engine.phrases import PhraseIndex
from bot.engine.review import DraftProblem, prepare
from bot.engine.rules import LANGUAGES, Rule, parse_rule
from bot.engine.text import Doc


@dataclass
class Row:
    id: str
    positive: bool
    fired: frozenset[str]
    held_out: bool


def read_rows(paths: Iterable[Path], positive: set[str], negative: set[str] | None,
              lang: str | None) -> Iterable[tuple[str, str, bool, str]]:
    """(id, text, is positive, language) of every usable labelled row."""
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            for n, line in enumerate(lines, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                label, language = row.get("label"), row.get("lang")
                if language not in LANGUAGES or (lang and language != lang):
                    continue
                if label in positive:
                    yield str(row.get("id", f"{path}:{n}")), str(row["text"]), True, language
                elif negative is None or label in negative:
                    yield str(row.get("id", f"{path}:{n}")), str(row["text"]), False, language


def record(rule: Rule, rows: Iterable[tuple[str, str, bool, str]]) -> list[Row]:
    """Which of the rule's signals each row has (the rule's own compiled signals, per language)."""
    scorers = {}
    for language in LANGUAGES:
        index = PhraseIndex(language)
        scorers[language] = (Scorer(rule, language, index), index)
    out = []
    for row_id, text, positive, language in rows:
        try:
            cleaned, _ = prepare(text)
        except DraftProblem:
            continue
        scorer, index = scorers[language]
        doc = Doc(compose(cleaned).text, language)  # as the review reads it
        fired = scorer.fired(Scope(doc, index.scan(doc.tokens)))
        held_out = int(hashlib.sha1(row_id.encode()).hexdigest(), 16) % 5 == 0
        out.append(Row(row_id, positive, frozenset(fired), held_out))
    return out


def fit(rows: list[Row], names: list[str], c: float) -> tuple[list[float], float]:
    """Logistic regression (classes balanced): one coefficient per signal, and the intercept."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    x = np.array([[name in row.fired for name in names] for row in rows], dtype=float)
    y = np.array([row.positive for row in rows], dtype=int)
    model = LogisticRegression(C=c, class_weight="balanced", max_iter=2000)
    model.fit(x, y)
    return [float(w) for w in model.coef_[0]], float(model.intercept_[0])


def score(row: Row, weights: dict[str, float]) -> float:
    return sum(weights[name] for name in row.fired if name in weights)


def cut_for(rows: list[Row], weights: dict[str, float], false_rate: float) -> float:
    """The lowest sum at which at most `false_rate` of the negative rows fire."""
    negatives = sorted((score(r, weights) for r in rows if not r.positive), reverse=True)
    allowed = int(false_rate * len(negatives))
    levels = sorted({score(r, weights) for r in rows}, reverse=True)
    cut = levels[0] + 1e-9 if levels else 1.0
    for level in levels:
        if sum(s >= level - 1e-9 for s in negatives) > allowed:
            break
        cut = level
    return cut


def figures(rows: list[Row], weights: dict[str, float], threshold: float) -> str:
    pos = [r for r in rows if r.positive]
    neg = [r for r in rows if not r.positive]
    recall = sum(score(r, weights) >= threshold for r in pos) / max(1, len(pos))
    false = sum(score(r, weights) >= threshold for r in neg) / max(1, len(neg))
    return f"recall {recall:.2f} ({len(pos)} positive), false flags {false:.3f} ({len(neg)} negative)"


def readable(coefs: list[float], names: list[str], cut: float, threshold: float) -> dict[str, float]:
    """Coefficients scaled so that `cut` becomes the rule's threshold, rounded to one decimal."""
    scale = threshold / cut
    return {name: round(w * scale, 1) + 0.0 for name, w in zip(names, coefs, strict=True)}


def solve(rows: list[Row], names: list[str], threshold: float, c: float,
          false_rate: float | None) -> tuple[dict[str, float], float]:
    """Fitted weights and threshold: the rule's threshold kept when the fit allows it."""
    coefs, intercept = fit(rows, names, c)
    raw = dict(zip(names, coefs, strict=True))
    cut = cut_for(rows, raw, false_rate) if false_rate is not None else -intercept
    if cut <= 0:  # even a draft with no signal would fire: keep the scale, move the threshold
        return {n: round(w, 1) + 0.0 for n, w in raw.items()}, round(max(cut, 0.1), 1)
    weights = readable(coefs, names, cut, threshold)
    return weights, threshold


def write_back(path: Path, weights: dict[str, float], threshold: float) -> str:
    """The rule file with its weights and threshold replaced in place (the numbers only)."""
    text = path.read_text(encoding="utf-8")
    root = yaml.compose(text)
    edits: list[tuple[int, int, str]] = []
    check = _child(root, "check")
    threshold_node = _child(check, "threshold")
    edits.append((threshold_node.start_mark.index, threshold_node.end_mark.index, _number(threshold)))
    signals = _child(check, "signals")
    for key, spec in signals.value:
        if key.value in weights:
            node = _child(spec, "weight")
            edits.append((node.start_mark.index, node.end_mark.index, _number(weights[key.value])))
    for start, end, value in sorted(edits, reverse=True):
        text = text[:start] + value + text[end:]
    return text


def _child(node: yaml.Node, key: str) -> yaml.Node:
    for k, v in node.value:
        if k.value == key:
            return v
    raise KeyError(key)


def _number(value: float) -> str:
    return f"{value:g}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fit_signals", description=__doc__.split("\n\n")[0])
    parser.add_argument("rule", type=Path, help="the signals rule file")
    parser.add_argument("data", type=Path, nargs="+", help="labelled JSONL: id, text, label, lang")
    parser.add_argument("--positive", default="pushy", help="labels the rule must catch (comma-separated)")
    parser.add_argument("--negative", default="ok", help="labels it must leave alone (comma-separated; 'all': the rest)")
    parser.add_argument("--lang", choices=LANGUAGES, help="only rows in this language")
    parser.add_argument("--false-rate", type=float, help="set the threshold where at most this share of negatives fire "
                                                         "(default: the regression's own boundary)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength (default 1)")
    parser.add_argument("--features", type=Path, help="also write the signals present per row to this JSONL")
    parser.add_argument("--write", action="store_true", help="write the fitted weights into the rule file")
    args = parser.parse_args(argv)

    rule, errors = parse_rule(args.rule.read_text(encoding="utf-8"), str(args.rule))
    if rule is None or rule.type != "signals":
        print("\n".join(map(str, errors)) or f"{args.rule}: not a signals rule", file=sys.stderr)
        return 2
    negative = None if args.negative == "all" else set(args.negative.split(","))
    rows = record(rule, read_rows(args.data, set(args.positive.split(",")), negative, args.lang))
    if not any(r.positive for r in rows) or all(r.positive for r in rows):
        print("need both positive and negative rows", file=sys.stderr)
        return 2
    if args.features:
        with open(args.features, "w", encoding="utf-8") as out:
            for r in rows:
                out.write(json.dumps({"id": r.id, "positive": r.positive, "signals": sorted(r.fired)}) + "\n")
    names = list(rule.check["signals"])
    threshold = float(rule.check["threshold"])
    before = {n: float(s["weight"]) for n, s in rule.check["signals"].items()}
    seen = {n for r in rows for n in r.fired}
    train, test = [r for r in rows if not r.held_out], [r for r in rows if r.held_out]
    held, held_threshold = solve(train, names, threshold, args.c, args.false_rate)
    weights, new_threshold = solve(rows, names, threshold, args.c, args.false_rate)
    weights = {n: (w if n in seen else before[n]) for n, w in weights.items()}  # never seen: kept as written

    pos, neg = [r for r in rows if r.positive], [r for r in rows if not r.positive]
    print(f"{len(rows)} rows: {len(pos)} positive, {len(neg)} negative; held out: {len(test)}")
    print(f"{'signal':24} {'in pos':>7} {'in neg':>7} {'weight':>7} {'fitted':>7}")
    for n in names:
        share_pos = sum(n in r.fired for r in pos) / len(pos)
        share_neg = sum(n in r.fired for r in neg) / len(neg)
        note = "" if n in seen else "  (never present: kept)"
        print(f"{n:24} {share_pos:7.1%} {share_neg:7.1%} {before[n]:7g} {weights[n]:7g}{note}")
    print(f"threshold {threshold:g} -> {new_threshold:g}")
    print(f"held out, weights as written: {figures(test, before, threshold)}")
    print(f"held out, fitted on the rest: {figures(test, held, held_threshold)}")
    print(f"every row, fitted:            {figures(rows, weights, new_threshold)}")
    if args.write:
        args.rule.write_text(write_back(args.rule, weights, new_threshold), encoding="utf-8")
        print(f"wrote {args.rule}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
