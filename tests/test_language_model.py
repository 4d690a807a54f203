"""The fr/en language model Coach derives from py3langid's wheel and keeps in its cache folder
scores like py3langid itself, and the cache is rebuilt, or done without, when it must be."""

from __future__ import annotations

import random

import pytest

from bench.corpus import EN, FR, drafts
from bot import diskcache
from bot.engine import langmodel
from bot.engine.language import SAMPLE


@pytest.fixture(scope="module")
def py3langid():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(langmodel.LANGUAGES))
    return identifier


def _texts() -> list[str]:
    rng = random.Random(9)
    words = " ".join(FR + EN).split()
    texts = drafts(200, 280) + drafts(20, 2000) + FR + EN
    texts += [" ".join(rng.choices(words, k=rng.randint(1, 12))) for _ in range(300)]
    texts += ["", "a short draft", "ok", "MERCI À TOUS", "BUY NOW", "e\u0301te\u0301", "😀 " * 30, "\ud800 lone",
              "https://acme.example/a-b", "1234 5678"]
    texts += ["".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(0, 120))) for _ in range(60)]
    return [text[:SAMPLE] for text in texts]


def test_the_cached_model_classifies_as_py3langid_does(py3langid):
    model = langmodel.model()
    for text in _texts():
        language, confidence = model.classify(text)
        expected = py3langid.classify(text)
        assert language == expected[0], text
        assert abs(confidence - expected[1]) < 1e-4, text  # py3langid sums in float32, Coach in float64


def test_a_second_process_reads_the_cache_file(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    langmodel.model.cache_clear()
    try:
        derived = langmodel.model()
        assert derived.source == "py3langid's wheel"
        files = list(tmp_path.glob(langmodel.PREFIX + "*"))
        assert len(files) == 1
        langmodel.model.cache_clear()
        cached = langmodel.model()
        assert cached.source == str(files[0])
        assert cached.classify("a short draft") == derived.classify("a short draft")
    finally:
        langmodel.model.cache_clear()


def test_a_damaged_cache_file_is_derived_again(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_CACHE_DIR", str(tmp_path))
    langmodel.model.cache_clear()
    try:
        name = langmodel.cache_name(langmodel._wheel_model())
        (tmp_path / name).write_bytes(b"COACH-LANGID\n\x00\x00")  # cut short
        assert langmodel.model().source == "py3langid's wheel"
        assert (tmp_path / name).stat().st_size > 1_000_000  # written again, whole
    finally:
        langmodel.model.cache_clear()


def test_a_cache_folder_that_cannot_be_written_is_no_error(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("in the way")  # (chmod cannot stop root, who runs the tests here)
    monkeypatch.setenv("COACH_CACHE_DIR", str(blocked / "coach"))  # cannot be created
    langmodel.model.cache_clear()
    try:
        assert diskcache.write("x.bin", b"data") is None
        model = langmodel.model()
        assert model.source == "py3langid's wheel"
        assert model.classify("Merci pour ce guide, il nous aide beaucoup")[0] == "fr"
    finally:
        langmodel.model.cache_clear()


def test_caching_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("COACH_CACHE_DIR", "off")
    assert diskcache.cache_dir() is None
    assert diskcache.write("x.bin", b"data") is None
    assert diskcache.read("x.bin") is None


def test_another_py3langid_model_gets_another_cache_file(tmp_path):
    model_file = tmp_path / "model.npz.xz"
    model_file.write_bytes(b"one")
    first = langmodel.cache_name(model_file)
    model_file.write_bytes(b"other")
    assert langmodel.cache_name(model_file) != first
