"""Precision on ordinary text, round 14 (issue 11, point 4): findings a community manager would call wrong.

Kinds read by hand on the ok rows: scarcity a news item reports about a decision (« autorisé, mais en
quantité limitée ») and a limited edition that sold out; a deadline in talk about a law; a trader's deal
that ends or expired, named by its number or its meter; an amount in a colleague's reply or what is left
of a budget ("only $199.7 was to be reversed"); one "!" in a family mail under a webmail's ad line, and a
team congratulated; a reviewer's hedged "virtually foolproof" and a promise denied ("no magic formula"); a
shop's newsletter that names what it brings; a stream announced to fans ("going live ... DO NOT MISS
THIS"); a per-minute price told from the buyer's side, and where one bought one's own; a company's
sponsorship of a game its people may watch; a digest's "click here to read more"; a multiplier said of
work ("100x productivity"); a trader's price formula ("90 % of the index"); a market's words ("the spot
market") in an analyst's note; a sports headline's team that claims a win; a customer's anger at a
platform, and a service that does not answer. Each case is a pair: the ordinary text has no finding of
the rules named, and the same kind of text turned into a sale still has one, so the quiet comes from the
kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
PRESSURE = "hard-sell.time-pressure"
PRICE_TAG = "hard-sell.price-tag"
EXCLAIM = "hard-sell.exclamations"
GUARANTEED = "bluff.guaranteed"
PLUG = "self-promotion.plug"
FIGURE = "credit-sources.unsourced-figure"
QUESTION = "conversation.ask-a-question"
CLOSED = "conversation.closed"
VALUE_FIRST = "give-first.value-before-ask"
HARD_SELL = (PUSHY, URGENCY, PRESSURE, PRICE_TAG)

# (language, the rules that must stay quiet, the ordinary text, the same kind of text that still fires one of them)
PAIRS = [
    # scarcity reported about a decision, against scarcity pushed on the reader
    ("fr", HARD_SELL, "Un nouveau médicament contre la migraine autorisé, mais en quantité limitée",
     "Notre nouveau parfum en quantité limitée : commandez vite !"),
    ("en", HARD_SELL, "New migraine drug approved, but limited stock expected until spring",
     "Limited stock on our new perfume: order now before it's gone!"),
    # a limited edition that sold out, told as news, against one sold
    ("en", HARD_SELL, "Nintendo's limited edition Switch sells out in minutes",
     "Our limited edition hoodie sells out fast, grab yours now!"),
    ("fr", HARD_SELL, "La console en édition limitée de Nintendo épuisée en quelques minutes",
     "Édition limitée : plus que 20 exemplaires, commandez vite !"),
    # a deadline in talk about a law, against one on a product
    ("en", HARD_SELL, "Somebody ought to pass a law against it, before it's too late.",
     "Order your tax guide today, before it's too late!"),
    ("fr", HARD_SELL, "Il faudrait voter une loi pour l'interdire, avant qu'il ne soit trop tard.",
     "Commandez votre guide fiscal aujourd'hui, avant qu'il ne soit trop tard !"),
    # a trader's deal that ends or expired, against a shop's deal that ends
    ("en", HARD_SELL, "Jackie, this meter flowed on the 2nd but the deal ends 3/31: can it be extended?",
     "Our spring deal ends 3/31: order now and save 20%!"),
    ("en", HARD_SELL, "Daren, can you please see if you can roll this deal? It expired in March, and this meter flowed "
                      "on the 1st.",
     "Hurry, this deal expires tonight: only 3 left in stock, order yours now!"),
    ("en", HARD_SELL, "Daren, the above meter flowed for the first two days (sitara deal # 205569 - deal ends 3/31/2000). "
                      "Can the deal be extended?",
     "Sitara deal: ends 3/31, buy now while stocks last!"),
    ("fr", HARD_SELL, "Votre offre sur le point de livraison 12 expire vendredi : peux-tu la renouveler ?",
     "Notre offre de printemps expire vendredi : commandez vite, -20 % sur tout !"),
    # an amount in a colleague's reply or a budget, against a price tag
    ("en", (PRICE_TAG,), "Re: research charges. Vera, if I read it right, only $199.7 was to be reversed in July. "
                         "Please let me know.",
     "Our complete course for only $49."),
    ("fr", (PRICE_TAG, PUSHY), "Il ne reste que 40 € au budget traiteur, on en parle jeudi ?",
     "Notre formation complète pour seulement 49 €."),
    # one "!" in a family mail under a webmail's ad line, against a burst in a sale
    ("en", (EXCLAIM,), "Let's look at these pictures this weekend! Love you\n\nYou're paying too much for the Internet! "
                       "Juno now offers free Internet access! Try it today! www.juno.com",
     "Big sale! Everything 50% off! Order now! Last day!"),
    ("fr", (EXCLAIM,), "On regarde les photos ce week-end ! Bisous\n\nVotre messagerie gratuite : créez votre adresse "
                       "e-mail gratuite ! Inscription rapide ! Essayez-la ! www.exemple-mail.fr",
     "Soldes ! Tout à -50 % ! Commandez vite ! Dernier jour !"),
    # a team congratulated by a colleague, against a burst in a sale
    ("en", (EXCLAIM,), "Congrats on closing the Maine deal! Nice positions for the book and a nice chunk of change! "
                       "Great job guys! (Dana, paying for dinner?!)",
     "Great deals on every camera! Order now! Free shipping! Today only!"),
    ("fr", (EXCLAIM,), "Félicitations pour la signature du contrat ! Quel bon prix pour nos positions ! Bravo à toute "
                       "l'équipe ! Dîner offert par Dana ?!",
     "Bons plans sur tous les appareils ! Commandez vite ! Livraison gratuite ! Aujourd'hui seulement !"),
    # a family mail under a webmail's ad line has no public to ask, a brand's post of the same length has one
    ("en", (QUESTION,), "Pictures: let's look at these this weekend, love you. Pictures of the kids, of Jill and Susan, "
                        "of our new house and our new garden, all taken last Sunday at the lake with the old camera.\n\n"
                        "You're paying too much for the Internet! Juno now offers free Internet access.",
     "Our new spring range is in: pictures of our new garden chairs, of our new tables and of the parasols, all "
     "taken last Sunday at the lake with our photographer, and our team is proud of every piece of it."),
    ("fr", (QUESTION,), "Photos : on les regarde ce week-end, bisous. Les photos des enfants, de Julie et Suzanne, de "
                        "notre nouvelle maison et de notre nouveau jardin, prises dimanche dernier au lac avec le vieil "
                        "appareil.\n\nVotre messagerie gratuite : créez votre adresse e-mail gratuite.",
     "Notre nouvelle collection de printemps est arrivée : les photos de nos nouvelles chaises de jardin, de nos "
     "nouvelles tables et des parasols, prises dimanche dernier au lac par notre photographe, et notre équipe en est fière."),
    # a reviewer's hedged verdict and a promise denied, against a promise made
    ("en", (GUARANTEED,), "Try stealing this notebook and the card screams at you. It's motion detection on a PC card, "
                          "and it's virtually foolproof.",
     "Our foolproof method doubles your sales."),
    ("en", (GUARANTEED,), "There is no magic formula for growing a community: it takes time and listening.",
     "Our magic formula grows your community overnight."),
    ("fr", (GUARANTEED,), "Il n'y a pas de recette miracle pour fidéliser une communauté : il faut du temps et de l'écoute.",
     "Notre recette miracle fidélise votre communauté en une nuit."),
    ("fr", (GUARANTEED,), "Ce n'est pas une méthode infaillible, mais elle nous a évité bien des erreurs.",
     "Notre méthode infaillible double vos ventes."),
    # a newsletter that names what it brings, against an ask to subscribe to one's own channel
    ("en", (PLUG,), "Subscribe to our newsletter for recipes and seasonal news.",
     "Subscribe to my channel for daily videos!"),
    ("en", (VALUE_FIRST,), "Subscribe to our newsletter for recipes and seasonal news.", "Subscribe to our newsletter now!"),
    ("fr", (VALUE_FIRST,), "Abonnez-vous à notre newsletter pour recevoir nos recettes et les nouvelles de saison.",
     "Abonnez-vous à notre newsletter !"),
    ("fr", (PLUG,), "Abonnez-vous à notre newsletter pour recevoir nos recettes et les nouvelles de saison.",
     "Abonnez-vous à ma chaîne pour des vidéos chaque jour !"),
    # a sponsor's game to watch, against a chance to buy
    ("en", HARD_SELL, "Our company is proud to be a major sponsor of the bowl! Don't miss your chance to witness college "
                      "football history at the stadium on December 27.",
     "Don't miss your chance to grab 50% off today only!"),
    # a stream announced to fans, against a stream that sells
    ("en", HARD_SELL, "I will be joined by @sam and @alex at 5pm ET, going live to show you how to build your own bot. "
                      "DO NOT MISS THIS, we've been cooking something special for you this weekend, notifs on",
     "Going live at 8 with @shopname: 50% off everything, only 20 left in stock, order now!"),
    ("en", HARD_SELL, "Going live on Twitch at 5 with @sam to build a bot from scratch, don't miss out, notifs on",
     "Going live at 5 with @sam: the bot kit is 30% off for 48 hours only, don't miss out!"),
    ("fr", HARD_SELL, "Je serai en live sur Twitch à 17 h avec @anna et @tom pour vous montrer comment coder votre bot. "
                      "NE RATEZ PAS ÇA, on vous prépare un truc spécial ce week-end !",
     "Je lance un live à 20 h avec @boutique : -50 % sur tout, plus que 20 pièces, commandez maintenant !"),
    # a digest's link to the rest of an item, against a click to claim a prize
    ("en", HARD_SELL, "In this issue: five new utilities and a backgammon game. Click here to read more.",
     "Click here to claim your free iPhone now!"),
    ("fr", HARD_SELL, "Dans ce numéro : cinq nouveaux utilitaires et un jeu. Cliquez ici pour lire la suite.",
     "Cliquez ici pour réclamer votre iPhone gratuit maintenant !"),
    # a customer's anger at a platform, against the money-making pitch it names
    ("en", HARD_SELL, "they kept my xrp and the support agent says nothing can be done. you are a bunch of crooks!!!! "
                      "beware, people lose their hard earned money to these platforms!",
     "Earn money online with crypto!!!! Make $500 a day, dm me now!"),
    ("fr", HARD_SELL, "ils ont bloqué mes bitcoins et mon argent, le support ne fait rien. bande d'escrocs !!!! ils "
                      "promettent de gagner de l'argent facilement, ne déposez rien sur ce site !",
     "Gagnez de l'argent en ligne avec la crypto !!!! 500 € par jour, écrivez-moi en mp maintenant !"),
    # a customer says a service does not answer, against a post that shuts its own replies
    ("en", (CLOSED,), "They froze my coins and there is still no reply from support after a week.",
     "Comments are closed, do not reply."),
    ("fr", (CLOSED,), "Ils ont bloqué mes bitcoins et le support ne répond pas depuis une semaine.",
     "Commentaires fermés, ne répondez pas."),
    # a reply that tells where one bought one's own, against the same host sold
    ("en", HARD_SELL, "Re: Free web hosting? Getting your own domain needn't be expensive and looks more professional. "
                      "I registered mine through http://www.easyspace.example/ - about a pound a week for registration "
                      "and hosting. It's a valuable service.",
     "Free web hosting! Get your own domain now at http://www.easyspace.example/ - only a pound a week!"),
    ("fr", HARD_SELL, "Re : hébergement gratuit ? Prendre son propre domaine ne coûte pas cher et fait plus sérieux. "
                      "J'ai pris le mien chez http://www.hebergeur.example/ - environ un euro par semaine. C'est un "
                      "service qui vaut le coup.",
     "Hébergement gratuit ! Commandez votre domaine maintenant sur http://www.hebergeur.example/ - pas cher, "
     "seulement 1 € par semaine, offre limitée !"),
    # a sports headline's team that claims a win, against a prize to claim
    ("en", HARD_SELL, "Sports headlines: the A's used Tejada's dramatics to claim an 18th straight win today; Bears "
                      "triumph in Quebec. To unsubscribe, use the link below.",
     "Claim your prize today: you are our 18th winner! To unsubscribe, use the link below."),
    ("fr", HARD_SELL, "Sport : Lyon décroche le titre aujourd'hui après une 18e victoire consécutive. Pour vous "
                      "désabonner, utilisez le lien ci-dessous.",
     "Réclamez votre gain aujourd'hui : vous êtes notre 18e gagnant ! Pour vous désabonner, utilisez le lien "
     "ci-dessous."),
    # a multiplier said of work, against one said of a coin
    ("en", HARD_SELL, "Honestly @cursor_ai gave me 100x productivity this week, wild times for devs",
     "This gem will 100x, get in now @moonshot_calls"),
    ("fr", HARD_SELL, "L'IA m'a rendu 100x plus productif cette semaine, merci @cursor_ai",
     "Cette pépite va faire 100x, achetez maintenant @moonshot_calls"),
    # a trader's price formula, against a claim about customers
    ("en", (FIGURE,), "Please add May to the existing deal at the current price, 90 % of the index, for a volume of "
                      "155 mmbtu/d.",
     "Our offer: 90% of customers double their sales with our course."),
    ("fr", (FIGURE,), "Notre offre pour mai : 90 % des volumes au prix spot, 10 % au prix fixe, pour 155 MWh par jour.",
     "Notre offre : 90 % des clients doublent leurs ventes avec notre formation."),
    # a market's words in an analyst's note, against places left at a price
    ("en", HARD_SELL, "As anticipated, the regulator enacted price controls yesterday. Controls only affect spot market "
                      "trading, about 20% of the total; much risk is already in stocks.",
     "Only 3 spots left at this price, book now!"),
    # what a service costs, from the buyer's side, against the same charge pushed
    ("en", HARD_SELL, "Re: voice applications, how does an ordinary developer build one?\n\nLook at my friend's company. "
                      "Unless you are going to build a platform that runs VoiceXML and supports IMAP and the rest, the "
                      "easiest way is to lean on a hosted service. You can start building on it for free and you will pay "
                      "$0.10 per minute for the pleasure of testing it. http://www.example.com\n\nIf you have a big "
                      "budget to throw at the problem, the big vendors will happily sell you a box, but for a weekend "
                      "project the hosted route is the one I would take, and the docs are decent.",
     "Call now for free! Only $0.10 per minute: http://www.example.com"),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "loud"), PAIRS,
                         ids=[f"{lang}-{i}" for i, (lang, _, _, _) in enumerate(PAIRS)])
def test_ordinary_text_is_quiet_and_the_same_kind_still_fires(lang: str, rules: tuple[str, ...], ordinary: str,
                                                               loud: str) -> None:
    quiet(ordinary, lang, rules)
    fires(loud, lang, rules)
