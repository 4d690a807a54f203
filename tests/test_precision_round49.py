"""Precision on kinds earlier breadth sets lacked, round 49 (issue 11, session 32, "breadth49"): a band's tour diary, a
build log, a council's recycling change, a bakery's hours, a parents' chat, a translators' question, a game's patch notes,
a paper's thread, a beach clean, an airline complaint, a match reaction, a gambling complaint, a neighbours' sale, a
weather warning, a charity's report, a job advert; and the leftovers of rounds 48.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A player's grievance about a casino or a bookie ("you have to wager it 45 times … when I tried to cash out", « je l'ai
  vu en voulant encaisser », "the bookie closed my account") and a complaint filed ("Filing a complaint today", « je
  dépose une réclamation ») are complaints; a casino's welcome offer or a claims firm's pitch still pushes.
- A small win the writer tells ("I won £12 on the lottery", « j'ai gagné 12 € au grattage ») is news; "I won £900 on the
  slots with this app, sign up through my link" still pushes.
- « casinos » written plainly is no disguised word (the French stemmer keeps the plural whole, so the plain-spelling
  exception "casino" missed it), and a controller's "vibration" is no adult toy (the phrase's stem met it).
- A sum per year (« 15 € par an », "£15 per year") is what a paper or a plot costs, no price pushed ("a year" never was).
- "so many followers, my channel …" asks nobody to follow: "follow my" is read as written, not across a noun and a comma.
- "no reply to my refund claim" is a customer waiting, not a brand closing its comments.
- « 25 % d'entre elles » points back at what the post counted, as "of them"; one's own measurement is the source.
- A body's report of its year or its accounts (annual report, « rapport d'activité », a quarterly update for members) and a
  notice of opening hours ("we're open 8 to 8", « nous ouvrons de 8 h à 20 h ») owe the reader no question and no "you"; a
  vacancy in its employer's words ("we're looking for a second joiner", « nous recrutons ») and an appeal answered through a
  form ("fill in the form", « remplissez le formulaire ») owe no question (talk-to-the-reader still reads an advert that
  talks about the studio, hand reading round 16); a brand's launch still does.
- Visitors counted at a fair or a car boot are an attendance; a website's visitors and an account's followers stay an
  audience.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
PLUG = "self-promotion.plug"
CLOSED = "conversation.closed"
FIGURE = "credit-sources.unsourced-figure"
READER = ("relevance.talk-to-the-reader", "conversation.ask-a-question")
ASK = "conversation.ask-a-question"
COUNT = "vanity-metrics.audience-count"

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", PUSHY, "Careful with that casino bonus: you have to wager it 45 times before you can withdraw, and I only found out when I tried to cash out.",
     PUSHY, "Claim your 200% casino bonus now! 50 free spins on your first deposit, withdraw instantly, tonight only."),
    ("fr", PUSHY, "Méfiez-vous du bonus de ce casino en ligne : il faut miser 45 fois le bonus avant de retirer, je l'ai appris en voulant encaisser.",
     PUSHY, "Réclamez votre bonus casino de 200 % maintenant ! 50 tours gratuits sur votre premier dépôt, retrait immédiat, ce soir seulement."),
    ("en", PUSHY, "Nine hours delayed, one £5 voucher, no hotel offered. Filing a complaint today.",
     PUSHY, "Flight delayed? Claim your £520 compensation voucher today, no win no fee, offer ends Friday, click here!"),
    ("fr", PUSHY, "Le site de paris a limité mon compte après deux gains de 30 € d'affilée, visiblement ils ne gardent que les perdants.",
     PUSHY, "Marre des sites de paris ? Notre méthode gagne à tous les coups : plus que 10 places, payez 49 € aujourd'hui !"),
    ("en", PUSHY, "I won £12 on the lottery this week, coffee's on me tomorrow.",
     PUSHY, "I won £900 on the slots with this app! Sign up through my link, 100 free spins, tonight only."),
    ("fr", PUSHY, "J'ai gagné 12 € aux machines à sous du casino de la plage, et je les ai reperdus dans l'heure.",
     PUSHY, "J'ai gagné 900 € aux machines à sous avec cette appli ! Inscris-toi avec mon lien, 100 tours gratuits, ce soir seulement."),
    ("fr", PUSHY, "Un rapport sur 70 casinos en ligne : la plupart affichent leurs conditions de mise en tout petit, en bas de page.",
     PUSHY, "Casino en ligne : 100 tours gratuits sur votre premier dépôt, inscrivez-vous maintenant, offre valable ce soir !"),
    ("en", PUSHY, "Hotfix today: controller vibration no longer sticks after a match, and ranked queues are shorter.",
     PUSHY, "Cheap vibrators and adult toys, discreet delivery, order today at toys-hot.biz!"),
    ("fr", PUSHY, "Le journal du quartier coûte 15 € par an, et les deux premiers numéros sont gratuits pour les nouveaux habitants.",
     PUSHY, "Abonnement PREMIUM à seulement 49 € par an, offre valable jusqu'à dimanche, abonnez-vous vite !"),
    ("en", PUSHY, "Allotment plots are £15 per year, and the first two months are free for new members.",
     PUSHY, "PREMIUM membership for just £49 per year, offer ends Sunday, subscribe now!"),
    ("en", PLUG, "How do bakeries get so many followers, my little page has had 40 since spring",
     PLUG, "New video up! Follow my channel for more, link in bio"),
    ("en", CLOSED, "Day ten and still waiting: no reply to my refund claim from the airline.",
     CLOSED, "Comments are closed, we will not answer questions about the price change."),
    ("fr", FIGURE, "Le saviez-vous ? On a mesuré nos 80 ruches : 25 % d'entre elles ont perdu leur reine cet hiver.",
     FIGURE, "Le saviez-vous ? 72 % des consommateurs lisent trois avis avant d'acheter."),
    ("en", READER, "Our annual report is out: this year the shelter housed 412 people, found permanent homes for 96 and trained 40 new volunteers. The full accounts and the list of our funders are on our website.",
     READER, "We're proud to launch our new spring collection: our team spent a year designing twelve pieces in our studio, and we think it's our best work yet. It's in our shop from Monday."),
    ("fr", READER, "Notre rapport annuel est en ligne : cette année, le refuge a accueilli 412 personnes, en a relogé 96 et a formé 40 nouveaux bénévoles. Les comptes complets et la liste de nos financeurs sont sur notre site.",
     READER, "Nous sommes fiers de lancer notre nouvelle collection de printemps : notre équipe a passé un an à dessiner douze pièces dans notre atelier, et c'est notre plus beau travail. Elle arrive en boutique lundi."),
    ("en", READER, "Town library: from next Monday we're open 8 to 8 on weekdays and 9 to 5 on Saturdays, while the reading room is being repainted. The returns chute stays open round the clock.",
     READER, "We're excited to share our new autumn menu: our chefs spent the summer testing twelve dishes in our kitchen, and we think it's the best menu we've ever made. It starts on Monday."),
    ("fr", READER, "Bibliothèque municipale : à partir de lundi, nous ouvrons de 8 h à 20 h en semaine et de 9 h à 17 h le samedi, pendant les travaux de peinture de la salle de lecture. La boîte de retour reste ouverte.",
     READER, "Nous sommes ravis de présenter notre nouvelle carte d'automne : nos chefs ont testé douze plats tout l'été dans notre cuisine, et c'est notre plus belle carte. Elle arrive lundi dans notre restaurant."),
    ("en", ASK, "The shelter has two elderly dogs who need a calm home with a garden. Both are house-trained and good with cats. If you could give one a home, fill in the form on our website and we'll arrange a visit.",
     ASK, "Our new grooming salon opens on Saturday: our team has spent months fitting out the studio, choosing the products and training on every breed. We're thrilled with it and we think it's the best salon in town."),
    ("fr", ASK, "Le refuge a deux vieux chiens qui cherchent une maison calme avec jardin. Ils sont propres et s'entendent avec les chats. Si vous pouvez en accueillir un, remplissez le formulaire sur notre site et nous organiserons une visite.",
     ASK, "Notre nouveau salon de toilettage ouvre samedi : notre équipe a passé des mois à aménager l'atelier, choisir les produits et se former sur chaque race. Nous en sommes très fiers et c'est le plus beau salon de la ville."),
    ("en", ASK, "Our workshop is growing: we're looking for a second joiner, four days a week, £31k, van provided. Experience with sash windows and old staircases helps, and we train on the rest. Full job description on the website.",
     ASK, "We're thrilled to open our second workshop: our team has spent a year fitting it out, choosing the tools and the timber, and we think it's the finest joinery in the county. Doors open on Monday."),
    ("fr", ASK, "Nous recrutons un ou une menuisière, quatre jours par semaine, 2 300 € brut, camionnette fournie. L'expérience des fenêtres anciennes et des vieux escaliers est un plus, on forme au reste. CV à l'adresse de l'atelier avant le 20 mai.",
     ASK, "Nous sommes ravis d'ouvrir notre deuxième atelier : notre équipe a passé un an à l'aménager, à choisir les outils et le bois, et c'est notre plus bel atelier. Il ouvre ses portes lundi."),
    ("en", COUNT, "Our summer fair is done: 52 stalls, around 1,100 visitors and the tombola raised £640. Thank you, volunteers!",
     COUNT, "Our website passed 20,000 visitors this month and our page hit 10k followers!"),
    ("fr", COUNT, "Notre brocante est finie : 52 exposants, environ 1 100 visiteurs et 640 € pour la coopérative. Merci aux bénévoles !",
     COUNT, "Notre site a passé les 20 000 visiteurs ce mois-ci et notre page les 10 000 abonnés !"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                     twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


@pytest.mark.parametrize(("lang", "draft"), [
    ("en", "I won £850 on the slots in 3 days thanks to @lucky_spins_vip, message him now to join!"),
    ("fr", "J'ai gagné 850 € aux machines à sous en 3 jours grâce à @lucky_spins_vip, écris-lui vite pour rejoindre !"),
])
def test_a_win_told_as_a_testimonial_still_pushes(lang: str, draft: str) -> None:
    """A win sold with a handle to contact is a testimonial's bait: the small-win reading does not quiet it."""
    fires(draft, lang, PUSHY)
