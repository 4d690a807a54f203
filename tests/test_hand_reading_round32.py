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


ASK = "conversation.ask-a-question"

# Also from the samples' debatable tips (prec49's and the lead's): a body's report named by its year ("Our 2025 report is
# out", « Notre rapport 2025 est en ligne ») accounts for the year as an "annual report" does (@accounts-report); a range
# named by its year is a product and still owes the reader a question.
REPORTS = [
    ("en", "Our 2025 report is out: we fixed 1,200 bikes instead of scrapping them, and our workshop trained 30 volunteers. "
           "What went wrong is in there too, on page 12.",
     "Our new 2026 range is out: ten jackets in recycled wool, made in our own workshop in the north of town, with repairs "
     "free for life. They are in store today and on our site, in every size from XS to XXL."),
    ("fr", "Notre rapport 2025 est en ligne : on a réparé 1 200 vélos au lieu de les jeter, et notre atelier a formé 30 "
           "bénévoles. Ce qui a raté y est aussi, page 12.",
     "Notre nouvelle collection 2026 est arrivée : dix vestes en laine recyclée, fabriquées dans notre atelier au nord de la "
     "ville, réparées gratuitement à vie. En boutique dès aujourd'hui et sur notre site, du XS au XXL."),
]


@pytest.mark.parametrize("lang, report, launch", REPORTS, ids=numbered(REPORTS))
def test_a_report_named_by_its_year_owes_no_question_and_a_range_still_does(lang: str, report: str, launch: str):
    quiet(report, lang, ASK)
    quiet(report, lang, "relevance.talk-to-the-reader")
    quiet(report, lang, "self-promotion.announcement")  # yearly-account: the year alone names the report too
    fires(launch, lang, ASK)
