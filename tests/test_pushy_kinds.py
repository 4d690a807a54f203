"""hard-sell.pushy, round four (issue 11): the kinds of selling spam mail and scam comments use,
and the ordinary mail and comments the rule used to misread.

CAUGHT: one post per kind of selling the rule had no signal for (cut-price pharmacy and
software, phishing for details, get-rich testimonials naming an account, recovery scams,
wallet bait), in both languages. QUIET: colleagues' mail and money talk with links, prices and
numbers but nothing that sells (context signals only count beside a selling signal), and words
that only look like a push ("set to win a legal battle", "the last few weeks", a room number), stems
that reached ordinary words ("saves lives", « une rencontre », « se fait appeler »), and a mail's own
furniture (a webmail's ad line, a signature's "visit our website", a confidentiality notice).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"



CAUGHT = [
    # pharmacy and adult offers
    ("en", "Cheap meds online\n\nGeneric pills shipped discreetly, no prescription needed. Visit our online pharmacy today."),
    ("fr", "Médicaments génériques sans ordonnance, emballage discret. Commandez sur notre boutique en ligne."),
    # cut-price software
    ("en", "OEM software: the full version of Photoshop at a fraction of the price, instant download from our site."),
    ("fr", "Logiciels à prix cassés : licence à vie et téléchargement immédiat sur notre site."),
    # phishing for details
    ("en", "Your account will be suspended. Verify your identity within 24 hours at secure-check.example"),
    ("fr", "Activité inhabituelle : confirmez vos coordonnées via ce lien sécurisé sous 24h pour éviter la fermeture définitive."),
    ("en", "Your parcel is on hold: pay the £1.45 redelivery fee today at parcel-help.example or it goes back to sender."),
    ("fr", "Votre colis est bloqué : réglez 2,10 € de frais sous 24h sur suivi-livraison.example, sinon il sera renvoyé."),
    # get-rich testimonials that name an account
    ("en", "All thanks to @grow.with.nadia_fx, I received my payout of $6,000 this week!"),
    ("fr", "Grâce à elle j'ai déjà retiré 5 000 €, contactez @julie.trading.pro sur WhatsApp"),
    # recovery scams
    ("en", "Lost funds to a fake broker? DM for recovery support, we get your money back."),
    ("fr", "Vous avez été arnaqué ? Écrivez-moi en privé, je peux récupérer vos fonds."),
    # wallet bait
    ("en", "Giveaway is live! Drop your wallet address and seed phrase below to claim your tokens."),
    ("fr", "Airdrop gratuit : donnez votre phrase de récupération et connectez votre portefeuille pour réclamer vos jetons."),
]

QUIET = [
    # colleagues' mail: a price, a link, a call to act, a mailing's wording, nothing sold
    ("en", "Re: offsite\n\nThe hotel quoted $1,200 a day including lunch, within budget. Details: http://intranet.example/offsite"),
    ("en", "You received this email because you are the approver. Please click http://it.example/req/42 to review the request."),
    ("en", "Thanks for your call today, my number is 555 0182, speak tomorrow."),
    ("fr", "Le devis du fournisseur est à 18 € l'unité pour 5 000 pièces, détails sur http://intranet.example/achats"),
    ("fr", "Vous recevez cet e-mail car vous validez les achats. Cliquez sur http://intranet.example/demande pour la relire."),
    # money talk in comments
    ("en", "I'm 19 and trying to budget: 30% bills, 20% investing, 10% savings. What would you change?"),
    ("en", "holding my eth since 2019, @ledger keeps it safe and I sleep fine"),
    ("fr", "J'ai 19 ans et je fais mon budget : 30 % loyer, 20 % épargne, 10 % sorties. Vous changeriez quoi ?"),
    # words that only look like a push
    ("en", "The interview is today in room 3671, the schedule is attached."),
    ("en", "Nurses are set to win a legal battle over equal pay worth £97m to the hospital."),
    ("en", "I've gotten to know him over the last few weeks at the meetups, and I like his ideas."),
    ("en", "The house was built in 1900 and restored in 2004 for $300,000."),
    ("fr", "La réunion a lieu aujourd'hui en salle 3671, le planning est en pièce jointe."),
    # stems that reached ordinary words
    ("en", "The blood bank is running low. Please book a donation this week: it takes an hour and saves lives."),
    ("en", "I am working from home today, trying to catch up on the $2,000 budget; call me if needed."),
    ("en", "Is it the account you opened yourself or the one you inherited? Call their number and they can unsubscribe you."),
    ("en", "The deal gives the buyer 100 % ownership of the pipeline for $68 million."),
    ("fr", "La rencontre entre les deux ministres a eu lieu hier, @user en parle ici."),
    ("fr", "Cet homme qui se fait appeler « le prophète » a levé six millions de dollars auprès d'investisseurs."),
    # a friend asking to be sent something: « envoie-moi » is a push only when it asks for a message
    ("fr", "Pas de souci, je passe au marché, envoie-moi ce qu'il manque par sms."),
    # a mail's own furniture: a webmail's ad line, a confidentiality notice
    ("en", "see you friday! love, mum\n\nDo you Yahoo!? Get your free email now at http://mail.example.com"),
    ("en", "Draft attached, comments welcome. Visit our website at http://www.bank.example. "
           "This message contains confidential information and is intended only for the named recipient."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_each_kind_of_selling_is_caught(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_mail_and_comments_stay_quiet(lang: str, text: str):
    quiet(text, lang, RULE)
