"""Audience counts (`@vanity` beside `@figure` in bot.engine.plan.readings): a figure of followers, fans, likes,
views or reach, or counting them, is vanity, not a figure that matters. Kept apart because the ways a count is
named (after the figure, as a label before it, by the people who follow) grow with every writer.
"""

from __future__ import annotations

import re

# Audience counts: a figure of these, or counting them, is vanity, not a figure that matters
# ("5 000 abonnés", "15k Instagram followers"; "abonnés payants", "à la newsletter" are customers).
_VANITY = (r"(?:followers|fans|likes|views|plays|impressions|reach|engagement|vues|j'aime|portee|shares|reposts|retweets|hearts|"
           r"partages|coeurs|mentions j'aime|"
           r"abonne(?:e)?s(?!\s+(?:payants|payantes|(?:a la|a notre|au|aux|de la|du)\s+(?!page|compte|chaine|profil|fil)|"
           r"(?:\"\s*)?(?:pass|cartes?|forfaits?|formules?|saisons?|paniers?)\b))|"  # « 150 abonnés « Pass Jeunes » »: a pass sold
           r"subscribers(?!\s+(?:paying|(?:to the|to our)\s+(?!page|account|channel|profile|feed))))\b")  # to a page: an audience count
VANITY_AFTER = re.compile(r"\s*(?:(?:instagram|insta|tiktok|facebook|fb|linkedin|youtube|x|twitter|new|more|extra|"
                           r"nouveaux|nouvelles|de plus|en plus|supplementaires|additional)\s+){0,2}" + _VANITY)
VANITY_IN = re.compile(r"\b" + _VANITY)
# An audience count named before a colon, its figure after it ("the followers climbing fast: ten thousand by June").
_VANITY_LABEL = re.compile(r"\b" + _VANITY + r"[^.;:!?]{0,40}:\s*\Z")


# Or named alone in a few words ended by a full stop, its figures next ("Facebook page likes. 860 today", « Abonnés
# Instagram. 3 400… »); a count refused ("No likes.") is none.
_VANITY_TITLE = re.compile(r"(?:\A|[.!?:\n]\s*)(?!(?:no|not|never|forget|ignore|pas|sans|jamais|oublie\w*)\b)(?:[\w'-]+\s+){0,2}"
                           + _VANITY + r"(?:\s+[\w'-]+){0,2}\s*\.\s*\Z")


def counted_before(folded: str, start: int) -> bool:
    """The figure at `start` is the count a label before it names (followers, likes…), across a line break too."""
    before = folded[max(0, start - 80) : start]
    return _VANITY_LABEL.search(before) is not None or _VANITY_TITLE.search(before) is not None
NO_FIGURE = re.compile(r"\b(?:success|succes|progress|progres|awareness|notoriete|performance|buzz|stats|statistics|statistiques|"
                        r"analytics|insights|metrics|metriques|kpis|data|donnees|numbers|figures|chiffres|results|resultats)\b"
                        r"|\s(?:and|then|et|puis)\s")  # a count reaching past "and" names no figure: "checks them and posts"
# Counting the people who follow is a follower count too: "how many people follow us", « combien de gens nous suivent »;
# so is the figure of an account: "the account past 50k", « le compte au-delà de 10 000 ».
FOLLOWING = re.compile(r"\b(?:the|our)\s+(?:[\w-]+\s+)?(?:account|page|profile|channel)\s+(?:past|over|above|beyond|to)\s+\d|"
                        r"\b(?:le|notre|la)\s+(?:compte|page|profil|chaine)\s+(?:[\w-]+\s+)?(?:a|au-dela de|au-dessus de|depasse|depasser|au cap des?)\s+\d|"
                        r"\b(?:how many|number of|more|the)\s+(?:people|users|accounts|fans)\s+(?:who\s+|that\s+)?(?:follow|like|watch)s?\s+(?:us|our)\b|"
                        r"\b(?:combien de|nombre de|plus de|les)\s+(?:personnes|gens|comptes|internautes)\s+(?:qui\s+)?nous\s+(?:suivent|aiment|regardent)\b")
# Reaching people is reach too: "reach 100k accounts", « toucher 10 000 personnes ».
REACH = re.compile(r"\b(?:reach|reaching|toucher|touchant|touche)\s+(?:\w+\s+)?\d[\d\s,.]*(?:k|m)?\s+"
                    r"(?:people|accounts|users|profiles|personnes|comptes|internautes|profils)\b")
