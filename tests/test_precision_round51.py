"""Precision on kinds earlier breadth sets lacked, round 51 (issue 11, "breadth51"): hospital letters, gear sold between
musicians, a gym's timetable change, tenants' minutes, a critic's review, flat hunting, a comedy line-up, a vet's campaign,
a council's consultation, a market note, podcast notes, Discord roles, a dev diary, a price-comparison answer, a club's kit
order, an e-book outage, a backer's complaint, an insurance claim; and the leftovers of round 50.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- One's own things "going free to whoever" can use them are given away; a seller's "free with every order" still adds up.
- A club's own kit sold to members "and we don't make a profit" is a group order, not a sale pushed.
- A class moved to another day "this week only" is a timetable's change; "half price this week only" is a deadline.
- A total worked out over time ("over two years B works out cheaper", « revient moins cher ») is a shopper's sum.
- A sharing told in the past (« ils ont partagé le suivi ») asks nobody to share; « partagez-la » still asks.
- A viewer's favourite channel (« ma chaîne de cuisine préférée », "my favourite cooking channel") is someone else's.
- A find told with its subject dropped ("were 40% off, got them for £30", « je les ai eues à 30 € ») is a buyer's story.
- A memory told ("who remembers ringtones at £2 a week", « tu te souviens des sonneries à 2 € par semaine ») sells nothing
  now; a text-to with its weekly charge still does.
- A deals roundup that says it earns nothing on them ("no commission for us", « sans commission pour nous ») passes deals
  on; a roundup that hurries the reader still pushes.
- A source named with a plural article (« Chiffres des notaires ») is a source.
- An outage told to every user, and a job advert, owe the reader no question and no "you"; a brand's launch still does.
- A thing that arrived late, told with when (« est arrivé le lendemain »), is a delivery, not a product landing.
- Batch 2: a contract told as ended ("your fix ended in April") is no deadline; a thing "stolen from outside the library"
  is a theft, not a picture taken without credit; « Commandé en ligne, retiré … » tells a deed, asks nothing; « ceux qui
  sont sans engagement » is a customer's state, not a term of the writer's offer.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
HARD = "hard-sell."
PLUG = "self-promotion.plug"
ANNOUNCE = "self-promotion.announcement"
FIGURE = "credit-sources.unsourced-figure"
GIFT = "give-first.promote-the-gift"
ASK = "conversation.ask-a-question"
READER = "relevance.talk-to-the-reader"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", PUSHY, "Tidying the practice room: a spare cymbal stand (£15) and a crate of cables going free to whoever turns up first. Message me on here.",
     PUSHY, "Cymbal stands £15, free cables with every order, message me now before stock runs out!"),
    ("en", PUSHY, "Last chance for the club fleeces: the supplier closes the order on Sunday, £28. Order on the club app, members only, and we don't make a profit on them.",
     PUSHY, "Last chance for our fleeces: 40% off until Sunday only, order now before they sell out!"),
    ("fr", PUSHY, "Dernière chance pour les polaires du club : le fournisseur clôture dimanche, 28 €, commande sur l'appli, le club ne fait aucun bénéfice.",
     PUSHY, "Dernière chance pour nos polaires : -40 % jusqu'à dimanche seulement, commandez vite avant la rupture !"),
    ("en", URGENCY, "Studio closed Monday for painting. Yoga moves to Thursday 6pm this week only.",
     URGENCY, "Yoga passes at half price this week only, book before they're gone!"),
    ("fr", URGENCY, "Salle fermée lundi pour peinture. Le yoga est déplacé au jeudi 18 h, cette semaine seulement.",
     URGENCY, "Cartes de yoga à moitié prix cette semaine seulement, réservez vite !"),
    ("fr", PUSHY, "J'ai comparé les deux mutuelles : sur trois ans, la seconde à 21 € par mois revient moins cher, regardez les franchises avant de changer.",
     PUSHY, "Notre mutuelle est moins cher que toutes les autres : 19 € par mois, souscrivez aujourd'hui avant la hausse !"),
    ("fr", PLUG, "Pour les autres clients : j'ai fait une réclamation et ils ont partagé le numéro de suivi dans la journée.",
     PLUG, "J'ai fait une nouvelle vidéo, partagez-la et abonnez-vous à ma chaîne !"),
    ("fr", PLUG, "Ma chaîne de bricolage préférée a sorti une vidéo sur les étagères flottantes, je m'y mets samedi.",
     PLUG, "Abonnez-vous à ma chaîne de bricolage, nouvelle vidéo sur les étagères chaque samedi !"),
    ("en", PLUG, "My favourite woodworking channel put out a video on floating shelves, trying it on Saturday.",
     PLUG, "Subscribe to my woodworking channel, a new shelf video every Saturday!"),
    ("en", HARD, "omg the coat i wanted was 30% off at the outlet today, got it for £40",
     PUSHY, "Coats 30% off at the outlet today, get yours for £40 before they're gone!"),
    ("fr", HARD, "le sac que je voulais était à -30 % au magasin d'usine aujourd'hui, je l'ai eu à 40 € trop contente",
     PUSHY, "Sacs à -30 % au magasin d'usine aujourd'hui, prenez le vôtre à 40 € avant la rupture !"),
    ("en", PUSHY, "who remembers paying for ringtones at £3 per week on your first phone",
     PUSHY, "Ringtones at £3 per week, txt RING to 84414 now!"),
    ("fr", PUSHY, "tu te souviens des logos à 3 € par semaine sur ton premier portable ? mdr",
     PUSHY, "Logos à 3 € par semaine, envoie LOGO au 84414 maintenant !"),
    ("fr", (PUSHY, GIFT), "Bons plans de la quinzaine (aucune commission pour nous) : bouilloires, cartables et un sommier correct à moins de 250 €.",
     PUSHY, "Bons plans de la quinzaine : bouilloires, cartables et un sommier à moins de 250 €, foncez avant la rupture !"),
    ("en", PUSHY, "Deals of the fortnight, no commission for us: kettles, school bags and a decent bed frame under £250.",
     PUSHY, "Deals of the fortnight: kettles, school bags and a bed frame under £250, grab them now before they sell out!"),
    ("fr", FIGURE, "Notre nouvelle gamme arrive : 61 % des clients comparent les tissus avant d'acheter. Chiffres des douanes.",
     FIGURE, "Notre nouvelle gamme arrive : 61 % des clients comparent les tissus avant d'acheter."),
    ("fr", ASK, "Notre appli de prêt de livres audio est en panne pour tous les abonnés depuis hier soir. Le prestataire cherche la cause. Les prêts en cours sont prolongés d'office, et aucun retard ne sera compté cette semaine. Toutes nos excuses !",
     ASK, "Notre appli de prêt de livres audio s'ouvre à tous les abonnés depuis hier soir. Le prestataire a ajouté 500 titres. Les prêts durent trois semaines, et les nouveautés arrivent chaque lundi dans notre catalogue. Bonne écoute !"),
    ("en", ASK, "Our audiobook lending app is down for all members since last night. The supplier is looking for the cause. Current loans are extended and no late days will count this week. Our apologies, we will post again when it is fixed.",
     ASK, "Our audiobook lending app opens to all members from last night. The supplier has added 500 titles. Loans last three weeks and new titles arrive every Monday in our catalogue. Happy listening, more news from our team soon."),
    ("fr", READER, "Nous recrutons un ou une libraire à temps partiel, 24 h par semaine, le samedi obligatoire. CV à emploi@librairie-des-quais.fr avant le 20 mai.",
     READER, "Notre nouvelle librairie ouvre à temps partiel, 24 h par semaine, romans et bandes dessinées. Tout est sur librairie-des-quais.fr avant le 20 mai."),
    ("en", READER, "We're hiring a part-time bookseller, 24 hours a week, Saturdays required. Send your CV to jobs@quaysidebooks.co.uk before 20 May.",
     READER, "Our new bookshop opens part-time, 24 hours a week, novels and comics. Everything is on quaysidebooks.co.uk before 20 May."),
    ("en", ANNOUNCE, "Episode 41 notes: apologies for the echo, the new mic has arrived too late for this recording.",
     ANNOUNCE, "Our new podcast mic bundle has arrived! On sale at the counter and on our site, check it out."),
    # batch 2
    ("en", HARD, "Re: why is my bill higher? Your two-year fix ended in April, so you pay the standard rate now, 29p a unit against 23p. Compare, but mind the exit fees.",
     HARD, "Our two-year fix ends in April! 23p a unit, lock it in today before prices rise!"),
    ("en", "credit-sources.found-online", "My scooter was stolen from outside the library on Tuesday, a grey one with a basket. Crime number on request if anyone sees it listed.",
     "credit-sources.found-online", "Great photo, stolen from the internet, no idea who took it"),
    ("fr", "give-first.value-before-ask", "Le magasin refuse d'aligner le prix du mixeur, 45 € sur leur site contre 60 € en rayon. Commandé en ligne, retiré au même magasin dans l'heure. Ridicule.",
     "give-first.value-before-ask", "Commandez en ligne et retirez en magasin dans l'heure, mixeur à 45 € !"),
    ("fr", PUSHY, "Conseil pour ceux qui sont sans engagement : j'ai appelé pour partir et on m'a proposé le même forfait à 10 € au lieu de 22 €. Comparez avec les offres sans engagement ailleurs.",
     PUSHY, "Forfait à 10 € au lieu de 22 €, sans engagement, souscrivez aujourd'hui avant la hausse !"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                     twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)
