"""Precision on ordinary text, round 12 (issue 11, point 4).

Kinds of text a community manager would not call wrong, read by hand on the ok rows of the
corpora: a name written with its own exclamation mark ("Yahoo!"), a memo welcoming new staff, a
greeting to a group named by what its members do, a contest's prize called "Live now" in quotation
marks, a critique of someone else's business "giving away" a service, a loyalty scheme's rewards, a
subscriber's account notice,
a book that "goes on sale" (is released), a discount one gets at work, a headline in which shop
owners speak of discounts, an organiser's reminder to a few speakers, a progress report on an
operation under way ("a decision will not be made until the checks are complete"), urgency words
in a friend's chat, a staff memo, a civic deadline, a tip to watch an episode or a headline that tells
of them; and, for the hard sell (the shared list @not-a-sale, a
negative signal), people discussing or reporting on spam and scams or warning of an impersonator, news of a drug, a
headline whose source speaks, a plea of
someone in hardship, a trader's deal told to a counterparty, an internal workflow's notice, a neighbour's
notice (free boxes to collect, a lost cat), a developer's free software shared with its code, the welcome sent on signing up, an
organiser's note to the speakers, a letter of recommendation asked for. Each case is written as a pair: the ordinary text stays quiet,
and the same kind of text turned into the fault still fires, so the quiet comes from the kind of
text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

EXCLAMATIONS = "hard-sell.exclamations"
GREETING = "originality.generic-greeting"
ANNOUNCEMENT = "self-promotion.announcement"
GIFT = "give-first.promote-the-gift"
KNOWLEDGE = "give-first.share-knowledge"
READER = "relevance.talk-to-the-reader"
QUESTION = "conversation.ask-a-question"
URGENCY = "hard-sell.urgency"
SPACES = "self-promotion.our-spaces"
PLUG = "self-promotion.plug"
LINKS = "self-promotion.too-many-links"
ASK_FIRST = "give-first.value-before-ask"
PRIDE = "relevance.self-congratulation"
TEASER = "relevance.empty-teaser"
PUSHY = "hard-sell.pushy"

MISSION_EN = ("While launch windows for our lunar mission open on 6 February, a decision will not be made until "
              "system checks are complete. As our teams evaluate the rocket, the spacecraft and the ground systems, "
              "we will publish the full mission calendar on Friday.")
LAUNCH_EN = ("Our team has worked for a year on our new lunar lamp, and our shop opens its doors on 6 February. "
             "Our founders will present the lamp, the new colours and the whole range of our products at our "
             "stand in Paris on Friday, with our full collection.")
MISSION_FR = ("Les créneaux de lancement de notre mission lunaire ouvrent le 6 février, mais une décision sera prise "
              "une fois les vérifications terminées : nos équipes évaluent la fusée, le vaisseau et les systèmes au "
              "sol, et notre équipe publiera le calendrier complet de la mission vendredi.")
LAUNCH_FR = ("Notre équipe a travaillé un an sur notre nouvelle lampe lunaire, et notre boutique ouvre ses portes le "
             "6 février. Nos fondateurs présenteront la lampe, les nouvelles couleurs et toute notre gamme de "
             "produits sur notre stand à Paris vendredi, avec notre collection complète.")

# (rule, language, the ordinary text, the same kind of text that still fires)
PAIRS = [
    # a brand written with its own mark against the marks of a sale
    (EXCLAMATIONS, "en",
     "Welcome to Yahoo! Your Yahoo! ID is ready! Yahoo! Mail and Yahoo! Photos are free, click here.",
     "Welcome to our shop! Your basket is ready! Big sale! Everything is 50% off, click here!"),
    (EXCLAMATIONS, "fr",
     "Bienvenue sur Yahoo! Votre compte Yahoo! est prêt ! Yahoo! Mail et Yahoo! Photos sont gratuits, cliquez ici.",
     "Bienvenue dans notre boutique ! Votre panier est prêt ! Soldes ! Tout est à -50 %, cliquez ici !"),
    # a memo welcoming new staff against a shop welcoming new customers
    (EXCLAMATIONS, "en",
     "Welcome new employees!!! Serena joins the accounts team on Monday at our new Portland office, say hello!",
     "Welcome new customers!!! Our shop opens on Monday at our Portland store, 20% off everything!"),
    (EXCLAMATIONS, "fr",
     "Bienvenue aux nouveaux salariés !!! Serena rejoint le service comptable lundi sur notre site de Lyon !",
     "Bienvenue aux nouveaux clients !!! Notre boutique ouvre lundi à Lyon, -20 % sur tout !"),
    # a greeting to a community named by what its members do against one to anyone
    (GREETING, "fr", "Bonne rentrée à tous les élèves et aux profs 🎒", "Bonne rentrée à tous nos abonnés 🎒"),
    (GREETING, "en", "Happy Monday to all the nurses on the night shift 💙", "Happy Monday to all my followers 💙"),
    # a prize called "Live now" in quotation marks against a stream going live
    (ANNOUNCEMENT, "en",
     "New Scientist's scavenger hunt has two prizes, \"Live forever\" and \"Live now\": https://example.org/hunt",
     "Our new show is live now with prizes to win: https://example.org/show"),
    (ANNOUNCEMENT, "fr",
     "Le concours a deux prix, « Vivre toujours » et « Live now » : https://exemple.org/chasse",
     "Notre émission, live now, avec un concours : https://exemple.org/chasse"),
    # a critique of someone else's business against the author's own giveaway
    (ANNOUNCEMENT, "en",
     "You still use that host? Yet another platform giving away a free service until it sells your data, "
     "see https://example.org/post",
     "We are giving away a free month of our hosting platform, see https://example.org/post"),
    # a loyalty scheme against a contest's prizes
    (ANNOUNCEMENT, "en",
     "Join our rewards programme and earn points on every purchase.",
     "Join our contest and win rewards every week."),
    # a subscriber's account notice against a launch pointing to one's services
    (ANNOUNCEMENT, "en",
     "Your free access to the full archive is ready, dear subscriber. Here is your username and password "
     "for our site; any problem, contact us: https://example.org/login",
     "Big news: our new archive app gives free access to every issue; any question, contact us: "
     "https://example.org/login"),
    (ANNOUNCEMENT, "fr",
     "Votre accès gratuit à toutes les archives est prêt, cher abonné. Voici votre identifiant et votre mot de "
     "passe pour notre site ; un souci, contactez-nous : https://exemple.org/connexion",
     "Grande nouvelle : notre nouvelle appli d'archives donne accès à tous les numéros ; une question, "
     "contactez-nous : https://exemple.org/connexion"),
    # a book released ("goes on sale") against a range discounted ("on sale")
    (GIFT, "en",
     "Her new novel goes on sale Tuesday; we will read the first chapter together at our shop.",
     "Our new range is on sale this week at our shop."),
    # a discount one gets at work against a shop's discount
    (GIFT, "en",
     "I'm thinking of buying this camera, since I get a company discount. Any experience with it?",
     "Thinking of buying this camera? Get our summer discount. Any questions, ask us!"),
    (GIFT, "fr",
     "Je vais acheter ce vélo avec ma réduction salarié, vous en pensez quoi ?",
     "Vous voulez ce vélo ? Profitez de notre réduction d'été, vous en pensez quoi ?"),
    # a discount for a donation to a charity drive against a shop's discount
    (GIFT, "en",
     "Charity lunch on Friday in the park: for any toy or canned food donation, you get a $1 discount off your lunch.",
     "Lunch on Friday at our cafe in the park: for any order of two meals, you get a $1 discount off your lunch."),
    (GIFT, "fr",
     "Repas solidaire vendredi à la salle des fêtes : pour tout don d'un jouet, vous avez 1 € de réduction sur votre repas.",
     "Repas vendredi dans notre café : pour toute commande de deux plats, vous avez 1 € de réduction sur votre repas."),
    # a headline in which others speak of discounts against a shop's own
    (GIFT, "en", "Shop owners say discounts are the only way to survive",
     "Shop our discounts, the only way to survive winter"),
    (GIFT, "fr",
     "Les commerçants disent que les remises sont leur seule chance de tenir, à en croire notre enquête sur les "
     "soldes de la boutique du centre.",
     "Profitez des soldes de notre boutique du centre, votre seule chance de tenir l'hiver."),
    # an organiser's reminder to a few people against a post that asks before it gives
    (ASK_FIRST, "en",
     "Please respond to: dear speaker, I would like to remind you that the room block at the hotel expires on "
     "Friday. Book your room at the discounted rate before then.",
     "Our conference is back this spring. Book your room at the discounted rate before Friday."),
    (ASK_FIRST, "fr",
     "Merci de me faire savoir si vous venez : le tarif de groupe à l'hôtel expire vendredi. Réservez votre "
     "chambre avant cette date, cordialement.",
     "Notre conférence revient ce printemps. Réservez votre chambre au tarif de groupe avant vendredi."),
    # a progress report on a mission against a brand talking about itself
    (KNOWLEDGE, "en", MISSION_EN, LAUNCH_EN),
    (KNOWLEDGE, "fr", MISSION_FR, LAUNCH_FR),
    (READER, "en", MISSION_EN, LAUNCH_EN),
    (READER, "fr", MISSION_FR, LAUNCH_FR),
    (QUESTION, "en", MISSION_EN, LAUNCH_EN),
    (QUESTION, "fr", MISSION_FR, LAUNCH_FR),
    # urgency words in a friend's chat or a staff memo against the same words selling
    (URGENCY, "en", "Last chance to tell me what u want for ur birthday lol",
     "Last chance to order ur birthday cake, 20% off at our bakery"),
    (URGENCY, "fr", "Dernière chance pour me dire ce que tu veux pour ton anniversaire mdr",
     "Dernière chance pour commander ton gâteau d'anniversaire, -20 % à la boulangerie"),
    # a headline telling of urgency (its source speaks, a council's offer, the news's scene) against a
    # shop pressing it
    (URGENCY, "en", "Last chance to save the peace talks, envoy warns as talks resume",
     "Last chance to save on our sofas, sale ends soon"),
    (URGENCY, "en", "Council offers free parking in the town centre this weekend only",
     "Our cafe offers free parking in the town centre this weekend only"),
    (URGENCY, "en", "Limited seats left on flights home as air traffic strike looms",
     "Limited seats left on our flights home this summer, book today"),
    (URGENCY, "fr", "Dernière chance pour un accord de paix, prévient l'émissaire de l'ONU",
     "Dernière chance pour profiter de nos canapés, les soldes se terminent"),
    (URGENCY, "fr", "La mairie offre le stationnement gratuit ce week-end seulement",
     "Notre café offre le stationnement gratuit ce week-end seulement"),
    # a tip to watch an episode against a sale's last call
    (URGENCY, "en", "Don't miss out on the final episode tonight, it's so good",
     "Don't miss out on the final sale tonight, it's so good"),
    (URGENCY, "fr", "Ne ratez pas le dernier épisode ce soir, il est génial",
     "Ne ratez pas la dernière vente ce soir, elle est géniale"),
    # a civic deadline against a sale's deadline
    (URGENCY, "en", "Only 3 days left to register to vote: the town hall is open until 6 pm.",
     "Only 3 days left to order: our shop is open until 6 pm."),
    (URGENCY, "fr", "Plus que 3 jours pour s'inscrire sur les listes électorales, rendez-vous en mairie.",
     "Plus que 3 jours pour commander, rendez-vous en boutique."),
    (URGENCY, "en", "Last day to apply for the council's tree-planting grant, don't miss out",
     "Last day to apply for our tree-planting discount, don't miss out"),
    (URGENCY, "fr", "Dernier jour pour demander la subvention de la mairie pour planter des arbres, n'oubliez pas",
     "Dernier jour pour demander la remise de la jardinerie pour planter des arbres, n'oubliez pas"),
    (URGENCY, "en",
     "Last chance to nominate the employees who made a difference this year for the chairman's award.",
     "Last chance to order the gifts that make a difference this year, before prices rise."),
    (URGENCY, "fr",
     "Dernière chance pour proposer les collaborateurs qui méritent le prix du comité de direction cette année.",
     "Dernière chance pour commander les cadeaux qui font la différence cette année, offre limitée."),
    # a fan's chat about someone else's new content against a brand's bare teaser
    (TEASER, "fr", "Nouvelle vidéo de Squeezie, il est trop fort mdr", "Nouvelle vidéo sur notre chaîne, elle est en ligne"),
    (TEASER, "en", "New episode of that baking show is out, the final was wild lol",
     "New episode of our baking show is out now on our channel"),
    # a family's pride in a child against a brand's pride in itself
    (PRIDE, "en", "We're so proud of our daughter, she got into medical school!",
     "We're so proud of our company, it got into the national top 10!"),
    (PRIDE, "fr", "Nous sommes fiers de notre fille, elle a reçu le prix de l'année en médecine !",
     "Nous sommes fiers de notre entreprise, elle a reçu le prix de l'année en médecine !"),
    # someone parting with their own used things against a giveaway that asks for follows
    (PLUG, "en", "I'm giving away my old textbooks, all free, first come first served",
     "I'm giving away my new ebook, all free, follow my page to get it"),
    (PLUG, "fr", "Je donne mes anciens manuels, tout est gratuit, écrivez-moi en mp",
     "Je donne mon nouvel ebook, tout est gratuit, écrivez-moi en mp"),
    (URGENCY, "en", "I'm giving away my old textbooks, all free, first come first served",
     "We're selling our new textbooks at half price, first come first served"),
    (URGENCY, "fr", "Je donne mes anciens manuels, tout est gratuit, premier arrivé premier servi",
     "Nous vendons nos nouveaux manuels à moitié prix, premier arrivé premier servi"),
    # a staff memo's company site against a shop's own spaces
    (SPACES, "en",
     "Last training classes of the year for employees: electricity on 9 and 10 October. To register, visit our website.",
     "Last classes of the year for our fans: electricity on 9 and 10 October. To register, visit our website."),
    (SPACES, "fr",
     "Dernières sessions de formation de l'année pour les collaborateurs : électricité les 9 et 10 octobre. "
     "Pour vous inscrire, visitez notre site.",
     "Derniers ateliers de l'année pour nos fans : électricité les 9 et 10 octobre. "
     "Pour vous inscrire, visitez notre site."),
    # a digest's item titled "Subscribe to ..." against the author's own ask
    (PLUG, "en",
     "Subscribe to The Perl Review posted by pudge on Tuesday September 17 (links): https://example.org/article",
     "Subscribe to my Perl review channel, new video on Tuesday September 17: https://example.org/article"),
    (PLUG, "fr",
     "Abonnez-vous à La Revue Perl, publié par pudge le mardi 17 septembre (liens) : https://exemple.org/article",
     "Abonnez-vous à ma chaîne sur Perl, nouvelle vidéo le mardi 17 septembre : https://exemple.org/article"),
    # someone passing on articles they read elsewhere against one's own pages lined up
    (LINKS, "en",
     "Over on Ars I saw mention of a Wired article about the update: http://a.example.com/review "
     "http://b.example.com/news http://c.example.com/forum",
     "Over on our blog we wrote about the update: http://a.example.com/review http://b.example.com/news "
     "http://c.example.com/forum"),
    (LINKS, "fr",
     "Sur Ars, j'ai vu passer un article de Wired sur la mise à jour : http://a.exemple.fr/critique "
     "http://b.exemple.fr/actu http://c.exemple.fr/forum",
     "Sur notre blog, nous avons écrit sur la mise à jour : http://a.exemple.fr/critique "
     "http://b.exemple.fr/actu http://c.exemple.fr/forum"),
    # people discussing spam against the spam itself
    (PUSHY, "en",
     "Spammers fall into two camps: the 419 spammers abroad, and the mortgage and debt consolidation crowd at home. "
     "Filter both.",
     "Debt consolidation and mortgages at the lowest rates, apply today!"),
    (PUSHY, "fr",
     "Les spammeurs se rangent en deux camps : les arnaques nigérianes, et le rachat de crédit et les prêts "
     "rapides. Filtrez les deux.",
     "Rachat de crédit et prêt rapide au meilleur taux, faites votre demande dès aujourd'hui !"),
    # a warning against an impersonator against the pitch of an account
    (PUSHY, "en",
     "PSA: my username on telegram is not @cobie, someone else has the username and keeps trying to take "
     "people's money.",
     "Message me on telegram @cobie_fx and grow your money with my signals today."),
    (PUSHY, "fr",
     "Attention : quelqu'un se fait passer pour moi sur telegram @cobie et essaie de prendre l'argent des gens.",
     "Écris-moi sur telegram @cobie_fx et fais fructifier ton argent avec mes signaux dès aujourd'hui."),
    # news of a drug against an offer of it
    (PUSHY, "en", "south african scientists working on viagra tree", "cheap viagra tree pills, order online today"),
    # a report on scams against the scam's own call
    (PUSHY, "en", "Click here scams cost Australians $2m last year, says the consumer watchdog",
     "Click here to claim your $2m prize, Australians, last chance today"),
    (PUSHY, "fr",
     "Cliquez ici : les arnaques coûtent 2 millions d'euros aux retraités cette année, selon la gendarmerie",
     "Cliquez ici pour réclamer votre prix de 2 millions d'euros, dernière chance aujourd'hui"),
    # a headline whose source speaks against the same words pressed on the reader
    (PUSHY, "en", "Limited time to claim flood relief grants, minister says",
     "Limited time to claim your grant, apply today"),
    (PUSHY, "en", "Call now for flu jabs, GPs urge over-65s ahead of winter",
     "Call now for cheap flu jabs, over-65s, offer ends today"),
    (PUSHY, "fr", "Grippe : appelez vite votre médecin pour le vaccin gratuit, prévient la ministre",
     "Grippe : appelez vite notre pharmacie pour le vaccin gratuit, offre valable aujourd'hui"),
    # a headline on public money's cuts against a shop's deadline
    (PUSHY, "en", "Free bus travel for pensioners ends today as budget cuts bite",
     "Free bus travel for pensioners with our card, offer ends today"),
    (PUSHY, "fr",
     "Bus gratuits pour les seniors : dernier jour pour en profiter aujourd'hui seulement, coupes budgétaires obligent",
     "Bus gratuits avec notre carte : dernier jour pour en profiter, aujourd'hui seulement"),
    # a neighbour's notice (things given away, a pet lost) against a shop's call
    (PUSHY, "en", "Does anyone want free moving boxes? Collect from mine before Friday",
     "Does anyone want free moving boxes? Collect yours from our shop before Friday, buy now"),
    (PUSHY, "fr", "Chat perdu rue des Ormes, noir avec une patte blanche, appelez le 06 12 34 56 78 si vous le voyez",
     "Promo rue des Ormes, des chats en peluche en vitrine, appelez le 06 12 34 56 78 pour commander"),
    # the welcome sent on signing up against an upsell
    (PUSHY, "en",
     "Welcome to Energy News Live! You are receiving this email as a result of your recent registration. "
     "Your free membership gives you news now at www.energynews.example.com",
     "Welcome to Energy News Live! Your free membership gives you news now at www.energynews.example.com, "
     "upgrade today for 50% off"),
    (PUSHY, "fr",
     "Bienvenue sur Énergie Info ! Merci pour votre inscription. Votre abonnement gratuit vous donne les infos "
     "dès maintenant sur www.energie-info.exemple.fr, cliquez ici",
     "Bienvenue sur Énergie Info ! Votre abonnement gratuit vous donne les infos dès maintenant sur "
     "www.energie-info.exemple.fr, cliquez ici"),
    # an organiser's note to the speakers against a hotel's deal
    (PUSHY, "en",
     "Dear speaker, the room block at the hotel expires Friday: book your room asap at the discounted rate, "
     "call me if needed",
     "Dear traveller, the room deal at the hotel expires Friday: book your room asap at the discounted rate, "
     "call us now"),
    (PUSHY, "fr",
     "Cher intervenant, le bloc de chambres à l'hôtel expire vendredi : réservez vite votre chambre au tarif "
     "réduit, appelez-moi si besoin",
     "Cher voyageur, l'offre de chambres à l'hôtel expire vendredi : réservez vite votre chambre au tarif "
     "réduit, appelez-nous"),
    # a letter of recommendation asked for against a loan pitched
    (PUSHY, "en",
     "Could you send the loan recommendation form by Thursday? Call me now, I got admission and the loan "
     "approval depends on it",
     "Need a loan? Call me now, fast loan approval, no credit check, apply today"),
    (PUSHY, "fr",
     "Pouvez-vous envoyer la lettre de recommandation pour mon prêt étudiant jeudi ? Appelez-moi vite, mon prêt "
     "rapide en dépend",
     "Besoin d'un prêt rapide ? Appelez-moi vite, réponse immédiate, sans justificatif"),
    # a developer's free software shared with its code against a course sold behind a free sign-up
    (PUSHY, "en",
     "A collection of Python robotics algorithms (path planning, SLAM). GitHub: github.com/example/robotics. "
     "Weekly robotics notes, subscribe free: robotics.example.io",
     "A collection of Python robotics courses (path planning, SLAM). Weekly robotics notes, subscribe free: "
     "robotics.example.io"),
    (PUSHY, "fr",
     "Un ensemble d'algorithmes de robotique en Python (planification, SLAM), en logiciel libre : "
     "github.com/exemple/robotique. Notes hebdo, abonnez-vous gratuitement : robotique.exemple.fr",
     "Un ensemble de cours de robotique en Python (planification, SLAM). Notes hebdo, abonnez-vous "
     "gratuitement : robotique.exemple.fr"),
    # a trader's deal told to a counterparty against a sale pushed at the reader
    (PUSHY, "en",
     "We have closed tonight the following transaction: we sell to the counterparty 12 monthly options, "
     "10 MWh, strike price $140.",
     "We have closed tonight the following offer: buy 12 monthly options now, only $140, order today."),
    (PUSHY, "fr",
     "Notre meilleure offre est à 6 € : nous avons conclu ce soir avec la contrepartie 12 options mensuelles, "
     "10 MWh, prix d'exercice 140 €.",
     "Offre conclue ce soir : achetez 12 options mensuelles maintenant, seulement 140 €, commandez aujourd'hui."),
    # an internal workflow's notice against a payment demanded with bait
    (PUSHY, "en",
     "Your approval is overdue: this access request has been pending your approval for 2 days. "
     "Please click approval to review it. Request ID: 3619.",
     "Your payment is overdue: click here now to pay and claim your free bonus, only $9.99 today."),
    (PUSHY, "fr",
     "Action requise : cette demande d'accès est en attente de votre validation depuis 2 jours. "
     "Cliquez ici pour la traiter. Numéro de demande : 3619.",
     "Action requise : votre paiement est en attente. Cliquez ici maintenant pour payer et recevoir votre "
     "bonus gratuit, seulement 9,99 € aujourd'hui."),
    # a plea in hardship against a stake asked for in private
    (PUSHY, "en",
     "I got sick and couldn't work, I have four children and no one to help me. Message me if you can help "
     "with the rent, I have to pay now and my wallet is empty.",
     "I got rich and quit work. Message me if you want to grow your wallet, deposit now and get 10x."),
    (PUSHY, "fr",
     "Je suis tombé malade et je ne peux plus travailler, j'ai quatre enfants et personne pour m'aider. "
     "Écrivez-moi si vous pouvez aider pour le loyer, je dois payer maintenant, je n'ai plus d'argent.",
     "Je suis devenu riche grâce au bitcoin. Écrivez-moi pour faire fructifier votre argent, commencez maintenant."),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "loud"), PAIRS,
                         ids=[f"{r}-{lang}-{i}" for i, (r, lang, _, _) in enumerate(PAIRS)])
def test_ordinary_text_is_quiet_and_the_same_kind_still_fires(rule: str, lang: str, ordinary: str, loud: str) -> None:
    quiet(ordinary, lang, rule)
    fires(loud, lang, rule)
