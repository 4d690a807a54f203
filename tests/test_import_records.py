"""An import stores the same rows whichever way it reads and tags: a window of messages decoded at
once and tagged as a batch, or each message decoded, tagged and written alone."""

from __future__ import annotations

from pathlib import Path

from bench.memory import _export
from bot.memory import importers
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.jsonstream import JsonStream
from bot.memory.records import record
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, assert_consistent

TABLES = ("members", "posts", "post_links", "post_signatures", "post_minhash_bands", "daily_activity",
          "community_words", "community_member_words")
SEEN = {"workspaces": "id, platform, platform_id, name", "channels": "id, workspace_id, platform_id, name, observed"}


def _rows(store: Store) -> dict[str, list[tuple]]:
    """Every row, but when a workspace or channel was first seen (the clock's, not the export's)."""
    selects = {**{table: "*" for table in TABLES}, **SEEN}
    return {table: sorted(tuple(row) for row in store.conn.execute(f"SELECT {columns} FROM {table}"))
            for table, columns in selects.items()}


def _exports(folder: Path) -> list[Path]:
    """The fixtures (replies, threads, bots, system messages, French) and a generated export with
    links and a vocabulary that keeps growing, team and observed community channels."""
    folder.mkdir()
    return [*DISCORD_FILES, *_export(folder, 900, 1_764_547_200.0)]


def _one_at_a_time(monkeypatch) -> None:
    """The plain way: each message decoded by the standard decoder, tagged and signed alone."""
    monkeypatch.setattr(JsonStream, "_window", lambda self, between: None)
    monkeypatch.setattr(importers, "tagged", lambda tagger, messages: [record(tagger, **m) for m in messages])


def test_the_batch_way_stores_what_the_one_at_a_time_way_stores(tmp_path, monkeypatch):
    files = _exports(tmp_path / "exports")
    fast = Store.open(tmp_path / "fast.db")
    fast_report = import_discord(fast, files, observe=("general",))
    with monkeypatch.context() as patch:
        _one_at_a_time(patch)
        slow = Store.open(tmp_path / "slow.db")
        slow_report = import_discord(slow, files, observe=("general",), batch=1)
    assert fast_report == slow_report
    assert fast_report.added > 900
    fast_rows, slow_rows = _rows(fast), _rows(slow)
    assert fast_rows == slow_rows
    assert len(fast_rows["post_minhash_bands"]) > 16 * 800 and fast_rows["post_links"] and fast_rows["community_words"]
    assert_consistent(fast)



def test_links_are_found_in_any_case_and_texts_without_one_skip_the_search():
    from bot.memory.postfeatures import links_of

    found = links_of("Read HTTPS://Example.com/Guide?utm_source=x and WWW.acme.example/shop, or https://acme.example/shop/")
    assert [(link.url, link.domain) for link in found] == [
        ("HTTPS://Example.com/Guide?utm_source=x", "example.com"), ("WWW.acme.example/shop", "acme.example")]
    assert links_of("no link here, just acme.example and a wwwthing") == []
