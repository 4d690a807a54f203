"""Session 39, speed57: gate patterns reshaped so that RE2's literal filter requires rarer atoms of them.

RE2's prefilter reads an optional piece (`s?`, `\\.?`, `(?:[\\w-]+ )?`) as "anything", drops atoms shorter than three
bytes and gives up on the cross product of more than 16 strings: "sues?" let the court headline carve through on any
draft holding "for", « \\+ ?18 » let the adult-stream pattern through on any French draft holding « les », and so on.
Each reshaped form spells the same language as whole literals. Pinned here: the shipped packs hold the new forms,
each new form matches exactly where its old form did (awkward drafts and dev rows), and RE2's filter no longer passes
an ordinary draft holding only the old, common atoms.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import re2

from bot.engine.checks.literals import SENTINEL, _options, searched_form
from bot.engine.text import fold

ROOT = Path(__file__).resolve().parent.parent

_VERBS = [
    "disent", "affirment", "previennent", "estiment", "assurent", "expliquent", "indiquent", "annoncent", "rappellent", "soulignent", "avertissent",
    "dit", "affirme", "previent", "estime", "assure", "explique", "indique", "annonce", "rappelle", "souligne", "avertit",
]
_ARTICLES = "(?:les |la |le |l.|des |un |une )"
_SOLD_OLD = ("(?:sale|sales|shop|store|offers?|best-?sellers?|prices?|products?|courses?|class|classes|programme|program|"
             "membership|bundle|deals?|event|collection|range|stock|website|app|soldes|boutique|magasin|offres?|prix|"
             "produits?|formations?|cours|abonnements?|pack|operation|ventes?|appli|promos?|tarifs?)\\b")
_SOLD_NEW = ("(?:sale|sales|shop|store|offer|offers|best-seller|best-sellers|bestseller|bestsellers|price|prices|product|"
             "products|course|courses|class|classes|programme|program|membership|bundle|deal|deals|event|collection|"
             "range|stock|website|app|soldes|boutique|magasin|offre|offres|prix|produit|produits|formation|formations|"
             "cours|abonnement|abonnements|pack|operation|vente|ventes|appli|promo|promos|tarif|tarifs)\\b")
_SAID = "(?:dit|declare|explique|affirme|confie|raconte)"
_OUR = "\\b(?:our|notre|nos) (?:[\\w-]+ )?"

# (file, old form, new form, an ordinary draft the filter passed on the old form and must not pass on the new)
RESHAPED = [
    ("advice/core/hard-sell.pushy.yaml",
     "\\b(?:aux|les|contenus?|videos?|photos?|site|reserve aux) \\+ ?18(?: ans)?\\b",
     "\\b(?:aux|les|contenus?|videos?|photos?|site|reserve aux) (?:\\+18|\\+ 18)(?: ans)?\\b",
     "les enfants de 18 mois adorent nos ateliers"),
    ("advice/lists/headline.yaml",
     "\\b(?:sues?|sued|suing) (?:[\\w''-]+ ){0,3}(?:over|for)\\b",
     "\\b(?:sue|sues|sued|suing) (?:[\\w''-]+ ){0,3}(?:over|for)\\b",
     "thanks for coming, see you over the weekend"),
    ("advice/lists/attributed-clause.yaml",
     ", (?:" + "|".join(_VERBS) + ") " + _ARTICLES,
     "(?:" + "|".join(", " + verb + " " for verb in _VERBS) + ")" + _ARTICLES,
     "la boutique, dit-on, ouvre demain"),
    ("advice/core/hard-sell.shouting.yaml",
     "\\b(?:do not|don.t|dont|never) (?:buy|order|shop)\\b",
     "\\b(?:do not (?:buy|order|shop)|don.t (?:buy|order|shop)|dont (?:buy|order|shop)|never (?:buy|order|shop))\\b",
     "don't miss it: buy one, and shop around"),
    ("advice/core/hard-sell.pushy.yaml",
     "(?:mrs|mr|ms|miss|dr)\\.? [a-z]+",
     "(?:mrs |mrs\\. |mr |mr\\. |ms |ms\\. |miss |miss\\. |dr |dr\\. )[a-z]+",
     "call us or see the shop this week"),
    ("advice/lists/attributed.yaml",
     ", ?(?:auraient|aurait|ont|a|avait|avaient) " + _SAID + "\\b",
     ", ?(?:(?:auraient|aurait|ont|avait|avaient) " + _SAID + "|a " + _SAID + ")\\b",
     "il dit oui pour samedi"),
    ("advice/core/hard-sell.pushy.yaml", _OUR + _SOLD_OLD, _OUR + _SOLD_NEW, "pour le jour de la fete, venez"),
    ("advice/core/hard-sell.time-pressure.yaml", _OUR + _SOLD_OLD, _OUR + _SOLD_NEW, "pour le jour de la fete, venez"),
]

# Where the two forms could part: optional letters, dots, spacing, the words around, both languages.
AWKWARD = [
    "sue for damages", "sues over the fee", "sued the firm for", "suing acme corp ltd for", "issue for you",
    "pursue over", "sue  for", "sues x y z w for", "suede for",
    "aux +18", "les + 18 ans", "videos +18 ans", "reserve aux +18", "site +180", "photo +  18", "les +18ans",
    "contenus + 18", "aux+18", "les ++18",
    "bonjour, disent les experts.", "ok, dit la mairie", ", assure l'equipe", ", estiment des voisins!",
    ",  dit les", ", dites les", "x, avertit une ecole", ", a dit", ",ont declare", "il a dit", ", aurait dit", ", a  dit", ", a dite",
    "don't buy", "dont order", "do not shop", "never buy", "don`t buy", "donut buy", "never  buy", "don't buyer",
    "call mr smith", "see mrs. jones", "via dr. who", "ask miss a", "ring ms.x", "call mr.  smith", "contact drs x",
    "our sale", "notre boutique", "nos best-sellers", "our bestseller", "our new offers", "our best-seller",
    "nos produits", "our prices", "nos promo", "our big apps", "our offerss", "our x y sale", "notre tarif",
]


def _dev_rows(limit: int = 3000) -> list[str]:
    rows: list[str] = []
    for path in sorted((ROOT / "bench" / "devsets").glob("*.jsonl")):
        if "blind" in path.name:
            continue  # held out: never read here
        with path.open(encoding="utf-8") as stream:
            rows.extend(json.loads(line).get("text", "") for line in stream if line.strip())
    return rows[:limit]


def _plain(form: str) -> str:
    """The form as its YAML file spells it, read back ('' is one quote in a single-quoted scalar)."""
    return form.replace("''", "'")


def _passes(form: str, text: str) -> bool:
    """Whether RE2's literal filter, holding only this form, passes the folded text."""
    searched = searched_form(form)
    assert searched is not None
    built = re2.Filter()
    built.Add(searched, _options())
    built.Add(SENTINEL, _options())
    built.Compile()
    return 0 in built._filter.Match(fold(text).encode() + b"\xff" + SENTINEL.encode(), True)


@pytest.mark.parametrize(("path", "old", "new", "_draft"), RESHAPED)
def test_the_packs_hold_the_new_form(path: str, old: str, new: str, _draft: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert new in text
    assert old not in text


@pytest.mark.parametrize(("_path", "old", "new", "_draft"), RESHAPED)
def test_the_new_form_matches_where_the_old_did(_path: str, old: str, new: str, _draft: str) -> None:
    before, after = re.compile(_plain(old), re.IGNORECASE), re.compile(_plain(new), re.IGNORECASE)
    for text in AWKWARD + [fold(row) for row in _dev_rows()]:
        spans = [m.span() for m in before.finditer(text)]
        assert spans == [m.span() for m in after.finditer(text)], text


@pytest.mark.parametrize(("_path", "old", "new", "draft"), RESHAPED)
def test_the_filter_no_longer_passes_an_ordinary_draft(_path: str, old: str, new: str, draft: str) -> None:
    assert _passes(_plain(old), draft)  # the old form's atoms were common words
    assert not _passes(_plain(new), draft)
    assert re.search(_plain(new), fold(draft), re.IGNORECASE) is None
