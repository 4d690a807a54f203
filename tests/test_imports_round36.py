"""Imports, round 36: what an import loads and runs only when it has something to tag.

- A re-import that adds nothing never loads the bundled tagger (its lexicons and the language
  model, ~0.4 s): the known messages are read, checked and skipped, and the report is the same.
- A first import with no tagger given loads the bundled one when it first tags a message.
- Tagging skips the phrase scan when no word of the message starts a phrase (`PhraseIndex.may_start`)
  and asks a pattern rule with no gate one search (`[?？]` absent: nothing more): the categories are
  those every category rule run in full finds, message by message and over a whole import.
"""

from __future__ import annotations

import pytest

import bot.memory.importers as importers
from bot.engine.categories import default_tagger
from bot.memory.importers.discord_export import import_discord
from bot.memory.importers.slack_export import import_slack
from bot.memory.store import Store
from tests.memory_helpers import DISCORD_FILES, SLACK_EXPORT


def _no_tagger_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse():
        raise AssertionError("the tagger was loaded for an import with nothing to tag")

    monkeypatch.setattr(importers, "default_tagger", refuse)


def test_a_discord_reimport_that_adds_nothing_loads_no_tagger(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "coach.db")
    first = import_discord(store, DISCORD_FILES)
    assert first.added > 0
    _no_tagger_allowed(monkeypatch)
    again = import_discord(store, DISCORD_FILES)
    assert (again.added, again.skipped) == (0, first.added)
    assert (again.bots, again.system, again.bad_messages) == (first.bots, first.system, first.bad_messages)


def test_a_slack_reimport_that_adds_nothing_loads_no_tagger(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "coach.db")
    first = import_slack(store, SLACK_EXPORT)
    assert first.added > 0
    _no_tagger_allowed(monkeypatch)
    again = import_slack(store, SLACK_EXPORT)
    assert (again.added, again.skipped) == (0, first.added)


def test_an_import_with_new_messages_loads_the_bundled_tagger_when_it_tags(tmp_path, monkeypatch):
    store = Store.open(tmp_path / "coach.db")
    asked: list[int] = []

    def counted():
        asked.append(1)
        return default_tagger()

    monkeypatch.setattr(importers, "default_tagger", counted)
    report = import_discord(store, DISCORD_FILES, batch=2)
    assert report.added > 2 and asked  # loaded once tagging began, then kept by the writer
    assert len(asked) == 1


# Texts in both languages that tagging meets: category words, questions (plain, quoted, inside a
# link, full-width), a give phrase next to one of its exceptions, words that start no phrase.
_TEXTS = [
    "Our checklist for better headlines is free to download.",
    "Sign up today and get 20% off with the promo code SPRING.",
    "What do you think of the new layout?",
    "She asked \"why now?\" and we had no answer.",
    "Read https://acme.example/faq?lang=en before the call.",
    "Which version do you prefer？",
    "Big news: version 3 launches on Monday!",
    "Behind the scenes of our photo shoot, with the team's bloopers.",
    "lunch at noon",
    "Notre guide gratuit pour écrire de meilleurs titres est en ligne.",
    "Inscrivez-vous au webinaire de jeudi, les places sont limitées.",
    "Qu'en pensez-vous ? Dites-nous en commentaire.",
    "Il a demandé « pourquoi maintenant ? » puis il est parti.",
    "Nouveauté : la version 3 sort lundi.",
    "déjeuner à midi",
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_categories_of_finds_what_every_category_rule_run_in_full_finds(text, language):
    from bot.engine.text import Doc, fold

    tagger = default_tagger()
    quick, full = Doc(text, language, fold(text)), Doc(text, language, fold(text))
    assert tagger.categories_of(quick) == set(tagger.tag_doc(full))


def test_a_question_mark_inside_a_quotation_or_a_link_asks_nothing():
    tagger = default_tagger()
    assert "converse" in tagger.tag("Which tool do you use?", "en", spans=False).categories
    assert "converse" not in tagger.tag("Read https://acme.example/faq?lang=en first.", "en", spans=False).categories
    assert "converse" not in tagger.tag("She wrote \"why now?\" on the board.", "en", spans=False).categories


def test_may_start_says_whether_the_scan_can_find_anything():
    from bot.engine.text import tokenize

    index = default_tagger().advice.indexes["en"]
    for text in ("lunch at noon with Sam", "Sign up for the workshop", "tell us about your week", "zzqx"):
        tokens = tokenize(text, "en")
        assert index.may_start(tokens.pairs) == bool(index.scan(tokens)), text
    assert not index.may_start(tokenize("lunch at noon with Sam", "en").pairs)
    assert index.may_start(tokenize("Sign up for the workshop", "en").pairs)


def test_an_import_with_the_quick_tests_stores_what_the_full_rules_store(tmp_path, monkeypatch):
    """The whole import: categories_of (the quick tests) against every category rule run in full."""
    from bot.engine.categories import Tagger

    files = _mixed_export(tmp_path / "general.json")
    quick = Store.open(tmp_path / "quick.db")
    import_discord(quick, files)
    monkeypatch.setattr(Tagger, "categories_of", lambda self, doc: set(self.tag_doc(doc)))
    full = Store.open(tmp_path / "full.db")
    import_discord(full, files)
    query = "SELECT message_id, language, give, ask, converse, entertain, news FROM posts ORDER BY message_id"
    rows = quick.conn.execute(query).fetchall()
    assert rows == full.conn.execute(query).fetchall()
    assert len(rows) == 2 * len(_TEXTS)
    assert {column for row in rows for column, flag in zip(("give", "ask", "converse", "entertain", "news"), row[2:],
                                                           strict=True) if flag} == {"give", "ask", "converse", "news",
                                                                                     "entertain"}


def _mixed_export(path):
    import json

    messages = [{"id": f"5{i:04d}", "type": "Default", "timestamp": f"2025-05-{1 + i % 28:02d}T09:00:00+00:00",
                 "content": text, "author": {"id": str(700 + i % 4), "name": f"m{i % 4}", "isBot": False}}
                for i, text in enumerate(_TEXTS + [text.upper() for text in _TEXTS])]
    path.write_text(json.dumps({"guild": {"id": "55", "name": "Club"},
                                "channel": {"id": "21", "type": "GuildTextChat", "name": "general"},
                                "messages": messages}), encoding="utf-8")
    return [path]
