"""A parsed YAML document that remembers the line of each key (bot.engine.yamlfile reads it), so
that errors say file:line:key. Apart from the parser: a rule read back from the cache of
validated files (bot.engine.packcache) carries its lines without importing YAML."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

Path_ = tuple[str | int, ...]


@dataclass
class LocatedYaml:
    """YAML data with the line of each key, so errors can point at it."""

    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)  # key path -> 1-based line

    @classmethod
    def encoded(cls, data: Any, lines: str | bytes) -> LocatedYaml:
        """Data whose lines are still the JSON text the pack cache holds ([[path, line], ...]):
        decoded the first time they are asked for. They only say where an error is, most
        loads ask for none, and decoding every key's line of the packs was half the cache."""
        found = cls.__new__(cls)
        found.data = data
        found.__dict__["_encoded"] = lines
        return found

    def __getattr__(self, name: str) -> Any:  # only for what is not set: the lines of `encoded`
        encoded = self.__dict__.get("_encoded")
        if name != "lines" or encoded is None:
            raise AttributeError(name)
        self.lines = {tuple(p): n for p, n in json.loads(encoded)}
        return self.lines

    def line(self, path: Path_) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)
