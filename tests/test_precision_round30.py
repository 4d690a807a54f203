"""Precision on ordinary posts, round 30 (issue 11): mail, newsletters and comment threads, in English and French.

- A renewal told to the one customer it concerns ("Auto-renew is on, so we will charge the card ending 4417",
  "Renewal notice: your home insurance renews on 1 May", « le renouvellement automatique est activé », « avis de
  renouvellement »), a booking confirmed ("I'm writing to confirm your place", « votre place est confirmée »), an
  appointment's reminder and its cancellation terms ("this is a reminder that your free consultation is tomorrow",
  "if you need to cancel, please give 24 hours notice", « si vous devez annuler »), a carrier's second attempt ("we
  will try again tomorrow", « nous repasserons demain »): @service-notice.
- A shop placed on its street or owning something ("the hardware shop on the high street", "the shop's own
  guarantee") and a thread's reply header ("Reply to Chris:", « Réponse à Paul : »): @noun-call, "shop" and "reply"
  are nouns there.
- A customer's advice in a thread: an order said to be needless ("no need to order online", « pas besoin de
  commander »), a booking advised ("Booking is recommended", « réservation conseillée »), shopping around (« faire
  jouer la concurrence »): hard-sell.pushy's exceptions; a cover not worth it or no hurry ("Don't bother with the
  extended warranty", "I wouldn't rush", « rien ne presse »): @pushy-complaint.
- The buyer who used a shop's offer, named as theirs ("we used their first-time customer discount", « on a profité
  de leur remise de bienvenue »): @customer-voice; what it saved or cost in the sale ("Saved me £60", « payé 59 € en
  promo »): buyer-told.
- A club's dinner and its members' mail ("tickets for the annual dinner", « repas annuel »): @pushy-community.
- An IT notice that sends staff to their own self-service portal (« le portail libre-service »): hard-sell.urgency's gate.
- A colleague's leaving day ("it's Lucy's last day. Come and say goodbye", « son dernier jour, venez lui dire au
  revoir »): @pushy-farewell; a club warning its members of a fake mail ("a fake e-mail … It's not from us", « un
  faux mail circule … ce n'est pas nous »): @pushy-scam-talk; a reader's tip on a trial ("if you forget to cancel",
  « si vous oubliez de résilier »): @pushy-complaint.
- A mail reply's quoted lines ("> Hurry, only 3 left!" above "Is this e-mail legit?"): the previous writer's words,
  read as a reported quotation by every rule that reads `reported_quotes`; a draft made only of such lines stays the
  writer's own.

Each case is a pair: the ordinary text is quiet, and its twin (the same subject in the seller's own words) fires.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.checks.signals_reported import mail_quoted
from bot.engine.patterns import pattern_problem
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure", "hard-sell.shouting"}
GIFT = "give-first.promote-the-gift"

# (language, ordinary text, the seller's own twin): hard-sell findings
PAIRS = [
    ("en", "Reminder: your domain example-bakery.co.uk expires on 2 April. Auto-renew is on, so we will charge the card ending 4417 for £11.99.",
     "LAST CHANCE! Your domain expires TONIGHT. Renew now and save 50%, click here before midnight!"),
    ("fr", "Votre nom de domaine expire le 2 avril. Le renouvellement automatique est activé : nous débiterons 11,99 € sur votre carte.",
     "DERNIÈRE CHANCE ! Votre nom de domaine expire CE SOIR. Renouvelez maintenant et économisez 50 %, cliquez ici avant minuit !"),
    ("en", "Renewal notice: your home insurance renews on 1 May. This year's premium is £312, up from £289. If you'd like to shop around, you can cancel within 14 days.",
     "Your home insurance renewal: switch today and save £200! Only 10 quotes left at this price, call now!"),
    ("fr", "Avis de renouvellement : votre contrat d'assurance habitation sera renouvelé le 1er mai, 312 € au lieu de 289 €. Vous pouvez faire jouer la concurrence.",
     "Assurance habitation : changez aujourd'hui et économisez 200 € ! Plus que 10 devis à ce prix, appelez vite !"),
    ("en", "Good morning, your appointment has been confirmed for Monday 3 March at 10:15. If you need to cancel, please give 24 hours notice or a £20 fee applies.",
     "Only 24 hours left to book your appointment at 50% off! Call now, spaces are limited!"),
    ("fr", "Bonjour, votre rendez-vous est confirmé lundi à 10 h 15. Si vous devez annuler, prévenez 24 heures avant, sinon 20 € de frais s'appliquent.",
     "Plus que 24 heures pour réserver votre séance à -50 % ! Appelez vite, places limitées !"),
    ("en", "Hi Kate, this is a reminder that your free consultation is tomorrow at 2pm. If you can't make it, reply to this e-mail and we'll find another time.",
     "Book your free consultation today, only 3 slots left this week! Reply now to claim yours!"),
    ("en", "Hi, I'm writing to confirm your place on the beginners' pottery course starting 6 May (6 weeks, £90 paid). Please bring an apron. Parking is free after 6pm.",
     "Pottery course starting 6 May, only £90! Book now, only 2 places left, free apron for the first 5!"),
    ("en", "Comment: You can get the same thing for half the price at the hardware shop on the high street, no need to order online.",
     "Get the same thing for half the price, order online now, today only!"),
    ("fr", "Réponse à Paul : pas besoin de commander en ligne, le magasin de la grand-rue a la même à moitié prix.",
     "Commandez en ligne maintenant, moitié prix aujourd'hui seulement !"),
    ("en", "Thread reply: Just checked, the museum is free but the dinosaur exhibition is £8 for adults, kids under 5 free. Booking is recommended at weekends.",
     "Dinosaur exhibition: only £8! Book now, tickets are selling fast, don't miss out!"),
    ("en", "Comment: We used their first-time customer discount and saved about £20, but the delivery took ages. Mixed feelings.",
     "First-time customers: use code NEW20 for 20% off today only, order now!"),
    ("en", "Comment: Don't bother with the extended warranty, the shop's own guarantee covers 2 years anyway. Saved me £60.",
     "Add our extended warranty today for just £60, guaranteed peace of mind, offer ends tonight!"),
    ("en", "Reply to Chris: the deal on the vans ends Friday, but honestly the old ones are fine for another year. I wouldn't rush.",
     "Our van deal ends Friday! Reply now to book your test drive, only 3 left!"),
    ("en", "Members' e-mail: tickets for the annual dinner are £35 and must be bought by 15 November. Only 120 places in the hall, so don't leave it too late.",
     "Tickets are £35 and must be bought by 15 November. Only 120 places, buy now before they're gone!"),
    ("fr", "Avis : 4/5. Payé 59 € en promo, bonne qualité, livraison un peu lente. Je recommande.",
     "Promo : seulement 59 € aujourd'hui, commandez vite, stock limité !"),
    ("en", "Dear customer, your parcel could not be delivered today. We will try again tomorrow. You can also collect it from the depot with this card.",
     "Your parcel could not be delivered. Pay the £1.99 redelivery fee now at this link or it will be returned today."),
    ("en", "Hey team, free cake in the kitchen, it's Lucy's last day. Come and say goodbye before 4!",
     "Last day of our cake sale: free cake with every order before 4pm, order now!"),
    ("fr", "Gâteau gratuit à la cafétéria, c'est son dernier jour à Marie, venez lui dire au revoir avant 16 h !",
     "Dernier jour de notre vente : gâteau offert pour toute commande avant 16 h, commandez vite !"),
    ("en", "Dear members, we're aware of a fake e-mail offering \"free membership for life - claim now\". It's not from us. Please delete it.",
     "Dear members, free membership for life: claim now, today only, only 20 left!"),
    ("fr", "Chers adhérents, un faux mail circule proposant « l'adhésion gratuite à vie, réclamez-la maintenant ». Ce n'est pas nous, supprimez-le.",
     "Chers adhérents, adhésion gratuite à vie : réclamez-la maintenant, aujourd'hui seulement, plus que 20 places !"),
    ("en", "Comment: The \"free\" trial needs your card details and charges £29.99 if you forget to cancel. Set a reminder if you try it.",
     "Start your free trial now, just enter your card details, only £29.99 after, offer ends tonight!"),
    ("en", "> Hurry, only 3 left at this price! Order now!\nIs this e-mail from them legit? I never signed up for anything.",
     "Hurry, only 3 left at this price! Order now!\n> Is this legit?"),
    ("fr", "> Dépêchez-vous, plus que 3 articles à ce prix ! Commandez vite !\nCe mail est légitime ? Je ne me suis jamais inscrit.",
     "> Dépêchez-vous, plus que 3 articles à ce prix !\n> Commandez vite !"),
]

# (language, an IT notice, a phishing mail): hard-sell.urgency
URGENCY = "hard-sell.urgency"
URGENCY_PAIRS = [
    ("en", "IT service desk: your password expires in 5 days. Change it now at the self-service page to avoid being locked out on Monday.",
     "Your password expires in 5 days! Act now, click this link to keep your account, limited time!"),
    ("fr", "Service informatique : votre mot de passe expire dans 5 jours. Changez-le dès maintenant sur le portail libre-service pour ne pas être bloqué lundi.",
     "Votre mot de passe expire dans 5 jours ! Agissez maintenant, cliquez sur ce lien, offre limitée !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "seller"), PAIRS)
def test_ordinary_mail_is_quiet_and_its_sellers_twin_fires(lang: str, ordinary: str, seller: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(seller, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "notice", "phish"), URGENCY_PAIRS)
def test_an_it_notice_pointing_to_the_portal_is_no_urgency(lang: str, notice: str, phish: str) -> None:
    quiet(notice, lang, URGENCY)
    fires(phish, lang, HARD_SELL)


def test_only_quoted_lines_stay_the_writers_own() -> None:
    text = "> Only 3 left!\nIs this legit?"
    assert mail_quoted(text) == [(0, len("> Only 3 left!"))]
    assert mail_quoted("> Only 3 left!\n> Order now!") == []
    assert mail_quoted("Only 3 left, 50% off > 30% elsewhere") == []


def test_a_buyer_using_their_offer_promotes_no_gift() -> None:
    quiet("Comment: We used their first-time customer discount and saved about £20, but the delivery took ages.", "en", GIFT)
    quiet("Commentaire : on a profité de leur remise de bienvenue, 15 € de moins, mais le colis est arrivé abîmé.", "fr", GIFT)


def test_a_shops_own_call_and_a_reply_call_still_count() -> None:
    fires("50% off the whole range at our shop this weekend, shop now!", "en", HARD_SELL)
    fires("Reply YES to claim your £500 gift card now, offer ends tonight!", "en", HARD_SELL)
    fires("We use their discount codes for you: order now, 40% off today only!", "en", HARD_SELL)


@pytest.mark.parametrize("name", ["noun-call", "customer-voice"])
def test_the_lists_patterns_compile_within_the_cost_limit(name: str) -> None:
    with open(f"advice/lists/{name}.yaml", encoding="utf-8") as stream:
        patterns = yaml.safe_load(stream)["patterns"]
    assert [pattern_problem(p, True) for p in patterns] == [None] * len(patterns)
