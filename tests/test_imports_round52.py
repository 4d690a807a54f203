"""Round 52 (imports at 20,000 messages a second): what an import writes to disk and how its CPU is spent,
the same records as before."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from bench.synthetic import write_discord_export
from bot.memory import importers, sqlite
from bot.memory.importers.discord_export import import_discord
from bot.memory.store import Store

TABLES = ("posts", "post_links", "post_signatures", "post_minhash_bands", "daily_activity", "members")
START = 1_735_689_600.0


def _export(folder: Path, n: int) -> Path:
    path = folder / "annonces.json"
    write_discord_export(path, n, START, 60, random.Random(52),
                         {"id": "31", "type": "GuildTextChat", "name": "annonces"})
    return path


def _written() -> int:
    """Bytes this process has handed to write calls so far (Linux)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    raise AssertionError("no wchar in /proc/self/io")


def _rows(store: Store) -> dict[str, list[tuple]]:
    return {table: store.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall() for table in TABLES}


def test_statement_journals_stay_in_memory_while_importing_and_the_setting_comes_back(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "memory.db")
    before = store.conn.execute("PRAGMA temp_store").fetchone()[0]
    during: list[int] = []
    write = importers.Writer._write

    def watched(self, records):
        during.append(self.store.conn.execute("PRAGMA temp_store").fetchone()[0])
        write(self, records)

    monkeypatch.setattr(importers.Writer, "_write", watched)
    report = import_discord(store, [_export(tmp_path, 30)], batch=10)
    assert report.added == 30
    assert during == [2, 2, 2]  # MEMORY, for each batch written
    assert store.conn.execute("PRAGMA temp_store").fetchone()[0] == before != 2


def test_a_failed_import_puts_temp_store_back(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "memory.db")
    before = store.conn.execute("PRAGMA temp_store").fetchone()[0]

    def failing(self, records):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(importers.Writer, "_write", failing)
    with pytest.raises(RuntimeError):
        import_discord(store, [_export(tmp_path, 30)], batch=10)
    assert store.conn.execute("PRAGMA temp_store").fetchone()[0] == before


def test_an_import_writes_less_than_half_with_its_journals_in_memory_and_the_same_rows(tmp_path, monkeypatch):
    """3,000 messages (two batches of 2,000 and less): with statement journals spilled to temporary
    files (temp_store FILE, what SQLite did before) an import writes ~2.5 times what it writes now."""
    export = _export(tmp_path, 3_000)
    import_discord(Store.open(tmp_path / "warm.db"), [export])  # caches written once (lexicons, model) first
    stores, written = {}, {}
    for mode in ("MEMORY", "FILE"):
        monkeypatch.setattr(sqlite, "BULK_TEMP_STORE", mode)
        stores[mode] = Store.open(tmp_path / f"{mode}.db")
        start = _written()
        assert import_discord(stores[mode], [export], jobs=1).added == 3_000
        written[mode] = _written() - start
    assert written["MEMORY"] < 0.5 * written["FILE"], written
    assert _rows(stores["MEMORY"]) == _rows(stores["FILE"])


def test_forgetting_works_before_and_after_an_import_on_the_same_connection(tmp_path):
    """Setting temp_store drops a connection's temporary tables (forgetting's lists of what to
    delete): forgetting makes them again whenever it runs."""
    store = Store.open(tmp_path / "memory.db")
    export = _export(tmp_path, 40)  # 40 members, one post each
    import_discord(store, [export])
    assert store.forget_user("900")["posts"] == 1
    (tmp_path / "more").mkdir()
    more = tmp_path / "more" / "annonces.json"
    write_discord_export(more, 40, START + 90 * 86_400, 60, random.Random(53),
                         {"id": "32", "type": "GuildTextChat", "name": "nouvelles"})
    assert import_discord(store, [more]).added == 40
    assert store.forget_user("901")["posts"] == 2
    assert store.conn.execute("SELECT COUNT(*) FROM posts").fetchone()[0] == 77


def test_links_read_with_the_fold_are_the_links_read_without_it():
    from bot.engine.text import fold
    from bot.memory.postfeatures import links_of

    rng = random.Random(52)
    pieces = ["HTTP://Example.COM/Promo", "https://acme.example/guide?utm_source=x", "WWW.exemple.fr/atelier",
              "www.", "http", "HtTpS://x.io", "İstanbul", "Ünïcödé", "KELVIN \u212a", "rien à voir", "😂", ".",
              "ħttp://x.com", "wWw.site.fr", " ", "voir: www.a.com, puis http://b.fr."]
    texts = [" ".join(rng.choices(pieces, k=rng.randint(1, 6))) for _ in range(3_000)] + pieces
    with_links = 0
    for text in texts:
        found = links_of(text)
        assert links_of(text, fold(text)) == found, text
        with_links += bool(found)
    assert with_links > 1_000  # the texts with links were read, not all skipped


def test_every_character_that_lower_cases_to_a_link_mark_folds_to_it():
    """What lets links_of() skip a text by its fold: "http" or "www." in the lower-cased text is in the fold."""
    from bot.engine.text import fold

    for code in range(0x110000):
        lowered = chr(code).lower()
        if lowered != chr(code) or chr(code) in "htpw.":
            if len(lowered) == 1 and lowered in "htpw.":
                assert fold(chr(code)) == lowered, hex(code)
            else:
                assert not any(mark in lowered for mark in "htpw."), hex(code)


def test_a_fingerprint_is_the_first_32_hex_digits_of_the_sha256():
    import hashlib

    from bot.memory.postfeatures import fingerprint

    for text in ("Bonjour  à tous", "HELLO world", "", "😂 lol", "  spaced\tout \n"):
        expected = hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()[:32]
        assert fingerprint(text) == expected


def _spread() -> list[dict]:
    """Messages over three 30-day periods and out of time order, team and community, links, empty texts."""
    texts = ["Voici notre guide gratuit : https://exemple.fr/guide?utm_source=x et www.exemple.fr/atelier",
             "Join us Thursday for a live Q&A session, bring your questions!", "",
             "Merci à Julie pour ce retour, très utile pour toute la communauté.", "lol 😂 http://b.example/x"]
    return [{"platform": "discord", "workspace": "G1", "channel": "C2" if i % 3 else "C1", "member": f"M{i % 4}",
             "message_id": str(9000 + i), "posted_at": 1_760_000_000.0 + 86_400 * ((i * 37) % 80),
             "text": texts[i % len(texts)], "kind": "community" if i % 4 == 1 else "team",
             "names": ("Guild", "chan", f"M{i % 4}")} for i in range(30)]


def test_a_batch_prepared_from_columns_is_the_records_batch_over_periods_and_out_of_order(tmp_path):
    from bot.engine.categories import default_tagger
    from bot.memory.prepared import WIDTH, log_prepared, prepare, prepare_messages
    from bot.memory.records import records

    tagger = default_tagger()
    messages = _spread()
    assert len({int(m["posted_at"]) // (30 * 86_400) for m in messages}) == 3
    direct, walked = prepare_messages(tagger, messages), prepare(records(tagger, messages))
    filled = list(direct.values)
    filled[15::WIDTH] = [m["text"] for m in messages]
    assert direct._replace(values=filled) == walked
    assert direct.bands and direct.signatures and direct.links and direct.words
    import numpy as np

    rows = [tuple(row) for row in np.frombuffer(direct.bands, dtype="<i8").reshape(-1, 4).tolist()]
    assert rows == sorted(rows)  # (period, band key, posted_at, position): each page of the index visited once
    assert len({row[0] for row in rows}) == 3
    plain, prepared = Store.open(tmp_path / "plain.db"), Store.open(tmp_path / "prepared.db")
    assert log_prepared(prepared, direct, [m["text"] for m in messages]) == plain.log_posts(records(tagger, messages))
    assert _rows(prepared) == _rows(plain)


def test_features_of_some_posts_only_land_on_their_positions():
    """_column_features() when some posts have no Doc: each feature at its post's position, as records give them."""
    import numpy as np

    from bot.engine.text import Doc
    from bot.memory.postfeatures import feature_columns, features_from
    from bot.memory.prepared import _column_features, _record_features
    from bot.memory.store import PostRecord

    texts = ["Voici https://exemple.fr/a et un guide", "nothing here", "Join us Thursday for a live session",
             "merci pour tout ce travail", "https://b.example/x"]
    kinds = ["team", "community", "team", "community", "team"]
    wanted = [0, 2, 3, 4]  # post 1 has no features
    docs = [Doc(texts[i], "en") for i in wanted]
    found = feature_columns(docs, [kinds[i] == "team" for i in wanted], [kinds[i] == "community" for i in wanted])
    feats: list = [None] * len(texts)
    for i, f in zip(wanted, features_from(found), strict=True):
        feats[i] = f
    recs = [PostRecord(platform="discord", workspace="G", channel="C", member="M", message_id=str(i), posted_at=0.0,
                       text=text, kind=kind, features=f) for i, (text, kind, f) in enumerate(zip(texts, kinds, feats, strict=True))]
    columns, expected = _column_features(len(texts), wanted, found), _record_features(recs)
    assert list(columns.fingerprints) == list(expected.fingerprints) and columns.fingerprints[1] is None
    assert [list(x) for x in columns.links] == [list(x) for x in expected.links]
    assert list(columns.signed) == list(expected.signed) == [0, 2, 4]
    assert columns.signatures == expected.signatures and np.array_equal(columns.bands, expected.bands)
    assert [set(x) for x in columns.words] == [set(x) for x in expected.words] and set(columns.words[3])


def _churn() -> int:
    """Page faults of a batch's worth of large arrays made, filled and freed five times."""
    import resource

    import numpy as np
    try:
        from numpy._core.multiarray import _set_madvise_hugepage
    except ImportError:  # numpy 1.26
        from numpy.core.multiarray import _set_madvise_hugepage

    # numpy asks for 2 MB pages on large arrays (madvise): where the kernel grants them, a 16 MB array is
    # 8 faults, not 4,096, and the count says nothing of the heap; 4 KB pages here, as on most machines
    hugepages = _set_madvise_hugepage(False)
    try:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
        for _ in range(5):
            arrays = [np.ones(megabytes * 131_072) for megabytes in (16, 12, 8, 4)]  # float64: 8 bytes each
            del arrays
        return resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    finally:
        _set_madvise_hugepage(hugepages)


def test_the_heap_is_kept_while_importing_and_given_back_after(tmp_path):
    """Inside heap.kept() (every import), large arrays freed stay in glibc's heap for the next batch's:
    they are not faulted in again (a 20,000-message import in one process: ~42,800 -> ~18,300 page
    faults, ~3 µs of system time a message); after it, glibc's defaults are back (arrays above 128 KB
    mapped afresh). An import stores the same rows either way."""
    import contextlib

    from bot.memory.importers import heap

    if heap._libc() is None:  # not glibc: kept() changes nothing, and says so
        with heap.kept() as taken:
            assert taken is False
        return
    with heap.kept() as taken:
        assert taken is True
        _churn()  # the heap grows once
        inside = _churn()
    outside = _churn()
    assert outside > 1_000  # each array faulted in afresh
    assert inside < 0.1 * outside, (inside, outside)
    export = _export(tmp_path, 2_500)
    kept_store, plain_store = Store.open(tmp_path / "kept.db"), Store.open(tmp_path / "plain.db")
    import_discord(kept_store, [export])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(heap, "kept", lambda: contextlib.nullcontext(False))
        import_discord(plain_store, [export])
    assert _rows(kept_store) == _rows(plain_store)
