"""Session 28's hand reading (issue 11): a marketing community's own talk, and the sample of findings on ordinary rows.

About 110 posts of our own were read, in English and in French: a bookshop's, a yoga studio's, a charity's and a software
firm's posts, brand posts that name a product or an event without pressure, and marketers talking shop in a community
(replies, lessons, results). Then 40 findings drawn at random from the ordinary rows of `make eval` (seed 2801). What was
wrong, fixed in general form:
- « lui croit toujours au x100 mdr » (a friend's crypto story) drew self-promotion.announcement: the multiple promised
  (« x100 », "next 100x") stood in two of the rule's signals, crypto-drop and token-pitch, so one word counted twice. It
  is crypto-drop's word only.
- "Interesting take. I disagree on the second point though: in my shop…" drew relevance.talk-to-the-reader: a comment
  that opens by answering another post ("Totally agree", « Bien vu », « Pas d'accord ») already speaks to its author
  (@reply-opening, read by talk-to-the-reader and conversation.ask-a-question).
- "We hit 10k followers and honestly it changed nothing" drew vanity-metrics.audience-count, and "we tried the giveaway
  route: 3,000 new followers, zero sales" drew self-promotion.plug: a count or a tactic said to have brought nothing is
  the articles' own lesson (@vanity-debunked).
- « on a testé le concours » drew self-promotion.announcement: its stem met the pointer « testez-le ». The pointers
  « testez-le », « essayez-la » are written with their hyphen now.
- A job seeker's "#OpenToWork … happy to share my portfolio" drew self-promotion.plug: "share my" is a share asked for
  only when it is not offered ("happy to share my", "I can share my"); and « mon portfolio » weighed as one's own channel
  in French where "my portfolio" weighed as one's own thing in English: it is one's own thing in both.
- From the sample of seed 2802: « Le parking est gratuit après 18h le vendredi, viens tard et économise tes 8 € » drew
  hard-sell.pushy where "come late and save your £8" drew nothing: « viens tard / plus tôt » says when to come (no call
  to buy), and « économise tes 8 € » keeps the reader's own money (no discount offered).
And a miss: "Saw your profile and loved your content … brand ambassadors, free products + commission. DM us" drew hard-sell
where « On a vu ton profil et on adore ton contenu … ambassadrices, produits offerts + commission » drew nothing: the
French lure now has its stranger's compliment (« on adore ton contenu ») and its profile seen (« on a vu ton profil »).
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

ANNOUNCE = "self-promotion.announcement"
TALK = "relevance.talk-to-the-reader"
ASK = "conversation.ask-a-question"
COUNT = "vanity-metrics.audience-count"
PLUG = "self-promotion.plug"
PUSHY = "hard-sell.pushy"

PAIRS = [
    ("fr", ANNOUNCE, "J'ai dit à mon frère que je n'achèterai plus jamais de crypto, lui croit toujours au x100 mdr",
     "Prévente ouverte ! Notre jeton, x100 assuré, tokenomics ci-dessous"),
    ("en", TALK, "Interesting take. I disagree on the second point though: in my shop, the regulars who grumble are usually "
     "the ones who come back every week.",
     "Our team tried posting daily for a year and our bakery's engagement only grew when we started replying to every "
     "comment. We agree with the council on this one."),
    ("fr", TALK, "Intéressant. Pas d'accord sur le deuxième point par contre : dans ma boutique, les habitués qui râlent sont "
     "souvent ceux qui reviennent chaque semaine.",
     "Notre équipe a testé une publication par jour pendant un an et l'engagement de notre boulangerie n'a grimpé qu'en "
     "répondant à chaque commentaire. Nous sommes d'accord avec la mairie."),
    ("fr", ASK, "Tout à fait d'accord. Notre équipe a publié tous les jours pendant un an, et la page de notre boulangerie n'a "
     "grandi qu'une fois qu'on a répondu à chaque commentaire.",
     "Notre équipe a publié tous les jours pendant un an, et la page de notre boulangerie n'a grandi qu'une fois qu'on a "
     "répondu à chaque commentaire. Nous sommes d'accord avec la mairie."),
    ("en", COUNT, "We hit 10k followers this week and honestly it changed nothing. What changed things was the 200 regulars "
     "who answer our questions.",
     "We hit 10k followers this week! What a year. Thank you all."),
    ("fr", COUNT, "On a passé les 10 000 abonnés cette semaine et franchement ça n'a rien changé. Ce qui compte, ce sont les 200 "
     "habitués qui répondent à nos questions.",
     "On a passé les 10 000 abonnés cette semaine ! Quelle année. Merci à tous."),
    ("en", PLUG, "Can confirm, we tried the giveaway route: 3,000 new followers in a week, zero sales, and half of them gone "
     "a month later.",
     "Giveaway time! 3,000 followers and counting: follow us and tag a friend to enter."),
    ("fr", ANNOUNCE, "Je confirme, on a testé le concours : 3 000 abonnés en une semaine, pas une vente.",
     "Notre nouvelle appli est en ligne : testez-la ici, un concours à la clé !"),
    ("fr", PUSHY, "La recruteuse a vu ton profil sur LinkedIn et voudrait te parler du poste d'infirmière lundi.",
     "Coucou ! On a vu ton profil et on adore ton contenu 😍 On recrute des ambassadrices : produits offerts et commission, "
     "écris-nous en MP !"),
    ("en", PLUG, "I'm #OpenToWork! Looking for content marketing roles in Leeds or remote, 6 years in B2B SaaS. Happy to share "
     "my portfolio; any leads appreciated 🙏",
     "Please share my portfolio with anyone hiring, and like my page 🙏"),
    ("fr", PLUG, "Je suis #OpenToWork ! Je cherche un poste en marketing de contenu à Lille ou en télétravail, 6 ans en SaaS B2B. "
     "Ravie de partager mon portfolio, toute piste est la bienvenue 🙏",
     "Partagez mon portfolio autour de vous et abonnez-vous à ma page 🙏"),
    ("fr", PUSHY, "Le parking de la gare est gratuit après 18 h le vendredi : viens plus tard et économise tes 8 €.",
     "Parking gratuit dès 18 h : viens chercher ton ticket et économise 8 € sur ta commande !"),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)
