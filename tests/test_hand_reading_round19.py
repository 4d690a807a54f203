"""Session 19's hand reading (issue 11): posts of our own, read one by one.

A guru's funnel: an income the writer says they made, with its period ("I made $4,000 last month"), and a word to
comment for something sent back ("Comment INFO and I'll send it", « Commente INFO et je t'envoie »). Neither sells
alone: a stall's good month is news among friends, and a recipe card sent to whoever comments a word gives something
away. Together they are the pitch of a course sold in private messages. A word asked for by direct message ("DM me
'hi' and I'll add you to the group chat") is no funnel: it is how a group chat grows.
A writer opening a few places of a paid service ("I'm opening 3 spots for 1:1 coaching … DM me", « j'ouvre 3 places
d'accompagnement … écris-moi ») says scarcity as news; a club opening places for members does not sell, and seats in a
car offered for a match ("3 spots left in the carpool, DM me if you need a lift", « deux places dans la voiture ») are
no stock running out.
Services offered in someone else's thread ("If you need a designer …, I'm available, portfolio in bio", « Si vous
cherchez une graphiste …, je suis dispo, portfolio en bio ») plug the writer; the same opening that recommends
someone else does not, nor « en bio » that means organic.
A teaser that says what the piece holds in a list's words (« Nouvel article : 5 erreurs qu'on a faites … et ce qu'on
ferait autrement ») is no empty teaser in French either; « Nouvel article sur le blog ! Lien en bio. » still is.
A stranger's compliment opening a pitch ("loving ur posts!! … an amazing opportunity that fits around ur kids",
« j'adore tes publications … une opportunité incroyable ») is the opening of a home-selling scheme's message, and "Promote
it on @page for real followers" sells followers; the compliment alone, before a question, sells nothing.
A complaining customer shown the door ("nobody forces you to shop here", « personne ne vous oblige à venir ») is answered
defensively; comments closed "now" or as done (« nous avons fermé les commentaires ») shut the conversation, as "comments
are closed" did. Condolences ("so sorry for your loss") are no defence.
A share of the writer's own orders or sales given to a cause (« on reverse 10 % des commandes à la banque
alimentaire », "5% of our orders go to the shelter") is a pledge, not a statistic that needs its source; a share of
customers who go somewhere still is one.
Each case is a pair: the ordinary post stays quiet on the rule, its twin still draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
FIGURE = "credit-sources.unsourced-figure"
PLUG = "self-promotion.plug"
TEASER = "relevance.empty-teaser"
DEFENSIVE = "reputation.defensive"
CLOSED = "conversation.closed"

PAIRS = [
    ("en", PUSHY, "I made $4,000 last month from my pottery stall, still can't believe it! Thank you all.",
     "I made $4,000 last month from home with this simple method. Want to know how? Comment INFO and I'll send it."),
    ("en", PUSHY, "Comment RECIPE and I'll send you the card, no strings attached.",
     "Type SCALE below and I'll DM you the playbook: I made $12k in 6 weeks with it."),
    ("en", PUSHY, "DM me \"hi\" and I'll add you to the group chat for the trip.",
     "Comment GROWTH and I'll send you my system: I earned $9,000 this month working two hours a day."),
    ("fr", PUSHY, "J'ai gagné 1 200 € ce mois-ci avec mes confitures au marché, merci à tous !",
     "J'ai gagné 3 000 € le mois dernier depuis chez moi. Tu veux la méthode ? Commente INFO et je t'envoie tout."),
    ("fr", PUSHY, "Commentez RECETTE et je vous envoie la fiche en privé.",
     "Tape GO en commentaire et je t'envoie ma méthode : j'ai touché 2 500 € en trois semaines avec."),
    ("en", PUSHY, "I have 3 spots left in the carpool for Saturday's match, DM me if you need a lift.",
     "I'm opening 3 spots for 1:1 coaching in January. If you're a founder stuck at $10k MRR, DM me \"SCALE\"."),
    ("en", PUSHY, "The climbing club is opening 2 spots for new members in March, ask Priya at the desk.",
     "I'm taking on 2 new clients this month. Book your strategy call now: link in bio."),
    ("fr", PUSHY, "Il me reste deux places dans la voiture pour samedi, écris-moi en privé si tu veux monter.",
     "J'ouvre 3 places d'accompagnement en janvier. Si tu es fondateur et bloqué à 10 k€ par mois, écris-moi « GO » en "
     "privé."),
    ("en", PLUG, "If you need a designer for your next project, ask Léa, she did our whole rebrand and was brilliant.",
     "Nice thread. If you need a designer for your next project, I'm available, portfolio in bio."),
    ("fr", PLUG, "Chez nous tout est en bio, les légumes comme les œufs, et les détails sont au tableau à l'entrée.",
     "Super fil. Si vous cherchez une graphiste pour votre prochain projet, je suis dispo, portfolio en bio."),
    ("fr", TEASER, "Nouvel article : 5 erreurs qu'on a faites en lançant notre premier produit, et ce qu'on ferait "
     "autrement. Lien en commentaire.", "Nouvel article sur le blog ! Lien en bio."),
    ("en", TEASER, "New blog post: 5 mistakes we made launching our first product. Link in comments.",
     "New post is up! Link in bio."),
    ("en", PUSHY, "Loving your posts about sourdough! Where did you get that tin?",
     "hey hun, loving ur posts!! 💕 I've got an amazing opportunity that fits around ur kids, want me 2 send u the info?"),
    ("en", PUSHY, "What an amazing opportunity to see the northern lights tonight, thanks to the astronomy club!",
     "Collab? I love your page! Promote it on @growth.page.pro for real followers 🚀"),
    ("fr", PUSHY, "J'adore tes publications sur le pain au levain ! Tu as trouvé ce moule où ?",
     "coucou ma belle, j'adore tes publications 💕 j'ai une opportunité incroyable compatible avec tes enfants, je "
     "t'envoie les infos en mp ?"),
    ("en", DEFENSIVE, "What a beautiful memory for you to have found. So sorry for your loss.",
     "To the customer complaining about our prices: nobody forces you to shop here. Maybe try the supermarket."),
    ("fr", DEFENSIVE, "Vous avez raison sur nos prix : voici d'où ils viennent, et ce qu'on peut faire pour vous.",
     "Au client qui se plaint de nos prix : personne ne vous oblige à venir. Allez au supermarché."),
    ("en", CLOSED, "Comments are open: ask us anything about the new prices.",
     "Comments are now closed on this post. We won't be discussing our pricing further."),
    ("fr", CLOSED, "Les commentaires sont ouverts : posez-nous vos questions sur les nouveaux tarifs.",
     "Nous avons fermé les commentaires. Nous ne discuterons plus de nos tarifs."),
    ("fr", FIGURE, "Black Friday : pas de promo chez nous cette année. On reverse 10 % des commandes de la semaine à la "
     "banque alimentaire.",
     "Notre nouvelle gamme arrive : 70 % des clients vont au rayon bio en premier."),
    ("fr", FIGURE, "Ce mois-ci, 5 % des commandes vont au refuge pour animaux du quartier. Merci de vos achats !",
     "Notre nouvelle gamme arrive : 75 % des consommateurs lisent les avis avant d'acheter."),
    ("en", FIGURE, "This month 5% of our orders go to the animal shelter down the road. Thank you for shopping with us!",
     "Our new range is here: 70% of customers go to the organic aisle first."),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)
