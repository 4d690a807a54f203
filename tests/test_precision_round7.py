"""Precision on ordinary text, round 7 (issue 11, point 4).

The rules that judge a post written for a public (ask a question, talk to the reader, reader
focus, proud to announce, unsourced figures) keep quiet on texts that are not such posts: a memo
to a company's staff, a tribute or thanks, an automatic notice, someone asking for help, someone
talking for themselves (a fan's "our team", a shop owner venting about "my customers"). Each
case is written twice: with the words that make it that kind of text, the rule is quiet; with
those words taken out, the same brand post is still judged, so the quiet comes from the context
and not from a rule that went deaf. Other rules learn what their phrase does not mean: a title
in quotes is no quotation, "it all seemed effortless" is no promise, "Introducing" spoken by the
news is no brand's voice.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

# (rule, language, the text in its context, the same brand post without the context's words)
CONTEXTS = [
    # a memo to a company's staff (@workplace)
    ("conversation.ask-a-question", "en",
     "We are pleased to announce the formation of a new management committee. Our team leaders from each "
     "business unit will meet every month to set priorities, and the committee will report to the board from "
     "October onwards.",
     "We are pleased to announce the opening of a new tasting room. Our team leaders from each shop will meet "
     "every month to set the menu, and the tasting room will open to the public from October onwards."),
    ("conversation.ask-a-question", "fr",
     "Nous avons le plaisir d'annoncer la création d'un comité de direction élargi. Notre équipe se réunira "
     "chaque mois avec les responsables de chaque site, et Claire Martin a été nommée directrice financière à "
     "compter du 1er octobre prochain.",
     "Nous avons le plaisir d'annoncer l'ouverture d'une salle de dégustation. Notre équipe se réunira chaque "
     "mois avec les responsables de chaque boutique, et la salle ouvrira au public à compter du 1er octobre "
     "prochain."),
    ("conversation.ask-a-question", "en",
     "Over the last few months our team leaders have been testing a new e-mail client. It will be installed on "
     "your desktop next week, and the help pages explain how to move your folders and your address book.",
     "Over the last few months our team leaders have been testing a new garden planner. It will be sold in "
     "our shop next week, and the help pages explain how to plan your beds and your watering."),
    ("relevance.reader-focus", "en",
     "We are pleased to announce that our management committee will meet every month. We will share our "
     "minutes with each business unit.",
     "We are pleased to announce that our tasting room will open every month. We will share our menu with "
     "each shop."),
    ("relevance.proud-to-announce", "en",
     "We are happy to announce that three new employees joined the Portland office this week.",
     "We are happy to announce that three new flavours joined the Portland menu this week."),
    ("relevance.proud-to-announce", "fr",
     "Nous avons le plaisir d'annoncer l'arrivée de trois nouveaux collaborateurs au bureau de Lyon.",
     "Nous avons le plaisir d'annoncer l'arrivée de trois nouveaux parfums à la boutique de Lyon."),
    # a tribute, a remembrance or thanks (@tribute)
    ("relevance.talk-to-the-reader", "en",
     "Every winter we remember the crew members our agency lost. On our day of remembrance our teams "
     "celebrate their lives and their courage.",
     "Every winter we review the crew members our agency trained. On our day of training our teams celebrate "
     "their skills and their courage."),
    ("relevance.talk-to-the-reader", "fr",
     "Chaque hiver, notre équipe rend hommage aux bénévoles qui nous ont quittés, avec des fleurs devant le "
     "local de l'association et la lecture de leurs textes.",
     "Chaque hiver, notre équipe accueille les bénévoles qui nous ont rejoints, avec des fleurs devant le "
     "local de l'association et la lecture de leurs textes."),
    ("relevance.reader-focus", "fr",
     "Chaque janvier, notre équipe rend hommage aux bénévoles que nous avons perdus. Nous déposons des fleurs "
     "devant notre local et nous lisons nos souvenirs d'eux.",
     "Chaque janvier, notre équipe accueille les bénévoles que nous avons formés. Nous déposons des fleurs "
     "devant notre local et nous lisons nos souvenirs d'eux."),
    # an automatic notice (@service-notice)
    ("conversation.ask-a-question", "en",
     "Your order has shipped. Our team packed it this morning and it should arrive within three working days; "
     "the tracking number is in the confirmation, and our store will e-mail again when the parcel is out for "
     "delivery.",
     "The spring range is in. Our team packed it this morning and it should reach the shelves within three "
     "working days; the price list is in the leaflet, and our store will e-mail again when the range is out "
     "for sale."),
    ("conversation.ask-a-question", "fr",
     "Votre commande a été expédiée ce matin. Notre équipe l'a préparée avec soin et elle arrivera sous trois "
     "jours ouvrés ; le numéro de suivi est dans l'espace client, et notre boutique écrira à la livraison.",
     "La nouvelle gamme est arrivée ce matin. Notre équipe l'a préparée avec soin et elle sera en rayon sous "
     "trois jours ouvrés ; la liste des prix est dans le dépliant, et notre boutique écrira à la mise en vente."),
    ("relevance.talk-to-the-reader", "fr",
     "Notre boutique sera fermée lundi pour le jour férié. Notre équipe sera de retour mardi matin et répondra "
     "à chaque message dans l'ordre d'arrivée.",
     "Notre boutique sera repeinte lundi pour le printemps. Notre équipe sera de retour mardi matin et répondra "
     "à chaque message dans l'ordre d'arrivée."),
    # someone talking for themselves (@personal)
    ("relevance.talk-to-the-reader", "en",
     "Our team played terribly tonight, the defence was asleep, the referee saw nothing and the keeper made two "
     "huge mistakes before half time.",
     "Our team played at the town fair tonight, the stand was full, the crowd sang along and the drummer made "
     "two huge solos before half time."),
    ("conversation.ask-a-question", "fr",
     "Mes clients me réclament l'ancienne recette et je n'ai pas le cœur de leur dire que le fournisseur a "
     "fermé. Douze ans que je tiens ce café et ça me fait encore mal, mdr, pour un biscuit.",
     "Mes clients me réclament l'ancienne recette et je suis heureux de leur dire que le fournisseur l'a "
     "refaite. Douze ans que je tiens ce café et elle revient enfin, avec le même biscuit, dès lundi."),
    # someone asking for help (@help-request)
    ("conversation.ask-a-question", "en",
     "Our shop is moving to a new till system next month and I need some help choosing one. Any "
     "recommendations from other small retailers would be welcome, especially on returns and gift cards.",
     "Our shop is moving to a new till system next month and I spent weeks choosing one. The reviews from "
     "other small retailers were a great help, especially on returns and gift cards and loyalty points."),
    ("originality.stock-phrases", "fr",
     "Je cherche un bon compte de pâtisserie à suivre : si vous avez une recommandation, n'hésitez pas à "
     "partager.",
     "Notre nouveau compte de pâtisserie est en ligne : si vous aimez nos recettes, n'hésitez pas à partager."),
]


@pytest.mark.parametrize(("rule", "lang", "in_context", "brand_post"), CONTEXTS,
                         ids=[f"{c[0]}-{c[1]}-{i}" for i, c in enumerate(CONTEXTS)])
def test_a_text_that_is_no_post_to_a_public_is_not_judged_as_one(rule, lang, in_context, brand_post):
    quiet(in_context, lang, rule)
    fires(brand_post, lang, rule)


def test_a_question_to_the_readers_already_speaks_to_them():
    asked = ("Our shop tried three till systems this year and none of them handles gift cards well. Which one "
             "would other small retailers pick for a shop that sells books and coffee?")
    told = asked.replace("Which one would other small retailers pick", "Another one will be picked") \
                .replace("coffee?", "coffee.")
    quiet(asked, "en", "relevance.talk-to-the-reader")
    fires(told, "en", "relevance.talk-to-the-reader")


@pytest.mark.parametrize(("lang", "invitation"), [
    ("en", "we would love to hear about them before the end of the month"),
    ("fr", "envoyez-nous leur nom avant la fin du mois"),
])
def test_an_invitation_to_answer_needs_no_question_mark(lang, invitation):
    opening = {"en": "Our community awards are back this year. If a neighbour, a shop or a volunteer made "
                     "the year better, ",
               "fr": "Les trophées de notre association sont ouverts. Si un voisin, un commerçant ou un bénévole a "
                     "rendu l'année plus belle, "}[lang]
    closing = {"en": ", and our team reads every entry with care.",
               "fr": " : notre équipe lit chaque proposition avec attention."}[lang]
    silent = {"en": "the jury will meet them before the end of the month",
              "fr": "le jury les rencontrera avant la fin du mois"}[lang]
    assert "conversation.ask-a-question" not in fired(opening + invitation + closing, lang)
    assert "conversation.ask-a-question" in fired(opening + silent + closing, lang)


def test_introducing_speaks_for_a_brand_only_when_it_opens_a_sentence_or_a_line():
    rest = ("the spring edition of the makers' guide, with forty workshops from the region, each with opening "
            "hours, prices and the story of the people behind it, in one booklet free at the town hall.")
    assert "conversation.ask-a-question" in fired("Introducing " + rest, "en")
    news = ("The download portal is set to introduce a fee for software vendors from the end of September, with "
            "a monthly package for those who want a better place on the site and a free tier for open projects.")
    quiet(news, "en", "conversation.ask-a-question")


@pytest.mark.parametrize(("lang", "title", "quote"), [
    ("en", 'Next month our community book club reads the novel: "A hundred years of stories from the harbour and '
           'its people", written by a local historian.',
     'Next month our community book club reads: "A hundred years of stories from the harbour and its people". '
     'See you there.'),
    ("fr", "Le mois prochain, notre communauté de lecteurs lit le roman : « Cent ans d'histoires du port et des "
           "gens qui y ont vécu », écrit par un historien du quartier.",
     "Le mois prochain, notre communauté de lecteurs lit : « Cent ans d'histoires du port et des gens qui y ont "
     "vécu ». À bientôt."),
])
def test_a_title_in_quotes_credited_to_its_author_is_no_unsourced_quote(lang, title, quote):
    quiet(title, lang, "credit-sources.unsourced-quote")
    fires(quote, lang, "credit-sources.unsourced-quote")


@pytest.mark.parametrize(("lang", "seen", "promised"), [
    ("en", "They had never met before, yet their talk about football all seemed effortless.",
     "Our method makes selling effortless."),
    ("en", "The influencer told his fans they could get rich on dying brands; regulators call it a Ponzi scheme.",
     "Join our club and get rich on dying brands."),
    ("fr", "Ils se sont parlé toute la soirée comme de vieux amis, tout semblait sans effort.",
     "Notre méthode pour vendre sans effort."),
])
def test_a_promise_seen_or_reported_is_not_made_to_the_reader(lang, seen, promised):
    quiet(seen, lang, "bluff.guaranteed")
    fires(promised, lang, "bluff.guaranteed")


def test_a_greeting_that_opens_a_real_message_is_kept_and_a_bare_one_is_not():
    story = ("Happy Sunday everyone! The storm is over, the garden is under a blanket of snow and the kids are out "
             "building a snowman while the soup warms up on the stove.")
    quiet(story, "en", "originality.generic-greeting")
    fires("Happy Sunday everyone! ☀️", "en", "originality.generic-greeting")
    fires("Bon dimanche à tous ! ☀️", "fr", "originality.generic-greeting")


@pytest.mark.parametrize(("lang", "said", "empty"), [
    ("en", "New episode of our garden podcast is out, Sam talks about growing tomatoes on a balcony.",
     "New episode of our garden podcast is out, link in bio."),
    ("fr", "Nouvel épisode du podcast du club : deux bénévoles racontent leur première saison au potager.",
     "Nouvel épisode du podcast du club, lien en bio."),
])
def test_a_teaser_that_says_what_is_in_it_is_not_empty(lang, said, empty):
    quiet(said, lang, "relevance.empty-teaser")
    fires(empty, lang, "relevance.empty-teaser")


def test_a_share_of_a_total_is_arithmetic_not_a_claim_about_people():
    assert "credit-sources.unsourced-figure" not in fired(
        "Our spot sales were about 20% of total volume last quarter, and the new price rules end in September.", "en")
    assert "credit-sources.unsourced-figure" in fired(
        "Our new range is here: 75% of shoppers read reviews before buying.", "en")


def test_self_praise_in_a_reply_on_a_mailing_list_is_no_brand_news():
    reply = ("RE: [club] summer hike\n\nI am proud of the fact that our company sponsored the hike three years in a "
             "row, and I will bring the maps again.")
    quiet(reply, "en", "relevance.self-congratulation")
    assert "relevance.self-congratulation" in fired(reply.split("\n\n", 1)[1], "en")


@pytest.mark.parametrize(("lang", "reported", "made"), [
    ("en", "A firm promised guaranteed results and effortless returns to its investors; the court heard it was a "
           "Ponzi scheme.",
     "Our firm promises guaranteed results and effortless returns to its investors."),
    ("fr", "Une escroquerie promettait de devenir riche sans effort : le tribunal a condamné ses deux fondateurs.",
     "Notre méthode pour devenir riche sans effort."),
])
def test_a_report_on_a_scam_quotes_the_promise_it_condemns(lang, reported, made):
    quiet(reported, lang, "bluff.guaranteed")
    fires(made, lang, "bluff.guaranteed")


@pytest.mark.parametrize(("lang", "others", "self"), [
    ("en", "We are proud of every single volunteer who gave their time to the food bank this year.",
     "We are proud of our growth and of the award our company won this year."),
    ("fr", "Nous sommes fiers de chacun des bénévoles qui ont donné de leur temps à la banque alimentaire cette année.",
     "Nous sommes fiers de notre croissance et du prix que notre entreprise a remporté cette année."),
])
def test_pride_in_other_people_is_thanks_not_self_praise(lang, others, self):
    quiet(others, lang, "relevance.self-congratulation")
    fires(self, lang, "relevance.self-congratulation")


@pytest.mark.parametrize(("lang", "reader", "closing"), [
    ("en", "I read the whole proposal twice and I have no questions, it is clear and ready to go.",
     "Today's schedule below, no questions."),
    ("fr", "J'ai relu toute la proposition deux fois et je n'ai pas de questions, c'est clair.",
     "Programme de la journée ci-dessous, pas de questions."),
])
def test_having_no_questions_does_not_close_the_conversation(lang, reader, closing):
    quiet(reader, lang, "conversation.closed")
    fires(closing, lang, "conversation.closed")


@pytest.mark.parametrize(("lang", "asking", "bare"), [
    ("en", "Happy Friday everyone, what are your plans for the weekend?", "Happy Friday everyone!"),
    ("fr", "Bon vendredi à tous, qu'est-ce que vous prévoyez ce week-end ?", "Bon vendredi à tous !"),
])
def test_a_greeting_that_asks_the_readers_something_opens_a_conversation(lang, asking, bare):
    quiet(asking, lang, "originality.generic-greeting")
    fires(bare, lang, "originality.generic-greeting")
