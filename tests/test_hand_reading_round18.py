"""Session 18's hand reading (issue 11): brand, community and chat posts of our own, read one by one.

An excerpt quotes the draft's whole words and numbers. A pattern that stopped on a number's first digit quoted
"only £7" for "only £795", "earn $1" for "earn $1,000", "http://w" for a web address, and a stem's match quoted
"reflnanc" of "reflnanced", and a French elision lost its word (« à dimanche » of « jusqu'à dimanche »): the
reader saw words the draft never wrote. The review now widens every quoted place
to the word or the number it falls in (a rule's fix still replaces exactly what it matched), and the patterns that
stopped early read the whole number.
A class or a workshop that "fills up" is stock running out when it is sold ("Secure your seat … before it fills
up", « réservez votre place … avant que ce soit complet »); the library's reading room and the lake at the weekend
fill up too, and sell nothing. "Everything must go" is left out: news headlines quote it of every closing-down sale.
A call for others to feature for free ("we're looking for 5 local businesses to feature in our spring newsletter.
Free, no catch", « 5 commerces à mettre en avant dans notre lettre ») gives a place away; the paid feature ("Get
featured … only $99, spots limited") still sells.
A find on a named platform ("Check out this infographic I found on Pinterest", « J'ai trouvé cette image sur
Pinterest ») travels without its author, as "found online" does; a maker named, tagged or linked ("made by
@lucie.draws", « réalisée par », a link) credits it, and "go follow her" sends readers to the maker, not to us.
Each case is a pair: the ordinary post stays quiet on the rule, its twin still draws it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.quoting import whole
from bot.engine.review import ReviewContext, review
from tests.review_helpers import advice, fired, fires, quiet

PUSHY = "hard-sell.pushy"

PAIRS = [
    ("en", PUSHY, "The library's reading room gets busy after 3, so come in the morning before it fills up.",
     "Enrollment closes Friday. Secure your seat in the spring cohort before it fills up."),
    ("en", PUSHY, "Parents: please get there early on Saturday before the car park fills up. The match starts at 10.",
     "Book your spot in the masterclass now, before it fills up: only $49 this week!"),
    ("fr", PUSHY, "On part à 8h demain pour arriver au lac avant que ce soit plein de monde, qui vient ?",
     "Réservez votre place pour l'atelier de mars avant que ce soit complet : 290 € seulement."),
    ("en", PUSHY, "We're looking for 5 local businesses to feature in our spring newsletter. Free, no catch. Reply if "
     "you'd like to be one.",
     "Get featured in our newsletter to 50,000 readers! Only $99, spots limited, reply now to book yours."),
    ("fr", PUSHY, "Nous cherchons 5 commerces du quartier à mettre en avant dans notre lettre de printemps. Gratuit, "
     "sans piège. Répondez si ça vous tente !",
     "Soyez mis en avant dans notre newsletter lue par 50 000 personnes ! Seulement 99 €, places limitées, réservez "
     "vite."),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


def _excerpts(text: str, lang: str = "en") -> list[str]:
    found = review(text, ReviewContext(advice(), language=lang)).findings
    return [place.excerpt for finding in found for place in finding.places]


@pytest.mark.parametrize(("text", "quoted"), [
    ("Two-bed cottages available now, only £795! Call now, last 2 left, offer ends Friday!", "only £795"),
    ("Make $500 a day from home. I earn $1,000 a week easily, DM me now to start", "$1,000"),
    ("WinGadgets Pro, only $29 this week! For a quick upgrade click here: http://www.example.com/buy",
     "http://www.example.com/buy"),
    ("Hi mum, I've dropped my phone, this is my new number, can you send me £200 for rent today?", "£200"),
])
def test_a_price_or_an_address_is_quoted_whole(text: str, quoted: str) -> None:
    assert any(quoted in excerpt for excerpt in _excerpts(text))


@pytest.mark.parametrize(("text", "start", "end", "widened"), [
    ("earn $1,000 now", 0, 7, (0, 11)),       # "earn $1" -> "earn $1,000"
    ("only £9.99 today", 0, 7, (0, 10)),      # "only £9" -> "only £9.99"
    ("we reflnanced it", 3, 11, (3, 13)),     # a stem -> the word
    ("price: $5. Then", 7, 9, (7, 9)),        # a full stop after a number ends it
    ("1,2,3 go", 0, 1, (0, 5)),
    ("free-delivery", 0, 4, (0, 4)),          # a hyphen ends a word
    ("-40 % jusqu'à dimanche", 12, 22, (6, 22)),  # a French elision is quoted with its word
    ("jusqu’à ce soir", 6, 15, (0, 15)),
    ("'Everything must go' sale", 1, 11, (1, 11)),  # a quotation mark is no elision
])
def test_whole_widens_to_the_word_or_the_number(text: str, start: int, end: int, widened: tuple[int, int]) -> None:
    assert whole(text, start, end) == widened


_WORDS = ["only", "£795", "$1,000", "earn", "call", "now", "FREE", "today", "offer", "ends", "win", "a", "prize",
          "txt", "WIN", "to", "80082", "!!!", "click", "here", "http://www.example.com/buy", "limited", "spots",
          "sale", "70%", "off", "gratuit", "appelez", "08", "99", "12", "34", "56", "maintenant", "seulement", "99 €"]


@settings(max_examples=150, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=3, max_size=16), lang=st.sampled_from(["en", "fr"]))
def test_no_excerpt_cuts_a_word_or_a_number(words: list[str], lang: str) -> None:
    text = "Hello " + " ".join(words)  # a word first: a draft of numbers alone is politely refused
    for finding in review(text, ReviewContext(advice(), language=lang)).findings:
        if finding.fix is not None:
            continue
        for place in finding.places:
            assert whole(text, *place.span) == place.span, (text, place.excerpt)


FOUND = "credit-sources.found-online"
CREDIT_PAIRS = [
    ("en", FOUND, "Found this on Pinterest, made by @lucie.draws, go follow her!",
     "Check out this cool infographic I found on Pinterest!"),
    ("en", FOUND, "I found my wedding dress on Instagram, from a tiny shop in Porto!",
     "Found this meme and I can't stop laughing 😂"),
    ("fr", FOUND, "Trouvé sur Instagram, réalisée par l'illustratrice Mia Lou, merci à elle !",
     "J'ai trouvé cette image sur Pinterest, trop belle !"),
    ("fr", FOUND, "Je trouve cette photo de toi vraiment réussie, bravo pour la lumière !",
     "J'ai trouvé cette photo sur Facebook, elle résume bien ma semaine."),
    ("en", "self-promotion.plug", "Found this on Pinterest, made by @lucie.draws, go follow her!",
     "New video out! Go follow me on TikTok for more"),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), CREDIT_PAIRS)
def test_a_find_names_its_maker_or_draws_the_credit_rule(lang: str, rule: str, ordinary: str, twin: str) -> None:
    """A find on a named platform ("found this on Pinterest", « j'ai trouvé cette image ») still has no author; a
    maker named, tagged or linked credits it, and sending readers to her account plugs nothing of ours."""
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


URGENCY = "hard-sell.urgency"
NOTICE_PAIRS = [
    ("en", URGENCY, "FREE pizza in the break room, first come first served!! 🍕",
     "FREE pizza with every order over £20, first come first served!! Order now 🍕"),
    ("fr", URGENCY, "Croissants offerts en salle de pause, premier arrivé premier servi !",
     "Croissants offerts pour toute commande, premier arrivé premier servi, commandez vite !"),
    ("fr", URGENCY, "Dernière chance pour t'inscrire au repas des voisins, je clôture la liste ce soir !",
     "Dernière chance pour profiter de -40 % sur nos matelas, l'offre se termine ce soir !"),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), NOTICE_PAIRS)
def test_food_for_colleagues_and_a_neighbours_dinner_press_nobody(lang: str, rule: str, ordinary: str,
                                                                    twin: str) -> None:
    """Food left for colleagues in the office's shared room (« en salle de pause ») and a neighbours' dinner (« le
    repas des voisins ») hurry people to a free thing among themselves; the shop's offer does not."""
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


AD_COPY_PAIRS = [
    ("en", PUSHY, "Honestly don't sleep on it, their new album is the best thing I've heard this year.",
     "The drop is live. 200 pieces, no restocks. Don't sleep on it."),
    ("fr", PUSHY, "Le magasin ouvre à 14 h seulement demain à cause de l'inventaire, désolés !",
     "Vente privée réservée à nos abonnés : -30 % sur tout, 48 h seulement !"),
    ("fr", URGENCY, "Le magasin ouvre à 14 h seulement demain à cause de l'inventaire, désolés !",
     "Vente privée réservée à nos abonnés : -30 % sur tout, 48 h seulement !"),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), AD_COPY_PAIRS)
def test_a_drop_with_no_restock_and_hours_written_apart_still_press(lang: str, rule: str, ordinary: str,
                                                                      twin: str) -> None:
    """Ad copy's "no restocks" and "don't sleep on it", and « 48 h seulement » written with a space, press as
    "48h seulement" does; a friend's tip about an album and a shop's late opening hour do not."""
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


def test_the_french_twin_of_check_out_my_page_plugs_too() -> None:
    """« Passe voir mon compte aussi » under someone's work is "check out my page too"; one's account named in a
    help request is no plug."""
    plug = "self-promotion.plug"
    fires("Love your work!! Check out my page too, I do similar art 🎨", "en", plug)
    fires("Trop beau ton travail ! Passe voir mon compte aussi, je fais des illustrations 🎨", "fr", plug)
    assert plug not in fired("Impossible de me connecter à mon compte depuis la mise à jour, quelqu'un a le même "
                             "souci ?", "fr")


@pytest.mark.parametrize(("lang", "ordinary", "twin"), [
    ("en", "Hi all, last chance to order hoodies for the team, £25 each, money to me by Friday please",
     "Last chance to order our new team hoodies, £25 each, order now before Friday!"),
    ("fr", "Salut l'équipe, dernière chance pour la commande groupée des sweats, 25 € chacun, l'argent à me donner "
     "avant vendredi svp",
     "Dernière chance pour commander nos sweats, 25 € seulement, commandez vite avant vendredi !"),
])
def test_a_member_collecting_a_group_order_sells_nothing(lang: str, ordinary: str, twin: str) -> None:
    """A teammate collecting a group order ("money to me by Friday", « commande groupée ») is no shop's push."""
    for rule in (PUSHY, URGENCY):
        quiet(ordinary, lang, rule)
        fires(twin, lang, rule)


@pytest.mark.parametrize(("lang", "ordinary", "twin"), [
    ("fr", "On a gagné le quiz du bar !!! 50 € de consos, venez vite avant que Steve boive tout",
     "Vous avez gagné un bon de 50 € !!! Venez vite le réclamer avant ce soir"),
    ("en", "We won the pub quiz!!! £50 bar tab, come down now and grab a drink before Steve drinks it all",
     "You have won a £50 voucher!!! Come down now and claim it before tonight"),
])
def test_a_game_we_won_is_news_among_friends(lang: str, ordinary: str, twin: str) -> None:
    """"We won the pub quiz" (« on a gagné le quiz ») tells friends of a game won; "you have won a voucher" is the bait."""
    quiet(ordinary, lang, PUSHY)
    fires(twin, lang, PUSHY)


@pytest.mark.parametrize(("lang", "ordinary", "twin"), [
    ("en", "We're looking for 2 new moderators! Requirements: active 3+ months, 18+, good vibes. Apply via the form in "
     "#mod-apps.",
     "Activate your account now to claim your $50 bonus! 18+, T&Cs apply."),
    ("fr", "On recrute 2 nouveaux modérateurs ! Conditions : actif depuis 3 mois, 18+, bonne humeur. Candidatures via "
     "le formulaire dans #modo.",
     "Activez votre compte maintenant pour réclamer votre bonus de 50 € ! 18+, conditions en ligne."),
])
def test_a_server_recruiting_moderators_sells_nothing(lang: str, ordinary: str, twin: str) -> None:
    """A server's call for moderators ("active 3+ months, 18+ … apply") is a volunteer role's conditions: "active"
    is no "activate" (their stems meet), and the role is no sale; a bonus to activate is still bait."""
    quiet(ordinary, lang, PUSHY)
    fires(twin, lang, PUSHY)


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), [
    ("en", "bluff.guaranteed", "Every order comes with a 30-day money-back guarantee, no questions asked.",
     "Our agency guarantees you'll double your followers in 30 days or your money back!"),
    ("fr", "bluff.guaranteed", "Votre mutuelle vous garantit le remboursement des lunettes une fois tous les deux ans.",
     "Notre agence vous garantit 10 000 abonnés en un mois, satisfait ou remboursé !"),
    ("fr", "bluff.self-proclaimed-expert", "Ma coiffeuse est la meilleure de la ville, je vous donne son numéro si vous "
     "voulez.",
     "Je suis experte en réseaux sociaux depuis 10 ans, la meilleure de ma région, contactez-moi."),
    ("en", "bluff.self-proclaimed-expert", "Our plumber Dave is the best in the area, honestly, give him a ring.",
     "Hire me: I'm the best in my area for wedding photos, 10 years in."),
])
def test_growth_guaranteed_and_the_best_of_ones_own_area_are_bluffs(lang: str, rule: str, ordinary: str,
                                                                     twin: str) -> None:
    """An agency that guarantees followers (« vous garantit 10 000 abonnés ») promises what nobody can keep, and the
    best of one's own area (« la meilleure de ma région », « experte ») is a title one gives oneself; a shop's
    money-back guarantee, an insurer's cover and a neighbour's praise of a hairdresser are neither."""
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)
