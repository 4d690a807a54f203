"""Precision on ordinary posts, round 32 (issue 11): a hand reading of every rule's findings on ordinary text.

A random sample of 100 findings on the `ok` rows of the shared corpora and of our non-blind dev sets was judged as a
community manager would; each wrong finding's KIND is mended here, in English and French:
- conversation.ask-a-question on a job advert (@pushy-job-ad, "apply by", "send your CV", « envoyez votre CV »): the
  reader answers by applying; and on a call to give to a drive (@giving-call: "give what you can", « dons au
  secrétariat »): the reader answers by giving. give-first.share-knowledge reads @giving-call too.
- give-first.promote-the-gift on a members' or an early registrant's standing rate ("the members' discount stays at
  10%", « la réduction adhérents »): the price list, like a student discount.
- self-promotion.plug and give-first.value-before-ask on a mock plug (@joke-subscribe: "Subscribe to my newsletter: how
  many socks the dryer ate lol", « Abonnez-vous à ma newsletter : … mdr »).
- hard-sell.urgency and hard-sell.pushy on a plural noun or a third person plural before "now" ("3 in 5 small shops
  now take card only", « les fromagers commandent maintenant en ligne »): @noun-call, a statement, no imperative.
- hard-sell.pushy on a sky event and its hour ("Don't miss the lunar eclipse tonight … free viewing at the
  observatory", « ne manquez pas l'éclipse de lune ce soir »): @not-a-sale; hard-sell.time-pressure on a school trip's
  limited places (« places limitées pour la classe verte des CM2 »): @pushy-community.
- relevance.self-congratulation on pride in the people shown (« Fière de cette équipe », "Proud of this crew"): the
  exceptions, as for "proud of every volunteer".
- self-promotion.too-many-links on a meeting's papers, each linked ("agenda https://…, minutes https://…", « ordre du
  jour https://…, compte rendu https://… »): the gate `unless`.
- relevance.talk-to-the-reader on a new colleague welcomed ("We're excited to welcome Priya to the team as our new head
  gardener", « ravis d'accueillir Priya dans l'équipe comme cheffe jardinière »): @tribute, a greeting to a person.
- relevance.empty-teaser on a watch party ("new episode tonight!! who's watching live, voice channel at 9", « qui
  regarde en direct, j'ouvre le vocal »): it says who joins and where.

Each case is a pair: the ordinary text is quiet on the rule, and its twin (the same subject as the rule means it)
still draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

ASK = "conversation.ask-a-question"
GIFT = "give-first.promote-the-gift"
VBA = "give-first.value-before-ask"
PLUG = "self-promotion.plug"
KNOW = "give-first.share-knowledge"
TEASER = "relevance.empty-teaser"
URGENCY = "hard-sell.urgency"
READER = "relevance.talk-to-the-reader"
PUSHY = "hard-sell.pushy"
PRIDE = "relevance.self-congratulation"
LINKS = "self-promotion.too-many-links"
HARD_SELL = "hard-sell."  # any hard-sell rule: on a seller's twin, urgency or pushy speaks where time-pressure stays quiet
PAIRS = [
    # a job advert answers by an application; the same brand's news, long and with no question, still draws the tip
    (ASK, "en", "Our bakery is hiring a weekend shop assistant: 16 hours a week, £12.10 an hour, training given by our team. Closing date 30 June, send your CV to the manager or drop it at the counter. No agencies please.",
     "Our bakery has a new weekend menu: sourdough loaves, cinnamon buns and a vegan brownie, baked by our team every Saturday morning from six. Our new café corner opens on 30 June with four tables and a window seat."),
    (ASK, "fr", "Notre boulangerie recrute un vendeur pour les week-ends : 16 heures par semaine, 11,90 € brut de l'heure, formation assurée par notre équipe. Candidatures avant le 30 juin, CV et lettre de motivation à déposer au magasin.",
     "Notre boulangerie lance sa nouvelle carte du week-end : pains au levain, brioches à la cannelle et un brownie vegan, cuits par notre équipe chaque samedi dès six heures. Notre nouveau coin café ouvre le 30 juin avec quatre tables."),
    # a call to give to a drive: the reader answers by giving
    (ASK, "fr", "Donnez ce que vous pouvez pour notre collecte de jouets de Noël : 10 € offrent un jeu de société à un enfant, 25 € un vélo d'occasion révisé. Dons au secrétariat de l'école ou en ligne sur la page de l'association. Merci !",
     "Notre association organise son marché de Noël : 30 exposants, des jeux de société, des vélos d'occasion révisés et un stand de crêpes tenu par notre équipe de bénévoles. Rendez-vous le 14 décembre dans la cour de l'école."),
    (ASK, "en", "Please give what you can to our winter coat drive, run by our parents' team for the families of the school: £10 buys a hat and gloves for a child, £40 a warm coat. Donations at the school office or online through the parents' association page. Thank you!",
     "Our association is holding its winter market: thirty stalls, board games, second-hand bikes serviced by our volunteers and a pancake stand run by our team. Join us on 14 December in the school yard for a great afternoon."),
    # a standing rate for members or early registrants is the price list
    (GIFT, "en", "Club shop prices from 1 April: compost £4.80 a bag, seed potatoes £3 a kilo. The members' discount stays at 10%, and we're open Sunday mornings.",
     "Club shop prices from 1 April: compost £4.80 a bag. Use our discount code SPRING10 this weekend, and we're open Sunday mornings."),
    (GIFT, "fr", "Tarifs de la boutique du jardin partagé au 1er avril : terreau 4,80 € le sac, plants 3 € la barquette. La réduction adhérents de notre boutique reste à 10 %, ouverture le dimanche matin.",
     "Tarifs de notre boutique au 1er avril : terreau 4,80 € le sac. Profitez de notre promo de printemps avec le code PRINTEMPS10, ouverture le dimanche matin."),
    # a mock plug, laughed off
    (PLUG, "en", "Subscribe to my newsletter: daily updates on how many socks the dryer ate this week lol",
     "Subscribe to my newsletter for my daily trading signals and best setups, link in bio"),
    (PLUG, "fr", "Abonnez-vous à ma newsletter : le nombre de chaussettes perdues par le sèche-linge cette semaine mdr",
     "Abonnez-vous à ma newsletter pour mes signaux de trading quotidiens, lien en bio"),
    (VBA, "fr", "Abonnez-vous à ma newsletter : combien de fois le chat a miaulé devant le frigo aujourd'hui ptdr",
     "Abonnez-vous à ma newsletter : le marché crypto du jour, rejoignez les 100 premiers"),
    # a watch party tells who joins and where
    (TEASER, "en", "new episode of the quiz show tonight!! who's watching live? voice channel opens at 9",
     "New episode is out now! Link in bio."),
    (TEASER, "fr", "nouvel épisode du jeu ce soir !! qui regarde en direct ? j'ouvre le vocal à 21h",
     "Nouvel épisode disponible ! Lien en bio."),
    # a new colleague welcomed greets a person, as wishes do; the brand's own range still owes the reader a word
    (READER, "en", "We're so pleased to welcome Amira to the team as our new pastry chef! She joins us from a patisserie in Bath and her first bakes come out on Friday.",
     "We're so pleased to announce our new pastry range! Our tarts and eclairs come from our kitchen in Bath, baked by our team with butter from a farm nearby, from Friday."),
    (READER, "fr", "Nous sommes très heureux d'accueillir Amira dans l'équipe comme nouvelle cheffe pâtissière ! Elle arrive d'une pâtisserie de Nantes et ses premières fournées sortent vendredi.",
     "Nous sommes très heureux de présenter notre nouvelle gamme de pâtisseries ! Nos tartes et nos éclairs sortent de notre cuisine nantaise, préparés par notre équipe avec le beurre d'une ferme voisine."),
    # pride in the people shown is thanks; the company's own award and growth still praise itself
    (PRIDE, "fr", "Notre équipe de bénévoles a fini troisième du relais solidaire ! 10 km, 6 coureurs et beaucoup de bonne humeur. Fiers de ces bénévoles.",
     "Notre entreprise a remporté le trophée de l'innovation ! Nous sommes fiers de notre croissance et de nos nouveaux locaux."),
    (PRIDE, "en", "Our company relay team came third in the charity run! 10 km, 6 runners and a lot of cheering. Proud of this team.",
     "Our company won the innovation trophy this year! We are proud of our growth and our new offices."),
    # a meeting's papers, each linked, are documents for the members; one's own pages lined up still signpost
    (LINKS, "en", "For Monday's committee meeting: agenda https://example.org/a, minutes https://example.org/m, accounts https://example.org/acc.",
     "Find us everywhere: our shop https://example.org/shop, our blog https://example.org/blog, our new range https://example.org/range."),
    (LINKS, "fr", "Pour le bureau de lundi : ordre du jour https://exemple.org/o, compte rendu https://exemple.org/c, comptes https://exemple.org/acc.",
     "Retrouvez-nous partout : notre boutique https://exemple.org/b, notre blog https://exemple.org/blog, notre gamme https://exemple.org/g."),
    # a sky event and its hour: nobody sells it; a sale named after one still pushes
    (PUSHY, "en", "Don't miss the supermoon tonight! It rises over the hills at 7:50pm. Free viewing with the astronomy society at the car park.",
     "Don't miss our supermoon sale tonight! 40% off every telescope, free delivery, order now before they sell out."),
    (PUSHY, "fr", "Ne manquez pas les étoiles filantes cette nuit ! Pic vers 3 h, plein nord. Observation gratuite avec le club d'astronomie au stade.",
     "Ne manquez pas nos soldes étoiles filantes ce soir ! -40 % sur tous les télescopes, livraison gratuite, commandez vite avant la rupture."),
    # a school trip's places and forms are the school's own booking
    (HARD_SELL, "fr", "Places limitées pour la sortie scolaire au musée des CE2 : rendez les autorisations avant jeudi. Participation de 8 €, l'école aide si besoin.",
     "Places limitées pour notre stage de vacances : réservez avant jeudi, il ne reste que 3 places à 8 € la séance !"),
    (HARD_SELL, "en", "Limited places on the Year 3 school trip to the museum: please return the consent forms by Thursday. It costs £8 and the office can help.",
     "Limited places on our holiday camp, 30% off until Sunday only, book now before they sell out!"),
    # a plural noun or a third person plural before "now" states what others do; the imperative still calls
    (URGENCY, "en", "We asked 150 traders at the market: 2 in 3 stalls now take cards, and 4 in 5 small shops now close on Mondays.",
     "We asked 150 traders what sells: card readers at 30% off this week, shop now before they're gone!"),
    (URGENCY, "fr", "Sur le marché, nous avons interrogé 150 commerçants : les fromagers commandent maintenant leurs stocks en ligne chaque lundi.",
     "Fromages affinés à -30 % cette semaine : commandez maintenant avant la rupture !"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_draws_the_rule(rule: str, lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


def test_a_real_plug_with_a_laugh_but_no_colon_subject_still_plugs() -> None:
    """The mock plug needs its trivial subject after a colon: "please subscribe to my channel lol" still asks."""
    fires("please subscribe to my channel lol, link in bio, i upload every day", "en", PLUG)
