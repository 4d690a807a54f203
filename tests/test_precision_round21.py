"""Precision on ordinary posts, round 21 (issue 11): the kinds round 19 left, read as kinds.

A class or a meal named by its day ("the Tuesday 5pm swim class", "tables for Sunday lunch", « le cours du
mardi ») is a timetable: its last places are a booking sheet filling up, not stock running out. A survey of
tenants, parents or a canteen thanked with a chance in a draw ("you could win a £10 voucher") thanks people; a
headline that puts the seller's word in quote marks ("sues firm over 'risk-free' trial") reports the claim; a
school's, a club's or its photographer's own shop is where its people order photos and kit; a public health
service offered free ("free flu jabs now available at pharmacies") is a public benefit. "Tried", "Trying" and
"Ordered" open a story, not a call to buy ("try" and "order" are read in their own form), and a button's label
alone ("Add to cart") asks before nothing. Each case is a pair: the ordinary text has no finding of the rule, and
a real push of the same surface still has one, so the quiet comes from the kind of text and not from a rule gone
deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
PRICE_TAG = "hard-sell.price-tag"
PLUG = "self-promotion.plug"
PROMOTE_THE_GIFT = "give-first.promote-the-gift"
VALUE_BEFORE_ASK = "give-first.value-before-ask"

# (language, the ordinary text, the same surface turned into a push)
PUSHY_PAIRS = [
    # a meal's last tables named by its day, against tables pushed with a discount
    ("en", "The Fox & Hounds: only a few tables left for Sunday lunch, book now on 01632 960222.",
     "Only 3 tables left for Saturday!!! Book NOW, 2-for-1 cocktails tonight only!"),
    ("en", "We've only got a few tables left for Saturday night, book now on 01632 960111 if you fancy it.",
     "Only a few tables left for Saturday!!! Book NOW, 30% off all cocktails tonight only!"),
    ("fr", "Le Bistrot du Port : il ne reste que quelques tables pour dimanche midi, réservez au 02 98 00 00 00.",
     "Plus que 3 tables pour samedi !!! Réservez MAINTENANT, cocktails à -50 % ce soir seulement !"),
    # a class's last places named by its day and hour, against places pushed
    ("en", "2 spots left in the Tuesday 5pm swim class for beginners, message me if your little one wants one.",
     "Only 2 spots left in the Tuesday class!!! DM me NOW, 50% off this week only!"),
    ("en", "Only 1 place left in my Thursday evening pottery class, message me if you'd like it.",
     "Only 1 place left in my Thursday class!!! Message me NOW, 40% off today only!"),
    ("fr", "Il reste 2 places dans le cours de natation du mardi à 17h pour les débutants, écrivez-moi si ça intéresse "
           "votre enfant.",
     "Plus que 2 places dans le cours du mardi !!! Écris-moi MAINTENANT, -50 % cette semaine seulement !"),
    # a survey thanked with a chance in a draw, against a prize claimed through a survey
    ("en", "Tenants' survey: tell us about repairs in your block and you could win a £50 shopping voucher.",
     "Residents survey: you could WIN a £500 voucher!!! Claim your prize NOW, tonight only!"),
    ("en", "Parents' survey on the new homework policy is open until half term. Everyone who takes part could win a "
           "£20 book token.",
     "Reminder: your free gift is waiting. Complete a quick survey to claim it now at survey-gift.example.com"),
    ("fr", "Enquête des locataires : parlez-nous des réparations dans votre immeuble et gagnez peut-être un bon "
           "d'achat de 50 €.",
     "Enquête : GAGNEZ un bon d'achat de 500 € !!! Réclamez votre cadeau MAINTENANT, ce soir seulement !"),
    # a story told with "Tried" or "Ordered", against the imperative
    ("en", "Tried the new sourdough recipe today, only 3 ingredients and it came out great. Recipe below if you want "
           "it!",
     "Try it today, only £9.99! Order now and get a FREE gift, limited stock!"),
    ("en", "Ordered a birthday cake from the little bakery on Queen St and it was perfect. Only £25 too!",
     "Order a birthday cake today, only £25! Order now, limited stock, free delivery this week only!"),
    ("en", "Trying a new format for the newsletter this month, let us know what you think. Free to unsubscribe any "
           "time.",
     "Try our premium newsletter FREE today only! Subscribe now, limited places!"),
    # a school's or a club's own shop, against a club shop's sale
    ("en", "Reminder: today is the last day to order school photos in the online shop.",
     "Last day to order! Our online shop closes at midnight, 40% off everything, shop now!"),
    ("en", "Last day to order school photos is Friday! After that the photographer closes the online shop.",
     "Last day to order! The photographer's online shop closes at midnight, 40% off all prints, order now!"),
    ("en", "The club shop closes for orders on Friday, so if you want a hoodie for the tour, order through the club's "
           "online shop by then.",
     "Club shop sale: 40% off all hoodies, this weekend only, order now!"),
    ("fr", "La boutique du club ferme les commandes vendredi : pour un sweat du tournoi, commandez sur la boutique en "
           "ligne du club avant.",
     "Boutique du club : -40 % sur tous les sweats, ce week-end seulement, commandez vite !"),
    # a public health service offered free, against a clinic's push
    ("en", "Free flu jabs now available for over-50s at pharmacies",
     "FREE flu jabs at our private clinic, today only!!! Book NOW, 50% off all health checks!"),
    ("en", "Free covid boosters now available at pharmacies for the over-75s",
     "FREE pills now available at our online pharmacy! Order today, no prescription needed!"),
    ("fr", "Vaccination gratuite contre la grippe désormais disponible en pharmacie pour les plus de 65 ans",
     "Vaccination GRATUITE dans notre clinique privée, aujourd'hui seulement !!! Réservez MAINTENANT, -50 % sur les "
     "bilans de santé !"),
    # a headline that quotes the seller's word, against the word used to sell
    ("en", "FTC sues firm over 'risk-free' trial that charged customers $89 a month",
     "Our 'risk-free' trial is only $1 today, order now before the offer ends!"),
    ("fr", "Un opérateur sanctionné pour ses forfaits « illimités » plafonnés à 20 € par mois",
     "Essai « sans risque » à 1 € seulement aujourd'hui, commandez maintenant avant la fin de l'offre !"),    # a headline whose source advises, against the advice made a push
    ("en", "Book now for summer holidays, travel agents advise, as prices climb",
     "Book now for summer holidays before prices climb, call us today, limited seats!"),
    ("fr", "Réservez maintenant vos vacances, conseillent les agences de voyages, avant la hausse des prix",
     "Réservez maintenant vos vacances avant la hausse des prix, appelez-nous aujourd'hui, places limitées !"),
    # "free" set in quote marks in a story, against a free phone offered
    ("fr", "Rien n'est gratuit dans la vie, disait mon grand-père. Il avait raison pour le téléphone « offert » qui m'a "
           "coûté 40 € par mois pendant deux ans.",
     "Téléphone OFFERT aujourd'hui, seulement 40 € par mois ! Commandez vite, stock limité !"),    # a pet lost told by its name, a raffle's winners, a traveller back from a trip, a party's tickets with HR
    ("en", "Lost: black and white cat, answers to Oreo, missing since Tuesday near Park Road. Reward offered. Call now on "
           "07700 900123 if you see him.",
     "Lost: black and white cat, answers to Oreo, missing since Tuesday. Reward! Call now, only 2 kittens left, 50% off!"),
    ("fr", "Perdu : chat noir et blanc, répond au nom d'Oreo, disparu depuis mardi près de la rue du Parc. Récompense. "
           "Appelez le 06 12 34 56 78.",
     "Perdu : chat noir et blanc, répond au nom d'Oreo, disparu depuis mardi. Appelez vite, plus que 2 chatons, -50 % !"),
    ("en", "Congratulations to our raffle winners! First prize, a £100 voucher for the Red Lion, goes to ticket 0452. "
           "Please claim it from Pat by Sunday.",
     "Congratulations to our winners! You have been selected to claim a £500 voucher, text WIN to 80888 now!"),
    ("fr", "Bravo aux gagnants de la tombola ! Le premier prix, un bon de 100 € au restaurant du port, va au ticket 0452.",
     "Bravo aux gagnants ! Vous avez été sélectionné pour réclamer un bon de 500 €, envoyez GAGNE au 71020 maintenant !"),
    ("en", "Just got back from Lisbon, only £150 return with easyJet and the food was incredible. Highly recommend Time "
           "Out Market.",
     "Just got back from Lisbon! Book your trip NOW, 50% off today only!!!"),
    ("fr", "Je rentre de Lisbonne, seulement 150 € aller-retour et la nourriture était incroyable. Je recommande le "
           "marché de Time Out.",
     "Je rentre de Lisbonne ! Réservez MAINTENANT, seulement 150 € aller-retour, -50 % aujourd'hui seulement !!!"),
    ("en", "The Christmas party tickets are £25 with dinner and a drink. Only 20 left, pop in to see Jo in HR before "
           "Friday.",
     "Jo in HR says: only 20 gym memberships left at 50% off!!! Grab yours NOW, today only!"),
    ("fr", "Les places pour la soirée de Noël sont à 25 €, repas compris. Il en reste 20, passez voir Jo aux RH avant "
           "vendredi.",
     "Jo aux RH le dit : plus que 20 abonnements à -50 % !!! Profitez-en MAINTENANT, aujourd'hui seulement !"),
    # a review that weighs the cheapest against the dearest, against the cheapest price pushed
    ("fr", "Ces derniers jours j'ai testé trois aspirateurs robots. Le moins cher à 199 € fait le job, le plus cher ne "
           "vaut pas son prix.",
     "Le moins cher du marché, le plus cher chez les autres : aspirateur à 199 € seulement aujourd'hui, commandez vite !!!"),
    ("en", "This week I tested three robot vacuums. The cheapest at £199 does the job, the most expensive isn't worth "
           "it.",
     "The cheapest robot vacuum, the most expensive results: only £199 today, order now, limited stock!!!"),
    # a shopper's tip about another shop, told as seen, against the stock pushed
    ("fr", "Bon plan entre nous : Lidl a remis les machines à pain à 39,99 €, il en restait 3 ce matin à Villeurbanne.",
     "Bon plan : machines à pain à 39,99 € !!! Plus que 3 en stock, commandez MAINTENANT, aujourd'hui seulement !"),
    # a holiday camp or a course at a community centre, with its booking form, against the same places pushed
    ("en", "The kids' football camp is nearly full: 4 places left for the August week. £90, or £75 for siblings. Booking "
           "form on the club website.",
     "Football camp: only 4 places left!!! Book NOW, 30% off for siblings this week only!"),
    ("en", "Want to learn first aid? The Red Cross runs a free 2-hour course at the community centre on the 15th. Only 12 "
           "places, so book early.",
     "Free first aid course at the community centre, only 12 places!!! Book NOW, 50% off the advanced course today only!"),
    ("fr", "Le stage de foot de l'été est presque complet : plus que 4 places pour la semaine d'août. 90 €, 75 € pour les "
           "frères et sœurs.",
     "Stage de foot : plus que 4 places !!! Réservez MAINTENANT, -30 % pour les frères et sœurs cette semaine seulement !"),
    ("fr", "Formation gratuite aux premiers secours au centre social le 15. Seulement 12 places, inscrivez-vous vite à "
           "l'accueil.",
     "Formation gratuite au centre social, seulement 12 places !!! Inscrivez-vous MAINTENANT, -50 % sur le niveau 2 "
     "aujourd'hui seulement !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), PUSHY_PAIRS)
def test_an_ordinary_post_is_quiet_and_its_push_fires(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, PUSHY)
    fires(push, lang, PUSHY)


@pytest.mark.parametrize(("lang", "label", "ask"), [
    ("en", "Add to cart", "Add to cart now, then read our free guide to styling it."),
    ("fr", "Ajouter au panier", "Ajoutez au panier maintenant, puis lisez notre guide gratuit."),
])
def test_a_buttons_label_alone_asks_before_nothing(lang: str, label: str, ask: str) -> None:
    quiet(label, lang, VALUE_BEFORE_ASK)
    fires(ask, lang, VALUE_BEFORE_ASK)


# the other rules on the same kinds: a timetabled class or meal, a purchase told with its shop
OTHER_PAIRS = [
    (URGENCY, "en", "Only 1 place left in my Thursday evening pottery class, message me if you'd like it.",
     "Only 1 place left in our pottery class, book now!"),
    (URGENCY, "fr", "Plus qu'une place dans mon cours de poterie du jeudi soir, écrivez-moi si vous la voulez.",
     "Plus qu'une place dans notre atelier poterie, réservez vite !"),
    (PLUG, "fr", "Plus qu'une place dans mon cours de poterie du jeudi soir, écrivez-moi en MP si vous la voulez.",
     "Plus qu'une place dans mon cours du jeudi !!! Abonnez-vous à ma chaîne et écrivez-moi en MP, lien en bio !"),
    (VALUE_BEFORE_ASK, "en", "The Fox & Hounds: only a few tables left for Sunday lunch, book now on 01632 960222.",
     "Book now: only a few tables left, 2-for-1 cocktails all night!"),
    (VALUE_BEFORE_ASK, "fr", "Le Bistrot du Port : il ne reste que quelques tables pour dimanche midi, réservez vite au "
                             "02 98 00 00 00.",
     "Réservez vite : plus que quelques tables, cocktails à -50 % toute la soirée !"),
    # a ticket resold at cost, against a channel plugged beside the same tickets
    (PLUG, "en", "Hi all, I've got 2 spare tickets for the Arctic Monkeys on Friday, can't go anymore. £65 each, face "
                 "value. Message me if you want them.",
     "Got 2 spare tickets for Friday, face value! Subscribe to my channel and DM me, link in bio!"),
    (PLUG, "fr", "Bonjour, j'ai 2 places pour le concert de Stromae vendredi, je ne peux plus y aller. 60 € chacune, prix "
                 "coûtant. Écrivez-moi en MP.",
     "J'ai 2 places pour le concert vendredi, je ne peux plus y aller ! Abonnez-vous à ma chaîne et écrivez-moi en MP, "
     "lien en bio !"),
    # a shopper going to another shop's sale, against the shop's own sale
    (PROMOTE_THE_GIFT, "fr", "Les filles, les soldes commencent mercredi chez Sephora ! Je vous dis ça, moi j'y vais dès "
                             "l'ouverture pour le fond de teint.",
     "Les soldes commencent mercredi dans notre boutique ! Venez tôt, vous trouverez votre bonheur."),
    (PROMOTE_THE_GIFT, "en", "Girls, the winter sale starts Wednesday at Boots, you'll love it! I'm going first thing "
                             "for the foundation.",
     "Our winter sale starts Wednesday! Come early, you'll love it."),
    (PROMOTE_THE_GIFT, "fr", "Bon plan entre nous : les soldes ont commencé chez Lidl, il en restait 3 ce matin à "
                             "Villeurbanne.",
     "Les soldes commencent mercredi dans notre boutique ! Venez tôt, vous trouverez votre bonheur."),
    # a private collection sold off, against a channel plugged beside it
    (PLUG, "fr", "Nouveau sur Vinted : je vends toute ma collection de Harry Potter, 5 € le livre ou 40 € le lot. Envoi "
                 "possible.",
     "Je vends toute ma collection ! Abonnez-vous à ma chaîne et écrivez-moi en MP, lien en bio !"),
    (PLUG, "en", "New on Vinted: selling my whole Harry Potter collection, £5 a book or £40 for the lot. Can post, "
                 "message me.",
     "Selling my whole collection! Subscribe to my channel and DM me, link in bio!"),
    # a count of things done today, against a deal for today only
    (URGENCY, "en", "Tried the new sourdough recipe today, only 3 ingredients and it came out great. Recipe below if you "
                    "want it!",
     "Our bread kit is 50% off today only! Order now, just 3 ingredients."),
    (URGENCY, "fr", "J'ai essayé la nouvelle recette de pain aujourd'hui, seulement 3 ingrédients et c'est top. La recette "
                    "en dessous si ça vous dit !",
     "Notre kit à pain à -50 % aujourd'hui seulement ! Commandez vite, juste 3 ingrédients."),
    # a review that gives its rating, against the shop's own sale
    (PROMOTE_THE_GIFT, "en", "3 stars. The blender was on sale for $39 so I can't complain too much, but it struggles "
                             "with ice.",
     "Our winter sale is on: blenders for $39! Come quickly, you won't regret it."),
    (PROMOTE_THE_GIFT, "fr", "3 étoiles. Le mixeur était en soldes à 39 €, donc je ne me plains pas trop, mais il peine "
                             "avec la glace.",
     "Nos mixeurs sont en soldes à 39 € ! Venez vite, vous ne le regretterez pas."),
    (PRICE_TAG, "en", "Ordered a birthday cake from the little bakery on Queen St and it was perfect. Only £25 too!",
     "Order a birthday cake from our little bakery today, only £25!"),
    (PRICE_TAG, "fr", "J'ai acheté le mien chez le petit torréfacteur du marché, seulement 12 € le paquet, et il est top.",
     "Commandez votre gâteau d'anniversaire chez nous, seulement 25 € !"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "push"), OTHER_PAIRS)
def test_a_timetable_or_a_purchase_told_is_no_push(rule: str, lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, rule)
    fires(push, lang, rule)


def test_an_occasions_tables_are_still_a_promotion() -> None:
    """Tables named by a holiday ("Valentine's dinner") are the seasonal ad, not a weekday timetable."""
    fires("Reserve now, only a few tables left for Valentine's dinner", "en", PUSHY)


def test_recruiting_survey_takers_is_still_bait() -> None:
    """Paid survey takers wanted with a gift is the prize bait: a survey word does not excuse it."""
    fires("Become one of our survey takers and get a complimentary laptop, sign up today.", "en", PUSHY)
    fires("Devenez testeurs de sondages et recevez un cadeau, inscrivez-vous aujourd'hui !", "fr", PUSHY)
