"""Precision on ordinary English and French posts, round 41 (issue 11): deadline, scarcity and urgency words without a sale.

What must hold, each case a pair (the ordinary draft is quiet on hard-sell, its pushy twin still draws it):
- A countdown to one's own trip ("until we fly", « t'as fait ta valise ? ») is no sale's countdown (hard-sell.urgency's
  gate, hard-sell.time-pressure `own-trip`); a fare sale's countdown still is.
- Seats left in someone's car (« plus que 2 places dans la voiture ») are a lift among friends, not stock.
- "Now or never", then what the writer will do (« c'est maintenant ou jamais, je … »), presses nobody.
- The writer's own visa or passport running out, a step or lesson streak that reports the reader's progress, a parking
  app's session ending: someone's own dates.
- "Don't wait for me" is a friend held up, and "the last free week" is a week not booked (hard-sell.pushy exceptions);
  "Don't wait, only 3 left" still sells.
- The writer's own leave counted down to colleagues (« plus que 2 jours avant mes congés »), a recruiter's assessment
  window, a relative who got the last seats (@customer-voice), school photos ordered through the school.
- A last chance to see one's own sister before she moves, a game patch about to nerf a weapon, the hours left on one's
  own contract (hard-sell.urgency's gate); an application told on its last day (hard-sell.time-pressure `applied-told`);
  an organiser's headcount to confirm with a venue (`headcount`).
Each ordinary draft drew hard-sell with main's rules before this round (checked against main `557860e`).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."

PAIRS = [
    # a countdown to one's own trip; a fare sale's countdown
    ("en", "Only 5 days left until we fly to Athens! Have you packed yet?",
     "Only 5 days left to grab flights to Athens at 40% off, book now!"),
    ("fr", "Plus que 5 jours avant Athènes !! T'as fait ta valise ?",
     "Plus que 5 jours pour réserver vos vols vers Athènes à -40 %, foncez !"),
    # seats in someone's car
    ("en", "Only 2 seats left in my car for the beach on Sunday, who's in?",
     "Only 2 seats left on our coach tour to the beach, book now before they're gone!"),
    ("fr", "Plus que 2 places dans ma voiture pour la plage dimanche, qui vient ?",
     "Plus que 2 places pour notre excursion en car à la plage, réservez vite !"),
    # now or never, then the writer's own act
    ("en", "It's now or never, I'm asking for the promotion on Monday.",
     "It's now or never: 60% off every sofa, today only!"),
    ("fr", "C'est maintenant ou jamais, je demande ma mutation lundi.",
     "C'est maintenant ou jamais : -60 % sur tous les canapés, aujourd'hui seulement !"),
    # one's own visa; an app's streak with the progress told
    ("en", "My visa expires in 10 days and the next appointment is in August. Any tips?",
     "Your discount expires in 3 hours! Upgrade now and save 40%."),
    ("en", "Your streak ends tonight unless you do a lesson. You've done 30 days so far.",
     "Your 50% discount ends tonight unless you upgrade now!"),
    # a friend held up; a shop's "don't wait"
    ("en", "Bus broke down on the motorway, don't wait for me, start dinner.",
     "Don't wait, only 3 left at this price, order now!"),
    # the writer's own leave counted down to colleagues
    ("en", "Hi all, only 2 days left before I go on leave. Send me anything to approve by Wednesday.",
     "Only 2 days left to save 30% on every course, enrol now!"),
    ("fr", "Bonjour, plus que 2 jours avant mes congés. Envoyez-moi ce qu'il faut valider avant mercredi.",
     "Plus que 2 jours pour profiter de -30 % sur toutes nos formations, inscrivez-vous vite !"),
    # a relative who got the last seats
    ("fr", "Maman a pris les deux dernières places dans le car pour Nantes, on sera séparés.",
     "Dernières places dans notre car pour Nantes à -50 %, réservez maintenant !"),
    # a last chance to see one's sister
    ("en", "Last chance to see my sister before she moves to Perth and my train is cancelled. Typical",
     "Last chance to see our summer prices, 50% off, order today!"),
    ("fr", "Dernière chance de voir ma sœur avant son départ à Perth et mon train est annulé. Évidemment",
     "Dernière chance de voir nos prix d'été, -50 %, commandez aujourd'hui !"),
    # an organiser's headcount for a venue; a meal sold with its places limited
    ("fr", "Bonjour à tous, la soirée du club est à 25 € par personne. Il me faut le nombre avant vendredi pour confirmer au restaurant !",
     "Soirée du club à 25 € par personne, places limitées, réservez avant vendredi !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_draws_hard_sell(lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(twin, lang, HARD_SELL)


def test_a_sellers_your_passport_still_counts() -> None:
    """The visa reading needs "my": a phish's "your passport expires today, pay now" is left counting."""
    text = "URGENT: your passport expires today! Renew it now for just £9.99 at passport-fast.co, last chance!"
    fires(text, "en", HARD_SELL)


def test_a_streak_without_progress_told_still_counts() -> None:
    """The app reading needs the reader's progress told; a course's "challenge ends tonight, join now" still sells."""
    text = "Our 30-day fitness challenge ends tonight! Join now for only £19, last chance!"
    fires(text, "en", HARD_SELL)
