"""Session 30's hand reading (issue 11): 30 findings drawn at random from the ordinary rows of `make eval` (seed 3001),
after precision and recall rounds 47 were merged. Two were wrong, one is mended here in general form:
- "only 2 left in the pack, I'll grab more milk on the way home" drew hard-sell.urgency: a household's own stock (what is
  left in a pack, the fridge, the cupboard; « plus que 3 yaourts dans le frigo ») is on nobody's shelf. A shop's "only a
  few left in the shop" and « il ne reste que 2 pulls en boutique » still press.
(The other, an airdrop's victim asking whether anyone got anything, still draws hard-sell.pushy: left, in the closing note.)
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

URGENCY = "hard-sell.urgency"

PAIRS = [
    ("en", URGENCY, "only 2 left in the pack, I'll grab more milk on the way home",
     "Our candles? Selling fast, only a few left in the shop!"),
    ("en", URGENCY, "Just one slice left in the biscuit tin, who ate the rest?",
     "Just one left in stock, order now before it's gone!"),
    ("fr", URGENCY, "Plus que 3 yaourts dans le frigo, je repasse au magasin ce soir.",
     "Il ne reste que 2 pulls en boutique, commandez vite !"),
]


@pytest.mark.parametrize("lang, rule, ordinary, twin", PAIRS, ids=numbered(PAIRS))
def test_the_ordinary_post_stays_quiet_and_its_twin_still_fires(lang: str, rule: str, ordinary: str, twin: str):
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)
