"""Headlines, round 26 (issue 11): the shapes of the service desk and of reported speech.

A headline may ask a question and stop on it, answer it with its own sources or a newsroom's test, check a claim
("– but is it true?"), count ways to save for a public, tell who may claim a public benefit, rank a month or a town
as the cheapest, open museums for free, give an advert's verdict, or report a prize won by someone else. A quotation
may be credited by a bare plural source after it ("', shop owners say") or a speaker named by role before it
(« L'entraîneur : « … » »). None of it speaks for a seller. Each headline has a seller twin on the same subject,
written to the reader with its call to act, that still sells: the quiet comes from the shape, not from a rule gone
deaf.
"""

from __future__ import annotations

import pytest

from bot.engine.review import ReviewContext, review
from tests.review_helpers import advice, fired, fires, quiet, silent

PUSHY = "hard-sell.pushy"
HARD_SELL = {PUSHY, "hard-sell.urgency", "hard-sell.time-pressure"}
QUOTE = "credit-sources.unsourced-quote"
PRICE_TAG = "hard-sell.price-tag"

# (language, the news, the seller's own words to the reader on the same subject)
HEADLINE_PAIRS = [
    # a question that ends the line
    ("en", "Sales season: should you buy a new sofa now or wait until spring?",
     "Sales season: buy your new sofa now, prices rise in spring, order today!"),
    ("fr", "Soldes : faut-il acheter son canapé maintenant ou attendre le printemps ?",
     "Soldes : achetez votre canapé maintenant, -40 % jusqu'à dimanche seulement !"),
    ("fr", "Les ventes privées en ligne valent-elles vraiment le coup ?",
     "Ventes privées : -70 % sur tout le site, commandez vite, stock limité !"),
    # a question answered by the news's own sources or test
    ("en", "Can you still get a cheap fixed-rate mortgage? Here's what the experts say",
     "Want a cheap fixed-rate mortgage? Apply today, our 3.9% rate ends Friday!"),
    ("fr", "Les loyers vont-ils baisser en 2026 ? Ce qu'en disent les économistes",
     "Payez moins de loyer : appelez notre agence maintenant, frais de dossier offerts, offre valable jusqu'à vendredi seulement !"),
    # a claim checked by the news
    ("en", "'Prices will never be this low again,' estate agents tell buyers – but is it true?",
     "Prices will never be this low again – book your viewing today, only 3 flats left!"),
    ("fr", "« Les prix ne seront plus jamais aussi bas » : les agents immobiliers ont-ils raison ?",
     "Les prix ne seront plus jamais aussi bas : réservez vite votre visite, plus que 3 appartements, offre valable jusqu'à dimanche !"),
    # a service column's list
    ("en", "Seven ways to cut the cost of your child's school uniform",
     "Cut the cost of school uniform: 30% off our blazers today only, order now!"),
    ("fr", "Cinq astuces pour réduire le coût des fournitures scolaires",
     "Fournitures scolaires : -30 % sur nos cartables aujourd'hui seulement, commandez vite !"),
    # who may claim a public benefit
    ("en", "Warm home discount: who is eligible and how to claim the £150",
     "Claim your £150 warm home bonus now, offer ends tonight, call 0800 123 456!"),
    ("fr", "Prime rénovation : qui y a droit et comment la demander",
     "Prime rénovation : profitez-en vite, devis gratuit aujourd'hui seulement, appelez-nous !"),
    # a ranking of when or where
    ("en", "Revealed: the cheapest week to book a ski holiday",
     "The cheapest week to ski is now: book today, 30% off, only 5 chalets left!"),
    ("fr", "Études : les villes les moins chères pour se loger à la rentrée",
     "Logement étudiant : nos studios les moins chers de la ville, réservez vite, plus que 4 disponibles !"),
    # museums open for free
    ("en", "This weekend only: galleries waive entry fees for heritage open days",
     "This weekend only: 25% off every poster in our gallery shop, order now!"),
    ("fr", "Ce dimanche seulement : les monuments ouvrent gratuitement leurs portes",
     "Ce dimanche seulement : -25 % sur toutes les affiches de notre boutique, commandez vite !"),
    # a public consultation or a public procedure's deadline
    ("en", "Closes tonight: the consultation on the new cycle lanes across the city ends at midnight",
     "Closes tonight: our cycle sale ends at midnight, 40% off every helmet, shop now!"),
    ("fr", "Plus que trois jours pour renouveler sa carte d'identité avant les vacances, rappelle la préfecture",
     "Plus que trois jours pour profiter de nos photos d'identité à 5 €, venez vite !"),
    # the source speaks after the quotation: a bare plural subject, or a French verb of the news
    ("en", "'Fill up before prices rise again', drivers say as petrol hits a record",
     "Fill up before prices rise again: 10p off a litre at our forecourt today only!"),
    ("fr", "« Achetez tant qu'il en reste », lancent les producteurs face à la sécheresse",
     "Achetez tant qu'il en reste : nos melons à 1 € seulement, aujourd'hui uniquement !"),
    # a prize won by someone else, in the passive
    ("en", "£40m EuroMillions jackpot won by a syndicate of nurses",
     "£40m EuroMillions jackpot tonight! Buy your ticket now, only £2.50!"),
    ("fr", "Le gros lot du Loto remporté par une infirmière de Rennes",
     "Gros lot de 15 millions ce soir : achetez votre grille maintenant, seulement 2,20 €, ne ratez pas ça !"),
    # stock short for a cause of the season or the world
    ("en", "Limited stocks of turkeys this Christmas as bird flu hits farms",
     "Limited stocks of our free-range turkeys, order yours today, only 10 left!"),
    ("fr", "Foie gras : des stocks limités à cause de la grippe aviaire",
     "Stocks limités sur notre foie gras, commandez vite, plus que 10 terrines !"),
    # a public measure that starts
    ("en", "Get paid for your empties: bottle deposit scheme takes effect in October",
     "Get paid for your empties: bring them to our store today, 20p each, offer ends Sunday!"),
    # the weather forecast as the news
    ("en", "Grab your sunglasses: sunshine and 28C expected across the south",
     "Grab your sunglasses: 40% off every pair today only, order now!"),
    ("fr", "Sortez les écharpes : neige et gel attendus dans le Massif central",
     "Sortez les écharpes : -40 % sur toute la collection aujourd'hui seulement, commandez vite !"),
    # a public health service opens its books
    ("en", "Sign up now: new dentist takes on 3,000 NHS patients in town",
     "Sign up now: our whitening plan is half price this week only, book today!"),
    # an exhibition or the sky before it goes, even with an exclamation
    ("fr", "Vite ! Derniers jours pour voir l'exposition Vermeer au Louvre",
     "Vite ! Derniers jours pour profiter de nos reproductions Vermeer à -30 %, commandez maintenant !"),
    # the line ends on its source: the call is the source's advice
    ("en", "Fix your mortgage now and save £2,000, brokers tell first-time buyers",
     "Fix your mortgage now and save £2,000, call our brokers today!"),
    ("fr", "Isolez vos combles maintenant et économisez 400 euros par an, conseille l'Ademe",
     "Isolez vos combles maintenant et économisez 400 euros par an, appelez-nous aujourd'hui !"),
    # a public entitlement named as such
    ("en", "Claim your pension credit now: 800,000 pensioners missing out",
     "Claim your free gift now: only £3.99 postage, while stocks last!"),
    # selling words quoted, then the news's verdict on them
    ("en", "\"Hurry, only 2 left!\" – the booking-site banner, fact-checked",
     "\"Hurry, only 2 left!\" – book your room now before the price goes up!"),
    # old money or stamps withdrawn: a public deadline
    ("fr", "Vite : plus que trois semaines pour échanger vos anciens billets de 20 euros",
     "Vite : plus que trois semaines pour utiliser vos bons d'achat dans notre magasin, -20 % sur tout !"),
    ("en", "Only a fortnight left to spend your old paper notes",
     "Only a fortnight left to spend your gift vouchers in our store, 20% off everything, hurry!"),
]

# (language, a speaker named by role before the quotation, the same words with no author in a post that sells)
QUOTE_PAIRS = [
    ("fr", "Le sélectionneur : « Nous avons besoin d'un gardien d'expérience avant la Coupe du monde »",
     "Conseil du jour pour nos clients : « Achetez maintenant, les prix ne redescendront plus avant longtemps »"),
    ("en", "Head coach: “We need an experienced keeper before the World Cup, that is the priority”",
     "Tip of the day for our customers: “Buy now, prices will not come down again for a long time”"),
]


@pytest.mark.parametrize(("lang", "news", "sale"), HEADLINE_PAIRS)
def test_the_news_has_no_finding_and_the_sellers_twin_still_sells(lang: str, news: str, sale: str) -> None:
    """The headline goal counts every rule's finding; the twin keeps hard-sell's, so no rule went deaf."""
    silent(news, lang)
    fires(sale, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "credited", "bare"), QUOTE_PAIRS)
def test_a_speaker_named_by_role_credits_the_quotation(lang: str, credited: str, bare: str) -> None:
    quiet(credited, lang, QUOTE)
    fires(bare, lang, QUOTE)


def test_a_question_that_goes_on_with_a_call_is_no_headline() -> None:
    """Only a question that ends the line (or is answered by sources) reads as news."""
    fires("Is now the time to upgrade? Order today and save 30% on every phone, offer ends Sunday", "en", PUSHY)
    assert PUSHY in fired("Est-ce le bon moment pour changer de canapé ? Commandez aujourd'hui, -30 % jusqu'à dimanche",
                          "fr")


def test_a_request_asked_as_a_question_is_no_headline() -> None:
    """"Can …?", "Could …?", "Will you …?" ask the reader for something: a comment's plug stays a plug."""
    promo = {"self-promotion.plug", "give-first.value-before-ask", "self-promotion.announcement"}
    fires("Could you all like my comment so more people find my podcast?", "en", promo)
    fires("Can everyone like my comment so people see my cooking channel?", "en", promo)


def test_a_list_that_goes_on_with_a_call_is_no_headline() -> None:
    fires("Five ways to save £300: switch to our tariff today, offer ends Friday", "en", PUSHY)


def test_a_prize_won_by_the_reader_still_sells() -> None:
    """"won by you" is a prize text to its reader, not someone else's win."""
    fires("The £2m jackpot could be won by you tonight: buy your ticket now", "en", PUSHY)


def test_a_verdict_on_an_advert_is_no_price_tag_but_the_shops_own_words_are() -> None:
    quiet("'Rock-bottom prices' adverts by furniture chain ruled misleading", "en", PRICE_TAG)
    quiet("« Prix cassés » : la campagne de l'enseigne jugée trompeuse", "fr", PRICE_TAG)
    fires("Sofas at rock-bottom prices all weekend, while stocks last", "en", PRICE_TAG)


def test_a_straight_single_mark_after_a_word_closes_a_reported_quotation() -> None:
    """"…gone', shop owners say": the mark after the word closes the seller's words, which add nothing;
    the same words with no frame are the writer's own."""
    quiet("'Get one before they run out', parents say as toy shortage bites", "en", PUSHY)
    fires("'Get one before they run out' - 20% off every toy today only, order now", "en", PUSHY)


def test_an_amount_saved_is_quoted_whole() -> None:
    found = review("Switch today and save £450 on your energy bill, offer ends Friday, call now!",
                   ReviewContext(advice(), language="en")).findings
    pushy = next(f for f in found if f.rule == PUSHY)
    assert "and save £450" in [q.excerpt for q in pushy.places]



def test_rules_check_reports_a_shared_list_pattern_it_drops(tmp_path, monkeypatch) -> None:
    """A list pattern RE2 finds too costly is dropped from the list: `coach rules check` (no paths, as the guide
    runs it) must say so, or the cue it carried goes silent with "0 errors" (it did, this round)."""
    from click.testing import CliRunner

    from adapters.cli import main
    from bot.engine import lists
    from bot.engine.rule import RuleError

    broken = RuleError("advice/lists/headline.yaml", 115, "patterns[51]", "too expensive: an RE2 program of 3,075 steps")
    real = lists.bundled()
    monkeypatch.setattr(lists, "bundled", lambda: lists.Lists(real.found, (broken,)))
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_ADVICE_LOCAL": ""}
    checked = CliRunner().invoke(main, ["rules", "check"], env=env)
    assert "advice/lists/headline.yaml:115: patterns[51]: too expensive" in checked.output
    assert checked.exit_code != 0
