"""Session 17's hand reading (issue 11): drafts a marketing team or a Discord moderator really writes.

A job title is no pitch: "promoted to Senior Marketing Manager" is not "the senior market" that insurance spam
pitches to agents, although Snowball gives "marketing" the stem of "market".
Availability stated ("our app is now available on Android", « maintenant disponible ») is no "now" pressing the
reader, and a French « Nouveauté : » label announces; « nos nouveautés » still sells beside other signals.
A server rule that names the practice ("keep self-promo in #showcase", « l'autopromo va dans #vitrine ») promotes
nothing.
A deadline to submit a talk, an application or a nomination (a call for papers, « appel à projets ») asks for work,
sells nothing; the same countdown on a ticket is still urgency.
A statistic served as trivia ("Did you know? 68% of customers…", « Le saviez-vous ? 72 % des consommateurs… », "Stat
of the day:", « La stat du jour : ») is the brand's educational post: the claim wants its source, as a brand-voiced one does.
Feedback asked for ("we'd love honest feedback", « votre avis honnête ») is no praise, and a reply in the thread
("Reply to this post", « Répondez en commentaire ») no call to buy: a beta test offered free for feedback gives first.
A newsletter named with what it brings, later in the sentence ("Our newsletter goes out tomorrow: three recipes…
Subscribe here"), gives first, as "our newsletter for recipes" did: one shared list (advice/lists/newsletter-gives.yaml)
for both rules that read it.
A sign-off ("See you soon", "talk soon") hurries nobody: "soon" is pressure only when it presses.
A free-delivery threshold ("Free delivery over €50", « Livraison offerte dès 50 € ») is the shop's terms, and « sans
engagement » one term of an offer, counted once: a studio's « cours d'essai gratuit, sans engagement » is no hard sell.
Three asks in a row ("follow us, like and comment", « s'abonner, liker et commenter ») are a contest's engagement
bait, as "like and share" is; someone who likes and comments on a sister's photos asks nothing.
A spotlight on others ("this month we're featuring 8 founders we admire", « nous mettons à l'honneur ») honours
them (@tribute): "our team" and "our community" there are no self-focus.
A way to pay told ("pay in 3 interest-free instalments", « payer en 3 fois sans frais ») is no bait: "free" at the
end of a compound ("interest-free", "gluten-free") is a property, and "you can now" tells a new possibility.
A neighbour's classified haggles ("£250 or best offer", « 180 € ou meilleure offre »): no offer pushed. A sign-up for a
tournament or a game jam closing tonight sells nothing either; a course at its launch price still does.
A post that passes on its lessons ("Three things I learned running our shop's Instagram", « trois choses que j'ai
apprises ») is told in the first person by nature: no self-focus, knowledge shared, and "learned more from them" is
no "learn more" at a link. "The people who follow us" are named, not asked to follow.
Missed hard sells: the coach's promise ("the exact system I used to 10x my revenue", « la méthode exacte qui a
multiplié mon chiffre par 10 ») after a hook ("Are you still losing clients?", « Vous perdez encore des clients ? »),
and a sale named by its size or its reach ("our biggest sale", "70% off sitewide", « nos plus grosses soldes »); a
recipe's "exact method" and an IT "sitewide rollout" stay quiet.
A reply that sells one's own product ("you can grab it on my website for $9", « il est dispo sur mon site pour 9 € »)
or a referral code (« utilise mon code parrainage SAVE20 ») plugs; the same reply that answers the question does not.
A budget tip that sends the reader to their own insurer to ask for a better price (« appelez votre assureur pour
demander un meilleur prix ») sells nothing, and « assurance » alone is an everyday word; a council's licence applied
for on its website is a notice to residents.
The openings and promises of a thousand brand posts ("In today's fast-paced digital world", "content is king",
« Dans un monde en constante évolution », « le contenu est roi ») are worn-out phrases with a plain replacement.
A practice's reminder (« votre rendez-vous avec le Dr Martin est demain … appelez le … pour le déplacer ») is a
service notice; a salon's "book your appointment with Anna today: 20% off" still sells.
Someone selling one thing of their own (« je vends ma switch … remise en main propre … mp si intéressé ») plugs no
channel; « je vends mes bijoux faits main, mp si intéressée » still does.
What a post refuses to do is no pitch ("no discounts this Black Friday … same prices", « pas de remise … mêmes
prix »); "quick" naming a short message ("Quick heads-up") and a repair told ("It's fixed now") press nobody.
A warning that describes the phish it warns of ("a text claiming to be from HMRC offering a £326 tax rebate … Do not
click the link", « un faux SMS des impôts … ne cliquez pas ») disarms the bait; an employer's marks ("apply in person",
"training given", « se présenter sur place ») make a job advert, and a parking permit renewed is a council's notice.
"At the current price of £2.10 a litre" is a price told, a film on "my watch list" no stock; a stock alert's "Current price: $0.12" is the tip.
"b4" is gone from the time words: chat spellings are folded before matching, so it stood for every "before" ("my webcam
died right before the call"); a deadline's "before midnight" is the deadline signal's.
Charges rising by a share (« en hausse de 6 % à cause de l'assurance ») are a building's notice, not a stock tip.
Read at the end (seed 1701): a neighbour giving a hutch away "to anyone who can collect" plugs nothing; a guarantee
said with a laugh (« garanti à 100 % : j'oublierai ton anniversaire ptdr ») is a joke, and "Guaranteed 100% results …
melts fat in 7 days" is the bluff it looks like.
A source named before the colon ("From my late grandfather's diary, 1962: "…"", « dans le carnet de mon grand-père »)
credits the quotation, and a meme's frame quotes the writer herself.
A town's free sight that ends tonight (the Christmas lights switch-on, « les illuminations ») is no sale pressed.
A club's notice that sends the reader to a person named by first name ("Call Sarah on …", « Appelez Sarah au … »)
books a place with the organiser, as "tell Priya at pick-up" does.
Each case is a pair: the ordinary post stays quiet on the rule, its twin still draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
TIME = "hard-sell.time-pressure"
GIFT = "give-first.promote-the-gift"
FIGURE = "credit-sources.unsourced-figure"
ASK = "give-first.value-before-ask"
PLUG = "self-promotion.plug"
ANNOUNCE = "self-promotion.announcement"
KNOWLEDGE = "give-first.share-knowledge"
FOCUS = "relevance.reader-focus"
BLUFF = "bluff.guaranteed"
QUOTE = "credit-sources.unsourced-quote"
STOCK = "originality.stock-phrases"
DENSITY = "hard-sell.sales-density"

LESSONS_EN = ("Three things I learned running our shop's Instagram: I stopped posting daily, I answer every comment, and "
              "our regulars now write half of our posts. My advice: our team learned more from them than from any course.")
LESSONS_FR = ("Trois choses que j'ai apprises en gérant l'Instagram de notre boutique : j'ai arrêté de publier tous les "
              "jours, je réponds à chaque commentaire, et nos habitués écrivent la moitié de nos posts. Notre équipe a "
              "plus appris d'eux que de ma formation.")

# (language, rule, the ordinary post, its twin that draws the rule)
PAIRS = [
    ("en", PUSHY, "I'm so grateful to announce that I've been promoted to Senior Marketing Manager! Thank you to my "
     "amazing team and mentors.",
     "Top producers wanted: tap into the senior market with our annuity sales kit, call now for your free leads!"),
    ("en", PUSHY, "New: our app is now available on Android. Download it for free and tell us what you think.",
     "Download our app now for free, today only: claim your bonus before midnight!"),
    ("fr", PUSHY, "Nouveauté : notre application est maintenant disponible sur Android. Téléchargez-la gratuitement et "
     "dites-nous ce que vous en pensez.",
     "Téléchargez notre appli gratuitement maintenant, aujourd'hui seulement : votre bonus avant minuit !"),
    ("en", PUSHY, "We're looking for 10 small bakeries to test our new ordering tool for free for three months. In "
     "exchange we'd love honest feedback. Interested? Reply to this post.",
     "Try our ordering tool free for 3 months: reply YES now, only 10 places left!"),
    ("fr", PUSHY, "On cherche 10 boulangeries pour tester gratuitement notre nouvel outil de commande pendant trois mois. "
     "En échange, on aimerait votre avis honnête. Intéressés ? Répondez en commentaire.",
     "Essayez notre outil gratuitement 3 mois : répondez OUI maintenant, plus que 10 places !"),
    ("en", ASK, "Our newsletter goes out tomorrow: three recipes for leftover bread, and a chat with our miller. "
     "Subscribe here if you'd like it: https://example.com/news",
     "Subscribe to our newsletter now: https://example.com/news"),
    ("fr", ASK, "Notre newsletter part demain : trois recettes pour le pain rassis et un entretien avec notre meunier. "
     "Abonnez-vous ici si ça vous dit : https://example.com/news",
     "Abonnez-vous à notre newsletter maintenant : https://example.com/news"),
    ("en", PLUG, "Our newsletter goes out tomorrow: three recipes for leftover bread, and a chat with our miller. "
     "Subscribe here if you'd like it: https://example.com/news",
     "Subscribe to our newsletter now: https://example.com/news"),
    ("en", PUSHY, "We're launching our new loyalty program next week: every 10th coffee is on us. Sign up in store or "
     "in the app. See you soon!",
     "Loyalty program: sign up now, every 10th coffee on us, today only!"),
    ("en", PUSHY, "Looking for a gift idea? Our Christmas boxes are available until December 20. Free delivery over €50.",
     "Christmas boxes at crazy prices: order now, free delivery today only!"),
    ("fr", PUSHY, "Vous cherchez une idée cadeau ? Nos coffrets de Noël sont disponibles jusqu'au 20 décembre. Livraison "
     "offerte dès 50 €.",
     "Coffrets de Noël à prix fous : commandez vite, livraison offerte aujourd'hui seulement !"),
    ("fr", PUSHY, "C'est la rentrée ! Nos cours de yoga reprennent le 9 septembre. Premier cours d'essai gratuit, sans "
     "engagement.",
     "Cours de yoga : essai gratuit, inscrivez-vous vite, offre limitée à ce soir !"),
    ("en", PLUG, "I like and comment on her posts every day, she's great.",
     "Who wants to win a box of our products? Just follow us, like and comment with a friend's name. Winner announced "
     "Friday!"),
    ("fr", PLUG, "J'aime bien liker et commenter les photos de ma sœur.",
     "Qui veut gagner une box de nos produits ? Il suffit de s'abonner, liker et commenter avec le prénom d'un ami. "
     "Résultats vendredi !"),
    ("en", FOCUS, "Happy International Women's Day to all the women on our team and in our community. This month we're "
     "featuring 8 founders we admire. First up: Amina, who runs a bike repair co-op in Leeds.",
     "Our team is proud of our new range: we designed our bags in our studio and our founders love our work."),
    ("fr", FOCUS, "Belle journée internationale des droits des femmes à toutes celles de notre équipe et de notre "
     "communauté ! Ce mois-ci, nous mettons à l'honneur 8 fondatrices que nous admirons.",
     "Notre équipe est fière de notre nouvelle gamme : nous avons dessiné nos sacs dans notre atelier et nos "
     "fondatrices adorent notre travail."),
    ("en", PUSHY, "New: you can now pay in 3 interest-free instalments on our site.",
     "Crazy deal: pay in 4, order now, offer valid today only, free gift with every order!"),
    ("fr", PUSHY, "Nouveau : vous pouvez maintenant payer en 3 fois sans frais sur notre site.",
     "Promo folle : payez en 4 fois sans frais, commandez vite, offre valable aujourd'hui seulement !"),
    ("en", PUSHY, "selling my old 3070, works perfectly, £250 or best offer, collection only from Leeds",
     "Brand new 3070s at our online store, best offer of the year, order now before they're gone!"),
    ("fr", PUSHY, "je vends ma switch avec 3 jeux, 180 € ou meilleure offre, remise en main propre sur Paris",
     "Switch neuves sur notre boutique en ligne à prix fous, commandez vite avant la rupture !"),
    ("en", TIME, "last day to sign up for the tournament, go go go",
     "Last day to buy your tournament pass at the early price, hurry!"),
    ("fr", URGENCY, "dernier jour pour s'inscrire au tournoi, go go go",
     "Dernier jour pour vous inscrire à notre formation au prix de lancement, foncez !"),
    ("en", FOCUS, LESSONS_EN, "Our team is proud of our new range: we designed our bags in our studio and our founders "
     "love our work."),
    ("fr", FOCUS, LESSONS_FR, "Notre équipe est fière de notre nouvelle gamme : nous avons dessiné nos sacs dans notre "
     "atelier et nos fondatrices adorent notre travail."),
    ("en", ANNOUNCE, LESSONS_EN, "We just launched our new photography workshop. Learn more: lumiere.io/workshop"),
    ("fr", KNOWLEDGE, LESSONS_FR, "Cette semaine, toute la boutique change de décor pour le printemps. Nouvelles "
     "vitrines, nouvelles couleurs, nouveaux produits sur les étagères et une équipe renforcée le samedi. Passez nous "
     "voir au centre-ville, la boutique est ouverte tous les jours sauf le lundi."),
    ("en", PLUG, "Twice a week works better for us and for the people who follow us.",
     "Twice a week we post new videos, so follow us and turn on notifications!"),
    ("fr", PLUG, "Deux fois par semaine, ça marche mieux pour nous et pour ceux qui nous suivent.",
     "Deux vidéos par semaine sur ma chaîne : abonnez-vous et activez la cloche !"),
    ("en", PUSHY, "Here's the exact method we use to proof our sourdough: 12 hours in the fridge, then 2 at room "
     "temperature. Book a class today if you'd like to try it with us.",
     "Are you still losing clients to competitors? Book a call with me today and I'll show you the exact system I used "
     "to 10x my revenue."),
    ("fr", PUSHY, "Voici la méthode exacte de notre boulanger pour le levain : 12 heures au frais, puis 2 à température "
     "ambiante. Réservez un atelier aujourd'hui pour essayer avec nous.",
     "Vous perdez encore des clients ? Réservez un appel avec moi aujourd'hui et je vous montre la méthode exacte qui a "
     "multiplié mon chiffre par 10."),
    ("en", PUSHY, "We're testing the new spam filter before a sitewide rollout next week. Expect a few hiccups now.",
     "Drop everything. Our biggest sale EVER starts NOW. Up to 70% off sitewide. Go go go!"),
    ("fr", PUSHY, "Arrêtez tout : la mise à jour du site commence maintenant, jusqu'à 70 % des pages seront lentes ce soir.",
     "Arrêtez tout. Nos plus grosses soldes de l'année commencent MAINTENANT. Jusqu'à -70 % sur tout le site !"),
    ("en", PLUG, "Great question! I had the same problem last year: lowering the water to 85 degrees fixed it for me.",
     "Great question! I actually wrote a whole ebook about this, you can grab it on my website for $9."),
    ("fr", PLUG, "Super question ! J'ai eu le même souci l'an dernier : baisser l'eau à 85 degrés a tout réglé.",
     "Super question ! J'ai justement écrit un ebook là-dessus, il est dispo sur mon site pour 9 €."),
    ("fr", PLUG, "mon frère m'a filé son code pour le jeu, on a gagné 20 € chacun mdr",
     "utilise mon code parrainage SAVE20 on gagne 20 € chacun mdr"),
    ("en", FIGURE, "Stat of the day: according to Lumen's 2025 survey, 80% of purchases online start with a search.",
     "Stat of the day: 80% of purchases online start with a Google search."),
    ("fr", FIGURE, "La stat du jour : selon l'enquête Lumen 2025, 80 % des achats en ligne commencent par une recherche.",
     "La stat du jour : 80 % des achats en ligne commencent par une recherche Google."),
    ("fr", PUSHY, "Astuce budget : avant de renouveler votre assurance auto, appelez votre assureur pour demander un "
     "meilleur prix. 10 minutes, 80 € d'économie.",
     "Assurance auto au meilleur prix garanti : appelez-nous aujourd'hui, devis gratuit !"),
    ("en", PUSHY, "Money tip: before you renew your car insurance, call your current provider and ask for a better "
     "price. It took me 10 minutes and saved £80.",
     "Car insurance at the best price guaranteed: call us today for a free quote!"),
    ("en", PUSHY, "Landlords: the new licence fee of £520 applies from April 1. Apply online on the council website, it "
     "takes ten minutes.",
     "Landlords: licence fee £520, apply now on our site before midnight, only 3 slots left!"),
    ("en", STOCK, "Today, most of our customers find us through a search: here is what we changed on our pages.",
     "In today's fast-paced digital world, content is king. That's why we help brands unlock their full potential."),
    ("fr", STOCK, "Aujourd'hui, la plupart de nos clients nous trouvent par une recherche : voici ce que nous avons "
     "changé sur nos pages.",
     "Dans un monde en constante évolution, le contenu est roi. C'est pourquoi nous aidons les marques à grandir."),
    ("fr", PUSHY, "Rappel : votre rendez-vous avec le Dr Martin est demain à 10 h 20. Répondez A pour annuler ou appelez "
     "le 01 23 45 67 89 pour le déplacer.",
     "Prenez votre rendez-vous avec Anna aujourd'hui : -20 % sur toutes les coupes cette semaine seulement, appelez vite "
     "le 01 23 45 67 89 !"),
    ("fr", PLUG, "je vends ma switch avec 3 jeux, 180 €, remise en main propre sur Paris, mp si intéressé",
     "je vends mes bijoux faits main, mp si intéressée !"),
    ("en", DENSITY, "Our Black Friday plan this year: no discounts. Instead, we're donating 10% of every order to the "
     "local food bank. Same prices, more good.",
     "Our Black Friday sale: discounts on every order, a promo code at checkout, the best deal of the year on sale now."),
    ("fr", DENSITY, "Cette année pour le Black Friday : pas de remise, pas de promo. À la place, on reverse 10 % de chaque "
     "commande à la banque alimentaire. Mêmes prix, plus de bien.",
     "Black Friday chez nous : remise sur chaque commande, promo sur tout le panier, prix cassés et soldes sur les "
     "tarifs, achetez vite en boutique avant la fin de la promotion de ce week-end."),
    ("en", PUSHY, "Quick heads-up: the promo code in yesterday's email didn't work. It's fixed now. Sorry!",
     "Quick! Use promo code FIX20 now, valid until midnight only!"),
    ("en", PUSHY, "WARNING: a text claiming to be from HMRC offering a £326 tax rebate is doing the rounds. Do not click "
     "the link. HMRC never texts about refunds.",
     "HMRC: you are owed a £326 tax rebate. Click the link now to claim it before it expires."),
    ("fr", PUSHY, "ATTENTION : un faux SMS des impôts promettant un remboursement de 326 € circule sur WhatsApp. Ne cliquez "
     "pas sur le lien.",
     "Impôts : un remboursement de 326 € vous attend. Cliquez sur le lien pour le réclamer avant minuit."),
    ("en", PUSHY, "Job: kitchen porter wanted, 25 hours a week, £12.20 an hour, evenings and weekends. No experience "
     "needed, training given. Apply in person.",
     "Earn £500 a week from home! No experience needed, apply now, only 5 places left!"),
    ("en", PUSHY, "Parking permits for 2027 can be renewed online from 1 December. The price stays at £45 a year. Renew "
     "before 31 January to avoid a penalty notice.",
     "Your account will be suspended: pay £45 now to avoid a penalty, click here before midnight!"),
    ("fr", PUSHY, "Charges de copropriété 2026 : 1 240 € par lot, en hausse de 6 % à cause de l'assurance. Paiement "
     "avant le 31 janvier, échéancier possible.",
     "Hausse de 300 % en vue : cette action va exploser, achetez maintenant avant tout le monde !"),
    ("en", PUSHY, "At the current price of £2.10 a litre, filling the tank costs me £90 now. Anyone else cycling more?",
     "Hot stock alert! Current price: $0.12, target $1. Buy now before it explodes!"),
    ("en", PUSHY, "Added The Bear to my watch list, finally watching it tonight!",
     "Add this undervalued stock to your watch list tonight: strong buy, price target $2!"),
    ("en", PUSHY, "My webcam died right before the team call today, sorry for the potato quality",
     "Live webcam shows tonight, sign up free before midnight: hot singles waiting!"),
    ("en", PLUG, "Giving away a rabbit hutch, needs a bit of paint. Free to anyone who can collect this week.",
     "I'm giving away 3 signed copies of my new book! Follow me and comment to enter."),
    ("fr", BLUFF, "garanti à 100 % : j'oublierai ton anniversaire et ce sera gênant ptdr",
     "Résultats garantis à 100 % ou remboursé : notre thé détox fait fondre la graisse en 7 jours !"),
    ("en", BLUFF, "100% guaranteed: I will forget your birthday again lol",
     "Guaranteed 100% results or your money back: our detox tea melts fat in 7 days!"),
    ("en", QUOTE, "From my late grandfather's diary, 1962: \"The man at the fair shouted 'Three shots for a shilling, win a "
     "prize every time!' I won nothing and spent my bus fare.\" He walked home four miles.",
     "Our new range is here! \"The best coffee you will ever taste, and the last one you will ever need to buy.\" Shop now."),
    ("en", QUOTE, "nobody: absolutely nobody: me at the checkout: \"can I get a bag for life, my life is falling apart\"",
     "Shop our new bags for life! \"The only bag you will ever need, strong enough for a whole week of shopping.\""),
    ("en", URGENCY, "Last chance to see the Christmas lights switch-on tonight at 6! Hot chocolate stall by the fountain.",
     "Last chance to grab our Christmas lights at half price, sale ends tonight!"),
    ("fr", URGENCY, "Dernière chance de voir les illuminations ce soir à 18 h ! Stand de chocolat chaud près de la fontaine.",
     "Dernière chance pour nos guirlandes lumineuses à moitié prix, la vente se termine ce soir !"),
    ("en", URGENCY, "Limited places left on our free first-aid course for new parents. Call Sarah on 07700 900456 to "
     "reserve a spot.",
     "Limited places left! Call now on 0800 123 456 to claim your FREE spa day, offer ends tonight!"),
    ("fr", URGENCY, "Plus que quelques places pour notre formation gratuite aux premiers secours pour jeunes parents. "
     "Appelez Sarah au 06 12 34 56 78.",
     "Plus que quelques places ! Appelez vite le 08 99 12 34 56 pour réclamer votre séjour GRATUIT !"),
    ("en", PUSHY, "Limited places left on our free first-aid course for new parents. Call Sarah on 07700 900456 to "
     "reserve a spot.",
     "Limited places left! Call Mike now on 0800 123 456 to claim your FREE spa day, offer ends tonight!"),
    ("en", GIFT, "Hey everyone, the server rules got a small update: no DMs to members you don't know, and keep "
     "self-promo in #showcase. Thanks!",
     "Our summer promo is on: use code SUN20 in our shop this week!"),
    ("fr", GIFT, "Salut tout le monde, petite mise à jour des règles : pas de MP aux inconnus, et l'autopromo va dans "
     "#vitrine. Merci !",
     "Notre promo d'été est lancée : utilisez le code SOLEIL20 dans notre boutique cette semaine !"),
    ("en", URGENCY, "Only 3 days left to submit your talk for DevConf! The call for papers closes Sunday at midnight.",
     "Only 3 days left to grab your DevConf ticket at the early price!"),
    ("fr", URGENCY, "Plus que 3 jours pour déposer votre candidature au prix de l'innovation ! L'appel à projets ferme "
     "dimanche.",
     "Plus que 3 jours pour réserver votre place au salon au tarif lancement !"),
    ("en", FIGURE, "Did you know? According to the 2025 Lumen survey, 68% of customers read at least three reviews "
     "before buying online.",
     "Did you know? 68% of customers read at least three reviews before buying a product online."),
    ("fr", FIGURE, "Le saviez-vous ? Selon l'enquête Lumen 2025, 72 % des consommateurs lisent au moins trois avis "
     "avant d'acheter.",
     "Le saviez-vous ? 72 % des consommateurs font davantage confiance aux avis clients qu'à la publicité."),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


def test_a_comment_with_a_share_of_people_still_needs_no_source() -> None:
    """Only the trivia opener widens the gate: a remark in a thread ("99% of people never read the terms") stays quiet."""
    quiet("Honestly 99% of people never read the terms, me included.", "en", FIGURE)


def test_the_announcement_is_still_noticed() -> None:
    """Availability quiets the pressure, not the plug: the post still announces its own product, as a tip."""
    assert "self-promotion.announcement" in fired(
        "New: our app is now available on Android. Download it for free and tell us what you think.", "en")
