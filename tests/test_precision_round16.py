"""Precision on ordinary near misses, round 16 (issue 11): hard-sell.pushy quiet on text that uses selling words.

Kinds read by hand on the ok rows of bench/devsets/*_nearmiss_coach.jsonl: a warning that quotes the scam it
warns of (the quote's prize and deadline are the scammer's); an invoice or a supplier's quote between
people who already deal; a buyer telling friends what they paid in a sale; a school's or a club's notice
with a fee; a doctor's advice against pills sold online; a refund credited back to the card; the office's
Secret Santa. Each case is a pair: the ordinary text has no hard-sell.pushy finding, and a real push of the
same surface still has one, so the quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

PUSHY = "hard-sell.pushy"

# (language, the ordinary text, the same surface turned into a push)
PAIRS = [
    # a warning that quotes the scam it warns of, against the scam itself
    ('en', "PSA: I got a text saying 'your parcel could not be delivered, pay £1.50 now at parcel-fee.example.com'. It's a scam, don't click it.",
     'FINAL NOTICE: your parcel could not be delivered. Pay the £1.50 fee now at parcel-fee.example.com, today only!'),
    ('fr', "Attention arnaque : un SMS dit « votre colis est bloqué, payez 1,50 € ici ». C'est faux, ne cliquez pas, la Poste ne demande jamais de frais par SMS.",
     'URGENT : votre colis est bloqué. Payez 1,50 € maintenant sur colis-frais.example.fr sinon il sera renvoyé ce soir !'),
    ('en', "Got a mail this morning: 'Congratulations, you've won a $750 voucher, claim it within 24 hours!' Obviously spam, I forwarded it to IT.",
     "Congratulations, you've won a $750 voucher! Claim it within 24 hours at voucher-win.example.com"),
    ('fr', "Reçu un SMS « Félicitations, vous avez gagné un bon d'achat de 750 €, réclamez-le sous 24 h ! ». Spam évident, je l'ai signalé.",
     "Félicitations, vous avez gagné un bon d'achat de 750 € ! Réclamez-le sous 24 h sur bon-gagnant.example.fr"),
    # an invoice, or a supplier's quote weighed by the buyer, against a bill or a sale that pushes
    ('en', 'Invoice INV-0417 from Oakline Studio: logo design 10 hours at $70 = $700. Due 30 days from issue. Bank details below.',
     'Your invoice INV-0417 is overdue: pay $70 now to avoid suspension, offer ends today!'),
    ('fr', 'Réunion : le fournisseur B propose 10 % de remise pour un contrat de trois ans, le A est moins cher au départ. On reste sur le A.',
     'Profitez de 10 % de remise sur tout, moins cher que partout ailleurs, commandez vite avant ce soir !'),
    # a buyer's own purchase told to friends, against the shop's sale
    ('fr', "t'as vu les soldes chez Lemaire ? j'ai eu une veste à 39 € au lieu de 120, il en restait plein",
     'Soldes chez Lemaire : la veste à 39 € au lieu de 120, commandez vite, dernières pièces !'),
    # a school's or a club's notice with a fee, against a push to parents
    ('fr', 'Sortie scolaire au zoo le 12 juin : 14 € par enfant, à régler avant le 30 mai. Contactez le secrétariat si le coût pose problème.',
     'Parents, recevez une tablette GRATUITE par enfant : plus que 20, inscrivez-vous vite sur edu-cadeau.example.fr avant minuit !'),
    ('en', "Under-12s football: new kit is £22, order forms at training this week. Last season's kits are free to anyone who needs one.",
     'Parents, claim your FREE tablet per child: only 20 left, register now at edu-gift.example.com before midnight!'),
    # a doctor's advice against pills sold online, against the pills sold
    ('en', "My GP said not to buy 'miracle' weight loss pills online, you never know what's in them.",
     'Miracle weight loss pills: lose 10kg in 2 weeks, guaranteed! Order online now, only 5 bottles left!'),
    # a refund credited back to the card, against a refund to claim at a link
    ("en", "Your refund of $45.00 has been approved and will be credited to your card within 5-7 business days.",
     "Your tax refund of $312 has been approved: claim it now at refund-claim.example.com before it expires today!"),
    # the office's Secret Santa, against a draw that asks for one's details
    ("fr", "Dernier appel pour le Père Noël secret du bureau : 10 € maximum, tirage au sort demain midi, répondez à ce mail "
           "pour participer.",
     "Dernier appel : tirage au sort demain midi pour gagner un iPhone à 1 €, répondez à ce mail avec vos coordonnées !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), PAIRS, ids=numbered(PAIRS))
def test_the_ordinary_text_is_quiet_and_the_push_of_the_same_surface_fires(lang: str, ordinary: str, push: str):
    quiet(ordinary, lang, PUSHY)
    fires(push, lang, PUSHY)


def test_both_languages_are_pinned():
    assert {lang for lang, _, _ in PAIRS} == {"en", "fr"}


def test_the_pitch_denying_a_scam_is_no_warning():
    """A testimony's "I thought it was a scam" and a recovery pitch that names scammers still add up."""
    testimony = ("I thought it was a scam but I got $4,000 in 3 days with @grow_funds_fx, message her now, "
                 "she is the best!")
    recovery = "Lost money to scammers? It's a scam everywhere, but our recovery experts get your funds back: message us now!"
    fires(testimony, "en", PUSHY)
    fires(recovery, "en", PUSHY)
