"""py3langid's model, restricted to French and English, ready in a millisecond.

py3langid ships one xz-compressed model for 142 languages: decompressing it and building
the identifier takes about half a second and numpy, on every cold start of `coach
review`. What Coach needs of it is the byte automaton and the fr/en columns of the
weights: they are derived once from the installed wheel (nothing is downloaded) and kept
in the cache folder (bot.diskcache) in a file named after the wheel's model file,
so upgrading py3langid derives them again. The file is memory-mapped: a review reads only
the pages its draft walks through.

`classify` scores a text as py3langid's `classify` does (a naive Bayes score per language
from the features the automaton finds, scaled by the square root of the length, then
normalised), in plain Python; `arrays()` gives numpy views of the same data for an
import's batches (bot.engine.language). tests/test_language_model.py compares both with
py3langid itself.
"""

from __future__ import annotations

import json
import math
import mmap
import sys
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from bot import diskcache

LANGUAGES = ("fr", "en")
FORMAT = 1
PREFIX = "langid-fr-en-"
_MAGIC = b"COACH-LANGID\n"


@dataclass(frozen=True)
class Model:
    """The language model's automaton and weights, as read from the cache file or the wheel."""

    classes: tuple[str, ...]  # in the model's order
    nextmove: memoryview  # automaton: next state at rowbase[state] + byte
    rowbase: memoryview  # per state: its row's offset in nextmove
    output: memoryview  # per state: the feature it completes, or -1
    weights: memoryview  # per feature, one weight per class (feature * len(classes) + class)
    prior: tuple[float, ...]  # per class
    source: str  # where it came from: the cache file, or the wheel

    def classify(self, text: str) -> tuple[str, float]:
        """(language, confidence) as py3langid's `classify` with norm_probs gives them."""
        data = encode(text)
        nm, rowbase, output = self.nextmove, self.rowbase, self.output
        state = 0
        counts: dict[int, int] = {}
        for byte in data:
            state = nm[rowbase[state] + byte]
            feature = output[state]
            if feature >= 0:
                counts[feature] = counts.get(feature, 0) + 1
        n = len(self.classes)
        if not counts:  # no feature: every language equally likely, the first one wins
            return self.classes[0], 1.0 / n
        weights = self.weights
        scores = list(self.prior)
        for feature, count in counts.items():
            scale = math.log1p(count)
            base = feature * n
            for c in range(n):
                scores[c] += scale * weights[base + c]
        scale = 1.0 / math.sqrt(len(data) or 1)
        top = max(scores)
        exps = [math.exp((s - top) * scale) for s in scores]
        total = sum(exps)
        best = max(range(n), key=exps.__getitem__)  # the first of equal scores, as numpy's argmax
        return self.classes[best], exps[best] / total


def encode(text: str) -> bytes:
    """The bytes py3langid reads: all-capital text lower-cased, composed (NFC), UTF-8."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf-8", errors="surrogatepass")


def _wheel_model() -> Path | None:
    """py3langid's model file, found without importing py3langid (which imports numpy)."""
    spec = find_spec("py3langid")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0]) / "data" / "model.npz.xz"


def cache_name(model_file: Path) -> str:
    """The cache file for this wheel's model: a new py3langid (another file) gets a new one."""
    stat = model_file.stat()
    key = f"{FORMAT}|{model_file.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{sys.byteorder}"
    return f"{PREFIX}{diskcache.blake2b(key.encode(), digest_size=8).hexdigest()}.bin"


def derive() -> tuple[bytes, Model]:
    """Build the fr/en model from the installed py3langid (half a second, numpy): the bytes of
    its cache file, and the model itself."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    keep = [i for i, c in enumerate(ident.nb_classes) if c in LANGUAGES]
    arrays = {
        "nextmove": ident.tk_nextmove,  # already an array ('I', or 'H' for a small automaton)
        "rowbase": _array("I", np.asarray(ident.tk_row, dtype=np.uint32) << np.uint32(8)),
        "output": _array("i", np.asarray(ident.tk_output, dtype=np.int32)),
        "weights": _array("f", np.asarray(ident.nb_ptc)[:, keep].astype(np.float32)),
        "prior": _array("f", np.asarray(ident.nb_pc)[keep].astype(np.float32)),
    }
    classes = [ident.nb_classes[i] for i in keep]
    layout: dict[str, list] = {}
    offset = 0
    for name, values in arrays.items():
        layout[name] = [offset, values.typecode, len(values)]
        offset += len(values) * values.itemsize
        offset += -offset % 8
    header = json.dumps({"format": FORMAT, "classes": classes, "arrays": layout}).encode()
    head = _MAGIC + len(header).to_bytes(4, "little") + header
    head += b"\0" * (-len(head) % 8)
    body = bytearray(offset)
    for name, values in arrays.items():
        start = layout[name][0]
        raw = values.tobytes()
        body[start : start + len(raw)] = raw
    data = head + bytes(body)
    return data, _read(memoryview(data), "py3langid's wheel")


def _array(typecode: str, values) -> array:
    """A numpy array's values as a standard-library array (one copy of the bytes)."""
    out = array(typecode)
    out.frombytes(values.tobytes())
    return out


def _read(buffer: memoryview, source: str) -> Model:
    """A Model on a cache file's bytes (no copy); ValueError when they are not one."""
    if bytes(buffer[: len(_MAGIC)]) != _MAGIC:
        raise ValueError("not a Coach language model")
    size = int.from_bytes(buffer[len(_MAGIC) : len(_MAGIC) + 4], "little")
    start = len(_MAGIC) + 4
    header = json.loads(bytes(buffer[start : start + size]))
    if header.get("format") != FORMAT:
        raise ValueError("another format")
    base = start + size + (-(start + size) % 8)
    views = {}
    for name, (offset, typecode, count) in header["arrays"].items():
        itemsize = array(typecode).itemsize
        begin = base + offset
        if begin + count * itemsize > len(buffer):
            raise ValueError("truncated")
        views[name] = buffer[begin : begin + count * itemsize].cast(typecode)
    return Model(tuple(header["classes"]), views["nextmove"], views["rowbase"], views["output"],
                 views["weights"], tuple(views["prior"]), source)


def _mapped(path: Path) -> memoryview:
    with open(path, "rb") as handle:
        return memoryview(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))


@lru_cache(maxsize=1)
def model() -> Model:
    """The fr/en model: from the cache folder when it is there, else derived from the wheel
    (and cached for the next process when the folder can be written)."""
    wheel = _wheel_model()
    name = cache_name(wheel) if wheel is not None and wheel.exists() else None
    folder = diskcache.cache_dir()
    if name is not None and folder is not None:
        try:
            return _read(_mapped(folder / name), str(folder / name))
        except (OSError, ValueError):  # not there yet, or damaged: derived again below
            pass
    data, derived = derive()
    if name is not None:
        diskcache.write(name, data, stale_prefix=PREFIX)
    return derived


def arrays() -> tuple:
    """numpy views of the model for many texts at once: (nextmove, rowbase, output, weights
    [features x classes], prior, classes)."""
    import numpy as np

    found = model()
    n = len(found.classes)
    nextmove = np.frombuffer(found.nextmove, dtype=np.dtype(found.nextmove.format))
    rowbase = np.frombuffer(found.rowbase, dtype=np.uint32).astype(np.int64)
    output = np.frombuffer(found.output, dtype=np.int32)  # int32: half the cache lines a walk reads
    weights = np.frombuffer(found.weights, dtype=np.float32).reshape(-1, n)
    prior = np.asarray(found.prior, dtype=np.float32)
    return nextmove, rowbase, output, weights, prior, list(found.classes)
