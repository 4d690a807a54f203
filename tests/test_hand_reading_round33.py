"""Session 33 (lead), from recall round 50's ordinary twins: a household telling that its own contract runs out
("Our mortgage deal ends in March") is a customer's errand, not a seller's deadline, in both languages; a seller's
deal ending keeps its urgency."""

from __future__ import annotations

import pytest

from bot.engine.advice import load_advice
from bot.engine.review import ReviewContext, review

HARD_SELL = {"hard-sell.urgency", "hard-sell.pushy"}


@pytest.fixture(scope="module")
def context() -> ReviewContext:
    return ReviewContext(load_advice())


@pytest.mark.parametrize("draft", [
    "Our mortgage deal ends in March, so we are comparing fixed rates this week.",
    "My phone contract ends next week, any tips on a good SIM-only plan?",
    "Our broadband deal is ending soon and the price will double, time to ring them.",
    "Notre prêt immobilier arrive à échéance en mars : on compare les taux fixes cette semaine.",
    "Mon forfait mobile se termine vendredi, des conseils pour un forfait sans engagement ?",
    "Notre contrat d'électricité prend fin le mois prochain, on cherche moins cher.",
])
def test_a_households_own_contract_running_out_is_no_deadline(context: ReviewContext, draft: str):
    assert not {f.rule for f in review(draft, context).findings} & HARD_SELL


@pytest.mark.parametrize("draft", [
    "Our summer deal ends Friday: 20% off every course, book now!",
    "Broadband deal ends tonight! Switch now and save 50%",
    "Notre offre d'été se termine vendredi : -20 % sur tous les cours, réservez vite !",
])
def test_a_sellers_deal_ending_keeps_its_urgency(context: ReviewContext, draft: str):
    assert {f.rule for f in review(draft, context).findings} & HARD_SELL
