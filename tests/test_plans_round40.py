"""Round 40 of issue 15 (session 28, helper plans44): fresh44 written and labelled first, run once, then read by kind.
What must hold, French and English:

- A table's column of who is responsible ("| Owner |", « | Responsable | ») names the team, no audience.
- Checking the comments and messages (to answer them) is no figure read; counting sign-ups still is.
- A network's feed, the noun ("on every feed", « dans tous les fils »), links no channel.
- "Afterwards" after an event ("we talk about the film afterwards", « on en discute après ») is no after the campaign.
- Counting the hearts and the new followers (« on compte les cœurs et les nouveaux abonnés ») is vanity, no measure.
- A round number of thousands said across both accounts ("the Q1 target is 50k across both") is an audience count,
  no objective.
- A follower count beside the account's idleness ("310 followers, nothing posted since March") is where things stand,
  no vanity goal.
- A price under a ceiling (« des recettes à moins de 2 € », "recipes for under £2") is no change aimed at.
- A new pace from a month on ("From July, one a week") and "for as long as we run the programme" are what comes after.
- fresh44 keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from tests.plan_helpers import counterfeit, covers

REGISTER = {
    "en": ("| # | Risk | Mitigation | Owner |\n|---|---|---|---|\n"
           "| R1 | Posting stops when the officer is on leave | Karen at reception covers any leave | Officer |\n"
           "| R2 | News of a closure doesn't reach swimmers | Pin a notice at reception | Pool supervisor |"),
    "fr": ("| # | Risque | Parade | Responsable |\n|---|---|---|---|\n"
           "| R1 | Plus de publication pendant les congés | Karine à l'accueil prend le relais | Chargée de com |\n"
           "| R2 | L'info d'une fermeture n'atteint pas les nageurs | Une affiche à l'accueil | Chef de bassin |"),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_column_of_who_is_responsible_names_no_audience(language):
    covers(REGISTER[language], "audience", language, expected=False)
    covers(REGISTER[language], "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The duty manager checks comments and messages at 10am and 4pm on Saturday and Sunday and replies the same day.",
     False),
    ("fr", "Le responsable de permanence regarde les commentaires et les messages à 10 h et 16 h le samedi et le dimanche, "
           "et répond le jour même.", False),
    ("en", "The duty manager counts the new sign-ups every Monday and sends the figure to the board.", True),
    ("fr", "Le responsable relève les nouvelles inscriptions chaque lundi et envoie le chiffre au bureau.", True),
])
def test_checking_the_inbox_is_no_figure_read(language, plan, expected):
    covers(plan, "measurement", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "The centre is invisible online while the gym down the road is on every feed, on Facebook, Instagram and TikTok.",
     False),
    ("fr", "Le centre est invisible en ligne alors que la salle d'à côté est dans tous les fils, sur Facebook, Instagram et "
           "TikTok.", False),
    ("en", "Each Instagram post links to the newsletter sign-up, and the newsletter sends readers back to Facebook.", True),
    ("fr", "Chaque post Instagram renvoie vers l'inscription à la lettre, et la lettre renvoie vers Facebook.", True),
])
def test_a_feed_the_noun_links_no_channel(language, plan, expected):
    covers(plan, "channels", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Posters in the halls every Monday of term. Each poster's QR code takes you to our Discord, where we talk "
           "about the film afterwards.", False),
    ("fr", "Des affiches dans les résidences chaque lundi du semestre. Le QR code de l'affiche mène au Discord, où on "
           "discute du film après.", False),
    ("en", "A poster every Monday of term; afterwards, over the summer, one post a week.", True),
    ("fr", "Une affiche chaque lundi du semestre ; après, pendant l'été, un post par semaine.", True),
])
def test_afterwards_an_event_is_no_after_the_campaign(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


@pytest.mark.parametrize("language, plan, section, kind", [
    ("fr", "Évaluation : chaque dimanche soir, on compte les cœurs et les nouveaux abonnés, et on affiche le total.",
     "measurement", "vanity"),
    ("en", "Assessment: every Sunday evening we count the hearts and the new followers, and pin the total up.",
     "measurement", "vanity"),
])
def test_counting_hearts_and_followers_is_vanity_no_measure(language, plan, section, kind):
    covers(plan, section, language, expected=False)
    counterfeit(plan, kind, language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Instagram went from 8.2k to 14.9k followers. This is the number we steer by now: the Q1 target is 50k across "
           "both.", False),
    ("fr", "Instagram est passé de 8,2k à 14,9k abonnés. C'est le chiffre qui nous guide : l'objectif du T1, c'est 50k sur "
           "les deux comptes.", False),
    ("en", "The Q1 target is 50 new stockists across both regions.", True),
    ("fr", "L'objectif du T1, c'est 50 nouveaux revendeurs sur les deux régions.", True),
])
def test_thousands_across_both_accounts_are_no_objective(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Instagram: 310 followers, nothing posted since March.", False),
    ("fr", "Instagram : 310 abonnés, rien publié depuis mars.", False),
    ("en", "Instagram: 310 followers by March.", True),
    ("fr", "Instagram : 310 abonnés d'ici mars.", True),
])
def test_a_count_beside_an_idle_account_is_where_things_stand(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)


@pytest.mark.parametrize("language, plan, kind, expected", [
    ("fr", "Sur le compte Instagram, je garderais surtout des choses utiles : des recettes à moins de 2 €.", "presence",
     False),
    ("en", "On the Instagram account I'd keep mostly useful things: recipes for under £2.", "presence", False),
    ("fr", "Notre but : être sur Instagram avec moins de 2 posts par jour.", "presence", True),
    ("en", "Our goal: be on Instagram with less than 2 posts a day.", "presence", True),
])
def test_a_price_under_a_ceiling_is_no_change(language, plan, kind, expected):
    counterfeit(plan, kind, language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Frequency: two posts a week until the end of June. From July, one a week, for as long as we run the programme.",
     True),
    ("fr", "Rythme : deux posts par semaine jusqu'à fin juin. À partir de juillet, un par semaine, aussi longtemps que le "
           "programme tourne.", True),
    ("en", "Frequency: two posts a week until the end of June.", False),
    ("fr", "Rythme : deux posts par semaine jusqu'à fin juin.", False),
])
def test_a_new_pace_from_a_month_on_is_what_comes_after(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


def test_fresh44_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh44"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [27, 6, 1, 30]
    assert first["counterfeits"] == [9, 9]


# Leftovers of round 39 (fresh43b), read by kind.
@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Que ma petite-fille Manon continue de m'aider le mercredi : c'est elle qui prend les photos des nouveautés et "
           "qui les publie.", False),
    ("en", "Ruby keeps helping me on Wednesdays: she takes the photos of the new stock and posts them.", False),
    ("fr", "Un post chaque mercredi toute l'année, et on continue après Noël.", True),
    ("en", "One post every Wednesday all year, and we carry on after Christmas.", True),
])
def test_someone_who_keeps_helping_is_no_pace_carried_on(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Is it harvest season?\n  |-- YES --> Open PressPal. PressPal posts to Instagram and Facebook on its own.\n"
           "  |-- NO --> Same thing.", False),
    ("fr", "C'est la saison ?\n  |-- OUI --> On ouvre PressPal. PressPal publie sur Instagram et Facebook tout seul.\n"
           "  |-- NON --> Pareil.", False),
    ("en", "Each reel: Instagram -> Facebook page, the same clip with the booking link.", True),
    ("fr", "Chaque reel : Instagram -> page Facebook, le même extrait avec le lien de réservation.", True),
])
def test_a_flowchart_arrow_links_no_channel(language, plan, expected):
    covers(plan, "channels", language, expected=expected)


# fresh44b, the clean check, read by kind after its one run.
MEMO = {
    "fr": ("- [x] abonnement Pixaflow pris (19 €/mois)\n"
           "- [ ] Pixaflow choisit les images, écrit la légende et les poste tout seul sur Insta → franchement c'est ça "
           "ma stratégie"),
    "en": ("- [x] Pixaflow subscription sorted (£19/month)\n"
           "- [ ] Pixaflow picks the images, writes the caption and posts them to Insta on its own → honestly that's my "
           "strategy"),
}
HELPER = {
    "fr": ("- [x] Lucie est d'accord (19 € de l'heure)\n"
           "- [ ] Lucie choisit les images, écrit la légende et les poste sur Insta → franchement c'est ça ma stratégie"),
    "en": ("- [x] Lucy said yes (£19 an hour)\n"
           "- [ ] Lucy picks the images, writes the caption and posts them to Insta → honestly that's my strategy"),
}


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_name_subscribed_to_is_a_tool_wherever_it_works(language):
    counterfeit(MEMO[language], "tool", language)
    covers(MEMO[language], "owners", language, expected=False)
    covers(MEMO[language], "channels", language, expected=False)  # the arrow points to a comment, no channel
    counterfeit(HELPER[language], "tool", language, expected=False)
    covers(HELPER[language], "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Pour qui : les jeunes parents qui se disent qu'un shooting, c'est guindé.", True),
    ("en", "Who for: young parents who tell themselves a photo shoot is stiff.", True),
    ("fr", "Pour qui : les jeunes parents qui se disent qu'un shooting, c'est un beau cadeau.", False),
    ("en", "Who for: young parents who tell themselves a photo shoot is a lovely present.", False),
])
def test_a_belief_that_puts_people_off_is_their_problem(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "I make custom celebration cakes in Leeds, and this channel is my marketing plan for next year.", False),
    ("fr", "Je fais des gâteaux sur mesure à Leeds, et cette chaîne est mon plan marketing pour l'an prochain.", False),
    ("en", "By next December, 40 more customers ordering a cake through the channel.", True),
    ("fr", "D'ici décembre prochain, 40 clients de plus qui commandent un gâteau via la chaîne.", True),
])
def test_custom_made_is_no_customers(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "New video every Sunday at 10. And when the wedding season's over, I'm not stopping, still every Sunday "
           "through the winter.", True),
    ("fr", "Nouvelle vidéo chaque dimanche à 10 h. Et quand la saison des mariages est finie, je ne m'arrête pas, "
           "toujours chaque dimanche tout l'hiver.", True),
    ("en", "Two posts a week during term. In July and August, one a week.", True),
    ("fr", "Deux publications par semaine pendant l'année scolaire. En juillet et août, une par semaine.", True),
    ("en", "Two posts a week in July and August.", False),
    ("fr", "Deux posts par semaine en juillet et août.", False),
])
def test_the_pace_after_the_season(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Task | Owner | Due\nWeekly tip post (LinkedIn) | Hamid | all year\nMonthly newsletter | Joy | 1st Tuesday",
     True),
    ("fr", "| Action | Responsable | Échéance |\n|---|---|---|\n| Lettre mensuelle | Joëlle | chaque mois |", True),
    ("en", "Task | Channel | Due\nWeekly tip post | LinkedIn | all year\nMonthly newsletter | TBD | Feb", False),
    ("fr", "| Action | Canal | Échéance |\n|---|---|---|\n| Lettre mensuelle | Facebook | chaque mois |", False),
])
def test_a_task_table_owner_column_names_the_owners(language, plan, expected):
    covers(plan, "owners", language, expected=expected)


@pytest.mark.parametrize("language, plan, kind_found, purpose", [
    ("en", "Goal: 5,000 across both accounts by June.", True, False),
    ("fr", "Objectif : 5 000 sur les deux comptes d'ici juin.", True, False),
    ("en", "Goal: 40 sign-ups by June, 3 on our channels each week.", False, True),
    ("fr", "Objectif : 40 inscriptions d'ici juin, 3 sur nos réseaux chaque semaine.", False, True),
])
def test_a_total_across_our_accounts_is_an_audience_count(language, plan, kind_found, purpose):
    counterfeit(plan, "vanity", language, expected=kind_found)
    covers(plan, "purpose", language, expected=purpose)


@pytest.mark.parametrize("language, plan", [
    ("en", "We bought Tom a new phone.\n\nTom posts every Monday and answers the comments."),
    ("fr", "On a acheté un nouveau téléphone à Tom.\n\nTom publie chaque lundi et répond aux commentaires."),
])
def test_someone_bought_something_is_still_someone(language, plan):
    covers(plan, "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "On s'abonne à Pixaflow (19 €/mois) pour les légendes.", False),
    ("en", "We subscribe to Pixaflow (£19/month) for the captions.", False),
    ("fr", "Objectif : que 500 personnes s'abonnent à notre page d'ici juin.", True),
    ("en", "Goal: 500 people subscribe to our page by June.", True),
])
def test_our_own_subscription_is_no_follower_count(language, plan, expected):
    counterfeit(plan, "vanity", language, expected=expected)
