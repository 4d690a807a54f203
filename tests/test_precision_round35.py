"""Precision on long ordinary text, round 35 (session 19, issue 11: mail35).

Kinds of long text a community manager would not call a hard sell: a meeting's notes or minutes
that agree a price and a free tier among colleagues, an IT notice about remote access that says it
will never ask for a password, a newsletter's unsubscribe line that says "click the link", and an
appeal for a lost pet that names it, offers a reward and gives a number to call; then (batch 2) a
membership card sent with its standing perks, a neighbour's tip that disclaims any link to the shop, and a
supplier's final quote told to the team.
Each case is written twice: the ordinary text stays quiet, and the same surface turned into a push
still fires, so the quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"

# (language, the ordinary text, the same surface that still fires)
PAIRS = [
    # a meeting's minutes: prices agreed and a free tier kept, against the minutes' label before a push
    ("en",
     "Meeting notes, product sync, 3 June. Present: Ana, Bilal, Chris, Dana. 1) Launch date stays 24 June. "
     "2) Pricing page: we agreed the Pro plan stays at $29/month, annual at $290; Chris to update the FAQ. "
     "3) The free tier keeps 3 projects. Next sync Tuesday 10am.",
     "Meeting notes: our partner is giving staff an exclusive deal, 60% off all holidays, book now, "
     "only 10 places left!"),
    ("fr",
     "Compte rendu de la réunion produit du 3 juin. Présents : Ana, Bilal, Chloé, Damien. 1) La date de "
     "lancement reste le 24 juin. 2) Tarifs : l'offre Pro reste à 29 € par mois, 290 € à l'année. "
     "3) L'offre gratuite garde 3 projets. Prochaine réunion mardi 10 h.",
     "Compte rendu de la réunion : offre exclusive pour l'équipe, -60 % sur tous les séjours, réservez "
     "maintenant, plus que 10 places !"),
    # an IT notice: remote access down for a morning, the password never asked for, a number to call
    ("en",
     "All, IT will be upgrading the VPN on Saturday between 8am and 2pm. You won't be able to connect from "
     "home during that window. We will never ask for your password by e-mail or phone. If anything looks "
     "off, call the service desk on ext. 4400.",
     "URGENT: your VPN account will be suspended within 24 hours. Verify your password now at the link below "
     "to keep working from home. Act now!"),
    ("fr",
     "Bonjour à tous, le service informatique met à jour le VPN samedi entre 8 h et 14 h : pas de connexion "
     "depuis chez vous pendant ce créneau. Nous ne vous demanderons jamais votre mot de passe par courriel ni "
     "par téléphone. En cas de doute, appelez le 4400.",
     "URGENT : votre compte sera suspendu sous 24 heures. Vérifiez immédiatement votre mot de passe en "
     "cliquant ici pour continuer à travailler depuis chez vous. Agissez maintenant !"),
    # a newsletter the reader joined, ending on its unsubscribe line, against the same letter's flash sale
    ("en",
     "The Allotment Letter, March issue. Hold off planting out the tomatoes. The seed swap is on Saturday "
     "22nd at the hut. Plot fees of £35 are due by 31 March. You're getting this because you have a plot at "
     "Eastfield; to unsubscribe, click the link below.",
     "The Allotment Letter, March issue. MEGA SEED SALE: 70% OFF everything, today only! Don't miss out, "
     "order now before midnight. Last chance!!"),
    ("fr",
     "La Lettre du jardin partagé, numéro de mars. Attendez encore pour repiquer les tomates. Troc de graines "
     "samedi 22 au cabanon. La cotisation de 35 € est à régler avant le 31 mars. Vous recevez cette lettre "
     "parce que vous êtes adhérent ; pour vous désinscrire, cliquez sur le lien en bas de page.",
     "La Lettre du jardin, numéro de mars : MÉGA SOLDES sur les graines, -70 % sur tout, aujourd'hui "
     "seulement ! Commandez maintenant avant minuit. Dernière chance !!"),
    # a lost pet named, a reward offered, a number to call, against a shop's push after the same opening
    ("en",
     "Our cat Biscuit went missing on Sunday night around Elm Road. He's ginger with a blue collar. We're "
     "offering a £100 reward for anyone who finds him. Call now on 07700 900431 at any hour, thanks for sharing!",
     "Lost cat! We're offering a £100 reward... and 50% off our cat food, order now, today only!"),
    ("fr",
     "Notre chat Biscuit a disparu dimanche soir du côté de la rue des Ormes. Il est roux, collier bleu. Nous "
     "offrons 100 € de récompense à qui le retrouvera. Appelez le 06 12 34 56 78 à toute heure, merci de partager !",
     "Chat perdu ! Nous offrons 100 € de récompense… et -50 % sur nos croquettes, commandez vite, "
     "aujourd'hui seulement !"),
    # batch 2: a membership card sent with its standing perks, against the same card before a members' flash sale
    ("en",
     "Dear member, your membership card for the new season is attached. Members get 10% off in the museum shop "
     "and café, and free entry to all exhibitions, including the new Viking show which opens on 3 May. Thank you "
     "for supporting the museum. If your details have changed, update them in your account.",
     "Dear member, here is your membership card: EXCLUSIVE SALE, 70% off in the shop this weekend only, "
     "only 50 left, shop now!"),
    ("fr",
     "Chère adhérente, votre carte d'adhérent pour la nouvelle saison est en pièce jointe : 10 % de réduction "
     "pour les adhérents à la boutique et au café du musée, entrée libre à toutes les expositions. Merci de "
     "votre soutien, l'équipe du musée.",
     "Chère adhérente, voici votre carte d'adhérent : VENTE PRIVÉE -70 % à la boutique ce week-end seulement, "
     "plus que 50 répliques, commandez maintenant !"),
    # a neighbour's tip about a shop's opening, the link disclaimed, against the same disclaimer before a push
    ("en",
     "Hi everyone, here's what I found out about the new Lidl: it opens on Thursday 8am, there's free parking "
     "for 90 minutes, and the first 100 customers get a free bag for life. Not affiliated, just nosy! See you "
     "in the queue maybe haha.",
     "Not affiliated, just passing it on: 50% off at Lidl, order now, only 20 left, today only!!"),
    ("fr",
     "Le nouveau Lidl ouvre jeudi à 8 h, parking gratuit 90 minutes, un sac offert aux 100 premiers clients. "
     "Aucun lien avec eux, je transmets juste l'info !",
     "Aucun lien avec eux, je transmets juste : -50 % chez Lidl, commandez vite, plus que 20, aujourd'hui "
     "seulement !!"),
    # a supplier's final quote told to the team, against a printer's own push
    ("en",
     "Hi team, good news: the client signed off the new packaging. Final quote from the printer is £0.42 per box "
     "for 10,000, free delivery to the warehouse, which is under what we budgeted. Thanks to everyone who stayed "
     "late last week.",
     "Custom printed boxes from only £0.42! Free delivery, order now, offer ends Friday, only 5 slots left!"),
    ("fr",
     "Bonjour l'équipe, bonne nouvelle : le client a validé le nouvel emballage. Devis final de l'imprimeur : "
     "0,42 € la boîte pour 10 000, livraison gratuite à l'entrepôt, en dessous de notre budget. Merci à tous "
     "ceux qui sont restés tard la semaine dernière.",
     "Boîtes imprimées à seulement 0,42 € ! Livraison gratuite, commandez maintenant, offre valable jusqu'à "
     "vendredi, plus que 5 créneaux !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "pushy"), PAIRS)
def test_long_ordinary_text_is_no_hard_sell(lang: str, ordinary: str, pushy: str) -> None:
    quiet(ordinary, lang, PUSHY)


@pytest.mark.parametrize(("lang", "ordinary", "pushy"), PAIRS)
def test_the_same_surface_pushed_still_fires(lang: str, ordinary: str, pushy: str) -> None:
    fires(pushy, lang, PUSHY)


def test_a_lost_pet_told_since_when_still_sells_nothing_but_its_kittens_do() -> None:
    """The pet named then gone (« a disparu ») lowers the sum as « disparu depuis » does; a sale after it still fires."""
    assert PUSHY in fired("Notre chat Biscuit a disparu. Chatons à vendre, -50 %, plus que 2, appelez vite, "
                          "offre valable aujourd'hui seulement !", "fr")
