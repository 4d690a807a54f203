"""News headlines, session 10 (issue 11): a headline that carries selling and urgency words as news is quiet.

Coach reads a headline's form (advice/lists/headline.yaml, "@headline"): one line, no "!", not ended by a full
stop or a question mark, that says how it is news: its source speaks after a comma (", households reminded",
« , rappelle le ministère »), it sets the scene ("as banks stay shut"), someone else wins ("teacher wins
jackpot", « remporte le gros lot »), a court or a watchdog acts ("jailed for", « la DGCCRF sanctionne »), the
selling words are quoted as the name of a thing ("'last chance' ads", « de fausses « offres » »), a newsroom's
label ("Revealed:"), a feature inside a trend ("Inside the … craze"), an exhibition closing, or public money to claim ("energy rebate", « chèque énergie »).
The gates of hard-sell.urgency, give-first.value-before-ask and self-promotion.plug read it; hard-sell.pushy
and hard-sell.time-pressure weigh it as a negative signal. Each case is a pair: the headline has no
warning of those rules, and a shop's push written with the same words in one line still fires.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, numbered, quiet

QUIET = {"hard-sell.urgency", "hard-sell.pushy", "hard-sell.time-pressure", "give-first.value-before-ask",
         "self-promotion.plug"}

# (language, the headline, the same words as a shop's push in one line)
PAIRS = [
    ("en", "Only 10 days left to claim energy rebate, households reminded",
     "Only 10 days left to claim your £50 bonus, order now at our shop"),
    ("en", "Get your free flu jab now, health board urges the over-50s",
     "Get your free gift now: order today, limited stock, shop now"),
    ("en", "Order now for Christmas, Royal Mail urges ahead of strikes",
     "Order now for Christmas: 30% off everything, today only"),
    ("en", "Only hours left for Greek debt talks as banks stay shut",
     "Only hours left: our sale ends tonight, 40% off, grab yours now"),
    ("en", "Retired teacher wins $4.2m Powerball jackpot on her birthday",
     "You have won a $4.2m jackpot: claim your prize now before midnight"),
    ("en", "Watchdog bans 'last chance' ads from furniture retailer",
     "Last chance: 50% off all sofas, today only, shop now"),
    ("en", "Revealed: the secret to the cheapest weekly shop",
     "The cheapest weekly shop in town: 40% off, today only, shop now"),
    ("en", "Last chance to claim £300 cost-of-living payment",
     "Last chance to claim your £300 cash prize: reply YES now"),
    ("en", "Free money? Inside the cash giveaway craze on social media",
     "Free money: join our cash giveaway, follow us and share to win $500, today only"),
    ("fr", "Dernière chance de voir l'exposition Monet avant son départ pour Tokyo",
     "Dernière chance : -50 % sur toute la boutique, aujourd'hui seulement, commandez vite"),
    ("fr", "Dernière chance pour réclamer le chèque énergie",
     "Dernière chance pour réclamer votre cadeau : plus que 3 jours, commandez maintenant"),
    ("fr", "Urgent : dernière chance pour quitter la zone inondable, exhorte le préfet",
     "Urgent : dernière chance pour profiter de -40 % sur tout, commandez maintenant"),
    ("fr", "Vaccin gratuit : dernière chance avant la fin de la campagne, rappelle l'Assurance maladie",
     "Cadeau gratuit : dernière chance avant la fin de l'offre, commandez vite, stocks limités"),
]


@pytest.mark.parametrize(("lang", "headline", "push"), PAIRS, ids=numbered(PAIRS))
def test_the_headline_is_quiet_and_the_shop_push_of_the_same_words_fires(lang: str, headline: str, push: str):
    quiet(headline, lang, QUIET)
    assert fired(push, lang) & {"hard-sell.urgency", "hard-sell.pushy"}


# A shop's push dressed as a headline ("BREAKING:", "Exclusive:", « Urgent : », one line, no "!"): the label
# alone says nothing of news, so the push still fires.
PUSHES_AS_HEADLINES = [
    ("en", "FLASH SALE: 50% off everything, today only — shop now"),
    ("en", "BREAKING: our biggest sale ever starts now, don't miss out"),
    ("en", "Exclusive offer for our followers: 30% off with code NEWS30, ends tonight"),
    ("fr", "VENTE FLASH : -50 % sur tout le site, aujourd'hui seulement, commandez vite"),
    ("fr", "Exclusif : -30 % pour nos abonnés avec le code SOLDES30, jusqu'à minuit"),
]


@pytest.mark.parametrize(("lang", "push"), PUSHES_AS_HEADLINES, ids=numbered(PUSHES_AS_HEADLINES))
def test_a_push_in_a_headline_s_form_still_fires(lang: str, push: str):
    assert fired(push, lang) & {"hard-sell.urgency", "hard-sell.pushy"}


def test_chat_after_a_comma_is_no_source_speaking():
    """"like I said", "tell me" after a comma are chat, not a headline's source: the shape stays closed."""
    import re2

    from bot.engine import lists
    from bot.engine.text import fold

    patterns = [re2.compile(p) for p in lists.patterns_of("@headline")]
    for text in ("Haha no way, tell me everything later", "Lol, like I said, not everything is about you",
                 "Only 3 days left, experts warn. Order now at example.com"):
        assert not any(p.search(fold(text)) for p in patterns), text
    assert any(p.search(fold("Act now on obesity, experts urge government")) for p in patterns)


def test_a_signal_pattern_may_name_a_shared_list_and_an_unknown_one_is_reported():
    """`pattern: "@headline"` reads the list's patterns (one reading kept in one place); a misspelt list is
    an error at its key, not a pattern that silently matches the text "@headlin"."""
    from bot.engine.checks.signals_schema import problems
    from bot.engine.checks.signals_spec import expanded as _expanded

    assert len(_expanded("@headline")) >= 5
    assert _expanded(r"\bfree\b") == (r"\bfree\b",)
    data = {"check": {"threshold": 1, "signals": {"news": {"weight": -1, "pattern": "@headlin"}}}, "fr": {}, "en": {}}
    found = problems(data)
    assert any(path == ["check", "signals", "news", "pattern"] and "unknown shared list" in message
               for path, message in found)
    data["check"]["signals"]["news"]["pattern"] = "@headline"
    assert problems(data) == []
