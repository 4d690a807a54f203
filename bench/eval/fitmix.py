"""The labelled mix the signals rules were fitted on, rebuilt from the corpora.

    python -m bench.eval.fitmix /tmp/mix.jsonl
    python -m bench.eval.fitmix --email 1000 /tmp/mix1000.jsonl   # hard-sell.pushy, round four
    python -m bench.fit_signals advice/core/hard-sell.pushy.yaml /tmp/mix1000.jsonl \
        --positive pushy --negative ok --false-rate 0.009 --write
    python -m bench.fit_signals advice/core/self-promotion.plug.yaml /tmp/mix.jsonl \
        --positive self-promo --negative ok --false-rate 0.01

E-mail (250 rows per label and corpus by default, `--email N` for more; seed 11; SpamAssassin's hard ham left out)
is sampled so that it does not outweigh the short posts Coach reviews; our own
sets count twice (the kinds the shared corpora lack), and ordinary social posts
count three times (where a false alarm costs most). The blind sets are left out.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

from bench.eval.corpora import DEVSETS, Options, shared_dir

EMAIL = {"en_email_enron_spam": 250, "en_email_spamassassin": 250}
SOCIAL_OK = ("en_social_x_janitr", "en_social_instagram_scamspot", "en_social_reddit_goemotions")


def rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:  # not splitlines(): texts may hold U+2028
        return [json.loads(line) for line in lines if line.strip()]


def build(out: Path, options: Options | None = None, email: dict[str, int] | None = None,
          social_ok_times: int = 3) -> int:
    rng = random.Random(11)
    email = EMAIL if email is None else email
    mix: list[dict] = []

    def add(items: list[dict], times: int = 1) -> None:
        for t in range(times):
            mix.extend({**r, "id": f"{r['id']}#{t}"} for r in items)

    shared = shared_dir((options or Options()).corpora)
    for path in sorted(shared.glob("*.jsonl")):
        items = [r for r in rows(path) if "hard-ham" not in r["id"]]
        if path.stem in email:
            by_label: dict[str, list[dict]] = {}
            for r in items:
                by_label.setdefault(r["label"], []).append(r)
            items = [r for group in by_label.values() for r in rng.sample(group, min(len(group), email[path.stem]))]
        add(items)
        if path.stem in SOCIAL_OK:
            for t in range(1, social_ok_times):
                mix.extend({**r, "id": f"{r['id']}#{t}"} for r in items if r["label"] == "ok")
    for path in sorted(DEVSETS.glob("*.jsonl")):
        if "blind" not in path.stem:
            add(rows(path), times=2)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in mix), encoding="utf-8")
    return len(mix)


if __name__ == "__main__":
    args = sys.argv[1:]
    per_label = None
    if len(args) == 3 and args[0] == "--email":  # e-mail rows per label and corpus (default 250)
        per_label, args = int(args[1]), args[2:]
    if len(args) != 1:
        sys.exit("usage: python -m bench.eval.fitmix [--email N] OUT.jsonl")
    email = None if per_label is None else dict.fromkeys(EMAIL, per_label)
    print(f"{build(Path(args[0]), email=email)} rows written to {args[0]}")
