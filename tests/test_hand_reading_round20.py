"""Session 20's hand reading (issue 11): findings on ordinary text read one by one.

A bag that holds the screws of a bunk bed given away is no token's "bags": the crypto slang is the holder's ("loaded my
bags", "fill your bags"), and only that counts as a token pitch.
A letter to families or customers opens on its greeting in the plural too (« Chères familles, », « Chers clients, »),
as « Cher Paul, » did: a letter, not a post that owes its public a question.
A change to one traveller's flight ("your flight now departs at 14:05 instead of 12:30", « modification de votre vol »)
is a notice told to the one customer it concerns; "instead of" a time is no crossed-out price, "instead of 89" after a
price still is one.
A job advert's terms ("fixed term", "job pack", « contrat à durée déterminée », « dossier de candidature ») speak to the
few who may apply: the reader rules stay quiet, as conversation.ask-a-question already was.
A post of lessons ("three things we learnt from shipping our app", « trois choses qu'on a apprises ») gives what a launch
taught: its "launch on" is the story's. A tip's verbs opening a clause ("never launch", "always check") call the
reader as "join" does, and a careers page is a job advert's mark.
A shop's own vacancy ("staff discount", "drop your CV in store", « remise du personnel ») is a job advert; a treat for
whoever comes by ("on the house for anyone who walks in", « offert à tous ceux qui passent ») sells nothing, even
"today only"; the same treat for whoever orders still baits.
A server's own moderators and channels ("DM a mod to claim it", « inscrivez-vous dans #events ») are the community
speaking to its members; a stranger's "DM @page to claim your prize" is not.
An appointment's reminder that asks for "Reply YES to confirm" (« Répondez OUI pour confirmer ») is a notice; a prize
claimed the same way still sells.
A school's last seats kept by its office (« réservez auprès du secrétariat ») are a booking, not stock running out.
Each case is a pair: the ordinary post stays quiet on the rule, its twin still draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
ANNOUNCE = "self-promotion.announcement"
QUESTION = "conversation.ask-a-question"
READER = "relevance.talk-to-the-reader"
PRESSURE = "hard-sell.time-pressure"
URGENCY = "hard-sell.urgency"
ASK_FIRST = "give-first.value-before-ask"

PAIRS = [
    ("en", ANNOUNCE, "Free to a good home: a kids' bunk bed, dismantled, all the screws in a bag. Also a box of Lego and a "
     "baby gate. Collection only, must go by Saturday as we're moving.",
     "Loaded my bags with this new token last week, it keeps pumping, grab yours on the app before it moons 🚀"),
    ("fr", QUESTION, "Chères familles, nous avons le plaisir de vous inviter au concert de Noël de l'école le mercredi "
     "11 décembre à 18 h à l'église Saint-Luc. L'entrée est gratuite, dans la limite de deux places par famille.",
     "Nous avons le plaisir de vous inviter au concert de Noël de notre école de musique le mercredi 11 décembre à 18 h "
     "à l'église Saint-Luc. L'entrée est gratuite, dans la limite de deux places par famille."),
    ("fr", QUESTION, "Chers clients, suite à un incident technique chez notre transporteur, votre commande sera livrée "
     "avec deux jours de retard. Nous vous prions de nous excuser pour ce contretemps et restons à votre écoute.",
     "Notre boutique change de transporteur : à partir de lundi, nos commandes seront livrées en deux jours au lieu de "
     "quatre, avec un suivi plus précis et des emballages recyclés. Toute notre équipe est ravie de vous offrir ce "
     "service plus rapide."),
    ("en", QUESTION, "Important: change to your flight. Booking ref K7PQ2X. Your flight from Bristol to Faro on 14 June "
     "now departs at 11:40 instead of 09:15. If the new time doesn't suit you, you can change to another flight free "
     "of charge.",
     "Big news from our team: from 14 June our flights from Bristol to Faro depart at 11:40 instead of 09:15, so our "
     "whole crew can offer you a calmer morning at the airport, a better breakfast on board and more time to enjoy "
     "your first day in the sun."),
    ("en", PUSHY, "Flight update: your flight to Lisbon on 3 May now departs at 14:05 instead of 12:30. If the new time "
     "does not suit you, you can move to another flight free of charge.",
     "Now just €19 instead of 39! Order today, stock is limited."),
    ("fr", PUSHY, "Notre boutique change de transporteur : à partir de lundi, nos commandes seront livrées en deux jours "
     "au lieu de quatre, avec un suivi plus précis et des emballages recyclés. Toute l'équipe est ravie de vous offrir "
     "ce service plus rapide.",
     "Herbe légale, substitut du cannabis livrée en 24 h dans un emballage discret. Commandez sur herbes.example.fr"),
    ("en", READER, "The charity is recruiting a volunteer coordinator, 3 days a week, fixed term for 12 months, to run "
     "our drop-in sessions and the summer fair. Job pack on our website.",
     "The charity is recruiting a volunteer coordinator, 3 days a week, to run our drop-in sessions and the summer "
     "fair. We are delighted with how our programme has grown this year."),
    ("fr", READER, "Notre médiathèque recrute un animateur numérique en contrat à durée déterminée de 12 mois, 28 heures "
     "par semaine, pour les ateliers des scolaires. Dossier de candidature sur notre site.",
     "Notre médiathèque recrute un animateur numérique, 28 heures par semaine, pour les ateliers des scolaires. Nous "
     "sommes très fiers de la croissance de notre programme cette année."),
    ("en", ANNOUNCE, "Three things we learnt from shipping our app to 12 countries: translate the error messages first, "
     "price in the local currency, and never launch on a bank holiday.",
     "Our new app launches on Monday in 12 countries! Download it today and try it free: example.com/app"),
    ("fr", ANNOUNCE, "Trois choses qu'on a apprises en lançant notre appli dans 12 pays : traduire les messages d'erreur "
     "d'abord, afficher les prix en monnaie locale, et ne jamais lancer un jour férié.",
     "Notre nouvelle appli est en ligne dès maintenant dans 12 pays ! Téléchargez-la et essayez-la gratuitement : "
     "exemple.fr/appli"),
    ("en", READER, "Three things our team learnt from shipping the app to 12 countries: translate the error messages "
     "first, price in the local currency, and never launch on a bank holiday.",
     "Three things our team learnt from shipping the app to 12 countries: the error messages came first, the prices "
     "went into the local currency, and the launch never fell on a bank holiday."),
    ("en", READER, "Our team is growing: we're looking for a part-time bookkeeper, 20 hours a week, remote-friendly. Full "
     "details and how to apply on our careers page.",
     "Our team is growing: we have welcomed a part-time bookkeeper, 20 hours a week, remote-friendly. We are so proud "
     "of how far our little company has come."),
    ("en", PUSHY, "We're hiring two Saturday staff for the shop. £12.60 an hour, 9 to 5, staff discount on everything. "
     "Drop your CV in store or email jobs@ourshop.example.",
     "Earn £500 a week from home! We're hiring, no experience needed, staff discount included, DM me now!"),
    ("fr", PUSHY, "Nous recrutons deux vendeurs le samedi pour la boutique. 11,88 € brut de l'heure, remise du personnel "
     "sur tout. Déposez votre CV en magasin.",
     "Gagnez 500 € par semaine depuis chez vous ! On recrute, sans expérience, remise du personnel incluse, écrivez-moi "
     "vite !"),
    ("fr", PUSHY, "Ce soir seulement, on reste ouverts jusqu'à 21 h pour l'illumination du village. Chocolat chaud offert "
     "à tous ceux qui passent avec une lanterne.",
     "Ce soir seulement : chocolat offert à tous ceux qui commandent en ligne, code CHOCO, dépêchez-vous !"),
    ("en", URGENCY, "Today only we're open late till 9pm because of the lights switch-on. Hot chocolate on the house for "
     "anyone who walks in with a lantern.",
     "Today only: free cupcake for everyone who orders online, use code TREAT at checkout, hurry!"),
    ("en", PUSHY, "Congrats to @mika for winning the pixel art contest!! Prize is the custom role + a month of nitro, DM a "
     "mod to claim it",
     "Congratulations @jade_22 you have been selected as one of our winners! DM @promo.giveaways.official now to claim "
     "your prize"),
    ("fr", ASK_FIRST, "gg à tous, le raid de ce soir était dingue !! prochain vendredi 21h, inscrivez-vous dans #events si "
     "vous êtes chauds",
     "Inscrivez-vous vite à notre masterclass, 97 € seulement, places limitées !"),
    ("en", PUSHY, "Hey! Just a reminder your dentist appt is tomorrow at 10. Reply YES to confirm or call us to rebook. "
     "Smile Dental",
     "WINNER!! You have won a £900 prize. Reply YES to confirm your claim now, T&Cs apply, 18+ only"),
    ("fr", PUSHY, "Rappel : votre rendez-vous chez le dentiste est demain à 10 h. Répondez OUI pour confirmer ou "
     "appelez-nous pour le déplacer. Cabinet du Sourire",
     "Félicitations ! Vous avez gagné un iPhone. Répondez OUI pour confirmer et recevoir votre cadeau, 1,50 €/SMS"),
    ("fr", PRESSURE, "Le concert de Noël aura lieu le mercredi 11 décembre à 18 h à l'église. L'entrée est gratuite mais "
     "limitée à deux places par famille ; réservez auprès du secrétariat avant vendredi.",
     "Notre atelier de Noël : 25 € la séance, places limitées, inscriptions avant vendredi !"),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)
