"""`python -m bench.word_complement our we nous "command*"`: an RE2 pattern for one word that is none of the words
given (an entry ending in "*" excludes every word it begins). RE2 has no lookahead, so "a word other than our" is
spelled letter by letter as the complement of a trie; headline round 27 used it in advice/lists/headline.yaml
("no seller's word in the line"). Paste the output into a pattern, then follow it with \\b."""

from __future__ import annotations

import sys


def _node(prefix: str, words: frozenset[str], stems: frozenset[str]) -> str:
    """The alternatives after `prefix`: any other letter, or each next letter of an entry, recursively."""
    every = words | stems
    kids = sorted({w[len(prefix)] for w in every if w.startswith(prefix) and len(w) > len(prefix)})
    top = not prefix
    other = f"[^{''.join(kids)}\\W{'_' if top else ''}]\\w*" if kids else "[a-z0-9]\\w*"
    alternatives = [other]
    for letter in kids:
        longer = prefix + letter
        if longer in stems:
            continue  # every word it begins is excluded
        optional = "" if longer in words else "?"  # an excluded word must go on to be allowed
        alternatives.append(f"{letter}(?:{_node(longer, words, stems)}){optional}")
    return "|".join(alternatives)


def word_other_than(entries: list[str]) -> str:
    """One word (letters, digits) that is none of `entries`, on folded text (lower case, no accents)."""
    words = frozenset(e for e in entries if not e.endswith("*"))
    stems = frozenset(e[:-1] for e in entries if e.endswith("*"))
    return f"(?:{_node('', words, stems)})"


if __name__ == "__main__":
    print(word_other_than(sys.argv[1:]))
