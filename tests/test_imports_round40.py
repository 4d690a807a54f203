"""Imports, round 40: the cheaper walk of the language model an import's batches go through
(bot.engine.language._walk) keeps every answer.

What must hold:
- the walk scores each text as the model's own `classify` does: the same language, the same
  confidence (float32 against float64 arithmetic: within 1e-5), for corpus posts, generated chat,
  empty, all-capital, emoji and non-Latin texts;
- a text's score does not depend on the texts walked beside it: alone, among longer and shorter
  ones (the shorter ones' padding completes no feature), in one pass or in many small ones;
- the (text, feature) keys sorted as int32 give exactly the scores the int64 keys give;
- one pass holds an import's whole batch of 2,000 texts (WALK), and a batch larger than a pass
  gives detect()'s languages;
- a batch's records are the records of tagging its messages one by one, with the language model
  asked for many of them;
- MinHash signatures do not depend on how many shingles one numpy pass permutes (512 since round 40).
"""

from __future__ import annotations

import random
from itertools import accumulate

import pytest

from bench.corpus import EN, FR, drafts
from bot.engine import language
from bot.engine.language import SAMPLE, WALK, detect, detect_many


def _texts() -> list[str]:
    rng = random.Random(40)
    words = [w.strip(".,!?:") for w in " ".join(FR + EN).split()]
    texts = drafts(40, 280) + drafts(5, 2000) + FR[:60] + EN[:60]
    texts += [" ".join(rng.choices(words, k=rng.randint(1, 40))) for _ in range(200)]
    texts += ["", "a", "ok", "LANCEMENT DEMAIN POUR TOUTE L'ÉQUIPE", "🔥" * 50, "Привет всем, как дела?",
              "https://acme.example/guide?utm_source=x", "mdr jpp tkt", "lol omg thx"]
    texts += ["".join(chr(rng.randint(32, 0x2FFF)) for _ in range(rng.randint(0, 90))) for _ in range(30)]
    return [t[:SAMPLE] for t in texts]


@pytest.fixture(scope="module")
def automaton() -> tuple:
    return language._automaton()


def test_the_walk_scores_each_text_as_the_models_classify(automaton):
    texts = _texts()
    found = language._walk(texts, automaton)
    expected = [language._identifier().classify(text) for text in texts]
    assert [f[0] for f in found] == [e[0] for e in expected]
    assert max(abs(f[1] - e[1]) for f, e in zip(found, expected, strict=True)) < 1e-5


def test_a_texts_score_does_not_depend_on_the_texts_beside_it(automaton):
    texts = _texts()
    together = language._walk(texts, automaton)
    alone = [language._walk([text], automaton)[0] for text in texts]
    assert together == alone
    longest = max(texts, key=len)
    for text in ("ok", "Merci !", "see you tomorrow", ""):  # padded to the longest text's length
        assert language._walk([longest, text, longest], automaton)[1] == language._walk([text], automaton)[0]
    in_passes = [hit for start in range(0, len(texts), 7) for hit in language._walk(texts[start : start + 7], automaton)]
    assert in_passes == together


def test_int32_and_int64_keys_give_the_same_scores(automaton, monkeypatch):
    texts = _texts()
    as_int32 = language._walk(texts, automaton)
    monkeypatch.setattr(language, "INT32_KEYS", 0)  # every key sorted as int64, as before round 40
    assert language._walk(texts, automaton) == as_int32


def test_one_pass_holds_an_import_batch_and_larger_batches_give_detects_languages():
    from bot.memory.importers import BATCH

    assert WALK >= BATCH
    texts = (_texts() * 8)[: WALK + 300]  # more than one pass
    assert [d.language for d in detect_many(texts, "fr")] == [detect(text, "fr").language for text in texts]


def test_a_batch_tags_as_its_messages_one_by_one_with_the_model_asked():
    from bot.engine.categories import default_tagger
    from bot.memory.records import record, records

    tagger = default_tagger()
    texts = _texts()
    asked = sum(1 for t in texts if t.strip() and not isinstance(language._judge(t, "en", None), language.Detection))
    assert asked > len(texts) // 3  # the walk decides many of them
    messages = [dict(text=text, platform="discord", workspace="G1", channel="C1", member=f"M{i % 4}",
                     message_id=str(i), posted_at=1_700_000_000 + 60 * i, kind="community" if i % 3 else "team",
                     is_reply=i % 7 == 0, fallback="fr" if i % 2 else "en") for i, text in enumerate(texts)]
    assert records(tagger, messages) == [record(tagger, **m) for m in messages]


def test_signatures_do_not_depend_on_the_shingles_a_pass_permutes(monkeypatch):
    import numpy as np

    from bot.memory import minhash

    rng = random.Random(512)
    sizes = [rng.randint(1, 40) for _ in range(150)]
    sizes[60] = 1_100  # a set larger than a pass
    ends = list(accumulate(sizes))
    values = np.array([rng.getrandbits(32) for _ in range(ends[-1])], dtype=np.uint64)
    found = minhash.rows_of_values(values, ends)
    for rows_at_once in (1, 7, 256, 4_096):
        monkeypatch.setattr(minhash, "_ROWS_AT_ONCE", rows_at_once)
        assert np.array_equal(minhash.rows_of_values(values, ends), found)
    starts = [0, *ends[:-1]]
    assert all(np.array_equal(found[k], minhash._permuted(values[a:b]).min(axis=0).astype(np.uint32))
               for k, (a, b) in enumerate(zip(starts, ends, strict=True)))
