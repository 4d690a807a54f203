"""Precision, session 38 (prec56, issue 11): tips and suggestions on notices, personal news and news, read by kind.

Each case is a pair: the ordinary draft is quiet on the rules named, its twin still draws them. Every ordinary draft of
PAIRS drew the rule named on the start code (main bf88c76e); none is a line of a development set:
- a notice in a notice's own shape (@public-notice): a sender's label ("Message from the box office:", « Message de la
  billetterie : »), a formal opener (« Nous vous informons que … »), a form due by a date, a deadline told with its penalty (« En cas de retard,
  une majoration … »), a service running slower ("reduced staff", « effectif réduit »), a public service's collection days,
  a product recalled by its maker, new contact details, a general meeting called, a price rise with its cause, a strike called, a school's weekly letter; an hours notice opened by its label ("Holiday opening hours:", @hours-notice);
- personal news: a new job told to friends ("My first day at the new job done! Our team is so friendly", @life-news), a new
  puppy (« Notre nouveau chiot »), one's own course finished (« J'ai terminé ma formation », @own-studies), a fan's lament
  ("Our team lost again … at this rate", @personal); a firm's statement accepting a ruling (@public-notice);
- a firm's own customer count in a press release (« avec 1,4 million de clients »), a fan's "your channel deserves way more followers",
  a crime ring's goods « à prix cassés » in a headline, a policy told with the warning before it applies, a sign-up's closing
  date told with its late route.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

ASK = "conversation.ask-a-question"
READER = "relevance.talk-to-the-reader"
SHARE = "give-first.share-knowledge"
TIPS = (ASK, READER, SHARE)

BRANCH_EN = ("Our branch at 3 Bridge Street has a new look! Accounts, cards and savings all in one place, the nearest parking is "
             "on Market Square, and our team there can help with everything the old branch did and more.")
BRANCH_FR = ("Notre agence du 3 rue du Pont fait peau neuve ! Comptes, cartes et épargne au même endroit, le parking le plus "
             "proche est place du Marché, et notre équipe y assure tout ce que faisait l'ancienne agence et plus encore.")
RANGE_EN = ("Our team is working flat out this summer on our new range of garden furniture: six new pieces, all in oak from our "
            "own workshop, and our shop will show them first at the county fair in September.")
RANGE_FR = ("Notre équipe travaille tout l'été sur notre nouvelle gamme de mobilier de jardin : six nouvelles pièces, toutes en "
            "chêne de notre atelier, et notre boutique les présentera d'abord à la foire de septembre.")

# (language, rules the ordinary draft must not draw, ordinary draft, rules its twin must draw, twin)
PAIRS = [
    ("en", TIPS, "Message from the box office: Friday's show is sold out and tickets resold above face value will be refused at "
     "the door. Returns go back on sale on our website only.", ASK, BRANCH_EN),
    ("fr", TIPS, "Message de la billetterie : le spectacle de vendredi est complet et les billets revendus au-dessus du prix "
     "seront refusés à l'entrée. Les retours sont remis en vente sur notre site uniquement.", READER, BRANCH_FR),
    ("fr", TIPS, "Le formulaire d'exonération de taxe est à renvoyer avant le 31 mars. En cas de retard, une majoration de 10 % "
     "s'applique, même si rien n'a changé. Notre équipe vous aide à le remplir le jeudi après-midi à la maison de quartier.",
     ASK, BRANCH_FR),
    ("fr", TIPS, "Nous vous informons que notre agence du 3 rue du Pont fermera le 28 juin. Les comptes et les cartes ne changent "
     "pas, l'agence la plus proche est place du Marché, et notre équipe y assure tout ce que faisait l'ancienne agence.",
     ASK, BRANCH_FR),
    ("en", TIPS, "Holiday opening hours: closed on the 25th and 26th, open 10-4 on the 27th, back to normal from the 28th. Happy "
     "holidays to all our customers and thanks for a lovely year.", ASK, BRANCH_EN),
    ("en", TIPS, "Our team will be working with reduced staff over the summer, so replies to emails may take up to three working "
     "days. Our emergency line stays open for urgent repairs, and our office reopens fully on 1 September.", ASK, RANGE_EN),
    ("fr", TIPS, "Notre équipe fonctionnera en effectif réduit cet été, les réponses aux mails pourront prendre trois jours "
     "ouvrés. Notre ligne d'astreinte reste ouverte pour les réparations urgentes et notre bureau rouvre complètement le "
     "1er septembre.", ASK, RANGE_FR),
    ("en", TIPS, "Our new bin collection days start on 2 May: general waste every other Wednesday, recycling on the alternate "
     "weeks and garden waste on Mondays from March to November. Our calendars are being posted to every home this month.",
     READER, RANGE_EN),
    ("en", TIPS, "We are recalling our 500g hazelnut muesli, best before dates May to August, because it may contain traces of "
     "sesame that are not on the label. Our other products are not affected and the shop will refund any bag returned.",
     READER, RANGE_EN),
    ("en", TIPS, "Our new phone number from 1 June is 01632 960 412. The old number will forward calls for three months, and "
     "our email address and opening times stay the same.", READER, BRANCH_EN),
    ("fr", TIPS, "Notre nouveau numéro de téléphone à partir du 1er juin est le 01 63 29 60 41. L'ancien numéro renverra les "
     "appels pendant trois mois, notre adresse mail et nos horaires ne changent pas.", READER, BRANCH_FR),
    ("en", TIPS, "Our annual general meeting will be held on Thursday 20 June at 7pm in the village hall. The agenda, last year's "
     "minutes and our accounts are on the noticeboard and on our website.", READER, BRANCH_EN),
    ("fr", TIPS, "Nos prix augmentent de 3 % au 1er avril à cause de la hausse de l'énergie et de la farine. La baguette reste à "
     "1,20 €, et notre carte de fidélité fonctionne exactement comme avant pour tous ceux qui en ont une.", ASK, BRANCH_FR),
    ("fr", TIPS, "J'ai terminé ma formation au CNAM aujourd'hui après deux ans de cours du soir. Tout validé, même le module de "
     "stats que je redoutais. On fête ça avec un resto et au lit tôt, je suis épuisée.", READER, RANGE_FR),
    ("fr", TIPS, "Notre nouveau chiot Juno est arrivé aujourd'hui ! Elle a déjà mâchouillé une chaussure et s'est endormie dans "
     "le panier à linge. Notre chat n'est pas du tout impressionné et boude sur le frigo.", READER, RANGE_FR),
    ("en", TIPS, "Our team lost again on Saturday, 0-2 at home, and the manager still played the same back four. Our season is "
     "basically over by November at this rate. At least the pies were hot.", READER, RANGE_EN),
    ("fr", TIPS, "Notre équipe a encore perdu samedi, 0-2 à domicile, et le coach a aligné la même défense. Notre saison est "
     "quasiment finie en novembre à ce rythme. Au moins les frites étaient chaudes.", READER, RANGE_FR),
    ("en", (*TIPS, "relevance.reader-focus"), "Our company has been fined £120,000 after a worker was injured at our Leeds depot "
     "in 2023. We accept the ruling, we have changed how forklifts are used on site, and our thoughts remain with our colleague "
     "and his family.", "relevance.reader-focus", RANGE_EN),
    ("en", TIPS, "Our members at the hospital will be on strike on 3 and 4 October after the trust refused to reopen talks on "
     "staffing. Emergency care will be covered throughout, and our stewards will be at the main entrance from 7am.",
     READER, RANGE_EN),
    ("fr", TIPS, "Dans notre lettre de la semaine : la sortie des CM2 au musée des sciences s'est très bien passée, nos nouveaux "
     "livres de bibliothèque sont arrivés et le photographe passe jeudi pour les photos de classe. Les formulaires de "
     "vaccination sont à rendre vendredi.", READER, RANGE_FR),
    ("en", TIPS, "Council tax discount forms are due back by 31 March. Our advice team can help you fill yours in on Thursday "
     "afternoons at the community centre, and our new guide explains every step of it in plain words.", ASK,
     "Our pre-order window for the new cookbook closes on 31 March. Our team has spent two years on it, and our launch party at "
     "the shop will have tastings from every chapter and signed copies for everyone."),
    ("fr", TIPS, "Les formulaires d'exonération sont à renvoyer avant le 31 mars. Notre équipe vous aide à les remplir le jeudi "
     "après-midi à la maison de quartier, et notre nouveau guide explique chaque étape simplement.", ASK, BRANCH_FR),
    ("en", TIPS, "My first day at the new job done! Our team is so friendly, the canteen is decent, and I only got lost twice. "
     "Thanks for all the good luck texts this morning everyone.", ASK, RANGE_EN),
    ("fr", (*TIPS, "relevance.reader-focus"), "Mon premier jour dans mon nouveau boulot est fait ! Notre équipe est trop sympa, "
     "la cantine est correcte et je me suis perdue que deux fois. Merci pour tous vos messages ce matin.",
     "relevance.reader-focus", RANGE_FR),
    ("fr", "credit-sources.unsourced-figure", "Communiqué de presse : la Banque du Littoral et la Caisse des Vallées annoncent "
     "leur rapprochement, qui crée la deuxième banque de la région avec 1,4 million de clients. L'opération sera bouclée en "
     "juin, sous réserve de l'accord des autorités.", "credit-sources.unsourced-figure",
     "Notre nouvelle appli est là : 2 millions de clients ont changé de banque l'an dernier, alors passez chez nous dès "
     "aujourd'hui."),
    ("en", "vanity-metrics.buzz-as-goal", "your channel deserves way more followers honestly, so underrated",
     "vanity-metrics.buzz-as-goal", "we need more followers before the launch, share our page with everyone!"),
    ("fr", "vanity-metrics.buzz-as-goal", "ta chaîne mérite tellement plus d'abonnés franchement, sous-cotée",
     "vanity-metrics.buzz-as-goal", "on veut gagner des abonnés avant le lancement, partagez notre page !"),
    ("fr", "hard-sell.price-tag", "Un réseau écoulait des parfums contrefaits « à prix cassés » sur les marchés de la côte",
     "hard-sell.price-tag", "Parfums de marque à prix cassés ce week-end sur notre stand du marché."),
    ("fr", "reputation.defensive", "Les manteaux oubliés au pressing plus d'un an partent au Secours populaire, comme indiqué dans "
     "nos conditions. On envoie un SMS à chaque client un mois avant.", "reputation.defensive",
     "Comme indiqué dans nos conditions, aucun remboursement après 14 jours. Pas notre faute si vous n'avez pas lu."),
    ("en", "self-promotion.announcement", "Enrolment for our evening course closes on 30 June; late applications go through the "
     "admissions office.", "self-promotion.announcement",
     "Enrolment for my coaching course closes Friday! Late applications pay double, so enrol now at the link in my bio"),
]


@pytest.mark.parametrize(("lang", "quiet_on", "ordinary", "fires_on", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, quiet_on: Rules, ordinary: str, fires_on: Rules,
                                                    twin: str) -> None:
    quiet(ordinary, lang, quiet_on)
    fires(twin, lang, fires_on)


# The pushy twins of breadth56's notices keep their hard-sell finding with the new gates in place
PUSHY_TWINS = [
    ("en", "Product recall: your baby monitor is affected. Claim your £150 compensation now at brightway-refunds.example before "
     "the claim window closes in 24 hours!"),
    ("fr", "Rappel de produit : votre babyphone est concerné. Réclamez vos 150 € d'indemnisation maintenant sur "
     "brightway-rembourse.example avant la fermeture des demandes dans 24 heures !"),
    ("en", "Bank holiday hours: Saturday 9-5, Sunday 10-4. EVERYTHING 50% OFF this weekend only, come in before it's all gone, "
     "shop now!"),
    ("fr", "Nous vous informons que votre compte va être bloqué. Vérifiez vos informations maintenant sur "
     "banque-maj.example sous 24 heures pour garder l'accès !"),
]


@pytest.mark.parametrize(("lang", "twin"), PUSHY_TWINS, ids=numbered(PUSHY_TWINS))
def test_a_notice_shape_does_not_hide_a_push(lang: str, twin: str) -> None:
    fires(twin, lang, "hard-sell.")
