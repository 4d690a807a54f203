"""Rule files already read and validated, kept in the cache folder so that a cold `coach
review` neither parses their YAML nor validates them again (nor imports jsonschema).

An entry is a file's outcome (its rule, or its errors) under the file's absolute path and a
digest of its bytes: an edited file, even one rewritten within the same clock tick with the
same size, has another digest and is read again. The whole cache is named after what the
outcome depends on besides the file: the check types validated against, and the size and
time of Coach's own engine files and rule schema (a new Coach, or a change to the code while
developing, starts a new cache). Nothing in the cache folder is ever run as code. A rule
whose data JSON cannot hold exactly (a key that is not text) is simply not cached.

The file starts with the files, their rules' data and errors as plain data packed by
`diskcache.pack` (marshal, behind a header with a checksum: a third of parsing them as JSON,
start38), then one JSON line per rule, its lines (where each key is, for error messages):
the packed head says where a rule's lines are, and they are read only when asked for. Parsing
them with the rest was two thirds of reading the cache (~5 of ~8 ms of a cold start), for
lines a review never asks for.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from bot import diskcache
from bot.engine.located import LocatedYaml
from bot.engine.rule import Rule, RuleError, bundled_advice_dir

FORMAT = 4  # 2: a rule's lines kept as one JSON text, read when first asked for; 3: after the JSON line; 4: packed head
PREFIX = "rules-"
MAX_ENTRIES = 4_000  # files remembered; beyond that, the ones this load did not read are dropped
Outcome = tuple[Rule | None, list[RuleError]]


def digest(raw: bytes) -> str:
    return diskcache.blake2b(raw, digest_size=16).hexdigest()


def _short(text: str) -> str:
    return diskcache.blake2b(text.encode(), digest_size=8).hexdigest()


def _code_key() -> str:
    """What a file's outcome depends on besides the file itself and the check types."""
    advice = bundled_advice_dir()  # the shared lists too: a rule naming "@name" is valid while the list exists
    also = [advice / "rule.schema.json", *sorted((advice / "lists").glob("*.yaml"))]
    return _short(f"{FORMAT}|{diskcache.code_key(*also)}")


class PackCache:
    """The outcomes of the rule files one set of check types validated."""

    def __init__(self, types: Iterable[str]):
        self.family = f"{PREFIX}{_short(','.join(sorted(types)))}-"  # one cache per set of types
        self.name = f"{self.family}{_code_key()}.m"
        self.entries: dict[str, list[Any]] = {}
        self.read: set[str] = set()
        self.changed = False
        self.blob = b""  # the rules' lines, after the first line of the file
        found = diskcache.unpack(diskcache.read(self.name))
        if found is not None:
            head, blob = found
            if isinstance(head, dict) and head.get("format") == FORMAT and isinstance(head.get("files"), dict):
                self.entries, self.blob = head["files"], blob

    def _lines(self, where: object) -> bytes | str:
        """A rule's lines as JSON: new (text), or where they are in the file read (offset, length)."""
        if isinstance(where, str):
            return where
        start, length = where  # type: ignore[misc]
        if not (isinstance(start, int) and isinstance(length, int) and 0 <= start <= start + length <= len(self.blob)):
            raise ValueError("lines out of the file")
        return self.blob[start:start + length]

    def get(self, path: Path, key: str, shown: str) -> Outcome | None:
        """The cached outcome of the file at `path` whose bytes digest to `key`, with its
        rule and errors naming it `shown` (as this run shows paths)."""
        where = str(path)
        self.read.add(where)
        entry = self.entries.get(where)
        if not entry or entry[0] != key:
            return None
        try:
            _, rule, errors = entry
            found = [RuleError(shown, line, error_key, message) for line, error_key, message in errors]
            if rule is None:
                return None, found
            data, lines = rule
            return Rule.from_data(data, shown, LocatedYaml.encoded(data, self._lines(lines))), found
        except (ValueError, KeyError, TypeError):  # an entry of another shape: read the file again
            return None

    def outcome(self, path: Path, key: str, shown: str, parse: Callable[[], Outcome]) -> Outcome:
        """The file's cached outcome, or `parse()`'s, kept for the next load."""
        found = self.get(path, key, shown)
        if found is None:
            found = parse()
            self.put(path, key, found)
        return found

    def put(self, path: Path, key: str, outcome: Outcome) -> None:
        rule, errors = outcome
        entry_errors = [[e.line, e.key, e.message] for e in errors]
        if rule is not None:
            located = rule.lines
            if located is None or not diskcache.plain(located.data):
                return
            lines = json.dumps([[list(p), n] for p, n in located.lines.items()], ensure_ascii=False,
                               separators=(",", ":"))
            self.entries[str(path)] = [key, [located.data, lines], entry_errors]
        else:
            self.entries[str(path)] = [key, None, entry_errors]
        self.changed = True

    def _packed(self, entry: list[Any], blob: bytearray) -> list[Any]:
        """The entry as the file's first line holds it, its rule's lines appended to `blob`."""
        key, rule, errors = entry
        if rule is not None:
            lines = self._lines(rule[1])
            encoded = lines.encode("utf-8") if isinstance(lines, str) else lines
            rule = [rule[0], [len(blob), len(encoded)]]
            blob += encoded + b"\n"  # JSON holds no raw line break: one line each
        return [key, rule, errors]

    def save(self) -> None:
        """Write the cache back when this load read a file it did not hold."""
        if not self.changed:
            return
        if len(self.entries) > MAX_ENTRIES:
            self.entries = {k: v for k, v in self.entries.items() if k in self.read}
        blob = bytearray()
        files: dict[str, list[Any]] = {}
        for where, entry in self.entries.items():
            try:
                files[where] = self._packed(entry, blob)
            except (ValueError, TypeError):  # an entry of another shape: left out, its file read again
                continue
        packed = diskcache.pack({"format": FORMAT, "files": files}, bytes(blob))
        if packed is not None:  # (plain data only: `put` took JSON's kind of data)
            diskcache.write(self.name, packed, stale_prefix=self.family)
        self.entries = files
        self.blob = bytes(blob)
        self.changed = False
