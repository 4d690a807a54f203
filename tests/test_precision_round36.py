"""Precision on ordinary posts, round 36 (issue 11): customers' own voice, shops' thanks, account, delivery and billing notices.

A bank, a provider or a shop writes to one customer: "If this wasn't you, call us on the number on the back of your
card", « nous avons bien reçu votre règlement », "to stop it renewing, turn off auto-renew in your account settings". A
customer tells what the shop did for them: "they sent me a new one", « on a eu les deux dernières places ». Their
pushy twins are phish: a threat to the reader's account, a bill to pay at once through the message's own link, a card
number asked with its PIN, a refund claim said to be incomplete. What is mended here, by kind:
- hard-sell.pushy reads a new negative signal, `customer-notice` (advice/lists/customer-notice.yaml: the customer's own
  channel, or what they asked for), and @service-notice names a payment received and a renewal the customer switches
  off; hard-sell.time-pressure reads the same list.
- @customer-voice: the shop's gesture told by its customer ("they sent me", « ils m'en ont renvoyé un ») and the last
  places the writer's household got.
- hard-sell.pushy's new signals: `suspension-threat` (the reader's account threatened in the future, with a service's
  name between: « votre compte VPN sera suspendu »), `threat-renew` (that threat with a call to renew), `pay-link`,
  `card-secret`, and their opposites when a warning quotes them (`warned-pay-link`, `warned-card-secret`);
  @pushy-refund-phish names an incomplete claim.
- hard-sell.sales-density: a reply that explains why a code did not work; hard-sell.price-tag: what a tradesperson
  charged, told by the customer.
- credit-sources.unsourced-figure reads how often people do something ("96 times a day", « 96 fois par jour en
  moyenne ») as a statistic.

Each case is a pair: the ordinary text is quiet on the rule, and its twin still draws it.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
TIME = "hard-sell.time-pressure"
DENSITY = "hard-sell.sales-density"
PRICE_TAG = "hard-sell.price-tag"
FIGURE = "credit-sources.unsourced-figure"
HARD_SELL = "hard-sell."

PAIRS = [
    # the customer's own channel; the phish's link
    (PUSHY, "en", "Your contact details were changed this morning. If this wasn't you, call us on the number on the back of your card.",
     "Your contact details were changed this morning. If this wasn't you, click the link now and call 0800 555 0101 today."),
    (PUSHY, "fr", "Vos coordonnées ont été modifiées ce matin. Si ce n'est pas vous, appelez le numéro au dos de votre carte.",
     "Vos coordonnées ont été modifiées ce matin. Si ce n'est pas vous, appelez le 01 45 22 10 10 aujourd'hui et cliquez ici."),
    # a payment received; a payment demanded through a link
    (PUSHY, "en", "We've received your payment of £140 for the autumn term. The first class is Monday at 6.",
     "Your payment of £140 for the autumn term failed. Pay now through this link or your place is cancelled."),
    (PUSHY, "fr", "Nous avons bien reçu votre règlement de 140 € pour le trimestre. Premier cours lundi à 18 h.",
     "Votre règlement de 140 € a échoué. Réglez maintenant par ce lien ou votre place est annulée."),
    # a renewal the customer can switch off; an expired plan pushed with a discount
    (HARD_SELL, "en", "Your cloud plan expires on 9 May. To stop it renewing, turn off auto-renew in your account settings.",
     "Your cloud plan expires TODAY! Renew now at 70% off before it's too late!"),
    (HARD_SELL, "fr", "Votre forfait cloud expire le 9 mai. Pour arrêter le renouvellement, désactivez le renouvellement automatique.",
     "Votre forfait cloud expire AUJOURD'HUI ! Renouvelez maintenant à -70 % avant qu'il ne soit trop tard !"),
    # an overdue balance with a payment plan; the same debt with a link and a threat
    (PUSHY, "en", "Your balance is overdue by £52. Pay when you can, or talk to us about a payment plan.",
     "Your balance is overdue by £52! Pay today via this link or it will be sent to collections."),
    # the shop's gesture told by its customer
    (PUSHY, "fr", "Franchement au top : colis perdu, ils m'en ont renvoyé un le lendemain, sans frais.",
     "Colis perdu ? On vous en renvoie un gratuit, sans frais, commandez vite aujourd'hui !"),
    (URGENCY, "fr", "On a eu les deux dernières places pour le cirque, les enfants sont ravis.",
     "Plus que deux dernières places pour le cirque, réservez vite !"),
    (URGENCY, "en", "We got the last two seats for the circus, the kids are thrilled.",
     "Only 2 seats left for the circus, book now, hurry, last chance!"),
    # a renewal switched off in the French time-pressure rule
    (HARD_SELL, "fr", "Votre abonnement expire le 12 mars. Pour éviter son renouvellement, désactivez le renouvellement automatique.",
     "Votre abonnement expire ce soir ! Plus que 3 heures pour en profiter, -50 %, vite !"),
    # a reply explaining a code
    (DENSITY, "en", "Thanks for your email. The discount code only works on full-price items, which is why it didn't apply to the sale lamp in your basket.",
     "Discount code! Promo price! Buy the lamp at our discount price, order with the promo code, sale price, buy now, discount ends."),
    # what a tradesperson charged, told by the customer
    (PRICE_TAG, "fr", "Le serrurier n'a pris que 45 € et a ouvert la porte en deux minutes.",
     "Ouverture de porte par notre serrurier pour seulement 45 € !"),
    # a flight's new time after "instead of"; a price after it
    (PUSHY, "en", "Change to your flight: it now departs at 06:10 instead of 07:45. If the new time doesn't suit you, change flights for free.",
     "Flights now £29 instead of £79! Book today, free seat selection, only 5 seats left!"),
    # a voucher the writer used
    (PUSHY, "en", "Used my birthday voucher at the spa today, a massage and a swim for free. Lovely treat.",
     "Birthday voucher: a massage and a swim for free today only, book now, only 4 slots left!"),
    # a card that has expired
    (HARD_SELL, "fr", "Le paiement n'est pas passé car votre carte a expiré. Mettez-la à jour dans l'appli avant le 20 juin.",
     "Votre offre expire ce soir à minuit ! Plus que 3 heures pour commander, -50 % sur tout, vite !"),
    # a bake sale's orders
    (HARD_SELL, "en", "Thanks to everyone who ordered cakes for the bake sale: 140 cakes ordered, 60 more ordered at the door, orders collected by 3pm, and every order paid.",
     "Big cake sale: buy our cakes now, order today, discount prices on every cake, buy two get one free, order online, buy now before the sale ends."),
    # a sign-off « À samedi ! » is no « jusqu'à samedi »
    (TIME, "fr", "Changement de cours : votre cours du samedi passe de 10 h à 11 h. Même salle, même prof. À samedi !",
     "Offre valable jusqu'à samedi seulement, -30 % !"),
    # expenses claimed by staff
    (PUSHY, "en", "Hi team, please claim your mileage for April by the 8th on the HR page; the rate is 45p a mile.",
     "Claim your free £50 voucher now! Only 45p a text, reply WIN to 80080 today!"),
    # a habit's frequency, without its source; a measured fact with its source
    (FIGURE, "en", "Did you know the average person checks their phone 96 times a day, according to a 2025 study by Ofcom?",
     "Did you know the average person checks their phone 96 times a day? Put it down tonight."),
    (FIGURE, "fr", "Le saviez-vous ? On consulte son téléphone 96 fois par jour en moyenne, selon une étude de l'Arcep.",
     "Le saviez-vous ? On consulte son téléphone 96 fois par jour en moyenne."),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "twin"), PAIRS)
def test_the_notice_is_quiet_and_its_twin_draws_the_rule(rule: str, lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


@pytest.mark.parametrize(("lang", "text"), [
    # the known leftover: a fake suspension with a service's name between
    ("fr", "Votre compte VPN sera suspendu. Renouvelez votre abonnement pour rester protégé."),
    ("en", "Your VPN account will be suspended. Renew your subscription to stay protected."),
    ("fr", "Votre compte Netflix sera désactivé. Réactivez votre compte pour continuer à regarder."),
    # a bill to pay at once through the message's own link
    ("fr", "Votre facture d'électricité est impayée. Réglez 78,20 € immédiatement par ce lien pour éviter la coupure."),
    ("en", "Final bill overdue! Pay £23.10 now through this link or your account goes to collections."),
    # a card number asked with its PIN
    ("en", "Your debit card has been blocked! Reactivate it by entering your card number and PIN here."),
    ("fr", "Votre carte a été bloquée ! Réactivez-la en saisissant votre numéro de carte et votre code ici."),
    # a refund claim said to be incomplete
    ("fr", "Votre dossier de remboursement ameli est incomplet. Complétez-le avant ce soir pour recevoir vos 148,60 €."),
    ("en", "Your HMRC refund claim is incomplete. Complete it before midnight to receive your £148.60."),
    # an account said at risk, and a deletion with an adverb before it
    ("fr", "Votre compte est en danger ! Sécurisez-le maintenant en confirmant votre mot de passe sous 24 heures."),
    ("en", "Your account is at risk! Secure it now by confirming your password within 24 hours."),
    ("fr", "Le paiement de votre abonnement a échoué. Mettez à jour votre carte sous 2 heures ou votre compte sera définitivement supprimé."),
    ("en", "Your subscription payment failed. Update your card within 2 hours or your account will be permanently deleted."),
])
def test_the_phish_draws_hard_sell(lang: str, text: str) -> None:
    fires(text, lang, PUSHY)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Your account will be closed on 30 June as you asked. Download any statements you need before then."),
    ("fr", "Votre compte sera clôturé le 30 juin comme vous l'avez demandé. Pensez à télécharger vos factures avant."),
    ("en", "Your new card will work once you activate it with your PIN at any cash machine. Never share your PIN."),
    ("fr", "Votre code de vérification est 781204. Ne le communiquez à personne, même à nos conseillers."),
    # a warning that quotes the phish's link or its ask (warned-pay-link, warned-card-secret)
    ("en", "Beware of texts telling you to \"pay now through this link\" for a toll charge. The council never sends payment links."),
    ("fr", "Attention aux SMS qui demandent de « régler immédiatement par ce lien » un péage. La mairie n'envoie jamais de lien."),
    ("en", "Your bank will never ask for your card number and PIN. If someone does, hang up."),
    ("fr", "Votre banque ne vous demandera jamais votre numéro de carte et votre code. Si quelqu'un le fait, raccrochez."),
])
def test_a_real_account_notice_draws_no_hard_sell(lang: str, text: str) -> None:
    quiet(text, lang, HARD_SELL)


def test_the_new_signals_compile_within_the_cost_limit() -> None:
    with open("advice/core/hard-sell.pushy.yaml", encoding="utf-8") as stream:
        signals = yaml.safe_load(stream)["check"]["signals"]
    assert signals["customer-notice"]["weight"] < 0
    for name in ("suspension-threat", "pay-link"):
        assert signals[name]["weight"] > 0
        assert pattern_problem(signals[name]["pattern"], True) is None
    assert signals["warned-pay-link"]["all"] == ["scam-talk", "pay-link"]
    assert signals["warned-card-secret"]["weight"] + signals["card-secret"]["weight"] <= 0
    with open("advice/lists/customer-notice.yaml", encoding="utf-8") as stream:
        notice = yaml.safe_load(stream)
    assert "on the back of your card" in notice["en"] and "au dos de votre carte" in notice["fr"]
    with open("advice/lists/customer-voice.yaml", encoding="utf-8") as stream:
        voice = yaml.safe_load(stream)
    for pattern in [p for p in voice["patterns"] if "they (?:sent" in p or "(?:eu|pris|chope" in p]:
        assert pattern_problem(pattern, True) is None
