"""A mail or a memo to a few people is correspondence, not a post (issue 11, session 4).

The rules that judge a post written for an audience (ask a question, share knowledge, talk to
the reader, reader focus, too many links, promote the gift) stay silent on a reply, a forward, a
note that greets a named person or signs off, and on a newsletter's links; the brand's post to
its public is still judged.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

MEMO = ("we are pleased to announce that our team in Leeds will be moving to the new office on the third "
        "floor from Monday. our facilities people will be on site all week and our managers will share the "
        "seating plan with you. please find attached the floor map.")
REPLY = ("Re: budget for the fair\n\nsally, i had a quick word with our finance people and we will be able "
         "to cover the stand and our travel. our team is happy with the plan we drew up last week and we "
         "are ready to go ahead with it.")
LETTRE = ("Bonjour Claire,\n\nnotre équipe a bien reçu votre demande et nous préparons notre réponse pour "
          "la semaine prochaine. nous vous enverrons notre devis détaillé avec nos conditions dès que "
          "notre responsable l'aura validé. Cordialement")
NEWSLETTER = ("This week's digest: the new release notes http://example.org/notes, the meetup recap "
              "http://example.org/meetup and the survey results http://example.org/survey. "
              "To unsubscribe, reply STOP.")

DESK_MAIL = ("Re: March purchases\n\nbob, the deal with the supplier is priced at 5.25, the second deal at 5.40; "
             "both purchases are in the system. Please check the price on the third deal and the order "
             "for April. Let me know if you see a problem.")

QUIET = [
    ("en", MEMO, "conversation.ask-a-question"),
    ("en", MEMO, "give-first.share-knowledge"),
    ("en", REPLY, "relevance.talk-to-the-reader"),
    ("en", REPLY, "relevance.reader-focus"),
    ("en", REPLY, "conversation.ask-a-question"),
    ("fr", LETTRE, "conversation.ask-a-question"),
    ("fr", LETTRE, "relevance.reader-focus"),
    ("en", NEWSLETTER, "self-promotion.too-many-links"),
    ("en", "julie, i think the discount is fine, our order for the books can go ahead and we will pay on receipt.",
     "give-first.promote-the-gift"),
    ("en", DESK_MAIL, "hard-sell.sales-density"),
]

BRAND_POST = ("We are proud to announce that our new store in Leeds opens on Monday. Our team has worked "
              "for months on our new range and our bakers will be there all day to welcome everyone.")
SALE_POST = ("Spring sale: every price drops this week, a discount on each purchase, a deal on jackets, "
             "a promo code at checkout and a special offer on shoes, order online and buy before the sale ends.")
LINK_DUMP = "New drops: http://shop.example/a http://shop.example/b http://shop.example/c"

CAUGHT = [
    ("en", BRAND_POST, "conversation.ask-a-question"),
    ("en", BRAND_POST, "relevance.reader-focus"),
    ("en", LINK_DUMP, "self-promotion.too-many-links"),
    ("en", SALE_POST, "hard-sell.sales-density"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), QUIET)
def test_correspondence_is_not_judged_as_a_post(lang: str, text: str, rule: str):
    quiet(text, lang, rule)


@pytest.mark.parametrize(("lang", "text", "rule"), CAUGHT)
def test_the_brand_post_to_its_public_is_still_judged(lang: str, text: str, rule: str):
    fires(text, lang, rule)
