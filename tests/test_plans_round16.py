"""Round 16 of issue 15: kinds of statement the plan review misread, each a pair in French and English
(the counterfeits in new words: tests/test_plans_round16_counterfeits.py).

Owners
- A person handed the work and named before a relative clause holds the task ("handed over to Priya, who
  writes them", « confié à Malik, qui publie »); the work split between people, each with a share (« moi
  les photos, Paul les textes »); "Owner → Priya"; the boss, an apprentice, « l'alternante », a team taking
  turns; a refused match ("The posts" read as a name and a task) no longer hides "The posts are Dan's job".
- No owner: the work said by "I" or "we" with whom it is for (@serving: "I write for night-shift nurses");
  a name that likes our posts ("Tom loves our reels"); a role read as a stem ("the app manages and posts
  everything", « l'appli gère et publie tout »); a plan's label ("Execution:").
Audience
- A span of ages before the group it qualifies ("young and old dog owners who…"), a persona pictured
  ("Picture a nurse… with an empty fridge"), being swamped, short of something, ignored or regretting.
- No audience: a place word goes to (« recommandés à tout le quartier »), our own team described (« nos
  vendeuses, qui… »).
Cadence, purpose, measure, channels, mix, answering
- "now and then", opening hours and "a month" are no pace; "monthly", days in the plural, "1 post/wk",
  "the Sunday email", « 2 posts/sem » are. History (@looking-back: "Last year we sold 400 boxes before
  Christmas") is no aim; "the end of the tax year" is a horizon. Counting on someone counts nothing. A
  stand or a noticeboard is a channel. A mix said as what the posts do ("seven teach something, one
  sells") is a mix, what the business sells is not. "No comment goes unanswered for more than a day",
  "every unhappy customer gets a call", a chat's "jo answers the dms" say how people are answered.
"""

from __future__ import annotations

import pytest

from bot.engine.plan.readings import reading
from bot.engine.text import fold
from tests.plan_helpers import counterfeits_and_covered


@pytest.mark.parametrize("handed, nobody", [
    ("The posts are handed over to Priya, who writes them every Monday.",
     "The posts are handed over every Monday."),
    ("We've passed the newsletter on to Tom, who sends it on the first of the month.",
     "We've passed the newsletter on to our members on the first of the month."),
    ("On a confié Instagram à Malik, qui publie le mardi et le vendredi.",
     "On a confié Instagram à une agence le mardi et le vendredi."),
    ("Les vidéos sont confiées à notre apprentie, Chloé, qui les tourne le samedi.",
     "Les vidéos sont tournées le samedi."),
])
def test_a_person_named_before_a_relative_clause_holds_the_task(advice, handed: str, nobody: str):
    _, covered = counterfeits_and_covered(advice, handed)
    assert "sustainability" in covered
    _, covered = counterfeits_and_covered(advice, nobody)
    assert "sustainability" not in covered


def test_a_customer_named_before_a_relative_clause_is_still_no_owner(advice):
    _, covered = counterfeits_and_covered(advice, "Zoe, our best customer, who posts about us all the time, tags the shop.")
    assert "sustainability" not in covered


@pytest.mark.parametrize("served, owner", [
    ("I write for night-shift nurses.", "Ruth writes for night-shift nurses."),
    ("I post for dog owners who work long shifts.", "I post for the shop on Fridays."),
    ("Je publie pour les parents qui travaillent tard.", "Léa publie pour les parents qui travaillent tard."),
    ("Je photographie pour les couples qui se marient sans grand budget.",
     "Je photographie les gâteaux pour la page le mardi."),
])
def test_whom_the_work_is_for_is_no_owner(advice, served: str, owner: str):
    _, covered = counterfeits_and_covered(advice, served)
    assert "sustainability" not in covered
    _, covered = counterfeits_and_covered(advice, owner)
    assert "sustainability" in covered


@pytest.mark.parametrize("language, text, serves", [
    ("en", "We write for night-shift nurses who can't shop before closing.", True),
    ("en", "We write for the blog every week.", False),
    ("fr", "Nous écrivons pour les jeunes parents qui ne dorment plus.", True),
    ("fr", "Nous écrivons pour le blog chaque semaine.", False),
])
def test_serving_reads_whom_the_work_is_for(language: str, text: str, serves: bool):
    assert bool(reading("@serving", text, fold(text), language)) is serves


@pytest.mark.parametrize("group, everyone", [
    ("Our customers are young and old dog owners who can't walk their dogs at lunchtime.",
     "Our customers: young and old people."),
    ("Nos clients : jeunes et vieux propriétaires de chevaux qui n'ont pas de van.",
     "Nos clients : jeunes et vieux, tout le monde."),
    ("Notre public : jeunes et moins jeunes cavaliers qui n'ont pas de van.", "Notre public : jeunes et moins jeunes."),
])
def test_a_span_of_ages_that_qualifies_a_group_is_no_everyone(advice, group: str, everyone: str):
    fired, covered = counterfeits_and_covered(advice, group)
    assert "plan.everyone-audience" not in fired
    assert "relevance" in covered
    fired, _ = counterfeits_and_covered(advice, everyone)
    assert "plan.everyone-audience" in fired


@pytest.mark.parametrize("word_goes, target", [
    ("Nos paniers sont recommandés à tout le quartier par nos clients fidèles.", "Notre cible : tout le quartier."),
    ("Nos clients nous recommandent à tout le quartier.", "Nos clients : tout le quartier, sans exception."),
    ("Our regulars already recommend us to the whole street.", "Our audience: the whole neighbourhood."),
])
def test_a_place_word_goes_to_is_no_audience(advice, word_goes: str, target: str):
    fired, _ = counterfeits_and_covered(advice, word_goes)
    assert "plan.everyone-audience" not in fired
    fired, _ = counterfeits_and_covered(advice, target)
    assert "plan.everyone-audience" in fired


@pytest.mark.parametrize("now_and_then, follow_up", [
    ("Now and then a reel, when someone has a minute, mostly on Fridays.",
     "A reel every Friday until June, then one a fortnight."),
    ("We post now and then, on Mondays mostly.", "We post on Mondays; after the launch we keep going."),
])
def test_now_and_then_is_no_follow_up(advice, now_and_then: str, follow_up: str):
    _, covered = counterfeits_and_covered(advice, now_and_then)
    assert "consistency" not in covered
    _, covered = counterfeits_and_covered(advice, follow_up)
    assert "consistency" in covered


@pytest.mark.parametrize("language, problem, none", [
    ("en", "first-time buyers who drown in mortgage jargon", "first-time buyers who read mortgage guides"),
    ("en", "shop owners short on time in December", "shop owners open in December"),
    ("fr", "les artisans qui font leurs devis le dimanche soir faute de temps", "les artisans qui font leurs devis le dimanche soir"),
    ("fr", "les syndics qui croulent sous les appels", "les syndics qui reçoivent les appels"),
    ("en", "tenants whose landlords ignore damp and mould", "tenants whose landlords fix damp and mould"),
    ("en", "adults who gave up the piano as teenagers and regret it", "adults who took up the piano as teenagers"),
])
def test_being_swamped_or_short_of_something_is_a_difficulty(language: str, problem: str, none: str):
    assert reading("@difficulty", problem, fold(problem), language)
    assert reading("@difficulty", none, fold(none), language) == []


@pytest.mark.parametrize("mix, things", [
    ("Out of every ten posts, seven teach something, two show the team and one sells.",
     "Each month: 40 boxes sold, 2 shows and one sale."),
    ("Sur dix posts, sept apprennent quelque chose, deux montrent l'équipe et un vend.",
     "Chaque mois : deux montres, trois bagues et un collier."),
])
def test_a_mix_said_as_what_the_posts_do(advice, mix: str, things: str):
    _, covered = counterfeits_and_covered(advice, mix)
    assert "content-mix" in covered
    _, covered = counterfeits_and_covered(advice, things)
    assert "content-mix" not in covered


@pytest.mark.parametrize("days, once", [
    ("Tuesdays and Fridays until the fair; after that, Fridays only, all year.",
     "Until the fair; after that, whenever we can, all year."),
    ("Les mardis et vendredis jusqu'au salon ; ensuite, les vendredis seulement, toute l'année.",
     "Jusqu'au salon ; ensuite, quand on peut, toute l'année."),
])
def test_days_in_the_plural_are_how_often(advice, days: str, once: str):
    _, covered = counterfeits_and_covered(advice, days)
    assert "consistency" in covered
    _, covered = counterfeits_and_covered(advice, once)
    assert "consistency" not in covered


@pytest.mark.parametrize("language, horizon, none", [
    ("en", "by the end of the tax year", "by the end of the tax return"),
    ("fr", "pour la fin de l'année fiscale", "pour la déclaration fiscale"),
])
def test_a_year_named_by_its_kind_is_a_horizon(language: str, horizon: str, none: str):
    assert reading("@horizon", horizon, fold(horizon), language)
    assert reading("@horizon", none, fold(none), language) == []


@pytest.mark.parametrize("stand, one", [
    ("A display stand at reception carries a QR code that links to our LinkedIn page.",
     "A QR code at reception links to our LinkedIn page."),
    ("Un présentoir à l'accueil porte un QR code qui renvoie vers notre page LinkedIn.",
     "Un QR code à l'accueil renvoie vers notre page LinkedIn."),
])
def test_a_stand_in_the_shop_is_a_channel(advice, stand: str, one: str):
    _, covered = counterfeits_and_covered(advice, stand)
    assert "multichannel" in covered
    _, covered = counterfeits_and_covered(advice, one)
    assert "multichannel" not in covered


def test_posts_that_tell_are_a_kind_of_content(advice):
    _, covered = counterfeits_and_covered(advice, "Trois posts sur quatre racontent un service concret, le dernier présente nos tarifs.")
    assert "content-mix" in covered
    _, covered = counterfeits_and_covered(advice, "Trois posts sur quatre, le dernier le vendredi.")
    assert "content-mix" not in covered


@pytest.mark.parametrize("fan, owner", [
    ("Tom loves our reels.", "Tom films our reels."),
    ("Ma voisine Claire adore nos vidéos.", "Claire monte nos vidéos le lundi."),
])
def test_someone_who_likes_our_posts_has_no_task(advice, fan: str, owner: str):
    _, covered = counterfeits_and_covered(advice, fan)
    assert "sustainability" not in covered
    _, covered = counterfeits_and_covered(advice, owner)
    assert "sustainability" in covered


@pytest.mark.parametrize("relying, counting", [
    ("Chaque mois, on compte sur nos fidèles pour partager.", "Chaque mois, on compte les réservations."),
    ("Every month we count on our regulars to share the bookings page.", "Every month we count bookings."),
])
def test_counting_on_someone_counts_nothing(advice, relying: str, counting: str):
    _, covered = counterfeits_and_covered(advice, relying)
    assert "measurement" not in covered
    _, covered = counterfeits_and_covered(advice, counting)
    assert "measurement" in covered


def test_our_own_team_described_is_no_audience(advice):
    _, covered = counterfeits_and_covered(advice, "Nos vendeuses, qui n'ont pas le temps de filmer, préfèrent les photos.")
    assert "relevance" not in covered
    _, covered = counterfeits_and_covered(advice, "Nos clientes, qui n'ont pas le temps de venir le samedi, réservent en ligne.")
    assert "relevance" in covered


@pytest.mark.parametrize("hours, pace", [
    ("The shop opens every day in summer; after that we close for a month.",
     "We post every day in summer; after that, twice a week."),
    ("Le magasin ouvre tous les jours l'été ; ensuite, on ferme un mois.",
     "On publie tous les jours l'été ; ensuite, deux fois par semaine."),
    ("After June we close for a month.", "After June we keep a monthly post."),
    ("After the preorder closes, we rest for a week.", "After the preorder closes: 1 post/wk, and the Sunday email keeps going."),
])
def test_opening_hours_and_a_month_are_no_pace(advice, hours: str, pace: str):
    _, covered = counterfeits_and_covered(advice, hours)
    assert "consistency" not in covered
    _, covered = counterfeits_and_covered(advice, pace)
    assert "consistency" in covered


def test_a_team_taking_turns_owns_the_posting(advice):
    fired, covered = counterfeits_and_covered(advice, "Everyone on the team takes a turn posting on Fridays.")
    assert "sustainability" in covered and not fired
    _, covered = counterfeits_and_covered(advice, "Everyone on the team likes the Friday posts.")
    assert "sustainability" not in covered


@pytest.mark.parametrize("history, aim", [
    ("Last year we sold 400 boxes before Christmas.", "Last year we sold 400 boxes before Christmas; this year we want 600."),
    ("L'an dernier, 300 visiteurs sont venus aux portes ouvertes de juin.",
     "L'an dernier, 300 visiteurs ; cette année, on vise 450 d'ici juin."),
    ("- Last year: 400 boxes sold before Christmas.", "Goal: 600 boxes by Christmas, against 400 last year."),
    ("L'année dernière, on a vendu 40 plateaux avant les fêtes.",
     "Objectif : doubler les commandes de plateaux pour les fêtes (40 l'an dernier)."),
])
def test_history_is_no_aim(advice, history: str, aim: str):
    _, covered = counterfeits_and_covered(advice, history)
    assert "purpose" not in covered
    _, covered = counterfeits_and_covered(advice, aim)
    assert "purpose" in covered


@pytest.mark.parametrize("nobody, owner", [
    ("The app manages and posts everything.", "Our manager writes the posts."),
    ("Execution: a tool writes, designs and posts everything.", "Priya: writes everything."),
    ("Exécution : un outil écrit tout.", "Léa : écrit tout."),
    ("L'appli gère et publie tout.", "Notre gérante publie les posts."),
    ("L'outil assiste l'équipe et publie les posts.", "L'assistante programme les posts."),
])
def test_a_role_is_a_word_and_a_label_is_no_one(advice, nobody: str, owner: str):
    _, covered = counterfeits_and_covered(advice, nobody)
    assert "sustainability" not in covered
    _, covered = counterfeits_and_covered(advice, owner)
    assert "sustainability" in covered


def test_i_will_answer_names_who_answers(advice):
    _, covered = counterfeits_and_covered(advice, "I'll answer comments within the day.")
    assert "reputation" in covered
    _, covered = counterfeits_and_covered(advice, "Comments pile up within the day.")
    assert "reputation" not in covered


def test_weekday_posts_are_how_often(advice):
    _, covered = counterfeits_and_covered(advice, "Tuesday and Friday posts until September; after that we keep Friday going.")
    assert "consistency" in covered
    _, covered = counterfeits_and_covered(advice, "Posts until September; after that we keep going.")
    assert "consistency" not in covered


@pytest.mark.parametrize("owner, nobody", [
    ("The posts are Dan's job.", "The posts are the best part of the job."),
    ("Our Saturday girl does the stories; the boss checks them first.", "Our Saturday stories are checked first."),
    ("Notre alternante s'occupe des stories, et la patronne relit tout.", "Les stories sont relues avant d'être publiées."),
])
def test_more_ways_to_name_an_owner(advice, owner: str, nobody: str):
    _, covered = counterfeits_and_covered(advice, owner)
    assert "sustainability" in covered
    _, covered = counterfeits_and_covered(advice, nobody)
    assert "sustainability" not in covered


@pytest.mark.parametrize("answered, unanswered", [
    ("No comment goes unanswered for more than a day.", "Comments come in all day."),
    ("On ne laisse aucun commentaire sans réponse plus de 24 heures.", "Les commentaires arrivent toute la journée."),
    ("Every unhappy customer gets a call from the owner the same day.", "Every unhappy customer tells ten friends."),
])
def test_more_ways_to_say_how_people_are_answered(advice, answered: str, unanswered: str):
    _, covered = counterfeits_and_covered(advice, answered)
    assert "reputation" in covered
    _, covered = counterfeits_and_covered(advice, unanswered)
    assert "reputation" not in covered


@pytest.mark.parametrize("chat, topic, plain", [
    ("sam does the posts, jo answers the dms", "reputation", "sam does the posts, the dms pile up"),
    ("léa fait les photos et répond aux messages le soir", "sustainability", "les photos et les messages arrivent le soir"),
    ("goal = 50 more preorders by xmas", "purpose", "goal = preorders"),
    ("2 posts/sem jusqu'à noël puis 1/sem après", "consistency", "des posts jusqu'à noël puis après"),
    ("we check preorders in the shopify dash every fri", "measurement", "we check the shopify dash"),
    ("on regarde les précommandes dans le tableau de bord chaque ven", "measurement", "on regarde le tableau de bord"),
])
def test_a_plan_typed_as_a_chat(advice, chat: str, topic: str, plain: str):
    _, covered = counterfeits_and_covered(advice, chat)
    assert topic in covered
    _, covered = counterfeits_and_covered(advice, plain)
    assert topic not in covered


@pytest.mark.parametrize("persona, none", [
    ("Picture a nurse finishing a night shift at 8 am with an empty fridge.", "Picture a sunny terrace at 8 am."),
    ("Imaginez une infirmière qui sort de garde à 8 h avec un frigo vide.", "Imaginez une terrasse au soleil à 8 h."),
])
def test_a_persona_pictured_is_an_audience(advice, persona: str, none: str):
    _, covered = counterfeits_and_covered(advice, persona)
    assert "relevance" in covered
    _, covered = counterfeits_and_covered(advice, none)
    assert "relevance" not in covered


@pytest.mark.parametrize("owner, none", [
    ("Owner → Priya (back-up: Tom).", "Owner → to be decided."),
    ("Responsable → Priya (relais : Tom).", "Pour l'instant, personne n'est désigné."),
])
def test_an_owner_label_names_an_owner(advice, owner: str, none: str):
    _, covered = counterfeits_and_covered(advice, owner)
    assert "sustainability" in covered
    _, covered = counterfeits_and_covered(advice, none)
    assert "sustainability" not in covered


@pytest.mark.parametrize("split, none", [
    ("On se partage le travail : moi les photos, Paul les textes.", "On se partage le travail : les photos, les textes."),
    ("We split it: me the photos, Paul the captions.", "We split it: the photos, the captions."),
])
def test_the_work_split_between_people_names_owners(advice, split: str, none: str):
    _, covered = counterfeits_and_covered(advice, split)
    assert "sustainability" in covered
    _, covered = counterfeits_and_covered(advice, none)
    assert "sustainability" not in covered


def test_what_we_sell_is_no_content_mix(advice):
    _, covered = counterfeits_and_covered(advice, "Mostly we sell sourdough, a bit of pastry, and coffee.")
    assert "content-mix" not in covered
    _, covered = counterfeits_and_covered(advice, "Mostly tips; one post in five sells.")
    assert "content-mix" in covered
