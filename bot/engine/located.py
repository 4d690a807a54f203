"""A parsed YAML document that remembers the line of each key (bot.engine.yamlfile reads it), so
that errors say file:line:key. Apart from the parser: a rule read back from the cache of
validated files (bot.engine.packcache) carries its lines without importing YAML."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Path_ = tuple[str | int, ...]


@dataclass
class LocatedYaml:
    data: Any
    lines: dict[Path_, int] = field(default_factory=dict)  # key path -> 1-based line

    def line(self, path: Path_) -> int:
        """The line of `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), 1)
