"""Pairs round 43 (issue 11): the same post, written in English and in French, is judged the same.

What must hold, each case stated side by side in both languages:
- hard-sell: a pushy post draws a hard-sell finding in both languages. French now reads what English read: the last
  call (« dernier appel »), pre-orders that stop at midnight, "grab yours" (« prenez le vôtre »), "lock in"
  (« bloquez »), "start today" (« commencez aujourd'hui »), "spots are limited" said as a sentence (« les places sont
  limitées »), a count of memberships (« seulement 15 abonnements »), "before they're gone" (« avant qu'il n'y en ait
  plus »); and English reads what French read: "when they're gone, that's it" (« une fois partis »), "one week only",
  "fewer than 50 left" (« moins de 50 restants »), "before someone else does".
- the ordinary twins stay quiet on hard-sell in both: gala tickets with friendly advice to book early ("don't wait too
  long", « ne tardez pas trop »), a webinar for small online shops, a lunch whose last tables are for a sitting named
  by its hour (« le service de 13 h »), a museum that needs no booking though places are limited.
- self-promotion: a brand's comment under someone else's post that does the same and invites people over ("come visit
  us", « venez nous voir ») draws the plug in both languages and no hard-sell; "DM us for a quote", « si vous ne nous
  suivez pas encore » and "check out our profile" draw self-promotion in both; a brand's comment that only shares what
  it tried stays quiet.
- give-first.value-before-ask: "order yours" and « commandez la vôtre », "enrol now" and « inscrivez-vous » ask first in
  both languages.
- relevance.talk-to-the-reader (its premise decided from the article): a look inside the workshop and a customer's
  story owe the reader no "you" in either language; « Voici Karim » presents as "Meet Karim"; « merci aux … » thanks
  as "thanks to the … of you"; a brand that only reports its own presence still draws the rule in both.
- bench.eval counts a pair as judged differently when a topic is found in one language and not the other.
"""

from __future__ import annotations

import pytest

from bench.eval.corpora import Row
from bench.eval.review import Finding, Result, pair_differences
from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."
SELF_PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw a hard-sell finding
PUSHY_PAIRS = [
    ("last call, midnight, grab yours",
     "Last call: the tote bag pre-orders stop at midnight. Grab yours now!",
     "Dernier appel : les précommandes du tote bag s'arrêtent à minuit. Prenez le vôtre maintenant !"),
    ("start today, spots are limited",
     "Marc doubled his sales with our coaching. Start today, spots are limited!",
     "Marc a doublé ses ventes avec notre coaching. Commencez aujourd'hui, les places sont limitées !"),
    ("a count of memberships, before they're gone",
     "Only 20 memberships at this price, sign up before they're gone!",
     "Seulement 20 abonnements à ce prix, inscrivez-vous avant qu'il n'y en ait plus !"),
    ("lock in the old rate",
     "Prices go up at midnight. Lock in the old rate now!",
     "Les prix augmentent à minuit. Bloquez l'ancien tarif maintenant !"),
    ("when they're gone, that's it",
     "The new scarves are here, only 80 made: when they're gone, that's it. Go go go!",
     "Les nouvelles écharpes sont là, seulement 80 faites : une fois parties, c'est fini. Foncez !"),
    ("one week only, before it's gone",
     "Gingerbread latte is back for one week only. Come and get yours before it's gone!",
     "Le latte au pain d'épices revient une semaine seulement. Venez chercher le vôtre avant qu'il disparaisse !"),
    ("fewer than 30 left",
     "Tickets are flying! Fewer than 30 left for Friday, buy yours right now!",
     "Les billets s'arrachent ! Moins de 30 restants pour vendredi, achetez le vôtre tout de suite !"),
    ("someone else first",
     "Still in your basket? Check out before someone else does!",
     "Toujours dans votre panier ? Validez avant que quelqu'un d'autre ne le fasse !"),
]

# (what, English, French): neither may draw a hard-sell finding
ORDINARY_PAIRS = [
    ("gala tickets, friendly advice to book early",
     "Our spring gala is on 3 May at the town hall. Tickets are on sale at £20 and every pound goes to the youth club. "
     "It filled up fast last year, so don't wait too long.",
     "Notre gala de printemps a lieu le 3 mai à la mairie. Les billets sont en vente à 20 € et chaque euro va au club "
     "des jeunes. C'était complet très vite l'an dernier, alors ne tardez pas trop."),
    ("a webinar for small online shops",
     "Free webinar on Tuesday at 7pm: our bookkeeper explains the new invoicing rules for small online shops.",
     "Webinaire gratuit mardi à 19 h : notre comptable explique les nouvelles règles de facturation aux petites "
     "boutiques en ligne."),
    ("a meal's sitting named by its hour",
     "Our Easter lunch menu is up: three courses for £30. Only a few tables left for the 1pm sitting; the noon one "
     "still has room.",
     "Le menu du déjeuner de Pâques est en ligne : trois plats pour 30 €. Il ne reste que quelques tables pour le "
     "service de 13 h ; celui de midi a encore de la place."),
    ("no booking needed though places are limited",
     "The library's craft morning costs £5 and places are limited, but there's no need to book: come early.",
     "La matinée bricolage de la médiathèque coûte 5 € et les places sont limitées, mais pas besoin de réserver : "
     "venez tôt."),
]

# (what, English, French): both draw self-promotion or give-first
PROMO_PAIRS = [
    ("a brand's comment that does the same and invites people over",
     "Lovely idea! We make exactly this at @oakandreed, come and see us on Saturday.",
     "Jolie idée ! On fait exactement la même chose chez @oakandreed, venez nous voir samedi."),
    ("a business's contact for a quote",
     "Looking for a roofer in Bristol? We're a family firm, DM us for a quote!",
     "Vous cherchez un couvreur à Nantes ? On est une entreprise familiale, écrivez-nous en MP pour un devis !"),
    ("the follow asked of those who do not follow yet",
     "We just passed 20,000 followers, thank you! If you're not following us yet, what are you waiting for?",
     "On vient de passer les 20 000 abonnés, merci ! Si vous ne nous suivez pas encore, qu'est-ce que vous attendez ?"),
    ("the brand's profile",
     "Want more recipes like this one? Check out our profile for the whole series.",
     "Envie d'autres recettes comme celle-ci ? Passez voir notre profil pour toute la série."),
    ("order yours",
     "Hand-poured candle, only 150 made. Order yours today!",
     "Bougie coulée à la main, seulement 150 exemplaires. Commandez la vôtre aujourd'hui !"),
    ("enrol now",
     "Doors close on Friday! Enrol now at the launch price.",
     "Fermeture vendredi ! Inscrivez-vous maintenant au prix de lancement."),
]

# (what, English, French): neither may draw relevance.talk-to-the-reader
READER_PAIRS = [
    ("a look inside the workshop",
     "A day in our pottery: Ana throws forty bowls each morning, and every one dries for two days before its first "
     "firing. About one in ten cracks along the way.",
     "Une journée dans notre atelier de poterie : Ana tourne quarante bols chaque matin, et chacun sèche deux jours "
     "avant sa première cuisson. Environ un sur dix se fend en route."),
    ("a customer's story",
     "Customer story: the Hillside choir used to swap rehearsal dates by text; now forty singers keep one shared "
     "calendar in our app, and nobody turned up to an empty hall this winter.",
     "Témoignage : la chorale des Coteaux échangeait ses dates de répétition par SMS ; aujourd'hui quarante choristes "
     "tiennent un seul agenda partagé dans notre appli, et personne n'a trouvé la salle vide cet hiver."),
    ("a new colleague presented",
     "Meet Sofia, our new head of support. She spent ten years at a hotel reception, so nothing surprises her, and her "
     "first project is our weekend reply times.",
     "Voici Sofia, notre nouvelle responsable du support. Elle a passé dix ans à la réception d'un hôtel, alors rien "
     "ne la surprend, et son premier chantier, ce sont nos délais de réponse le week-end."),
]


@pytest.mark.parametrize(("what", "en", "fr"), PUSHY_PAIRS, ids=[p[0] for p in PUSHY_PAIRS])
def test_a_pushy_post_draws_hard_sell_in_both_languages(what, en, fr):
    fires(en, "en", HARD_SELL)
    fires(fr, "fr", HARD_SELL)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PAIRS, ids=[p[0] for p in ORDINARY_PAIRS])
def test_an_ordinary_post_stays_quiet_on_hard_sell_in_both_languages(what, en, fr):
    quiet(en, "en", HARD_SELL)
    quiet(fr, "fr", HARD_SELL)


@pytest.mark.parametrize(("what", "en", "fr"), PROMO_PAIRS, ids=[p[0] for p in PROMO_PAIRS])
def test_a_self_promotional_post_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", SELF_PROMO)
    fires(fr, "fr", SELF_PROMO)


def test_a_brands_come_visit_us_comment_is_the_plug_not_a_hard_sell():
    en, fr = PROMO_PAIRS[0][1], PROMO_PAIRS[0][2]
    fires(en, "en", "self-promotion.plug")
    fires(fr, "fr", "self-promotion.plug")
    quiet(en, "en", HARD_SELL)
    quiet(fr, "fr", HARD_SELL)


def test_a_brands_comment_that_only_shares_what_it_tried_stays_quiet():
    quiet("Great thread! We tried the same window display last spring, and putting the price tags lower changed "
          "everything.", "en", SELF_PROMO)
    quiet("Super fil ! On a testé la même vitrine au printemps dernier, et baisser les étiquettes de prix a tout "
          "changé.", "fr", SELF_PROMO)


@pytest.mark.parametrize(("what", "en", "fr"), READER_PAIRS, ids=[p[0] for p in READER_PAIRS])
def test_a_look_inside_or_someone_elses_story_owes_the_reader_no_you(what, en, fr):
    quiet(en, "en", "relevance.talk-to-the-reader")
    quiet(fr, "fr", "relevance.talk-to-the-reader")


def test_thanks_to_the_people_who_took_part_speak_to_them_in_both_languages():
    quiet("The winner of our bread basket draw is Tom! Thanks to the 250 of you who shared a favourite loaf; we've "
          "collected them all in a list on our blog.", "en", "relevance.talk-to-the-reader")
    quiet("Le gagnant du tirage de la corbeille à pain est Tom ! Merci aux 250 personnes qui ont partagé leur pain "
          "préféré ; on les a tous réunis dans une liste sur notre blog.", "fr", "relevance.talk-to-the-reader")


def test_a_brand_that_only_reports_its_own_presence_still_owes_the_reader_a_word():
    fires("Our team spent three days at the Nantes craft fair. A packed stand from opening to close, dozens of "
          "meetings and a wonderful energy all week long.", "en", "relevance.talk-to-the-reader")
    fires("Notre équipe a passé trois jours au salon de l'artisanat de Nantes. Un stand plein de l'ouverture à la "
          "fermeture, des dizaines de rencontres et une belle énergie toute la semaine.", "fr",
          "relevance.talk-to-the-reader")


def _result(pair: str, lang: str, topics: list[str]) -> Result:
    row = Row(f"x-{lang}:{pair}", "text", "ok", lang, f"{lang}_pairs", "ours", pair)
    findings = tuple(Finding(f"{t}.rule", t, "warning", "text") for t in topics)
    return Result(row, lang, "ready", findings, None)


def test_the_eval_counts_a_pair_as_judged_differently_when_a_topic_is_found_in_one_language_only():
    results = [_result("p1", "en", ["hard-sell"]), _result("p1", "fr", ["hard-sell"]),
               _result("p2", "en", ["hard-sell", "give-first"]), _result("p2", "fr", ["hard-sell"]),
               _result("p3", "en", []), _result("p3", "fr", ["relevance"])]
    assert pair_differences(results) == {"p2": ["give-first"], "p3": ["relevance"]}
