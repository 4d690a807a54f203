"""Tables a compile derives from a rule and keeps in the cache folder (bot.diskcache), so that the
next cold process looks them up instead of working them out again (speed55: a signals rule's
needs were most of compiling a language at a cold `coach review`).

A table maps a digest of everything the derived value is a function of (the caller says what:
a rule's signals, weights and combinations, never its file's name) to the value, plain data.
The file is named after Coach's engine code and the interpreter (`diskcache.code_key`), so
an upgrade or an edited engine module starts a new file, and an edited pack or an admin's
layer simply has other digests: nothing stale is ever served. A file cut short, damaged or
written by another Python reads as empty (diskcache.unpack), and is written again whole;
what a caller reads from it is checked by the caller before use (a wrong shape is rebuilt).
"""

from __future__ import annotations

from typing import Any

from bot import diskcache

MAX_ENTRIES = 4_000  # digests kept per table: packs and layers of many edits never grow it without end


def digest(description: object) -> str:
    """A short digest of a value's repr (text, numbers, tuples: the same repr in every process)."""
    return diskcache.blake2b(repr(description).encode(), digest_size=16).hexdigest()


class Table:
    """One table of derived values, read from the cache folder on first use, written by `save`."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix
        self.entries: dict[str, Any] | None = None
        self.added = False

    def _name(self) -> str:
        return f"{self.prefix}{diskcache.code_key()}.m"

    def _loaded(self) -> dict[str, Any]:
        if self.entries is None:
            found = diskcache.unpack(diskcache.read(self._name()))
            self.entries = found[0] if found is not None and isinstance(found[0], dict) else {}
        return self.entries

    def get(self, key: str) -> Any:
        """The value kept under `key` (None: none kept)."""
        return self._loaded().get(key)

    def put(self, key: str, value: Any) -> None:
        entries = self._loaded()
        if len(entries) >= MAX_ENTRIES:
            entries.clear()
        entries[key] = value
        self.added = True

    def save(self) -> None:
        """Write the table back when this process added to it (atomically; a read-only or switched
        off cache folder is no error: the values are then worked out again next time)."""
        if not self.added or self.entries is None:
            return
        self.added = False
        packed = diskcache.pack(dict(self.entries))  # (a copy, made in one step: another thread may add meanwhile)
        if packed is not None:
            diskcache.write(self._name(), packed, stale_prefix=self.prefix)

