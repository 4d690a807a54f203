"""Session 32's hand reading (issue 11): 30 findings drawn at random from the ordinary rows of `make eval` (seed 3231),
after recall round 49 was merged: none wrong, one debatable (a course's enrolment date read as an announcement). Recall
round 49's second batch had left two ordinary twins with a finding; the English one is mended here in general form:
- a sentence that opens on what its writer did ("Signed up at the leisure centre, £18 a month", "Joined the choir
  last week") tells a deed: the call to action, read by its stem, took "Signed" for "Sign up". The past tense at a
  sentence's start is now no call (advice/lists/done-at-start.yaml); the imperative and the -ing form keep theirs.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

PUSHY = "hard-sell.pushy"

PAIRS = [
    ("en", "Signed up at the leisure centre yesterday, it's £18 a month for residents, pretty good value",
     "Sign up at the leisure centre today, it's only £18 a month for residents, don't miss out!"),
    ("en", "Joined the community choir last week. It's £5 a term and they meet on Tuesdays, really friendly bunch.",
     "Join the community choir today! Only £5 a term, last places, book now."),
    ("en", "Switched to the new broadband deal, only £22 a month and it's much faster than before.",
     "Switch to our broadband deal now, only £22 a month, offer ends Friday!"),
    ("en", "Registered for the 10k in May, £25 entry and it all goes to the hospice.",
     "Register for the 10k now, only £25 entry, places running out fast!"),
]


@pytest.mark.parametrize("lang, ordinary, twin", PAIRS, ids=numbered(PAIRS))
def test_a_deed_told_stays_quiet_and_the_call_to_do_it_still_fires(lang: str, ordinary: str, twin: str):
    quiet(ordinary, lang, PUSHY)
    fires(twin, lang, PUSHY)


def test_calling_all_and_the_imperative_keep_their_call() -> None:
    fires("Calling all makers! Claim your free stall at the Christmas market now, only 5 left.", "en", PUSHY)
