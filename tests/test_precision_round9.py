"""Precision on ordinary text, round 9 (issue 11, point 4).

Kinds of text a community manager would not call a pitch, a plug or a post that ignores its
reader: a trading desk naming a deal by its bare number, a security advisory listing its
references, a mailing list's subject tag, a support desk's survey notice, a staff training
calendar, a brand quoted in a news sentence, a book announced under its author's name, a notice
ending on its contact block, a public body's "learn more", a journey to the Moon.
Each case is written twice: the ordinary text stays quiet, and the same kind of text turned into
the push still fires, so the quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

DENSITY = "hard-sell.sales-density"
LINKS = "self-promotion.too-many-links"
ANNOUNCE = "self-promotion.announcement"
TALK = "relevance.talk-to-the-reader"
FOCUS = "relevance.reader-focus"
KNOWLEDGE = "give-first.share-knowledge"
ASK = "conversation.ask-a-question"

# (rule, language, the ordinary text, the same kind of text that still fires)
PAIRS = [
    # a desk's deal named by a bare long number against the same words selling
    (DENSITY, "en",
     "julie, on deal 138049 with the coop the price, the discount and the purchase volume are revised; a good "
     "deal for the spring purchase, the order follows at the agreed price, and the sale price holds for the deal.",
     "our spring deal: the price, the discount and every purchase are revised; a good deal for your spring "
     "purchase, order now at the sale price, and the coupon holds for the deal in your cart."),
    (DENSITY, "fr",
     "Julie, pour le contrat 4471203 avec la coopérative : le prix, la remise et le volume de l'achat sont revus, "
     "bonne affaire pour l'achat de printemps, la commande suit au prix convenu, promo comprise, prix ferme.",
     "Notre offre de printemps : le prix, la remise et chaque achat sont revus, bonne affaire pour votre achat "
     "de printemps, commandez au prix promo, réduction au panier, prix ferme."),
    # a security advisory's references against links lined up to one's own pages
    (LINKS, "en",
     "Security advisory: CVE-2024-1234 https://cve.example.org/CVE-2024-1234, errata "
     "https://example.org/errata/42, changelog https://example.org/ChangeLog",
     "Our shop: https://example.com/shop, our blog https://example.com/blog, our channel "
     "https://youtube.com/example"),
    (LINKS, "fr",
     "Avis de sécurité : CVE-2024-1234 https://cve.exemple.org/CVE-2024-1234, correctif "
     "https://exemple.org/errata/42, notes de version https://exemple.org/notes",
     "Notre boutique : https://exemple.fr/boutique, notre blog https://exemple.fr/blog, notre chaîne "
     "https://youtube.com/exemple"),
    # a mailing list's subject tag against the same words posted
    (ANNOUNCE, "en",
     "[Perl-Users] Deployment: my little filter package did exactly that, and our list tried it last year. "
     "Download it from the archive if you want to compare: https://example.org/filter",
     "Deployment: my little filter package did exactly that, and our list tried it last year. "
     "Download it from the archive if you want to compare: https://example.org/filter"),
    (ANNOUNCE, "fr",
     "[Liste-Perl] Déploiement : mon petit filtre faisait exactement cela, et notre liste l'a essayé l'an "
     "dernier. Téléchargez-le depuis les archives pour comparer : https://exemple.org/filtre",
     "Déploiement : mon petit filtre faisait exactement cela, et notre liste l'a essayé l'an "
     "dernier. Téléchargez-le depuis les archives pour comparer : https://exemple.org/filtre"),
    # a public body's "learn more" against the same words beside one's own course
    (ANNOUNCE, "en",
     "Our crew is heading to the space station next week! Learn more about the four astronauts and their "
     "mission of scientific discovery: https://example.org/crew",
     "Our new course is heading to your inbox next week! Learn more about the four modules and their "
     "exercises: https://example.org/course"),
    (ANNOUNCE, "fr",
     "Notre équipage part vers la station spatiale la semaine prochaine. En savoir plus sur les quatre "
     "astronautes et leur mission scientifique : https://exemple.org/equipage",
     "Notre nouvelle formation arrive la semaine prochaine. En savoir plus sur les quatre modules et leurs "
     "exercices : https://exemple.org/formation"),
    # a journey to the Moon against a token pitched "to the moon"
    (ANNOUNCE, "en",
     "Learn more about the keepsakes from three space agencies that are flying aboard on a journey to the "
     "Moon: https://example.org/keepsakes",
     "Learn more about the token that is flying to the moon 🚀 our presale: https://example.org/token"),
    # a brand quoted in a news sentence against the brand's own post
    (TALK, "en",
     "\"Our team answers every question from our customers within a day and our service opens a new office "
     "in Leeds this year,\" said the company's director to the local paper.",
     "Our team answers every question from our customers within a day and our service opens a new office "
     "in Leeds this year, with our new opening hours."),
    (TALK, "fr",
     "« Notre équipe répond à toutes les questions de nos clients dans la journée et notre service ouvre un "
     "nouveau bureau à Lille cette année », a déclaré la directrice de l'entreprise au journal local.",
     "Notre équipe répond à toutes les questions de nos clients dans la journée et notre service ouvre un "
     "nouveau bureau à Lille cette année, avec nos nouveaux horaires."),
    # a conference notice ending on its contact block against the same notice posted
    (TALK, "en",
     "New website for our spring conference on physics in finance, Liège, 13 to 15 July: the programme and "
     "the list of speakers are now online on our site. Contact: conference office, 34 rue Marc Seguin, "
     "Mulhouse, tel +33 389 32 94 42, fax +33 389 32 94 49.",
     "New website for our spring conference on physics in finance, Liège, 13 to 15 July: the programme and "
     "the list of speakers are now online on our site, with our speakers and our partners."),
    (TALK, "fr",
     "Nouveau site pour notre colloque de printemps sur la physique et la finance, à Liège du 13 au 15 "
     "juillet : le programme et la liste des intervenants sont en ligne sur notre site. Contact : secrétariat "
     "du colloque, 34 rue Marc Seguin, Mulhouse, tél. +33 389 32 94 42, fax +33 389 32 94 49.",
     "Nouveau site pour notre colloque de printemps sur la physique et la finance, à Liège du 13 au 15 "
     "juillet : le programme et la liste des intervenants sont en ligne sur notre site, avec nos partenaires."),
    # a brand quoted in a news sentence against the brand's own long post with no question
    (ASK, "en",
     "\"Our team answers every question from our customers within a day, our service opens a new office in "
     "Leeds this year, and our teams will be twice as large by the summer with new staff in every region,\" "
     "said the company's director to the local paper.",
     "Our team answers every question from our customers within a day, our service opens a new office in "
     "Leeds this year, and our teams will be twice as large by the summer with new staff in every region, "
     "with our new opening hours."),
    # "you, our customer" in a support desk's survey notice against a brand talking about itself
    (FOCUS, "en",
     "Our resolution center is taking the next step to make sure we provide the service you, our customer, are "
     "looking for: with each call, we will send an email survey upon closure of the ticket. We will post our "
     "results each quarter on our website, and we will act on what we learn.",
     "Our team is taking the next step to make sure we provide the service you are looking for: we will post "
     "our results each quarter on our website, and we will act on what we learn with our partners and our teams."),
    (FOCUS, "fr",
     "Notre service d'assistance fait un pas de plus : après la clôture du ticket, nous vous enverrons une "
     "enquête de satisfaction. Nous publierons nos résultats chaque trimestre et nous verrons avec nos équipes "
     "ce que nous pouvons améliorer.",
     "Notre équipe fait un pas de plus : nous publierons nos résultats chaque trimestre sur notre site et nous "
     "verrons avec nos équipes et nos partenaires ce que nous pouvons améliorer pour vous."),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "push"), PAIRS,
                         ids=[f"{r}-{lang}-{i}" for i, (r, lang, _, _) in enumerate(PAIRS)])
def test_ordinary_text_is_quiet_and_the_same_kind_of_push_still_fires(rule, lang, ordinary, push):
    quiet(ordinary, lang, rule)
    fires(push, lang, rule)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_staff_training_calendar_owes_no_lesson(lang):
    """A memo listing staff training classes, with "our website" and "our new", is a workplace mail."""
    memo = {
        "en": "Listed are the last training classes of the year: 9 and 10 October, basics of electricity; 6 and "
              "7 November, risk management. All classes are held at our Houston office; please register on our "
              "website and see our new calendar.",
        "fr": "Voici les dernières sessions de formation de l'année : 9 et 10 octobre, bases de l'électricité ; "
              "6 et 7 novembre, gestion des risques. Toutes ont lieu dans nos locaux de Lyon, inscriptions sur "
              "notre site interne et notre nouveau calendrier.",
    }[lang]
    quiet(memo, lang, KNOWLEDGE)
