"""detect_many (an import's batch in one numpy pass of the language model) agrees with detect."""

from __future__ import annotations

import random

from bench.corpus import EN, FR, drafts
from bot.engine import language
from bot.engine.language import SAMPLE, detect, detect_many


def _texts() -> list[str]:
    rng = random.Random(4)
    words = [w.strip(".,!?:") for w in " ".join(FR + EN).split()]
    texts = drafts(60, 280) + drafts(10, 2000) + FR + EN
    texts += [" ".join(rng.choices(words, k=rng.randint(1, 30))) for _ in range(300)]  # few function words
    texts += ["", "ok", "MERCI À TOUS POUR CE SUPER ATELIER", "😀 " * 30, "https://acme.example/a-b",
              "Lancement demain : newsletter, webinar, podcast", "Launch tomorrow: newsletter, webinar, podcast"]
    texts += ["".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(0, 120))) for _ in range(40)]
    return texts


def test_detect_many_gives_the_languages_detect_gives():
    texts = _texts()
    one, many = [detect(t) for t in texts], detect_many(texts)
    assert [d.language for d in many] == [d.language for d in one]
    assert [(d.mixed, d.guessed) for d in many] == [(d.mixed, d.guessed) for d in one]
    assert all(abs(a.confidence - b.confidence) < 1e-3 for a, b in zip(one, many, strict=True))


def test_the_numpy_pass_scores_like_the_model():
    automaton = language._automaton()
    assert automaton is not None  # the installed py3langid is read directly
    texts = [t[:SAMPLE] for t in _texts()]
    expected = [language._identifier().classify(t) for t in texts]
    found = language._walk(texts, automaton)
    assert [f[0] for f in found] == [e[0] for e in expected]
    assert max(abs(f[1] - e[1]) for f, e in zip(found, expected, strict=True)) < 1e-3


def test_small_batches_and_fallbacks():
    assert detect_many([]) == []
    assert [d.language for d in detect_many(["Bonjour", "Merci pour votre retour sur le guide"], "fr")] == \
        [detect("Bonjour", "fr").language, detect("Merci pour votre retour sur le guide", "fr").language]


def test_tagging_a_batch_gives_the_records_tagging_one_by_one_gives():
    from bot.engine.categories import default_tagger
    from bot.memory.records import record, records

    tagger = default_tagger()
    texts = _texts()[:120]
    messages = [dict(text=text, platform="slack", workspace="W1", channel="C1", member=f"U{i % 3}",
                     message_id=str(i), posted_at=1_700_000_000 + i, kind="community" if i % 4 else "team",
                     is_reply=i % 5 == 0, fallback="fr" if i % 2 else "en") for i, text in enumerate(texts)]
    assert records(tagger, messages) == [record(tagger, **m) for m in messages]


def test_a_pass_scores_each_text_alone_and_folded_texts_change_nothing():
    """The texts walked together do not change one another's scores (an import walks up to WALK
    at once), and detect_many given the folded texts finds what it finds folding them itself."""
    from bot.engine.text import fold

    texts = [t[:SAMPLE] for t in _texts()]
    automaton = language._automaton()
    together = language._walk(texts, automaton)
    apart = [hit for start in range(0, len(texts), 37) for hit in language._walk(texts[start : start + 37], automaton)]
    assert together == apart
    assert detect_many(texts, "fr", [fold(t) for t in texts]) == detect_many(texts, "fr")
