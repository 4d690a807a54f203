"""Round 15 of issue 15: counterfeits said as a doing, and people named as whom a tool is for.

Each pair, in French and English: the counterfeit is found (and covers no section), and a real
section in similar words is still covered, with no counterfeit found on it.

- An aim whose object is a tool for some people (« une appli pour les clients fidèles ») names the
  people served, not a change for them: the tool is the plan. A figure or "more" with them, or a
  change they make (they order, they book), makes it a real aim again.
- Everyone seeing our logo, name or van is presence as the aim, however the plan says "everyone".
- Vanity as the measure, said as counting: "the follower count", "how many people liked the posts",
  « le nombre de likes », « combien de personnes suivent la page »: a counterfeit, not a measurement.
"""

from __future__ import annotations

import pytest

from bot.engine.plan.aims import real_aims
from bot.engine.plan.readings import reading
from bot.engine.text import fold
from tests.plan_helpers import counterfeits_and_covered

# (a counterfeit, its rule, a real section in similar words, the topic that real section covers)
PAIRS = [
    # a tool for some people is no change for them
    ("Le but : une appli pour les clients fidèles.", "plan.tool-as-plan",
     "Le but : une appli pour que nos clients fidèles commandent deux fois plus souvent d'ici juin.", "purpose"),
    ("Goal: an app for our regular customers.", "plan.tool-as-plan",
     "Goal: an app for our regular customers, so that 40 more of them reorder each month by June.", "purpose"),
    ("Objectif de l'année : un site réservé aux adhérents.", "plan.tool-as-plan",
     "Objectif de l'année : un site réservé aux adhérents, pour 30 adhésions de plus d'ici septembre.", "purpose"),
    ("Our aim this year: a website dedicated to our members.", "plan.tool-as-plan",
     "Our aim this year: a website where 50 new members sign up by September.", "purpose"),
    # everyone seeing us is presence
    ("Objectif : que tout le monde voie notre logo sur Facebook.", "plan.presence-as-goal",
     "Objectif : que tout le monde voie notre logo sur Facebook et que 30 familles de plus réservent d'ici juin.",
     "purpose"),
    ("Our aim: that everybody sees our logo on Instagram by June.", "plan.presence-as-goal",
     "Our aim: everyone in town sees our van, and 30 more families book a clean by June.", "purpose"),
    ("Ce qu'on veut : que notre enseigne soit connue de tout le quartier avant l'été.", "plan.presence-as-goal",
     "Ce qu'on veut : 40 paniers de plus par semaine avant l'été, venus de tout le quartier.", "purpose"),
    ("We want the whole town to know our name by spring.", "plan.presence-as-goal",
     "We want 25 more households from the whole town to book a chimney sweep by spring.", "purpose"),
    # vanity counted is no measurement
    ("Once a month we write down the follower count of each account.", "plan.vanity-metrics",
     "Once a month we write down the booking count of each class.", "measurement"),
    ("Every Friday we note how many people liked and shared the week's posts.", "plan.vanity-metrics",
     "Every Friday we note how many people booked and paid for the week's classes.", "measurement"),
    ("On note chaque lundi le nombre de likes de la semaine.", "plan.vanity-metrics",
     "On note chaque lundi le nombre de réservations de la semaine.", "measurement"),
    ("Une fois par mois, on relève combien de personnes suivent la page.", "plan.vanity-metrics",
     "Une fois par mois, on relève combien de personnes réservent un cours.", "measurement"),
    ("Chaque mois on regarde combien de gens ont aimé nos posts.", "plan.vanity-metrics",
     "Chaque mois on regarde combien de gens ont commandé en ligne.", "measurement"),
]

# Other wordings of the same kinds, from round 15's own probe plans (bench/plans/probe15)
PROBED = [
    # presence: nobody can miss our name, a share of the online conversation, people recognising us
    ("Our goal: make sure no one in Leeds can scroll past without seeing the Hobnob name.", "plan.presence-as-goal",
     "Our goal: 30 more bookings by June from Leeds, so that people recognise our van and call us first.", "purpose"),
    ("Objectif : que personne à Lille ne puisse faire défiler son fil sans voir notre nom.", "plan.presence-as-goal",
     "Objectif : 40 nouveaux clients à Lille d'ici juin, venus du fil Instagram.", "purpose"),
    ("Our goal is the biggest share of voice online in Bath.", "plan.presence-as-goal",
     "Our goal is the biggest share of the local market in Bath by 2027, 300 new customers.", "purpose"),
    ("Notre but : la plus grosse part de voix en ligne à Nantes.", "plan.presence-as-goal",
     "Notre but : la plus grosse part du marché local à Nantes d'ici 2027, 300 nouveaux clients.", "purpose"),
    ("Ce qu'on veut : que les gens reconnaissent notre camion où qu'ils aillent.", "plan.presence-as-goal",
     "Ce qu'on veut : 25 tournées de plus par mois d'ici l'été, que les gens réservent depuis le camion.", "purpose"),
    ("L'essentiel pour nous : avoir pignon sur rue sur Instagram et TikTok.", "plan.presence-as-goal",
     "L'essentiel pour nous : 50 commandes de plus par mois d'ici mars, venues d'Instagram et de TikTok.", "purpose"),
    # vanity: the size of the community, a video that hits a million
    ("KPI: audience size on Instagram, reviewed on the first Monday of the month.", "plan.vanity-metrics",
     "KPI: bookings per class, reviewed on the first Monday of the month.", "measurement"),
    ("Indicateur : la taille de notre communauté Instagram, relevée le premier lundi du mois.", "plan.vanity-metrics",
     "Indicateur : la taille du panier moyen, relevée le premier lundi du mois.", "measurement"),
    ("Measure: how big our community gets, checked each month.", "plan.vanity-metrics",
     "Measure: how many sign-ups the open day brings, checked each month.", "measurement"),
    ("We'll know we've won when a reel of ours hits a million.", "plan.vanity-metrics",
     "We'll know we've won when a video of ours brings in 40 bookings by June.", "purpose"),
    # a tool the whole thing is handed to
    ("We hand the whole thing over to ChatGPT: it writes everything and we paste it.", "plan.tool-as-plan",
     "Priya writes the posts every Monday: we hand the whole thing over to her.", "owners"),
    ("La com, on la confie à ChatGPT : il écrit tout, on copie-colle.", "plan.tool-as-plan",
     "La com, on la confie à Léa : elle écrit tout.", "owners"),
]
TOPICS = {"owners": "sustainability"}


@pytest.mark.parametrize("counterfeit, rule, real, topic", PAIRS)
def test_the_counterfeit_is_found_and_its_twin_covers(advice, counterfeit: str, rule: str, real: str, topic: str):
    fired, covered = counterfeits_and_covered(advice, counterfeit)
    assert rule in fired
    assert topic not in covered
    fired, covered = counterfeits_and_covered(advice, real)
    assert not fired
    assert topic in covered


@pytest.mark.parametrize("counterfeit, rule, real, topic", PROBED)
def test_other_wordings_of_the_counterfeits(advice, counterfeit: str, rule: str, real: str, topic: str):
    topic = TOPICS.get(topic, topic)
    fired, covered = counterfeits_and_covered(advice, counterfeit)
    assert rule in fired
    assert topic not in covered
    fired, covered = counterfeits_and_covered(advice, real)
    assert not fired
    assert topic in covered


@pytest.mark.parametrize("text", [
    "Nos clients : petits et grands commerçants du centre-ville qui n'ont pas le temps de gérer leur vitrine.",
    "Audience: teenagers and parents alike who struggle with maths homework.",
])
def test_a_group_qualified_by_its_span_is_no_everyone(advice, text: str):
    fired, covered = counterfeits_and_covered(advice, text)
    assert "plan.everyone-audience" not in fired
    assert "relevance" in covered


def test_a_name_cut_from_a_product_is_no_one():
    text = "La com, on la confie à ChatGPT : il écrit tout."
    assert reading("@actor", text, fold(text), "fr") == []
    text = "La com, on la confie à Léa : elle écrit tout."
    assert reading("@actor", text, fold(text), "fr")


@pytest.mark.parametrize("language, text", [
    ("fr", "Le but : une appli pour les clients fidèles."),
    ("en", "Goal: an app for our regular customers."),
    ("fr", "Objectif : un site dédié à nos clientes."),
])
def test_people_a_tool_is_for_are_no_change(language: str, text: str):
    folded = fold(text)
    assert reading("@aims-at-tool", text, folded, language)
    assert real_aims(folded, language) == []


@pytest.mark.parametrize("language, text", [
    ("en", "Goal: a website for 20 new clients by June."),
    ("fr", "Objectif : un site pour de nouveaux clients d'ici juin."),
    ("fr", "Objectif : être sur Pinterest pour vendre 40 coffrets de plus d'ici Noël."),
])
def test_a_figure_or_more_with_the_people_keeps_the_aim_real(language: str, text: str):
    assert real_aims(fold(text), language)


@pytest.mark.parametrize("language, text", [
    ("fr", "Que tout le monde voie notre logo."),
    ("fr", "Notre nom connu de tout le village."),
    ("en", "Everyone in the valley knows our name."),
    ("en", "Our logo seen by as many people as possible."),
])
def test_everyone_seeing_us_is_being_seen(language: str, text: str):
    assert reading("@being-seen", text, fold(text), language)


@pytest.mark.parametrize("language, text", [
    ("fr", "Tout le monde connaît nos horaires d'ouverture."),
    ("en", "Everyone knows our opening hours."),
])
def test_everyone_knowing_something_else_is_not_being_seen(language: str, text: str):
    assert reading("@being-seen", text, fold(text), language) == []


def test_a_subscriber_count_is_no_reaction_count():
    """Subscribers may pay (a weekly bread box): "the subscriber count" alone is not read as vanity."""
    text = "We check the subscriber count every Friday after close."
    assert reading("@reactions", text, fold(text), "en") == []
    text = "We check the follower count every Friday after close."
    assert reading("@reactions", text, fold(text), "en")


@pytest.mark.parametrize("outsider, member", [
    ("Zoe, our best customer, posts about us all the time.", "Zoe, our community manager, posts every Tuesday."),
    ("Sam, one of our regulars, shares the menu on his page.", "Sam, our waiter, shares the menu on the page every Friday."),
    ("Julie, notre première cliente, publie souvent des photos de ses gâteaux.",
     "Julie, notre stagiaire, publie les photos le mardi."),
])
def test_a_customer_named_is_no_owner(advice, outsider: str, member: str):
    """A name put outside the team by its apposition (a customer, a regular, « une cliente ») does no
    task of the plan; a name put inside it (a role of the team) does."""
    _, covered = counterfeits_and_covered(advice, outsider)
    assert "sustainability" not in covered
    _, covered = counterfeits_and_covered(advice, member)
    assert "sustainability" in covered


@pytest.mark.parametrize("language, rhythm, figure", [
    ("en", "In January we slow to one a week until Easter.", "In January we get to 40 a week by Easter."),
    ("fr", "En janvier on passe à un par semaine jusqu'à Pâques.", "En janvier on passe à 40 par semaine d'ici Pâques."),
])
def test_a_rhythm_in_words_is_no_figure(language: str, rhythm: str, figure: str):
    """"one a week" is how often, not how much: no figure for the purpose; a result in digits still is."""
    assert reading("@figure", rhythm, fold(rhythm), language) == []
    assert reading("@figure", figure, fold(figure), language)


def test_a_cadence_is_no_purpose(advice):
    _, covered = counterfeits_and_covered(advice, "Three posts a week until Christmas; in January we slow to one a week and keep going.")
    assert "purpose" not in covered and "consistency" in covered
    _, covered = counterfeits_and_covered(advice, "By Christmas we want 40 more orders a week, up from 25.")
    assert "purpose" in covered


@pytest.mark.parametrize("text, answered", [
    ("Whoever opens up in the morning clears the inbox and replies to reviews before 10.", True),
    ("The inbox fills up with reviews before 10.", False),
])
def test_who_opens_up_answers_by_a_time_of_day(advice, text: str, answered: bool):
    _, covered = counterfeits_and_covered(advice, text)
    assert ("reputation" in covered) is answered
