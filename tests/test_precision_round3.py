"""Precision on ordinary text, third round (issue 11): a word that names someone else's thing
is not the author's own push.

- a `$word` is a ticker named in passing or a variable in code unless the post pushes it;
- "RT" or "repost" needs a credit only in a post that reposts, not in "the RT score" (Rotten
  Tomatoes) or "it's a repost" said of someone else's post;
- a grand title is self-proclaimed only where the author gives it to themself or their brand;
- shares of stock are not an audience.

Each QUIET case is a kind of ordinary message the rule used to misread; each CAUGHT case is
the post the rule is there for.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

QUIET = [
    # tickers and shell variables
    ("en", "just buy 10 calls $tsla before earnings, or don't, I'm not your dad", "self-promotion.plug"),
    ("en", "Here is the loop: foreach m $rseq { if ![file exists $path/$m] { continue } }", "self-promotion.plug"),
    ("en", "apparently you like kids getting $hot at school, great argument", "self-promotion.plug"),
    ("fr", "Le script lit $HOME puis $PATH avant de lancer la compilation.", "self-promotion.plug"),
    # someone else's giveaway, criticised
    ("en", "If you hope they are anything but yet another business giving away a free service, read this.",
     "self-promotion.plug"),
    # RT = Rotten Tomatoes, a repost someone else made
    ("en", "RT score 92% and the audience score is even higher, go figure.", "credit-sources.repost-without-credit"),
    ("en", "It's a repost but this thread is too kind for a downvote, take care.",
     "credit-sources.repost-without-credit"),
    ("fr", "C'est un repost mais je ne l'avais jamais vu, merci.", "credit-sources.repost-without-credit"),
    ("fr", "Le score RT du film est de 92 %, je ne m'y attendais pas.", "credit-sources.repost-without-credit"),
    # titles given to other people or to a fund
    ("en", "The drag-along rights only extend to stock actually owned by JEDI, and we will sell the rest.",
     "bluff.self-proclaimed-expert"),
    ("en", "Some of the leading experts in content management will speak, and I will be there too.",
     "bluff.self-proclaimed-expert"),
    ("fr", "Les droits ne portent que sur les actions détenues par Jedi ; nous vendrons le reste.",
     "bluff.self-proclaimed-expert"),
    ("fr", "Selon le meilleur expert du climat, la saison sera sèche ; notre équipe s'y prépare.",
     "bluff.self-proclaimed-expert"),
    # shares of stock
    ("en", "We hear the pension fund holds 3 million shares of the energy firm, whose debt rating was cut.",
     "vanity-metrics.audience-count"),
    ("en", "Our fund sold 2 million shares at $4.10 after its shares fell 12% on Friday.",
     "vanity-metrics.audience-count"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), QUIET)
def test_someone_elses_thing_is_not_the_authors_push(lang: str, text: str, rule: str):
    quiet(text, lang, rule)


CAUGHT = [
    ("en", "$PEPE is the next 100x gem, ape in before it moons", "self-promotion.plug"),
    ("en", "Follow me and grab $NOVA at presale, link in bio", "self-promotion.plug"),
    ("fr", "Suivez-moi et achetez $NOVA en prévente, pépite x100", "self-promotion.plug"),
    ("en", "If $NOVA hits $1 I send 50 NOVA to 10 random people under the comments.", "self-promotion.plug"),
    ("en", "Giving away 3 free NFTs this week, drop your wallet below!", "self-promotion.plug"),
    ("en", "RT: \"Great analysis of this year's trends\", a must-read.", "credit-sources.repost-without-credit"),
    ("en", "I'm reposting this video, the best of the week about customer service.",
     "credit-sources.repost-without-credit"),
    ("fr", "Repost : la meilleure vidéo de la semaine sur le service client.",
     "credit-sources.repost-without-credit"),
    ("en", "Meet our social media ninja, the leading expert in local SEO.", "bluff.self-proclaimed-expert"),
    ("fr", "Je suis le gourou du référencement : engagez-moi !", "bluff.self-proclaimed-expert"),
    ("en", "Our launch post got 3 million shares in a day!", "vanity-metrics.audience-count"),
    ("fr", "Notre post de lancement a fait 3 millions de partages en un jour !", "vanity-metrics.audience-count"),
]


@pytest.mark.parametrize(("lang", "text", "rule"), CAUGHT)
def test_the_authors_own_push_is_still_caught(lang: str, text: str, rule: str):
    fires(text, lang, rule)
