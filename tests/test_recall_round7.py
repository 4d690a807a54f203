"""hard-sell.pushy, session 7 of issue 11: false hard-sell findings on ordinary text, fixed in
general form, and the quote of a finding led by what sells rather than by where.

QUIET: medication talked about by staff or a carer, a customer's complaint to a company's
account, banter with an @handle and money, a news report of a cheap product, a customer saying
a course is sold out, a vote one should not miss, "recovering from" a race, "instead of" in
plain prose, a fan's praise beside an @handle. CAUGHT: the same words where they sell ("selling
out fast", "$29 instead of $59"), and kinds of spam that had no signal: disguised spellings, gains
told the other way round, a stranger's business introduction, stock pumps.
"""

from __future__ import annotations

import pytest

from bot.engine.review import ReviewContext, review
from tests.review_helpers import advice, fires, quiet

RULE = "hard-sell.pushy"

QUIET = [
    # medication among staff or patients (care-talk)
    ("en", "Nurse update: the morphine count is now done twice per shift, please sign the drugs book each time. "
           "Order more ibuprofen today if stock is low."),
    ("en", "for those diabetic patients their medication is on auto refill and covered by insurance; "
           "for weight control it is about $600/month out of pocket."),
    ("fr", "Pour mes patients diabétiques le traitement est remboursé par la sécu ; pour maigrir ça coûte 600 €/mois."),
    # a customer's complaint to a company's account (complaint)
    ("en", "@bankly you still haven't refunded me, where is my money? I withdrew $400 from my wallet 3 days ago"),
    ("fr", "@banquefacile toujours pas reçu mon virement, remboursez-moi, j'ai retiré 400 € de mon portefeuille il y a 3 jours"),
    # banter: a handle beside money (banter)
    ("en", "haha @sam you owe me $20 for the pizza, pay up today 😂"),
    ("fr", "mdr calme-toi @coinguy 😂 les traders en bitcoin paniquent toujours"),
    # news of a cheap product (news-report)
    ("en", "Retailer launches $199 laptop for students, a spokeswoman said; sales start today at $199."),
    ("fr", "Un fabricant lance un portable à 199 € pour les étudiants, a déclaré une porte-parole ; en vente dès aujourd'hui à 199 €."),
    # a customer's "sold out" is a fact
    ("en", "Unfortunately the course is sold out! When is the next session?"),
    # a vote (civic)
    ("en", "Don't miss your chance to vote: the members' ballot closes tonight."),
    ("fr", "Ne manquez pas l'occasion de voter : le scrutin des adhérents ferme ce soir."),
    # "recover from" is a metaphor or a convalescence; "instead of" in prose is no price
    ("en", "Still recovering from the marathon, I'd recommend it to anyone, instead of the half."),
    ("en", "Imagine being bitten by a snake and instead of trying to heal & recover from the poison, you chase the snake."),
    ("fr", "Je me remets doucement du marathon, je vous le recommande."),
    # a fan's praise beside an @handle is no testimony of gains
    ("en", "Thanks @chef_anna, the lasagne was worth the wait, I keep telling people about it"),
    ("en", "my coach @run_with_tom is worth listening to, my 10k time dropped by 3 minutes"),
    ("en", "thanks @anna_teaches, her platform helped me learn Spanish"),
    ("fr", "Merci @chef_anna, je n'arrête pas d'en parler autour de moi, j'étais sceptique au début"),
    # stranger's wording met in a colleague's mail
    ("en", "The new supplier will introduce our team to their warehouse on Monday."),
]

CAUGHT = [
    ("en", "Save over 70% on your medlcations at our oniine shop, we shiip worldwide."),
    ("en", "In 5 days I got $9,400 from her signals, contact @nina.fx.pro now"),
    ("fr", "En 5 jours j'ai reçu 9 400 € grâce à ses signaux, contactez @nina.fx.pro vite"),
    ("en", "Dear Sir, we are pleased to introduce ourselves as a leading manufacturer of LED lamps at very competitive prices. "
           "Reply for our catalogue."),
    ("en", "Investors and traders: watch this stock, our microcap pick is up 145% this month."),
    ("en", "Our best-sellers are selling out fast: order now!"),
    ("en", "Get it now for $29 instead of $59!"),
    ("fr", "Nos best-sellers partent vite : commandez maintenant !"),
    ("fr", "Obtenez-le maintenant à 29 € au lieu de 59 € !"),
]


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_text_gets_no_hard_sell_finding(lang: str, text: str):
    quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_the_same_words_still_sell_where_they_sell(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text", "handle"), [
    ("en", "Find me on telegram @kate_trades", "@kate_trades"),
    ("fr", "Écris-moi sur telegram @kate_bourse, places limitées", "@kate_bourse"),
])
def test_a_handle_is_never_quoted_as_the_strongest_signal(lang: str, text: str, handle: str):
    """An @handle only says where a sale could happen: the finding points at what sells (a deadline,
    stock running out), and quotes the handle after it, if at all."""
    finding = next(f for f in review(text, ReviewContext(advice(), language=lang)).findings if f.rule == RULE)
    assert finding.excerpt != handle
    assert handle in [q.excerpt for q in finding.quotes]
    assert not finding.excerpt.startswith(" ")
