"""Precision on ordinary posts, round 19 (issue 11): the kinds round 18 left, and probes written for the round.

A club's, a school's or a nursery's notice that sends the reader to a person named by first name ("tell Priya at pick-up",
« voyez avec Karim à l'entraînement ») keeps its last places on a waiting list: it is no stock running out. A
staff survey that thanks its participants with a draw, a maker's finished work shared with peers (a visual
identity, a custom logo), a shop that tells it has run out, a customer's question about a promo code that
quotes the shop's words, and a vet that takes « les rendez-vous sur
internet » sell nothing either. Each case is a pair: the ordinary text has no finding of the rule, and a real push
of the same surface still has one, so the quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
TIME_PRESSURE = "hard-sell.time-pressure"

# (language, the ordinary text, the same surface turned into a push)
PUSHY_PAIRS = [
    # last places kept by a person named by first name, against places pushed with the same contact
    ("en", "Sunflower Room update: only 3 places left for the January intake. Fees are £52 per day, funded hours "
           "accepted. Have a word with Priya at drop-off if you'd like one.",
     "Only 3 places left!!! Book your child's spot NOW before they're gone, just £52 a day, offer ends Friday. "
     "Have a word with Priya at drop-off!"),
    ("en", "Netball club: just 5 spots left on the summer tour to Devon. £140 covers coach and two nights. Tell Coach "
           "Helen by Wednesday if you want in.",
     "Just 5 spots left on the tour!!! 30% off, £140, book yours today before they're gone. Tell Coach Helen by "
     "Wednesday."),
    ("fr", "Le club de foot organise un stage pendant les vacances, 80 € la semaine, repas compris. Il ne reste que "
           "quelques places, voyez avec Karim à la sortie de l'entraînement.",
     "Il ne reste que quelques places !!! -30 % sur le stage, 80 € la semaine, réservez MAINTENANT avant qu'il ne "
     "soit trop tard, voyez avec Karim à l'entraînement."),
    ("fr", "La micro-crèche a encore 3 places pour janvier, environ 4 € de l'heure. Parlez-en à Claire à l'accueil si "
           "ça vous intéresse.",
     "Plus que 3 places !!! Réservez MAINTENANT, offre valable jusqu'à vendredi, parlez-en à Claire à l'accueil !"),
    # a vet's own notice on how to book, against the same clinic pushing a discount
    ("fr", "Clinique vétérinaire : nouveau ! Réservez en ligne ou appelez le 04 78 00 00 00. Consultation 45 €, urgences "
           "7j/7.",
     "Clinique vétérinaire : -50 % sur les vaccins cette semaine seulement, réservez vite ou appelez le 04 78 00 00 00 !"),
    ("en", "Vet clinic: new! Book online or call us on 01632 960000. Consultations £45, emergencies 24/7.",
     "Vet clinic: 50% off vaccinations this week only, book now or call 01632 960000 today!"),
    # a contact named by first name with a phone number, against the same contact under a push
    ("en", "Rainbows are recruiting! Only 3 spaces left in our Tuesday unit, subs are £40 a term. Contact Priya on 07700 "
           "900456.",
     "Only 3 spaces left!!! Book now, £40, offer ends Friday! Contact Priya on 07700 900456."),
    # a designer's words of the trade alone, against a design offer
    ("en", "Designer here: just wrapped up a visual identity and custom logo for a local coffee roaster. Really pleased "
           "with how it turned out!",
     "Custom logo and visual identity for your business: 30% off this week, order now!"),
    ("fr", "Graphiste ici : je viens de boucler une identité visuelle et un logo sur mesure pour un torréfacteur du "
           "coin. Très contente du résultat !",
     "Logo sur mesure et identité visuelle pour votre entreprise : -30 % cette semaine, commandez maintenant !"),
    ("fr", "Le cabinet du Dr Morel est fermé la semaine prochaine. Pour les urgences, réservez en ligne ou appelez le 15.",
     "Cabinet du Dr Morel : -50 % sur le blanchiment dentaire cette semaine seulement, réservez vite !"),
    # a staff survey that thanks its participants with a draw, against the survey scam
    ("fr", "Sondage du CSE : donnez votre avis sur les activités de l'année, 5 minutes, et gagnez peut-être une carte "
           "cadeau de 50 € !",
     "Sondage : GAGNEZ une carte cadeau de 500 € !!! Répondez maintenant, offre valable ce soir seulement !"),
    ("en", "Staff social committee survey: tell us what events you'd like, 5 minutes, and you might win a £50 gift card!",
     "Social committee survey: you could WIN a £500 gift card!!! Answer now, tonight only!"),
    ("en", "Quick staff survey on the new rota, 3 minutes. Everyone who fills it in could win a £25 voucher for the "
           "canteen. Closes Friday.",
     "Anonymous staff survey: you could WIN a £500 voucher!!! Claim your prize before midnight!"),
    ("fr", "Petite enquête pour l'équipe sur les nouveaux horaires, 3 minutes. Vous pourrez gagner un bon d'achat de "
           "20 € par tirage au sort. Merci d'avance !",
     "Enquête anonyme : vous pouvez GAGNER un bon d'achat de 500 € !!! Réclamez votre cadeau avant minuit !"),
    # a designer's finished work shared with peers, against the same words in a cold offer
    ("en", "We've just finished a small project for a local bakery: new visual identity, a custom logo and signage. "
           "Here's how the sketches evolved, in case it's useful to other designers.",
     "Need a custom logo? Here are the sketches: we design your visual identity, 30% off, order today!"),
    ("fr", "Je suis graphiste, je viens de terminer l'identité visuelle d'une boulangerie du quartier avec un logo "
           "sur mesure. Je partage les croquis si ça peut aider d'autres indépendants.",
     "Besoin d'un logo sur mesure ? Voici les croquis : -30 % sur votre identité visuelle, commandez aujourd'hui !"),
    # a holiday club's last places booked through the school office, against the same places pushed
    ("en", "Half-term club: only a few places left on the art day, £25 per child. Book through the school office.",
     "Half-term club: only a few places left!!! £25 per child, book NOW before Friday, 20% off this week only!"),
    ("fr", "Centre de loisirs : il ne reste que quelques places le mercredi, 25 € par enfant. Inscription au "
           "secrétariat.",
     "Centre de loisirs : il ne reste que quelques places !!! 25 € par enfant, inscrivez-vous MAINTENANT, -20 % cette "
     "semaine seulement !"),
    # a designer's portfolio updated, against a design offer pushed
    ("fr", "Portfolio mis à jour : création de logo sur mesure et identité visuelle pour une micro-brasserie. Merci à eux "
           "pour la confiance !",
     "Besoin d'un logo sur mesure ? Voici les croquis : -30 % sur votre identité visuelle, commandez aujourd'hui !"),
    # a shop that tells it has run out, against a clearance pushed
    ("en", "The farm shop has run out of turkeys for Christmas, sorry! A few extra chickens on the 23rd, first come "
           "first served.",
     "We've run out of the old stock, so the NEW range is here: 30% off today only, shop now before it sells out!"),
    ("fr", "La ferme n'a plus de dindes pour Noël, désolés ! Quelques poulets le 23, premier arrivé premier servi.",
     "On n'a plus de l'ancien stock, la NOUVELLE gamme est là : -30 % aujourd'hui seulement, commandez vite !"),
    # a customer's question about a code, quoting the shop, against the shop's answer pushed
    ("en", "Does the code WELCOME20 work on sale items too? Trying to order a coat before Friday.",
     "Does the code WELCOME20 work on sale items? YES! Order now before Friday, 30% off everything!"),
    ("en", "Is there a discount code for first orders? I saw 'sign up to our newsletter for 10% off' but never got "
           "the email.",
     "Is there a discount code? YES: sign up to our newsletter for 10% off, today only, shop now!"),
    ("fr", "Le code BIENVENUE20 marche aussi sur les articles en solde ? Sur le site ils disent « commandez vite, "
           "-20 % ».",
     "Le code BIENVENUE20 marche aussi sur les articles en solde ? OUI ! Commandez vite, -20 % aujourd'hui seulement !"),
    # a staff awards reminder, against a sale dressed as one
    ("en", "Final reminder: nominations for the staff awards close at noon tomorrow. Don't miss the chance to thank a "
           "colleague!",
     "Final reminder: staff awards SALE ends at noon tomorrow! Don't miss 50% off trophies, order now!"),
    ("fr", "Dernier rappel : les propositions pour les trophées du personnel ferment demain midi. Ne ratez pas "
           "l'occasion de remercier un collègue !",
     "Dernier rappel : trophées du personnel à -50 % jusqu'à demain midi ! Ne ratez pas ça, commandez maintenant !"),
    # a contest's result told of someone named, against a winner used as bait
    ("en", "Congratulations to Maya who won the bake-off with her lemon drizzle! The prize was a £50 voucher for the "
           "kitchen shop.",
     "Congratulations to Maya, our lucky winner! You could be next: claim your £50 voucher now at "
     "kitchen-shop.example.com!"),
    ("fr", "Bravo à Maya qui a gagné le concours de pâtisserie ! Le lot : un bon d'achat de 50 € à la boutique de "
           "cuisine.",
     "Bravo à Maya, notre gagnante ! Vous pourriez être le prochain : réclamez votre bon d'achat de 50 € maintenant "
     "sur cuisine-promo.example.fr !"),
    # a farmers' market and a race's entries, against the same words selling online
    ("fr", "Le marché de producteurs revient samedi sur la place, de 8h à 13h. Venez tôt, les fraises partent vite !",
     "Marché de producteurs en ligne : -40 % sur les fraises, aujourd'hui seulement, commandez vite, elles partent "
     "vite !"),
    ("fr", "Derniers jours pour s'inscrire au semi-marathon ! Les inscriptions ferment dimanche soir, 25 € avec le "
           "tee-shirt.",
     "Semi-marathon : -40 % sur notre programme d'entraînement, derniers jours pour en profiter, achetez maintenant !"),
    # a private seller's used bike, against bikes sold in a push
    ("fr", "Vends vélo enfant 16 pouces, très bon état, 40 €. À récupérer à Nantes, premier arrivé premier servi. "
           "Écrivez-moi en MP.",
     "Vélos enfant en très bon état à -50 % !!! Stock limité, commandez vite sur velos-promo.example.fr"),
    # a shopper's tip to friends, against the shop's own push
    ("en", "Just found a coat at 50% off in the Zara sale, run girls, it's the last day!",
     "Coats 50% off, last day, shop now at coats.example.com!"),
    ("fr", "J'ai trouvé un manteau à -50 % aux soldes chez Zara, foncez les filles, c'est le dernier jour !",
     "Manteaux à -50 %, dernier jour, commandez vite sur manteaux.example.fr !"),
    # a provider's notice of a new price with the right to cancel, against a plan pushed
    ("fr", "Votre forfait mobile passe de 15,99 € à 17,99 € par mois à partir du 1er mars. Vous pouvez résilier sans "
           "frais jusqu'au 28 février.",
     "Forfait mobile à 9,99 € par mois au lieu de 17,99 €, sans frais, souscrivez vite avant dimanche !"),
    # a lift share's last seats, against seats pushed
    ("en", "Lift share Leeds to York on Friday 6pm, 2 seats left, £8 each. Book through the app.",
     "Only 2 seats left to York!!! £8, book now, 20% off today only!"),
    ("fr", "Covoiturage Lyon-Grenoble vendredi 18h, il me reste 2 places, 8 € par personne. Réservez sur l'appli.",
     "Covoiturage Lyon-Grenoble vendredi, plus que 2 places, 8 € !!! Réservez vite, -20 % aujourd'hui seulement !"),
    # a neighbour's tip about another shop's offer, against the offer pushed
    ("en", "omg the bakery on king st has 2 for 1 on cinnamon buns today, get there before they sell out lol",
     "2 for 1 on cinnamon buns today only, get yours before they sell out, order now!"),
    ("fr", "Info : Carrefour a les couches en promo, 2 paquets pour 12 € cette semaine seulement, faites le plein si "
           "besoin",
     "Couches en promo : 2 paquets pour 12 €, cette semaine seulement, commandez vite sur couches.example.fr !"),
    # kittens given away, against kittens sold
    ("en", "free kittens to good homes, 3 left, litter trained, ready now. message me for pics",
     "Kittens for sale, only 3 left, £300 each, message me now before they're gone!"),
    # a shop's birthday told with thanks, against a birthday sale
    ("en", "Our little shop turns 5 today! Thank you for every coffee, every chat and every recommendation. Cake's on "
           "us all day",
     "Our shop turns 5 today! Thank you! 50% off everything, today only, shop now!"),
    ("fr", "Notre petite boutique fête ses 5 ans aujourd'hui ! Merci pour chaque café et chaque conseil. Le gâteau est "
           "offert toute la journée.",
     "Notre boutique fête ses 5 ans ! Merci ! -50 % sur tout, aujourd'hui seulement, commandez vite !"),
    # a school's yearbook, leavers' disco and free school meals with their dates, against the same words pushed
    ("en", "Last chance to order a yearbook! Orders close at midnight on Sunday, £12 each through ParentPay.",
     "Last chance to order our yearbook-style photo albums: 50% off, orders close at midnight, order now!"),
    ("fr", "Dernière chance pour commander l'album de fin d'année ! Les commandes ferment dimanche à minuit, 12 € sur le "
           "portail famille.",
     "Dernière chance : nos albums photo à -50 %, commandez maintenant, les commandes ferment à minuit !"),
    ("en", "Hurry, only 10 tickets left for the Year 6 leavers' disco! £3 each from the school office.",
     "Hurry, only 10 tickets left for our disco night! £3 each, 20% off tonight only, book now!"),
    ("en", "Act now: the deadline for free school meals applications is 31 March. It only takes 5 minutes online.",
     "Act now: free meals for your family, claim your voucher today, only 10 left!"),
    ("fr", "Réservez vite votre créneau pour les rencontres parents-professeurs, ça se remplit et ça ferme mercredi.",
     "Réservez vite votre créneau : -30 % sur le coaching scolaire, ça ferme mercredi, plus que 3 places !"),
    # a coach seat paid to a named organiser, against seats pushed
    ("fr", "Places limitées dans le car pour le match à l'extérieur, 15 € aller-retour. À régler à Dave au bar avant "
           "jeudi.",
     "Places limitées !!! Car pour le match à 15 €, -20 % si vous réservez maintenant, à régler à Dave avant ce soir !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), PUSHY_PAIRS)
def test_an_ordinary_notice_is_quiet_and_its_push_fires(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, PUSHY)
    fires(push, lang, PUSHY)


# the other hard-sell rules on the same notices: a named person keeps the places, a deadline still presses
OTHER_PAIRS = [
    (URGENCY, "en", "Netball tour to Devon: only 4 places left, £140 each. Tell Coach Helen by Wednesday if you want "
                    "one.",
     "Only 4 places left on the tour, book now with Helen today!"),
    (URGENCY, "fr", "Stage de foot pendant les vacances, 80 € la semaine : il ne reste que quelques places, voyez avec "
                    "Karim à l'entraînement.",
     "Plus que 4 places pour le stage, réservez vite auprès de Karim aujourd'hui !"),
    (TIME_PRESSURE, "en", "Netball club: just 5 spots left on the summer tour, £140. Tell Coach Helen by Wednesday if "
                          "you want in.",
     "Football camp 30% off for 48 hours: book yours! Questions to Helen."),
    (TIME_PRESSURE, "fr", "Cours de yoga gratuit jeudi à 18h, places limitées : inscrivez-vous auprès de Claire.",
     "Stage de foot à -30 % jusqu'à dimanche : réservez le vôtre ! Questions à Karim."),
    # class photos and canteen sign-ups with their dates, against photos sold online
    (URGENCY, "fr", "Plus que 3 jours pour commander les photos de classe ! Après le 15, le photographe ne prend plus de "
                    "commandes.",
     "Plus que 3 jours pour commander vos photos à -50 %, commandez vite sur photo-promo.example.fr !"),
    (URGENCY, "en", "Last day for school dinner sign-ups! The portal closes at midnight tonight.",
     "Last day of our dinner sale: 50% off, today only!"),
    # a class with limited places booked by writing to a named teacher, against a taster pushed
    (URGENCY, "en", "Free taster session for our Pilates class on Monday 7pm. Limited places, email Claire to book.",
     "Free Pilates taster, limited places, book now!"),
    (URGENCY, "fr", "Séance d'essai gratuite de Pilates lundi à 19h. Places limitées, écrivez à Claire pour réserver.",
     "Séance d'essai gratuite, places limitées, réservez vite !"),
    # a fundraiser's last day told to its donors, against a shop's last day
    (URGENCY, "fr", "Dernier jour pour participer à notre cagnotte pour le refuge ! On est à 1 800 € sur 2 000 €, merci "
                    "pour chaque euro.",
     "Dernier jour pour profiter de -50 % sur toute la boutique !"),
    (URGENCY, "en", "Last day to donate to our fundraiser for the animal shelter! Thank you for every pound.",
     "Last day of our sale: 50% off, today only!"),
    # a private seller's listing says "message me" to arrange the pick-up, not to plug a channel
    ("self-promotion.plug", "en", "Selling my son's bike, very good condition, £40, collection only. Message me.",
     "New video on my channel! Subscribe and message me for a promo code."),
    # a card to sign for a colleague, against cards sold
    (URGENCY, "en", "Last chance to sign the birthday card for Tom, it's going in the post tonight!",
     "Last chance to order our birthday cards: 50% off tonight only!"),
    (URGENCY, "fr", "Dernière chance pour signer la carte d'anniversaire pour Tom, elle part ce soir !",
     "Dernière chance pour commander nos cartes d'anniversaire : -50 % ce soir seulement !"),
    # a school's own booking for its parents, against a booking pushed on a public
    ("give-first.value-before-ask", "en",
     "Book your parents' evening slot now — slots are filling up quickly and close on Wednesday.",
     "Book your slot now and get a free guide!"),
    ("give-first.value-before-ask", "fr",
     "Vide-grenier de l'école : réservez votre emplacement avant le 10, plus que 8 emplacements ! 5 € les 2 mètres, à "
     "régler à l'APE.",
     "Réservez votre emplacement et recevez un guide gratuit !"),
    # leave to book with the team, against a booking pushed on a public
    ("give-first.value-before-ask", "en",
     "Please book your annual leave for December by the 15th — we can only have two people off at a time.",
     "Book your December holiday now and get a free upgrade!"),
    # a neighbour's firewood to take from the driveway, against firewood sold with a stove
    (URGENCY, "en", "Free firewood! Tree came down in the garden, help yourself from the driveway, first come first "
                    "served.",
     "Free firewood with every stove, first come first served at stoves.example.com"),
    (URGENCY, "fr", "Bois de chauffage gratuit ! Un arbre est tombé, servez-vous dans l'allée, premier arrivé premier "
                    "servi.",
     "Bois gratuit avec chaque poêle ! Premier arrivé premier servi, commandez sur poeles.example.fr"),
    # a town hall's free compost bins, against bins sold with an order
    (URGENCY, "fr", "La mairie distribue des composteurs gratuits ce mois-ci sur présentation d'un justificatif de "
                    "domicile. Stock limité, paraît-il.",
     "Composteurs gratuits avec chaque commande ce mois-ci ! Stock limité, commandez sur jardin.example.fr"),
    # a shop's closure told with its reopening owes no question; a reopening sale still pushes
    ("conversation.ask-a-question", "en",
     "Our shop will close at 4pm on Christmas Eve and reopen on 2 January. Thanks for all your support this year — "
     "it's meant a lot to a small business like ours.",
     "Our shop has had a wonderful year, with new shelves, new suppliers and a lot of new faces coming through the "
     "door every week. Thank you for all your support this year, it has meant a lot to a small business like ours."),
    (PUSHY, "fr", "Notre boutique fermera à 16h le 24 décembre, réouverture le 2 janvier. Merci pour votre soutien "
                  "cette année, ça compte beaucoup pour un petit commerce comme le nôtre.",
     "Réouverture le 2 janvier avec -50 % sur tout, un jour seulement, commandez vite avant la rupture !"),
    # a club's own date told to its members, and a shopper's tip, against a club shop's push
    (TIME_PRESSURE, "en", "Members' sale: club shirts £15 instead of £25 until Sunday. Collect at training.",
     "Club shop: shirts £15 instead of £25, 50% off until Sunday only, buy yours now at training!"),
    (TIME_PRESSURE, "fr", "J'ai trouvé un manteau à -50 % aux soldes chez Zara, foncez les filles, c'est le dernier jour !",
     "Boutique du club : maillots à 15 € au lieu de 25 €, -40 % jusqu'à dimanche seulement, commandez le vôtre à "
     "l'entraînement !"),
    # « les rendez-vous sur internet » is the noun, « rendez-vous sur notre site » the pointer
    ("self-promotion.announcement", "fr",
     "Notre clinique vétérinaire prend désormais les rendez-vous sur internet : réservez en ligne ou appelez-nous au "
     "02 40 00 00 00 pour les vaccins et contrôles.",
     "Nouveau : prenez vos rendez-vous en ligne ! Rendez-vous sur vetoplus.fr et découvrez nos forfaits."),
    # a customer's question about codes, against the codes promoted
    ("give-first.value-before-ask", "fr",
     "Quelqu'un a un code promo pour le parc ? Sur le site ils disent « inscrivez-vous à la newsletter pour -10 % » "
     "mais je n'ai rien reçu.",
     "Inscrivez-vous à la newsletter pour -10 % ! Un guide gratuit en cadeau."),
    ("give-first.promote-the-gift", "en", "Has anyone got a promo code for the new climbing wall? The code from the "
                                          "leaflet doesn't work for me.",
     "Use our promo code CLIMB for 20% off, valid until Sunday!"),
    ("give-first.promote-the-gift", "fr", "Vous avez un code promo pour la Fnac ? Le mien ne marche plus depuis hier.",
     "Utilisez notre code promo FNAC10 pour profiter de la promotion, valable jusqu'à dimanche !"),
    ("give-first.promote-the-gift", "en",
     "My discount code isn't working at checkout, the code doesn't work for me. Can you help me?",
     "Use our promo code FNAC10 for 10% off, valid until Sunday!"),
    ("give-first.promote-the-gift", "en", "Can I use two promo codes on one order, or only one?",
     "Use our promo code SPRING for 20% off, valid until Sunday!"),
    ("give-first.promote-the-gift", "en",
     "Anyone else get the email saying the council tax discount ends in April? Do we need to reapply or is it "
     "automatic?",
     "Our spring discount ends in April: use code SPRING for 20% off your order!"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "push"), OTHER_PAIRS)
def test_a_named_organiser_or_a_customers_question_is_no_push(rule: str, lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, rule)
    fires(push, lang, rule)


def test_a_title_cased_slogan_is_no_named_contact() -> None:
    """Title-case spam ("Never Pay Retail!", "Ask Now!") names nobody: the push it belongs to still adds up."""
    assert PUSHY in fired("Never Pay Retail! 70% off designer bags today only, order now at bags-deal.example.com",
                          "en")
    assert PUSHY in fired("Only 3 places left! Ask Now! Book today at nursery-deal.example.com, 20% off this week.",
                          "en")
