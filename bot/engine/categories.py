"""Post categories: what a post does for its reader.

    give       tips, resources, how-tos, free help
    ask        buy, sign up, follow, click, donate
    converse   questions, replies
    entertain  fun, behind the scenes, games
    news       announcements, launches, updates

The lexicons are advice rules under advice/categories/ (`applies_to: [category]`,
`topic: category`, `check.category: <name>`), so admins tune them like any rule
and their examples are verified the same way. They never take part in a post
review: `Advice.for_kind("post")` leaves them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from bot.engine.advice import Advice, CompiledRule, compile_rules, load_advice
from bot.engine.checks import Scope
from bot.engine.language import detect, detect_many
from bot.engine.rules import Rule, RuleSet
from bot.engine.text import Doc, fold
from bot.memory.postfeatures import features
from bot.memory.store import CATEGORIES, PostRecord


def category_of(rule: Rule) -> str:
    return str(rule.check.get("category") or rule.id.split(".")[1])


@dataclass
class Tagging:
    language: str
    categories: frozenset[str]
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # where each category was seen
    doc: Doc | None = None

    def first(self, category: str) -> tuple[int, int] | None:
        spans = self.spans.get(category)
        return min(spans) if spans else None


class Tagger:
    """Tags a text with categories, using the category rules of an Advice (or the bundled ones)."""

    def __init__(self, advice: Advice | None = None):
        source = advice if advice is not None else load_advice()
        rules = [r for r in source.rules if "category" in r.applies_to and r.status == "active"]
        unknown = [r.id for r in rules if category_of(r) not in CATEGORIES]
        self.errors = [f"{rid}: category must be one of {', '.join(CATEGORIES)}" for rid in unknown]
        self.advice = compile_rules(RuleSet([r for r in rules if r.id not in unknown], []))
        self._compiled: list[tuple[str, CompiledRule]] = [(category_of(c.rule), c) for c in self.advice.compiled]

    @property
    def rules(self) -> list[Rule]:
        return [c.rule for _, c in self._compiled]

    def tag_doc(self, doc: Doc) -> dict[str, list[tuple[int, int]]]:
        if not doc.text.strip():
            return {}
        scope = Scope(doc, self.advice.indexes[doc.language].scan(doc.tokens), {})
        spans: dict[str, list[tuple[int, int]]] = {}
        for category, compiled in self._compiled:
            for hit in compiled.run[doc.language](scope):
                spans.setdefault(category, []).append((hit.start, hit.end))
        return spans

    def tag(self, text: str, language: str | None = None, fallback: str = "en", is_reply: bool = False) -> Tagging:
        """Categories of a text; a reply in a thread is conversation whatever it says."""
        folded = fold(text)  # once, for the language and the Doc
        if language in ("fr", "en"):
            lang = language
        else:
            lang = detect(text, fallback, folded=folded).language if text.strip() else fallback
        doc = Doc(text, lang, folded)
        spans = self.tag_doc(doc)
        found = set(spans)
        if is_reply:
            found.add("converse")
        return Tagging(lang, frozenset(found), spans, doc)

    def record(self, text: str, *, platform: str, workspace: str, channel: str, member: str, message_id: str,
               posted_at: float, kind: str = "team", source: str = "coach", is_reply: bool = False,
               thread_id: str = "", names: tuple[str, str, str] = ("", "", ""), is_bot: bool = False,
               fallback: str = "en", language: str | None = None) -> PostRecord:
        """A PostRecord ready for Store.log_posts: language, categories and features computed once."""
        tagging = self.tag(text, language, fallback=fallback, is_reply=is_reply)
        doc = tagging.doc
        feats = features(doc, with_signature=kind == "team", with_words=kind == "community") if doc else None
        return PostRecord(
            platform=platform, workspace=workspace, channel=channel, member=member, message_id=message_id,
            posted_at=posted_at, text=text, kind=kind, source=source, language=tagging.language,
            categories=tagging.categories, thread_id=thread_id, workspace_name=names[0], channel_name=names[1],
            member_name=names[2], member_is_bot=is_bot, features=feats,
        )


    def records(self, messages: list[dict[str, Any]]) -> list[PostRecord]:
        """record(**message) for each message of a batch (an import's): the languages of all the
        texts are found first, in one pass of the language model."""
        languages: list[str | None] = [m.get("language") for m in messages]
        unknown: dict[str, list[int]] = {}  # fallback -> messages whose language the model must find
        for i, message in enumerate(messages):
            if languages[i] not in ("fr", "en") and message["text"].strip():
                unknown.setdefault(message.get("fallback", "en"), []).append(i)
        for fallback, which in unknown.items():
            found = detect_many([messages[i]["text"] for i in which], fallback)
            for i, detection in zip(which, found, strict=True):
                languages[i] = detection.language
        return [self.record(**{**message, "language": language}) for message, language in zip(messages, languages,
                                                                                              strict=True)]


_TAGGERS: dict[int, tuple[Advice, Tagger]] = {}


def tagger_for(advice: Advice) -> Tagger:
    """One Tagger per loaded Advice (compiling the lexicons takes a few milliseconds)."""
    entry = _TAGGERS.get(id(advice))
    if entry is None or entry[0] is not advice:
        if len(_TAGGERS) > 8:
            _TAGGERS.clear()
        entry = _TAGGERS[id(advice)] = (advice, Tagger(advice))
    return entry[1]


@lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return Tagger()
