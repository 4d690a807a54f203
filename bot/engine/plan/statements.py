"""A plan's prose cut into statements: what the `section` and `counterfeit` checks read.

A statement is a sentence, a list item or a table row. Each one knows the heading it
sits under (a Markdown heading, a short line ending with a colon, a short question alone on
its line at the start of a block, a short title line right above a list, a table's header row), because "## Audience" then "Freelance designers who lose hours on invoicing"
says who the audience is in two places. Statements are numbered within their block
(a paragraph, a list item, or the text under one heading) so a check can read a window of neighbours
without crossing into another part of the plan.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.engine.plan.chat_lines import (
    CHAT_HEADER,
    DATED_STAMP,
    asked_in_dialogue,
    asking,
    quoted,
    replies_in_dialogue,
    stamped_question,
    undated,
)
from bot.engine.plan.pointing import pointed_back
from bot.engine.plan.wraps import broken_on_purpose, goes_on, list_goes_on, no_room, waits
from bot.engine.plan.wraps import widths as widths_of

_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+(\S.*?)[ \t#]*$")
_LABEL_LINE = re.compile(r"^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?([^\n:.!?]{1,60}?)(?:\*\*|__)?[ \t]*:[ \t]*(?:\*\*|__)?[ \t]*$")
# "Who are we talking to?" alone on its line at the start of a block: a question heading (an FAQ), answered below.
# A question put to someone ("Léa, tu peux… ?") is a statement: a question heading holds no comma.
# A quiz's or an FAQ's number may open it ("Q1. Who…?", « Question 2 : Qui… ? »): the question is the heading.
# A comma that joins a second question ("What will you post, and how often?", « Qu'allez-vous publier, et à quel
# rythme ? ») is no one addressed: the interview's question is still a heading.
_QUESTION_LINE = re.compile(r"^[ \t]*(?:\*\*|__)?(?:(?:Q|Question)?[ \t]?\d{0,2}[ \t]*[.:)][ \t]*)?"
                            r"((?:[^\n.!?:|,]|,[ \t]+(?:and|or|et|ou)[ \t])(?:[^\n.!?:|,]|,[ \t]+(?:and|or|et|ou)[ \t]){1,59}\?)"
                            r"(?:\*\*|__)?[ \t]*$")
# "1/" numbers a thread; a box alone ("[ ] Kat", "[x] Kat answers") is an item too, and so is a line opened by a bullet
# journal's signifier or a typed dash ("○ 15 Mar sale", "× ask Gemma", "– note"): no title over the list (round 44)
_ITEM = re.compile(r"^[ \t]*(?:[-*•+–○◦●▪×☐☑✓✗]|\d{1,2}\.\d{1,2}[.)]?|\d{1,2}[.)/]|\[[ xX✓]?\])[ \t]+")
# Terms of reference, statutes, a contract: "1. Purpose" then its clauses "1.1 …", "1.2 …": the numbered title is
# their heading, and each clause a point of its own (round 46)
_CLAUSE = re.compile(r"^[ \t]*\d{1,2}\.\d{1,2}[.)]?[ \t]+")
_NUMBERED = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+")
_TABLE = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
# A sentence ends at . ! ? or … followed by white space and no lower-case letter, unless the dot closes a number ("2.5")
# or an abbreviation ("e.g.", "Dr.", an initial).
_END = re.compile(r"(?<=[.!?…])[\"»”)]*\s+(?![a-zà-ÿ»”])")  # « … ? » demanda : a closing quote never opens a sentence (round 50)
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:[A-Z]|e\.g|i\.e|etc|vs|cf|St|Mr|Mrs|Ms|Dr|Mme|Pr|env|approx)\.$")
_LABEL_WORDS = 3  # words: a sentence this short, then one opening on a figure, is that figure's label
_SHORT_LINE = 8  # words: a line this short without final punctuation is a title, not the start of a sentence
_QUESTION_WORDS = 12  # words: a question alone on its line, answered right below, is a heading up to this long
# "goal: 300 preorders by Nov 30", "Cible : les jeunes retraités…": a short label, a colon, then its point.
_KEY_LINE = re.compile(r"^[ \t]*(?:[-*•+][ \t]+)?(?:\*\*|__)?[^\W\d_][^\n:.!?|]{0,28}?(?:\*\*|__)?[ \t]*:[ \t]+\S")
_KEY_WORDS = 4
# An answer labelled as such under its question, clue or riddle ("CLUE 3: We come in groups… / ANSWER: Our players.",
# « Question : … / Réponse : … »): one point with the line above it.
_ANSWER_LINE = re.compile(r"(?i)^[ \t]*(?:\*\*|__)?(?:answers?|réponses?|reponses?|solutions?|a|r)[ \t]*(?:\*\*|__)?[ \t]*:")
_ASKED_LABEL = 3  # words: a question this short, then its answer on the same line, is one statement
# "What do we want by June? Ten companies…", « Que veut-on d'ici juin ? Dix entreprises… »: a plan's own short
# question, opened by a question word, answered on the same line, is one statement with its answer.
_ASKED_QUESTION = 8  # words
# "Who picks up comments and messages in the group? Okello, …": a question about who does a thing is answered by a
# person, and may run longer than other questions before its answer on the same line (round 55).
# The line's label before it counts for nothing ("**Replies:** Who picks up…?", « **Réponses :** Qui… ? »).
_LINE_LABEL = re.compile(r"^(?:\*\*|__)?[^\W\d_][\w' -]{0,24}[ \t]*:(?:\*\*|__)?[ \t]*(?:\*\*|__)?")
_WHO_WORD = re.compile(r"(?i)^(?:who|qui|à qui|a qui)\b")
_QUESTION_WORD = re.compile(r"(?i)^(?:what|who|whom|when|where|why|how|which|que|qu'|quoi|qui|quand|où|pourquoi|"
                            r"comment|quel|quels|quelle|quelles|combien|à qui|a qui|pour qui)\b")
# A play's or an interview's speaker ("GÉRARD (trésorier). — Et les messages ?"): the name in capitals opens what they
# say, and a dash opens a line of dialogue; neither ends a sentence nor is part of a question.
_SPEAKER = re.compile(r"(?:\A|\n)[ \t]*[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý' -]{1,30}(?:\s*\([^()\n]{1,40}\))?\.\Z")
_DASHES = "—–-"
_SAID_BY = re.compile(r"^(?:[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý' -]{1,30}(?:\s*\([^()\n]{1,40}\))?\.\s*)?[—–-]\s*")
# A question that follows on from the one before it ("And the messages?", « Et les avis des gens ? »): asked about a
# thing already under way, answered right after it, often through a pronoun (« Théo y répond »).
_FOLLOW_UP = re.compile(r"(?i)^(?:and|et)\b")
# An A to Z's or a numbered glossary's entry ("E — Every comment and message.", « R — Réponses. »): a letter or a
# number, a dash, a few words and a full stop, then what the entry says on the same line.
_ENTRY = re.compile(r"[ \t]*(?:[A-Z]|\d{1,2})[ \t]*[—–][ \t]+[^.!?\n]{1,40}\.")
_STAMP = re.compile(r"^[ \t]*\[?\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]m)?\]?[ \t]")  # a chat message's time: a message of its own
_RUN_ON = 300  # characters: a sentence longer than this with two semicolons or more is read clause by clause
# A plan dictated to a phone comes with no punctuation at all: past _RUN_ON characters without a mark, it is cut where
# speech turns to a new point (a connective opening a clause, a question asked, "we'll", « on va »), round 52.
_UNMARKED = re.compile(r"[.,;:!?…]")
_SPOKEN_TURN = re.compile(
    r"\s(?=(?i:okay|ok|so the|so we|and the way|and if|and every|and then|who's|who is it|what do we|what will we|"
    r"where do we|how often|we'll|we will|we're going to|alors|du coup|donc|bon|et si|et chaque|et puis|on va|on fera|"
    r"pour qui|qui répond|qui repond|qu'est-ce qu|on poste quoi|on publie quoi)\b)")
# Who wrote a comment or a message, and when, before what they say ("Ros (2 Oct): ", « Léa (mardi) : »)
_COMMENTER = re.compile(r"^[A-ZÀ-ÖØ-Ý][\w'.-]{0,20}(?: [A-ZÀ-ÖØ-Ý][\w'.-]{0,20})?[ \t]*\([^()\n]{1,20}\)[ \t]*:[ \t]*")


@dataclass(frozen=True)
class Statement:
    span: tuple[int, int]
    heading: tuple[int, int] | None  # the heading the statement sits under
    block: int  # statements under one heading share a block

    def spans(self, with_heading: bool = True) -> list[tuple[int, int]]:
        return [self.span] + ([self.heading] if with_heading and self.heading else [])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t\r\n*_>":
        start += 1
    while end > start and text[end - 1] in " \t\r\n*_":
        end -= 1
    return start, end


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of text[start:end] (one paragraph or list item)."""
    out = []
    begin = start
    for m in _END.finditer(text, start, end):
        before = text[max(begin, m.start() - 6) : m.start()]
        if before.endswith(".") and _ABBREVIATION.search(before):
            continue
        if _ENTRY.fullmatch(text, begin, m.start()):
            continue  # "E — Every comment and message. Priya answers…": an A to Z's entry names what its sentence is about
        if _SPEAKER.search(text[max(begin, m.start() - 80) : m.start()]) and text[m.end() : m.end() + 1] in _DASHES:
            continue  # "ANNICK. — Théo y répond aussi": a play's speaker opens the line they say
        if before.endswith("?") and _asked(text[begin : m.start()].strip(" \t\r\n*_>")):
            continue  # "Messages? I answer them at night": a question as a label, one statement with its answer
        if before.endswith(".") and len(text[begin : m.start()].split()) <= _LABEL_WORDS and text[m.end() : m.end() + 1].isdigit():
            continue  # "Facebook page likes. 860 today; 2,000 by December.": a few words, then figures: what they count
        out.append(_trim(text, begin, m.start()))
        begin = m.end()
    out.append(_trim(text, begin, end))
    return [s for whole in out for s in _clauses(text, *whole) if any(c.isalpha() for c in text[s[0] : s[1]])]


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence, or, when it runs on for a whole plan ("we want…; we'll aim at…; Facebook is…; Anna
    writes…"), its clauses between semicolons: each says one thing, read like a sentence."""
    if end - start > _RUN_ON and not _UNMARKED.search(text, start, end):
        return _spoken(text, start, end)
    if end - start <= _RUN_ON or text.count(";", start, end) < 2:
        return [(start, end)]
    out, begin = [], start
    for i in range(start, end):
        if text[i] == ";":
            out.append(_trim(text, begin, i))
            begin = i + 1
    out.append(_trim(text, begin, end))
    return out


def _spoken(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A dictated paragraph with no punctuation, cut where the speaker turns to a new point (`_SPOKEN_TURN`)."""
    out, begin = [], start
    for m in _SPOKEN_TURN.finditer(text, start, end):
        out.append(_trim(text, begin, m.start()))
        begin = m.end()
    out.append(_trim(text, begin, end))
    return [s for s in out if s[1] > s[0]]


def _asked(question: str) -> bool:
    """A question answered on its own line: a label ("Messages?"), the plan's own short question, or one that
    follows on from the last ("And the messages?", « Et les avis ? ») and is answered in the next sentence."""
    question = _SAID_BY.sub("", question, count=1)
    words = len(question.split())
    who = _LINE_LABEL.sub("", question, count=1)
    if _WHO_WORD.match(who) and sum(any(c.isalnum() for c in w) for w in who.split()) <= _QUESTION_WORDS:
        return True
    return words <= _ASKED_LABEL or (words <= _ASKED_QUESTION and (_QUESTION_WORD.match(question) or _FOLLOW_UP.match(question))
                                     is not None)


def _title(gathered: str) -> bool:
    """One short line with no closing punctuation."""
    stripped = gathered.strip()
    return "\n" not in stripped and len(stripped.split()) <= _SHORT_LINE and stripped[-1:] not in ".!?…:;,"


def _close(found: list[Statement], text: str, paragraph: tuple[int, int] | None,
           heading: tuple[int, int] | None, block: int) -> None:
    """Add the sentences of the paragraph being gathered (the caller starts a new one: None)."""
    if paragraph:
        found.extend(Statement(undated(text, s), heading, block) for s in _sentences(text, *paragraph))
    return None


def _key_line(line: str) -> bool:
    m = _KEY_LINE.match(line)
    return bool(m) and len(line[: m.end()].split(":")[0].split()) <= _KEY_WORDS


def _answered(text: str, line_end: int, end: int) -> bool:
    """Whether the line after the one ending at `line_end` holds words (a question heading
    needs its answer right below it)."""
    newline = text.find("\n", line_end + 1, end)
    return bool(text[line_end + 1 : end if newline < 0 else newline].strip())


def _lines(text: str, start: int, end: int) -> Iterator[tuple[str, tuple[int, int]]]:
    """Each line of text[start:end] with its span."""
    pos = start
    while pos < end:
        newline = text.find("\n", pos, end)
        line_end = end if newline < 0 else newline
        yield text[pos:line_end], (pos, line_end)
        pos = line_end + 1


def _ends_before(text: str, paragraph: tuple[int, int], last_line: str, line: str, wrap: tuple[int, bool]) -> bool:
    """Whether the sentence being gathered ends before `line`: after a title ("Sunrise Bakery"
    then "We need to..."), at a chat message's time stamp ("[18:15] Hugo: …"), or at a line break
    typed on purpose."""
    if _title(text[paragraph[0] : paragraph[1]]) and line.lstrip()[:1].isupper() and not waits(last_line):
        return True  # a title; not a verse's line that waits for the next (« …il faudrait qu'on » then « Arrive… »)
    if _STAMP.match(line) or DATED_STAMP.match(line):
        return True
    return broken_on_purpose(last_line, line, *wrap)


def statements(text: str, prose: tuple[tuple[int, int], ...]) -> list[Statement]:
    """The statements of the prose spans of `text`, in order."""
    found: list[Statement] = []
    asked: list[int] = []  # chat questions, each read with the next message
    heading: tuple[int, int] | None = None
    block = 0
    for prose_start, prose_end in prose:
        paragraph: tuple[int, int] | None = None  # the lines of the sentence(s) being gathered
        table_header: tuple[int, int] | None = None
        widths = widths_of(text, prose_start, prose_end)
        last_line, label_list = "", False  # label_list: items right under a label line ("Where:") are one point's parts
        for line, line_span in _lines(text, prose_start, prose_end):
            if CHAT_HEADER.match(line) and (paragraph := _close(found, text, paragraph, heading, block)) is None:
                asked += [len(found) - 1] if _asking(text, found) else []  # who speaks and when: no statement
                continue
            if not line.strip():
                paragraph = _close(found, text, paragraph, heading, block)
                table_header, label_list = None, False
                block += 1  # a paragraph is a block too: windows stay within it
                continue
            if m := _HEADING.match(line):
                paragraph = _close(found, text, paragraph, heading, block)
                heading, block = (line_span[0] + m.start(1), line_span[0] + m.end(1)), block + 1
                label_list = True  # "## Channels" then its items: the parts of one point, as under "Channels:"
                continue
            if _TABLE.match(line):
                paragraph = _close(found, text, paragraph, heading, block)
                if table_header is None and not _TABLE_RULE.match(line):  # the first row names the columns
                    table_header = heading = _trim(text, *line_span)
                    block += 1
                elif not _TABLE_RULE.match(line):
                    found.append(Statement(_trim(text, *line_span), heading, block))
                continue
            if m := _heading_line(text, line, line_span[1], prose_end, last_line if paragraph is not None else None):
                paragraph = _close(found, text, paragraph, heading, block)
                heading, block = (line_span[0] + m.start(1), line_span[0] + m.end(1)), block + 1
                label_list = True
                continue
            if _ITEM.match(line):
                if paragraph and (not _ITEM.match(last_line) or _CLAUSE.match(line) and _NUMBERED.match(last_line)) \
                        and _title(text[paragraph[0] : paragraph[1]]):
                    # "Team" then "- Anna: posts": a title line over a list is the list's heading, as "1. Purpose" then "1.1 …"
                    heading, paragraph = _trim(text, *paragraph), None
                paragraph = _close(found, text, paragraph, heading, block)
                block += not label_list  # a list item is a point of its own: windows stay within it
                paragraph = (line_span[0] + _ITEM.match(line).end(), line_span[1])  # type: ignore[union-attr]
                last_line = line
                continue
            point, label_list = _point(line, last_line, paragraph is not None, widths.get(line_span[0], (0, False))), False
            if point or (paragraph and _ends_before(text, paragraph, last_line, line, widths.get(line_span[0], (0, False)))):
                paragraph = _close(found, text, paragraph, heading, block)
                if DATED_STAMP.match(line):  # a dated chat message is a point of its own: windows stay within it
                    asked += [len(found) - 1] if found and stamped_question(text, found[-1].span) else []
                    block += not point
                block += point and not _ANSWER_LINE.match(line)  # "ANSWER: Our players." goes with the clue above it
            paragraph = (paragraph[0], line_span[1]) if paragraph else line_span
            last_line = line
        _close(found, text, paragraph, heading, block)
    found = _answered_inline(text, _answered_in_dialogue(text, _answered_in_chat(found, asked)))
    return pointed_back(text, found)  # « C'est ça, l'objectif. » goes with the sentence before


def _heading_line(text: str, line: str, line_end: int, end: int, last: str | None) -> re.Match[str] | None:
    """A label line ("Where:") or, at the start of a block (`last` None: nothing gathered), a short question answered
    right below: a heading; not a verse's line after a comma (« …appelée PrintGenie, » then "Which is clever (and not even teeny):"), round 49."""
    if not (last is not None and last.rstrip()[-1:] == ",") and (m := _LABEL_LINE.match(line)):
        return m
    if last is None and (m := _QUESTION_LINE.match(line)) and len(m.group(1).split()) <= _QUESTION_WORDS \
            and _answered(text, line_end, end):
        return m
    return None


def _point(line: str, last_line: str, gathering: bool, wrap: tuple[int, bool]) -> bool:
    """"who: …" then "channels: …": one point each, like list items; not a wrapped sentence going on below, nor the
    word that had no room on a long line of prose wrapped wide (« …soit vue » then « partout : dans chaque fil… »)."""
    last = last_line.rstrip()
    return _key_line(line) and not (gathering and (goes_on(last, line, wrap[1]) or no_room(last, line, wrap)
                                                   or list_goes_on(last, line)))


def _asking(text: str, found: list[Statement]) -> bool:
    """Whether the chat message before a header is a short question, which the next message answers."""
    return bool(found) and asking(text[found[-1].span[0] : found[-1].span[1]])


def _answered_in_chat(found: list[Statement], asked: list[int]) -> list[Statement]:
    """Each chat question read as one statement with the message that answers it (the header between them included:
    who answers is who speaks)."""
    for i in reversed(asked):
        if i + 1 < len(found):
            question, answer = found[i], found[i + 1]
            found[i : i + 2] = [Statement((question.span[0], answer.span[1]), question.heading, question.block)]
    return found


def _answered_in_dialogue(text: str, found: list[Statement]) -> list[Statement]:
    """A quoted question closing its paragraph read as one statement with the quoted reply opening the next (round 50)."""
    for i in range(len(found) - 2, -1, -1):
        question, answer = found[i], found[i + 1]
        if question.block != answer.block and asked_in_dialogue(text[question.span[0] : question.span[1]]) \
                and replies_in_dialogue(text[answer.span[0] : answer.span[1]]):
            found[i : i + 2] = [Statement((question.span[0], answer.span[1]), question.heading, question.block)]
    return found


def _answered_inline(text: str, found: list[Statement]) -> list[Statement]:
    """A question quoted from an earlier e-mail (its paragraph's lines opened by ">") read as one statement with the
    unquoted paragraph that answers it right below (round 54)."""
    i = len(found) - 2
    while i >= 0:
        question, answer = found[i], found[i + 1]
        first = i
        if question.block != answer.block and quoted(text, question.span) and not quoted(text, answer.span):
            while first > 0 and found[first - 1].block == question.block and quoted(text, found[first - 1].span):
                first -= 1
            if "?" in text[found[first].span[0] : question.span[1]]:
                found[first : i + 2] = [Statement((found[first].span[0], answer.span[1]), found[first].heading,
                                                  answer.block)]  # with the rest of the answer's paragraph
        i = first - 1
    return found


def open_question(text: str, statement: Statement) -> bool:
    """A statement that is only a question opened by a question word ("Who answers the messages?", « Qui
    répond aux messages ? »): the plan asks, it does not say. An answered one is a heading or one statement
    with its answer, so what is left alone is still open."""
    said = text[statement.span[0] : statement.span[1]].strip(" \t\r\n*_>\"«»“”")
    said = _COMMENTER.sub("", said, count=1)  # "Ros (2 Oct): who's replying…?": a card's comment asks all the same
    return said.endswith("?") and "?" not in said[:-1].rstrip(" ?") and _QUESTION_WORD.match(said) is not None


def windows(found: list[Statement], size: int) -> list[tuple[int, list[Statement]]]:
    """(index, the statement and up to size-1 that follow it in its block) for each statement."""
    out = []
    for i, statement in enumerate(found):
        group = [statement]
        for nxt in found[i + 1 : i + size]:
            if nxt.block != statement.block:
                break
            group.append(nxt)
        out.append((i, group))
    return out
