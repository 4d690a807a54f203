"""Helpers shared by the chat-spelling test files: what a one-rule pack finds in a draft (each excerpt checked against
the draft's own characters), and the words a draft is read as once chat spelling is folded."""

from __future__ import annotations

from bot.engine.review import ReviewContext, review
from bot.engine.text import tokenize


def excerpts(pack, text: str, language: str, fr: str, en: str, check: str = "type: lexicon") -> list[str]:
    """The excerpts a one-rule pack (`fr` / `en` blocks) finds in `text`; each must be the draft's text at its span."""
    pack.rule(check=check, fr=fr, en=en)
    found = review(text, ReviewContext(pack.load(), language=language)).findings
    assert all(text[f.span[0] : f.span[1]] == f.excerpt for f in found)
    return [f.excerpt for f in found]


def words(text: str, language: str) -> list[str]:
    """The words the rules see: each token's folded form."""
    return [alt for _, alt in tokenize(text, language).pairs]
