"""Precision on ordinary posts, round 28 (issue 11): local and community text.

Neighbourhood groups, clubs, schools, councils, landlords and neighbours' small ads carry money, time, free and
call-to-action words in ordinary use. Readings added to hard-sell.pushy and hard-sell.time-pressure, in general form:

- A letting notice ("room to let", "£795 pcm", "book a viewing", « à louer », « charges comprises »): the `letting`
  register (advice/lists/pushy-letting.yaml), and `letting-offer` when its "available now" is the flat's date.
- A deal or a notice passed on to neighbours "in case it helps" ("thought it might help", « je partage au cas où »):
  `passed-on`, one list (advice/lists/passed-on.yaml) read by both rules.
- A free event whose booking is told ("it's free but you need a ticket", « gratuit mais sur réservation
  obligatoire »): `free-booked`.
- A club's family rate ("sibling discount", « réduction fratrie ») is no price pushed; a WhatsApp group (« groupe
  WhatsApp ») is no call. ("Apply now" in a club's notice was tried as `community-call` and left out: a kermesse's
  « réservez vite vos repas … il reste peu de places » fell under the threshold with it.)
- Community events (an egg hunt, a street party, a fete), a garage sale, the class rep; a council's waste week and
  giveaway (« encombrants », « la mairie offre aux habitants »); a council's jobs and a post's conditions.
- A fundraiser named ("raffle tickets for my daughter's school", "in aid of"): @pushy-charity; a quiz's teams and
  runners-up: @pushy-community. In hard-sell.exclamations, an appeal for a lost pet (@lost-found) is worry, not a sales tone.
- hard-sell.time-pressure: a habit told ("the cake stall usually sells out by 11") is no countdown, and a shop
  closing for good that thanks its customers after its years ("After 25 years, thank you all") says goodbye.

Each case is a pair: the ordinary text is quiet, and its twin (the same subject in the seller's own words) fires.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from bot.engine.rule import pack_dirs
from bot.engine.rules import load_rules
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure"}

# (language, ordinary text, the seller's own twin)
PAIRS = [
    ("en", "Two-bed cottage available now to rent, £795 pcm. Call the agent on 01632 960 111 to book a viewing.",
     "Two-bed cottages available now, only £795! Call now, last 2 left, offer ends Friday!"),
    ("en", "Room to let in a shared house, £450 a month including bills, available now. Quiet professional preferred.",
     "Rooms available now from just £450! Book today, only 3 left at this price, offer ends Sunday!"),
    ("fr", "Studio meublé à louer, 480 € par mois charges comprises, disponible dès maintenant. Appelez l'agence au 01 23 45 67 89 pour réserver une visite.",
     "Appartements disponibles dès maintenant à seulement 650 € ! Appelez vite, plus que 2, offre valable jusqu'à dimanche !"),
    ("en", "Sale at the hardware shop this week: 20% off all paint and brushes. Thought it might help those doing up their fences.",
     "Sale at our hardware shop this week: 20% off all paint and brushes! Shop now, ends Sunday!"),
    ("fr", "Soldes au magasin de bricolage : -20 % sur toute la peinture jusqu'à dimanche, je partage au cas où ça aiderait.",
     "Promo -20 % sur toute la peinture dans notre magasin cette semaine ! Foncez, fin dimanche, stock limité !"),
    ("en", "Book now for the Easter egg hunt at the park, limited to 100 children. It's free but you need a ticket.",
     "Book now! Free gift with every order, only 100 available, offer ends tonight!"),
    ("fr", "Réservez dès maintenant votre place pour la chasse aux œufs du parc : c'est gratuit mais sur réservation obligatoire, 100 enfants maximum.",
     "Réservez dès maintenant ! Cadeau gratuit pour toute commande, plus que 100, offre valable ce soir seulement !"),
    ("en", "Sign up for the parents' WhatsApp group by messaging the class rep. It's the easiest way to get reminders.",
     "Sign up now! WhatsApp us today for 50% off, only 10 places left!"),
    ("en", "Immediate start for a kitchen assistant at the care home, term time only. Apply now on the council jobs site.",
     "Immediate start! Earn £500 a week from home, apply now, limited places, DM me today!"),
    ("en", "Reminder: the council's free bulky waste week ends on Friday. Book your collection online before then.",
     "Reminder: our free delivery week ends on Friday! Book your order online now, 30% off everything!"),
    ("fr", "Déchets verts : la collecte gratuite se termine vendredi, réservez votre passage en ligne dès maintenant.",
     "Livraison gratuite jusqu'à vendredi seulement ! Commandez en ligne dès maintenant, -30 % sur tout !"),
    ("en", "Our garage sale starts at 8, first come first served on the furniture. Cash only please.",
     "Our warehouse sale starts at 8! First come first served, 70% off everything, cash only, don't miss out!"),
    ("en", "Hurry, the WI cake stall usually sells out by 11!",
     "Hurry, our cakes sell out fast, only 10 left, order now!"),
    ("en", "Our closing-down sale starts Monday. After 25 years, thank you all, everything half price until the doors close on the 30th.",
     "Closing-down sale starts Monday! Everything half price until the doors close on the 30th, hurry!"),
    ("en", "Hi all, I'm selling raffle tickets for my daughter's school, £1 each, top prize is a £100 Tesco voucher. Drop me a message if you want some!",
     "Raffle tickets £1 each, top prize a £100 voucher! Buy now, draw closes tonight, only 50 left, DM me!"),
    ("en", "The Red Lion's quiz is back on Thursday nights from 8. £2 a head, teams of up to six, cash prize for the winners and a bottle of wine for the runners-up.",
     "Win a cash prize! Enter our online quiz tonight for just £2, claim your prize now, limited entries!"),
    ("en", "URGENT!!! Our cat has got out and he needs his medication tonight, black with white paws, Kingsway area, PLEASE look in your sheds!!",
     "URGENT!!! Our sale ends tonight, 50% off everything, shop now, PLEASE don't miss it!!"),
]


@pytest.mark.parametrize(("lang", "ordinary", "seller"), PAIRS)
def test_ordinary_local_text_is_quiet_and_its_sellers_twin_fires(lang: str, ordinary: str, seller: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(seller, lang, HARD_SELL)


def test_a_sellers_boast_of_selling_out_still_counts() -> None:
    """Only a habit told ("usually sells out") is carved out; "always sells out" is the seller's boast."""
    fires("Be quick, our lemon tart always sells out by noon on Saturdays!", "en", "hard-sell.time-pressure")


def test_viewings_alone_is_no_letting_notice() -> None:
    """The stem of "viewings" is every mailing's "view": a pill spam that says "view" still sells."""
    spam = "Generic pills at 80% off, order now, only today, view our catalogue and save big, free shipping!"
    fires(spam, "en", "hard-sell.pushy")


def test_a_shouted_sale_on_a_community_surface_still_shouts() -> None:
    """hard-sell.shouting is the last reading left on a club's or a school's shouted sale, where the community words
    already quieten pushy and urgency: it reads no community register."""
    fires("SALE SALE SALE at the school uniform shop!!! Everything 50p, all money goes to the PTA!!", "en", "hard-sell.shouting")


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "On y est allés hier : -40 % sur tout le magasin avec le code VOISIN, dépêchez-vous, ça finit ce soir !"),
    ("fr", "Fête des voisins sponsorisée : gagnez un iPhone, participez maintenant, tirage ce soir, cliquez vite !"),
    ("en", "Went there yesterday: 40% off the whole shop with code NEIGHBOUR, hurry, it ends tonight!"),
    ("fr", "Maison à louer pour les vacances, -30 % si vous réservez aujourd'hui, plus que 2 semaines dispo, foncez !"),
    ("fr", "Vide-maison : tout à 1 €, venez vite, premier arrivé premier servi, dernier jour !"),
])
def test_a_visit_or_a_neighbourhood_event_named_does_not_hide_a_push(lang: str, text: str) -> None:
    """A visit told, « fête des voisins », « à louer » and « vide-maison » were tried as ordinary readings and left out:
    a promotion opens on them too."""
    fires(text, lang, HARD_SELL)


def test_a_call_now_on_a_community_surface_still_counts() -> None:
    fires("Kermesse samedi : réservez vite vos repas, 12 € l'assiette, il reste peu de places !", "fr", HARD_SELL)


def test_money_sent_for_rent_is_no_letting_notice() -> None:
    text = "Hi mum, I've dropped my phone, this is my new number, can you send me £200 for rent today?"
    fires(text, "en", "hard-sell.pushy")


def test_landlords_spoken_to_by_a_pushy_service_still_fire() -> None:
    text = "Landlords!! Guaranteed rent for 5 years, zero fees, call us today, offer ends this month, spaces limited in your area!"
    fires(text, "en", HARD_SELL)


def test_the_new_signals_are_in_both_languages_and_their_patterns_compile() -> None:
    rules = load_rules(pack_dirs())
    pushy = rules.get("hard-sell.pushy")
    timing = rules.get("hard-sell.time-pressure")
    assert pushy is not None and timing is not None
    for name in ("letting", "passed-on"):
        assert name in pushy.lang("en")["signals"] and name in pushy.lang("fr")["signals"]
    assert timing.check["signals"]["farewell-thanks"]["pattern"] == "@farewell-thanks"
    assert pattern_problem(pushy.check["signals"]["free-booked"]["pattern"], True) is None


def test_the_farewell_list_patterns_compile_within_the_cost_limit() -> None:
    with open("advice/lists/farewell-thanks.yaml", encoding="utf-8") as stream:
        patterns = yaml.safe_load(stream)["patterns"]
    assert len(patterns) == 4
    assert [pattern_problem(p, True) for p in patterns] == [None] * len(patterns)
