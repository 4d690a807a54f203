"""Precision on ordinary text, round 11 (issue 11, point 4).

Three kinds of text a community manager would not call wrong: a chat comment cheering a thread's
likes (no brand setting a count as its goal), an automatic account notice saying "do not reply to
this message" (no post closing a conversation), and a list of free resources whose every item
names a resource and gives its link (giving, not sending people away). Each case is written twice:
the ordinary text stays quiet, and the same kind of text turned into the fault still fires, so the
quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

VANITY = "vanity-metrics.audience-count"
CLOSED = "conversation.closed"
LINKS = "self-promotion.too-many-links"

# (rule, language, the ordinary text, the same kind of text that still fires)
PAIRS = [
    # a comment cheering a thread's count against a count stated as one's own result
    (VANITY, "en",
     "300 likes already? Can we keep this going! Share it! With enough votes we will get the mods to answer.",
     "We just passed 300,000 followers on our page, thank you all! Share it so we keep growing."),
    (VANITY, "fr",
     "Déjà 300 likes ? Pouvons-nous aller plus loin ? Partagez ! Avec assez de votes, nous ferons bouger le forum.",
     "Nous avons franchi les 300 000 abonnés sur notre page, merci à tous ! Partagez pour continuer."),
    # an automatic account notice against a brand post telling people not to answer
    (CLOSED, "en",
     "Account confirmation: your account is ready. This is an automated message, please do not reply. "
     "If you did not request this account, click here.",
     "Our new opening hours are below. Do not reply in the comments, we won't read them."),
    (CLOSED, "fr",
     "Confirmation de votre inscription : votre compte est prêt. Message automatique, ne répondez pas à ce "
     "message. Si vous n'avez pas demandé ce compte, cliquez ici.",
     "Nos nouveaux horaires sont ci-dessous. Ne répondez pas en commentaire, nous ne lirons rien."),
    # a numbered or bulleted list of resources given against a list of one's own pages
    (LINKS, "en",
     "12 free tools for designers: 1. Colour picker colors.example.org 2. Icons icons.example.com/free "
     "3. Fonts fonts.example.net 4. Mockups mockups.example.io",
     "Follow us everywhere: 1. Our blog example.com/blog 2. Our shop example.com/shop 3. Our channel "
     "youtube.com/example 4. My podcast podcast.example.com"),
    (LINKS, "en",
     "Free books to start coding:\n- Python basics python.example.org\n\n- Java course java.example.com/learn\n"
     "- SQL tutorial sql.example.net",
     "Free books to start coding, all ours:\n- Our shop example.com/shop\n- Our blog example.com/blog\n"
     "- Our channel youtube.com/example"),
    (LINKS, "fr",
     "10 outils gratuits pour graphistes : 1. Couleurs couleurs.exemple.org 2. Icônes icones.exemple.fr/libres "
     "3. Polices polices.exemple.net 4. Maquettes maquettes.exemple.io",
     "Suivez-nous partout : 1. Notre blog exemple.fr/blog 2. Notre boutique exemple.fr/boutique 3. Ma chaîne "
     "youtube.com/exemple 4. Mon podcast podcast.exemple.fr"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "loud"), PAIRS, ids=[f"{r}-{lang}-{i}" for i, (r, lang, _, _) in enumerate(PAIRS)])
def test_ordinary_text_is_quiet_and_the_same_kind_still_fires(rule: str, lang: str, ordinary: str, loud: str) -> None:
    quiet(ordinary, lang, rule)
    fires(loud, lang, rule)
