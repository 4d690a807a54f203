"""Headlines, round 27 (issue 11): the consumer and shopping desks.

A newsroom's deals column is named by its period ("Deals of the day:", « Bons plans du jour : ») and lists others'
offers in the third person; the newsroom may speak of its own check ("our pick", « que nous avons trouvés ») but
never of its own stock. A bare French « moins cher » compares, as "cheaper" does: alone it is no offer to sell; a ranking of prices the news made
or reports names the cheapest without selling it. Someone else wins in French too (« une retraitée gagne … »), and a
dilemma may be answered by what the news explains (« Ce que … change pour … »).
Each headline has a seller twin on the same subject, in the seller's voice or with a call, that still sells: the
quiet comes from the shape, not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet, silent

PUSHY = "hard-sell.pushy"
HARD_SELL = {PUSHY, "hard-sell.urgency", "hard-sell.time-pressure"}

# (language, the news, the seller's own words on the same subject)
HEADLINE_PAIRS = [
    # a deals column named by its period, others' offers in the third person
    ("en", "Deals of the day: cordless drill cut to £79 and half-price duvets",
     "Deals of the day: 30% off all our duvets, today only"),
    ("en", "Deals of the week: our pick of the best offers on coffee machines",
     "Deals of the week: 40% off our coffee machines, shop now before midnight"),
    ("en", "Today's best deals: e-reader down to £65 and cast-iron pans half price",
     "Today's best deals: our cast-iron pans half price, order today, ends midnight"),
    ("fr", "Bons plans du jour : une friteuse sans huile à 49 euros et des draps à moitié prix",
     "Bons plans du jour : -30 % sur nos draps, aujourd'hui seulement"),
    ("fr", "Les bons plans de la semaine : les meilleurs prix que nous avons trouvés sur les téléviseurs",
     "Les bons plans de la semaine : profitez de -40 % sur tous nos téléviseurs jusqu'à dimanche"),
    ("fr", "Aspirateurs : les meilleures offres du week-end, dès 89 euros",
     "Aspirateurs : les meilleures offres du week-end chez nous, commandez vite, -30 % jusqu'à dimanche"),
    # a price ranking the news made or reports, or products ranked by what they cost to run
    ("fr", "Assurance habitation : les assureurs les moins chers du classement 2027",
     "Assurance habitation : nos tarifs les moins chers du classement, souscrivez vite"),
    ("fr", "Les voitures électriques les moins chères à l'usage en 2027",
     "Nos voitures électriques sont les moins chères de la région : essai gratuit, réservez vite, -2 000 € jusqu'à dimanche !"),
    ("en", "The cheapest cars to insure for new drivers in 2027 revealed",
     "Our car insurance is the cheapest in the survey, get a quote today, 20% off until Sunday"),
    # someone else wins, in French with « gagne »
    ("fr", "Une retraitée gagne 10 000 euros au bingo et donne tout à son village",
     "Gagnez 10 000 euros au bingo, jouez maintenant sur notre site"),
    ("fr", "À 92 ans, elle gagne 50 000 euros avec un ticket à gratter",
     "Grattez et gagnez jusqu'à 50 000 euros : votre ticket à 5 € seulement, jouez aujourd'hui !"),
    # a dilemma the news asks and explains
    ("en", "Buy now or wait? What falling rates mean for first-time buyers",
     "Buy now or wait? Our prices go up on Monday"),
    ("fr", "Acheter maintenant ou attendre ? Ce que la baisse des taux change pour les acheteurs",
     "Acheter maintenant ou attendre ? Nos prix montent lundi, commandez vite"),
    # a consumer column's guide to where things are cheaper
    ("en", "School shoes: where to find the cheapest pairs this summer",
     "School shoes: where to find our cheapest pairs, 20% off this weekend only"),
    ("fr", "Rentrée : où trouver les fournitures scolaires les moins chères",
     "Rentrée : où trouver nos cartables les moins chers, -20 % ce week-end seulement"),
    ("fr", "Mutuelle : comment payer moins cher sans sacrifier ses remboursements",
     "Mutuelle : comment payer moins cher avec notre formule, devis gratuit"),
    # a household's thrift told in the third person
    ("fr", "Chasseur de promos : il nourrit sa famille pour 40 euros par semaine",
     "Nourrissez votre famille pour 30 euros par semaine avec nos paniers, commandez vite"),
    # a sight that ends, after a label's colon
    ("en", "LAST CHANCE TO SEE: the Turner exhibition closes its doors on Sunday",
     "Last chance: 30% off our Turner prints, until Sunday"),
    ("fr", "Dernière chance de voir : l'exposition Turner ferme ses portes dimanche",
     "Dernière chance : -30 % sur nos affiches Turner, jusqu'à dimanche"),
    # a sell-out told with when it happened, even without a count
    ("en", "The £24.99 heated blanket is back – and it sold out in hours last year",
     "Our £24.99 heated blanket is back – it sells out in hours, order now before it's gone"),
]


@pytest.mark.parametrize(("lang", "news", "sale"), HEADLINE_PAIRS)
def test_the_news_has_no_finding_and_the_sellers_twin_still_sells(lang: str, news: str, sale: str) -> None:
    """The headline goal counts every rule's finding; the twin keeps hard-sell's, so no rule went deaf."""
    silent(news, lang)
    fires(sale, lang, HARD_SELL)


def test_a_bare_moins_cher_compares_as_cheaper_does() -> None:
    """« moins cher » alone weighs as "cheapest" (a bargain word), not as an offer to sell."""
    quiet("Où acheter son sapin de Noël le moins cher cette année", "fr", PUSHY)
    quiet("Which supermarket was cheapest in November", "en", PUSHY)
    fires("Nos sapins sont les moins chers de la région : commandez vite, -20 % jusqu'à dimanche !", "fr", PUSHY)


def test_the_newsrooms_verdict_on_offers_is_news_but_a_shops_own_sale_is_not() -> None:
    """"the discounts worth your money" weighs others' offers; "Our winter sale: …" is still the shop's gift to promote."""
    gift = "give-first.promote-the-gift"
    quiet("January sales: the discounts actually worth your money", "en", gift)
    quiet("Bons plans : la rédaction a vérifié 200 offres sur les ordinateurs", "fr", gift)
    fires("Our winter sale: the discounts worth your money, until Sunday", "en", gift)
    fires("Soldes chez nous : les promos qui valent le coup, jusqu'à dimanche", "fr", gift)


def test_a_warranty_with_its_length_is_a_product_fact_but_a_promise_still_counts() -> None:
    """"a seven-year guarantee" says how long a product is covered; "satisfaction guaranteed" promises an outcome."""
    quiet("New hatchback on sale now from £24,995 with a seven-year guarantee", "en", PUSHY)
    assert PUSHY not in fired(
        "La nouvelle citadine disponible dès maintenant à partir de 24 990 euros avec une garantie de sept ans", "fr")
    fires("Our hatchback from £24,995, satisfaction guaranteed, order now", "en", PUSHY)
    fires("Notre citadine à 24 990 euros, satisfaction garantie, commandez maintenant", "fr", PUSHY)


def test_an_amount_naming_a_note_or_a_coin_is_no_price() -> None:
    """"your old £50 notes" names a banknote; what a coin sells for is still a price."""
    assert fired("Hurry: only days left to spend your old £50 notes", "en") == set()
    fires("Collectors' £2 coin only £9.99, order now before they're gone", "en", PUSHY)
    fires("Pièces de 2 euros en édition limitée à 4 € seulement, commandez vite avant la rupture !", "fr", PUSHY)


@pytest.mark.parametrize(("lang", "tabloid", "shop"), [
    ("en", "JACKPOT JOY FOR BINGO GRAN WHO WON £80K", "FLASH SALE: OUR SHOPPERS WON £500, ENTER NOW"),
    ("en", "BARGAIN BRITAIN: SHOPPERS FIGHT OVER £10 KETTLES", "BARGAIN SALE: £10 KETTLES FOR YOU, SHOP NOW"),
    ("fr", "SOLDES : DES CLIENTS SE BATTENT POUR DES CANAPÉS À 100 EUROS",
     "SOLDES : NOS CLIENTS SE BATTENT POUR NOS TÉLÉS À 100 EUROS, FONCEZ"),
])
def test_a_tabloid_in_capitals_tells_what_others_did_but_a_shouted_sale_still_blocks(lang: str, tabloid: str,
                                                                                       shop: str) -> None:
    """Capitals are the paper's style when a person of the news acts in the third person; with the reader or the
    seller in the line, the same capitals are a shouted sale (a blocker)."""
    assert fired(tabloid, lang) == set()
    assert {"hard-sell.shouting", PUSHY} <= fired(shop, lang)


def test_a_weekly_charge_told_to_the_reader_still_counts() -> None:
    """Only a household's budget is news: an income per week offered to the reader is still a charge-like lure."""
    fires("Gagnez 500 euros par semaine depuis chez vous", "fr", PUSHY)


def test_a_shouted_tabloid_win_is_still_someone_elses() -> None:
    """Capitals add weight, but « une retraitée gagne » names the winner: the reader wins nothing."""
    quiet("UNE RETRAITÉE GAGNE 10 000 EUROS AU BINGO ET DONNE TOUT", "fr", PUSHY)


def test_a_customer_who_wins_in_a_draw_with_a_call_still_sells() -> None:
    """A customer is no person of the news: a draw told to sign up stays a sale."""
    fires("Chaque semaine, un client gagne 500 euros : inscrivez-vous vite sur notre site", "fr", PUSHY)


def test_the_newsrooms_check_is_no_sellers_word_but_its_stock_is() -> None:
    """"our pick" is the desk's choice; "our candles" is the shop's stock."""
    quiet("Deals of the day: our pick of the best offers on kitchen gadgets", "en", PUSHY)
    fires("Deals of the day: 30% off all our kitchen gadgets, today only", "en", PUSHY)
    fires("Bons plans du jour : -30 % sur nos bougies, aujourd'hui seulement", "fr", PUSHY)


def test_the_word_complement_refuses_the_words_and_what_they_begin_but_nothing_else() -> None:
    """The headline cues' "no seller's word" is a trie's complement (bench/word_complement.py): an excluded word and
    every word a starred entry begins are refused; a word that only shares their first letters is not."""
    import re

    from bench.word_complement import word_other_than

    word = re.compile(word_other_than(["our", "we", "nous", "command*"]) + r"\b")
    refused = ["our", "we", "nous", "command", "commandez", "commander"]
    allowed = ["ours", "out", "o", "wed", "nou", "nouse", "comma", "comment", "pick", "2027"]
    assert [w for w in refused if word.fullmatch(w)] == []
    assert [w for w in allowed if not word.fullmatch(w)] == []
