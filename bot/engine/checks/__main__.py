"""`python -m bot.engine.checks --write-schema`: write the `check` part of advice/rule.schema.json
(and the `$defs` it names) from the check types (without --write-schema: say whether the file is up to date; exit 1 if not)."""

from __future__ import annotations

import json
import sys

from bot.engine.checks.registry import check_defs, check_schema
from bot.engine.rule import bundled_advice_dir


def main(argv: list[str]) -> int:
    path = bundled_advice_dir() / "rule.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    defs = data.get("$defs", {})
    if data["properties"]["check"] == check_schema() and all(defs.get(k) == v for k, v in check_defs().items()):
        print(f"{path}: up to date")
        return 0
    if "--write-schema" not in argv:
        print(f"{path}: stale; run python -m bot.engine.checks --write-schema")
        return 1
    data["properties"]["check"] = check_schema()
    data["$defs"] = {**defs, **check_defs()}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{path}: written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
