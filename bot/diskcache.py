"""Where Coach keeps what it can rebuild: the language model restricted to French and English,
the rule files already read and validated, the words of their phrases, and its YAML data
files (messages, chat spellings) as plain data. Losing the folder loses nothing but time.

    COACH_CACHE_DIR    the folder (`none` or `off`: no cache at all)
    else $XDG_CACHE_HOME/coach, else ~/.cache/coach

Writes are atomic (a temporary file renamed into place), so several processes may share the
folder; a folder that cannot be created or written is no error: the work is done in memory.

What a cold start reads is kept as `marshal` data (`pack` / `unpack`): text, numbers, lists,
tuples and dicts only, checked before writing (never a code object, never a pickle: nothing
in the folder is ever run). Reading it back costs a fraction of parsing JSON (start38). A
header says what wrote it (its magic, a format version, marshal's version and Python's) and
holds a CRC-32 of the data: a file cut short, damaged or written by another Python is
read as no file, and rebuilt.
"""

from __future__ import annotations

import marshal
import os
import sys
import zlib
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import lru_cache
from pathlib import Path
from typing import Any

try:  # the BLAKE2 Python builds in; `import hashlib` would also load OpenSSL (~3 ms per start)
    from _blake2 import blake2b
except ImportError:  # another Python implementation
    from hashlib import blake2b

OFF = ("none", "off")
_ENGINE = Path(__file__).resolve().parent / "engine"


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is switched off."""
    chosen = os.environ.get("COACH_CACHE_DIR", "").strip()
    if chosen.lower() in OFF:
        return None
    if chosen:
        return Path(chosen).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "coach"


def code_key(*also: Path) -> str:
    """A digest of what derived data depends on in Coach itself: the Python version, and the size
    and time of every engine module and of the files `also` (a new Coach, or an edit to its code
    while developing, gives another key)."""
    parts = [sys.version, *_engine_parts(), *_stamps(also)]
    return blake2b("\n".join(parts).encode(), digest_size=8).hexdigest()


@lru_cache(maxsize=1)
def _engine_parts() -> tuple[str, ...]:
    """Size and time of every engine module, read once per process: the code this process runs
    is the code it imported (each cache of a start asked for it again: ~2 ms of stat calls)."""
    return _stamps(sorted(_ENGINE.rglob("*.py")))


def _stamps(paths: Iterable[Path]) -> tuple[str, ...]:
    """Path, size and time of each file that can be read (one stat each)."""
    parts = []
    for path in paths:
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append(f"{path}|{stat.st_size}|{stat.st_mtime_ns}")
    return tuple(parts)


def read(name: str) -> bytes | None:
    """A cached file's bytes, or None when it is not there (or cannot be read)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        return (folder / name).read_bytes()
    except OSError:
        return None


def write(name: str, data: bytes, stale_prefix: str = "") -> Path | None:
    """Store `data` under `name`, atomically; its path, or None when the folder is read-only or
    caching is off. Files starting with `stale_prefix` (older versions of it) are removed."""
    folder = cache_dir()
    if folder is None:
        return None
    target = folder / name
    import tempfile

    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{name}.", dir=folder)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temp, target)
        except BaseException:
            with suppress(OSError):
                os.unlink(temp)
            raise
        if stale_prefix:
            for old in folder.glob(f"{stale_prefix}*"):
                if old.name != name and not old.name.startswith("."):
                    with suppress(OSError):
                        old.unlink()
    except OSError:
        return None
    return target



def plain(value: Any) -> bool:
    """Whether JSON gives `value` back exactly (text keys; text, numbers, booleans, null, lists)."""
    if value is None or isinstance(value, str | bool | int):
        return True
    if isinstance(value, float):
        return value == value and value not in (float("inf"), float("-inf"))
    if isinstance(value, list):
        return all(map(plain, value))
    if isinstance(value, dict):
        return all(isinstance(k, str) for k in value) and all(map(plain, value.values()))
    return False


def storable(value: Any) -> bool:
    """Whether `value` is plain data marshal gives back exactly: as `plain`, tuples too."""
    if isinstance(value, list | tuple):
        return all(map(storable, value))
    if isinstance(value, dict):
        return all(isinstance(k, str) for k in value) and all(map(storable, value.values()))
    return plain(value)


PACKED = 1  # the header's format version: another one is read as no file
_MAGIC = b"coach\x00m"
_STAMP = bytes((PACKED, marshal.version & 0xFF, sys.version_info[0], sys.version_info[1]))
_HEADER = len(_MAGIC) + len(_STAMP) + 8 + 4  # magic, stamp, payload length, CRC-32 of the payload


def pack(data: Any, rest: bytes = b"") -> bytes | None:
    """`data` as a cache file (header, then marshal's bytes), `rest` appended as they are; None when
    it holds anything but plain data (`storable`)."""
    if not storable(data):
        return None
    payload = marshal.dumps(data)
    check = zlib.crc32(payload).to_bytes(4, "little")
    return b"".join((_MAGIC, _STAMP, len(payload).to_bytes(8, "little"), check, payload, rest))


def unpack(raw: bytes | None) -> tuple[Any, bytes] | None:
    """(data, rest) of a file `pack` wrote; None for any other bytes (no file, another format or
    Python, cut short, damaged): the caller rebuilds it."""
    if not raw or len(raw) < _HEADER or not raw.startswith(_MAGIC + _STAMP):
        return None
    start = len(_MAGIC) + len(_STAMP)
    size = int.from_bytes(raw[start:start + 8], "little")
    check = raw[start + 8:_HEADER]
    payload = memoryview(raw)[_HEADER:_HEADER + size]
    if len(payload) != size or zlib.crc32(payload).to_bytes(4, "little") != check:
        return None
    try:
        return marshal.loads(payload), raw[_HEADER + size:]
    except (ValueError, EOFError, TypeError):
        return None


def derived(tag: str, sources: list[Path], build: Callable[[list[str]], Any]) -> Any:
    """`build(texts)` of data files (YAML Coach ships), kept as packed data under a digest of their
    bytes and of the engine's code: the next process reads it and imports no YAML parser. An edited
    file has another digest, and so has a new Coach (a plan reading added to the engine's code
    changes what `build` derives from the same YAML: session 30 served a stale vocabulary)."""
    raws = [path.read_bytes() for path in sources]
    digest = blake2b(code_key().encode(), digest_size=8)
    for raw in raws:
        digest.update(len(raw).to_bytes(8, "little") + raw)
    name = f"{tag}-{digest.hexdigest()}.m"
    cached = unpack(read(name))
    if cached is not None:
        return cached[0]
    data = build([raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n") for raw in raws])
    packed = pack(data) if plain(data) else None  # (plain: what JSON held, the callers' shapes)
    if packed is not None:
        write(name, packed, stale_prefix=f"{tag}-")
    return data
