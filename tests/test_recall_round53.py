"""Recall round 53 (issue 11, session 36): SMS promotions, scarcity ad copy and self-promotional comments in shapes the
earlier rounds had not read, in both languages. Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: the reader's own points said to vanish, with the link to spend them; a sale opened to members before
  everyone else; bonus points for an order in the app, with the text's STOP line; one bought, one free, with the text to
  show at the till; a share off for a window of minutes; a countdown clock; a price said never to come back; pre-orders
  closing with the wait promised after; an order topped up to unlock a perk for a few minutes; a cart held then
  released; an offer kept for whoever switches by a named day; cashback on every order with the offer to switch on.
- their ordinary twins stay quiet on hard-sell.pushy: one's own points spent on the shopping, early access to a library's
  app, bonus points never used, a text shown at a party's door, a stew simmered for an hour, a half marathon's time, the
  lowest price of the year reported, a pool closed for repairs, one's own delivery threshold told, seats put back on sale
  by a theatre, a rota changed by Friday, cashback one got from one's bank.
- self-promotion: one's own pinned comment pointed to, one's own handle given, a channel of one's own told by what it
  posts, one's own gig with one's handle, one's own slots free this week, a small brand with its code, a service at a
  price with "hmu", one's own bakes to order by DM, a collab sought with a DM asked, one's streams of a game on a named day.
  A sister's pinned recipe, a bakery's insta, a friend's channel, a band's gig with free entry, a groomer's slots told by a
  customer, an order number asked by a shop's support, a code asked for, a lift offered, a game master's invitation stay
  quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PUSHY = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_PAIRS = [
    ("the reader's own points said to vanish, with the link to spend them",
     "Your 2,000 points vanish on Sunday! Spend them now at petalpost.co.uk",
     "Vos 2 000 points s'envolent dimanche ! Utilisez-les maintenant sur petalpost.fr"),
    ("a sale opened to members before everyone else",
     "Members' early access: our sale opens to you 24h before everyone else. Shop at loomwear.co.uk",
     "Accès anticipé membres : nos ventes privées ouvrent pour vous 24 h avant tout le monde. Sur loomwear.fr"),
    ("bonus points for an order in the app, with the text's STOP line",
     "Get 250 bonus points when you order in the app this week! Txt STOP 60331",
     "250 points bonus pour toute commande dans l'appli cette semaine ! STOP au 36331"),
    ("one bought, one free, with the text to show at the till",
     "Buy 1 coffee get 1 free, Monday only. Show this text at the till",
     "1 café acheté = 1 offert, lundi seulement. Montrez ce SMS en caisse"),
    ("a share off for a window of minutes",
     "25% off all lamps for the next 60 minutes. Go go go!",
     "-25 % sur toutes les lampes pendant 60 minutes. Allez allez allez !"),
    ("a countdown clock beside a sale",
     "Ends in 03:10:22: 50% off every mattress",
     "Fin dans 03:10:22 : tous les matelas à -50 %"),
    ("a price said never to come back",
     "Lowest price of the year on the air fryer: never again at this price at kitchenly.co.uk",
     "Le prix le plus bas de l'année sur la friteuse : plus jamais à ce prix sur cuisinea.fr"),
    ("pre-orders closing on a day, with the wait promised after",
     "Pre-orders close Monday at noon. After that, you'll have to wait until June",
     "Les précommandes ferment lundi à midi. Après, il faudra attendre juin"),
    ("an order topped up to unlock a perk for a few minutes",
     "Add £6 more to unlock next-day delivery, only for the next 15 mins",
     "Ajoutez 6 € d'articles pour débloquer la livraison express, pendant 15 min seulement"),
    ("a cart held, then released",
     "We've held your cart for 6 hours, after that the items go back on sale. Complete your order at lumo.co",
     "On garde votre panier 6 h, ensuite les articles sont remis en vente. Finalisez votre commande sur lumo.fr"),
    ("an offer kept for whoever switches by a named day",
     "Double your data for the same price, but only if you switch by Friday. Reply DATA to switch",
     "Doublez vos données au même prix, mais seulement si vous changez avant vendredi. Répondez DATA"),
    ("cashback on every order, with the offer to switch on before a date",
     "Earn 10% cashback on every order this month! Activate your offer before the 28th: cashly.co.uk",
     "10 % remboursés sur tous vos achats ce mois-ci ! Activez l'offre avant le 28 : cashly.fr"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("one's own points spent on the shopping",
     "The points on my card expire on Sunday, so I'll use them on the weekly shop",
     "Les points de ma carte expirent dimanche, je les utiliserai pour les courses de la semaine"),
    ("early access to a library's app",
     "Got early access to the new library app, the search is much better",
     "J'ai eu un accès anticipé à la nouvelle appli de la médiathèque, la recherche est bien mieux"),
    ("bonus points never used",
     "My card has 250 bonus points at the garage and I never use them",
     "Ma carte a 250 points bonus au garage et je ne les utilise jamais"),
    ("a text shown at a party's door",
     "Show this text to the staff at the door, your name is on the guest list",
     "Montrez ce SMS à l'entrée, votre nom est sur la liste des invités"),
    ("a stew simmered for an hour",
     "Simmer for the next 60 minutes, stirring now and then",
     "Laissez mijoter pendant 60 minutes en remuant de temps en temps"),
    ("a half marathon's time",
     "My half marathon time was 01:52:40, a new best!",
     "Mon temps au semi-marathon : 01:52:40, record battu !"),
    ("the lowest price of the year reported",
     "The lowest price of the year for heating oil was in May, according to the council's energy adviser",
     "Le prix le plus bas de l'année pour le fioul était en mai, selon le conseiller énergie de la mairie"),
    ("a pool closed for repairs",
     "The pool closes for repairs in March. After that, you'll have to wait until the summer to swim there",
     "La piscine ferme pour travaux en mars. Après, il faudra attendre l'été pour y nager"),
    ("one's own delivery threshold told",
     "I had to add £5 more to unlock next-day delivery, so I bought socks",
     "J'ai dû ajouter 5 € au panier pour débloquer la livraison express, alors j'ai pris des chaussettes"),
    ("seats put back on sale by a theatre",
     "The theatre put the returned seats back on sale for Saturday",
     "Le théâtre a remis en vente les places rendues pour samedi"),
    ("a rota changed by Friday",
     "If you switch by Friday, tell the office so they can update the rota",
     "Si vous changez avant vendredi, prévenez le bureau pour le planning"),
    ("cashback one got from one's bank",
     "I got 10% cashback on my new fridge through my bank, worth checking",
     "J'ai eu 10 % remboursés sur mon frigo grâce à ma banque, ça vaut le coup de vérifier"),
]

# (what, English, French): both must draw a self-promotion or give-first finding
PROMO_PAIRS = [
    ("one's own pinned comment pointed to",
     "the full recipe is in my pinned comment, go check it out",
     "la recette complète est dans mon commentaire épinglé, allez voir !"),
    ("one's own handle given",
     "more cakes like this on our insta @twolittlebakers, go have a look",
     "d'autres gâteaux comme ça sur notre insta @deuxpetitsboulangers, passez voir"),
    ("a channel of one's own told by what it posts, a look asked",
     "i have a tiktok where i test budget phones every week, go have a look",
     "j'ai un tiktok où je teste des téléphones pas chers chaque semaine, passe voir"),
    ("one's own gig with one's own handle",
     "my band is playing the Anchor on Saturday, tickets on our insta @thelowtides",
     "mon groupe joue à l'Ancre samedi, places sur notre insta @lesbassesmarees"),
    ("one's own slots free this week",
     "I'm a dog groomer in Derby, still have slots for this week, dm me",
     "je suis toiletteuse à Lille, créneaux dispo cette semaine, écris-moi"),
    ("a small brand with its code",
     "we're a small soap brand from Bristol, use SUDS15 for 15% off",
     "on est une petite marque de savons de Nantes, code SAVON15 pour -15 %"),
    ("a service at a price, with a DM asked",
     "if anyone needs a wedding video hmu, I'm doing them for £400 this summer",
     "si quelqu'un veut une vidéo de mariage, je les fais à 400 € cet été, contactez-moi"),
    ("one's own bakes to order by DM",
     "my little kitchen makes these for £4 each, order via dm",
     "ma petite cuisine en fait à 4 € pièce, commandes par MP"),
    ("a collab sought, with a DM asked",
     "collab anyone? I'm a singer from Leeds looking for a guitarist, hmu",
     "une collab ? je suis chanteuse à Lyon, je cherche un guitariste, contactez-moi"),
    ("one's streams of a game on a named day, with the link",
     "I stream this game every Sunday on kick, drop by: kick.com/lunagg",
     "on stream ce jeu tous les dimanches, venez : kick.com/lunagg"),
]

# (what, English, French): neither may draw a self-promotion or give-first finding
PROMO_QUIET = [
    ("a sister's pinned recipe",
     "I pinned the recipe for my sister, she keeps losing it",
     "J'ai épinglé la recette pour ma sœur, elle la perd tout le temps"),
    ("a bakery's insta",
     "saw this on the bakery's insta, they're open till 4",
     "vu sur l'insta de la boulangerie, ils sont ouverts jusqu'à 16 h"),
    ("a friend's channel",
     "my friend has a tiktok where she reviews budget phones, she's really honest",
     "mon amie a un tiktok où elle teste des téléphones pas chers, elle est très honnête"),
    ("a band's gig with free entry",
     "our band plays the Anchor on Saturday, free entry, come say hi",
     "notre groupe joue à l'Ancre samedi, entrée libre, passez dire bonjour"),
    ("a groomer's slots told by a customer",
     "my groomer has slots open this week if your dog needs a trim",
     "ma toiletteuse a des créneaux dispo cette semaine si votre chien en a besoin"),
    ("an order number asked by a shop's support",
     "Sorry about that! Send us your order number via dm and we'll look into it",
     "Désolés ! Envoyez-nous votre numéro de commande en MP, on regarde ça"),
    ("a code asked for",
     "does anyone have a code for the soap shop in Bristol?",
     "quelqu'un a un code pour la savonnerie de Nantes ?"),
    ("a lift offered",
     "if anyone wants a lift to the match hmu, I've got two seats",
     "si quelqu'un veut aller au match en voiture, contactez-moi, j'ai deux places"),
    ("a game master's invitation",
     "New campaign in January, two seats for beginners, message me if you fancy it",
     "Nouvelle campagne en janvier, deux places pour débutants, écrivez-moi si ça vous tente"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_PAIRS))
def test_pushy_kind_draws_hard_sell(text, lang):
    fires(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(ORDINARY_PAIRS))
def test_ordinary_twin_stays_quiet(text, lang):
    quiet(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_PAIRS))
def test_self_promotion_kind_draws_a_plug(text, lang):
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_comment_stays_quiet(text, lang):
    quiet(text, lang, PROMO)
