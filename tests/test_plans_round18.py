"""Round 18 of issue 15: kinds of statement the plan review misread, each a pair in French and English
(sentences of our own; bench/plans/probe18 holds more of them).

Counterfeits
- Presence: a name, a logo or a handle on every (new) network, or being what people see first wherever they
  look, is presence as the aim; « Réussir, c'est que… » opens an aim. Being more regular on a network is a pace,
  not presence.
- A tool: "nothing left to decide", "set it and forget it", "our website will do the selling", "with no effort
  from us", « le chatbot s'occupera de notre marketing », « nos modèles Canva, c'est la stratégie », "that covers
  the marketing": a tool said to do the work.
- Vanity: a headline number or a compass that is reach or saves ("our monthly reach", « le nombre
  d'enregistrements par carrousel »).
- Everyone: whom the door is open to ("is welcome", « sont les bienvenus ») and a list of students, parents…
  ending in everyone name the audience as everyone.
Sections
- Purpose: a change said as a passive after a modal ("the slots should be booked"), winning back lost custom, a
  shift of where business comes from ("instead of through the agencies"), « l'été prochain », and a short
  question answered on its line; an aim told in the past tense with nothing ahead is history.
- Audience: a persona by name ("Think of Maria: 34, …"), the audience as one ideal person ("our sweet spot"),
  problems said as what happens to people ("find everything shut", "have given up", « se noient », people
  asking for it).
- Measurement: a figure taken from a system or a book ("taken from the booking system"); a time that comes back
  ("checked at month-end") is when a figure is read, not the horizon of an aim.
- Answering: nobody waiting more than some hours for a reply, questions "picked up by" someone; « personne »
  (nobody) is no audience, now that « persona » no longer stems like it.
- Channels: screens and signs carry a message, and one showing the other's handle or latest posts links them.
- Cadence: a season after a semicolon, "through Q3; from October", "doesn't stop when the sale does"; not
  "our regulars" (a stem of "regularly"), "since then", customers' visiting days, nor last year's pace.
- Owners: a rota said day then name after what it is for ("Posting rota: Mon Lina, Wed Theo"), a duty handed to
  someone ("Inbox duty falls to whoever is on the late shift", « les messages reviennent à la personne de
  permanence »); not market days in towns. Also "whoever opens the shop", « la personne qui ouvre la boutique », customer service; not customers
  posting reviews, nor « beaucoup » (a quantity), and « persona » no longer hides « personne ».
- Content mix: "one thing only", « une seule chose » count what is measured, not a share of the posts; "how-to"
  and vouchers are kinds of content.
History
- A habit that is over ("Sue used to post the odd photo", « Suzanne postait de temps en temps ») names no owner and no
  mix, unless the sentence looks ahead.
Statements
- A chat message's time stamp starts a statement ("[18:15] Hugo : …").
- A sentence that runs on for a whole plan, clauses between semicolons, is read clause by clause.
- The items under a Markdown heading ("## Canaux") are the parts of one point, as under a label line.
"""

from __future__ import annotations

import pytest

from bot.engine.plan.readings import reading
from bot.engine.plan.statements import statements
from bot.engine.text import fold
from tests.plan_helpers import counterfeits_and_covered

PRESENCE, VANITY, TOOL, EVERYONE = ("plan.presence-as-goal", "plan.vanity-metrics", "plan.tool-as-plan",
                                    "plan.everyone-audience")


def covered(advice, text: str) -> set[str]:
    return counterfeits_and_covered(advice, text)[1]


def fired(advice, text: str) -> set[str]:
    return counterfeits_and_covered(advice, text)[0]


# -- counterfeits -------------------------------------------------------------------------------------


@pytest.mark.parametrize("presence, twin", [
    ("Our first goal this year: grab our name on each new social network the day it launches.",
     "Our logo is on every cup we sell."),
    ("Premier objectif : notre nom sur chaque nouveau réseau social dès sa sortie.",
     "Notre logo est sur chaque gobelet vendu."),
    ("Priority two is being the gallery people see first whenever they look up art, on Google, Instagram and TikTok.",
     "Priority two: 30 more visitors a week by June, up from 12."),
    ("Notre objectif : que notre salle soit celle que les grimpeurs voient en premier, sur Google, Instagram et partout ailleurs.",
     "Notre objectif : 30 abonnements de plus d'ici juin, contre 12 aujourd'hui."),
    ("Réussir, pour nous, c'est que notre logo apparaisse partout où les gens regardent en ligne.",
     "Réussir, pour nous, c'est signer 20 nouveaux clients d'ici juin."),
])
def test_a_name_on_every_network_or_being_seen_first_is_presence_as_the_aim(advice, presence: str, twin: str):
    assert PRESENCE in fired(advice, presence)
    assert PRESENCE not in fired(advice, twin)


@pytest.mark.parametrize("pace, presence", [
    ("This year I'd like to be more consistent on Instagram.", "Goal: be on Instagram, TikTok and Pinterest."),
    ("Cette année, j'aimerais être plus régulier sur Instagram.", "Objectif : être sur Instagram, TikTok et Pinterest."),
])
def test_being_more_regular_on_a_network_is_a_pace_not_presence(advice, pace: str, presence: str):
    assert PRESENCE not in fired(advice, pace)
    assert PRESENCE in fired(advice, presence)


@pytest.mark.parametrize("tool, twin", [
    ("We've bought a marketing bot; from then on there's nothing left to decide.",
     "We've bought a scheduling app; Nina decides what goes out each Monday."),
    ("On a acheté un robot marketing ; à partir de là, il n'y a plus rien à décider.",
     "On a acheté une appli de programmation ; Nina décide chaque lundi de ce qui sort."),
    ("Set it and forget it: the AI assistant writes, designs and publishes everything.",
     "The AI assistant drafts the captions; Nina rewrites and publishes them."),
    ("On la règle et on l'oublie : l'appli écrit, met en page et publie tout.",
     "L'appli propose des légendes ; Nina les réécrit et les publie."),
    ("Our website will do the selling from now on, with no effort from us.",
     "Our website takes the evening orders; Sam does the selling at the market."),
    ("Notre site fera la vente à partir de maintenant, sans effort de notre part.",
     "Notre site prend les commandes du soir ; Julie fait la vente au marché."),
    ("Le chatbot s'occupera désormais de notre marketing.", "Léa s'occupera désormais de notre marketing."),
    ("Nos modèles Canva, c'est la stratégie.", "Nos modèles Canva servent à Léa pour les affiches."),
    ("We bought a year of ready-made scheduled posts; that covers the marketing.",
     "We bought a year of photo credits; Sam writes every post."),
    ("On a acheté un an de posts programmés tout faits ; ça couvre la com.",
     "On a acheté un an de crédits photo ; Sam écrit chaque post."),
])
def test_a_tool_said_to_do_the_work_is_the_plan_as_a_tool(advice, tool: str, twin: str):
    assert TOOL in fired(advice, tool)
    assert TOOL not in fired(advice, twin)


@pytest.mark.parametrize("everyone, twin", [
    ("Anyone who wants to get fit is welcome — beginners, pros, teens, grandparents, everybody.",
     "Night-shift nurses who can't sleep after a late shift are welcome at the 7am class."),
    ("Tout le monde est le bienvenu : débutants, ados, grands-parents, tout le monde.",
     "Les infirmières de nuit qui n'arrivent pas à dormir sont les bienvenues au cours de 7 h."),
    ("On ne veut se fermer aucune porte : étudiants, parents, retraités, touristes, tout le monde.",
     "On vise les étudiants qui révisent tard et n'ont plus de café chez eux."),
])
def test_whom_the_door_is_open_to_names_everyone_as_the_audience(advice, everyone: str, twin: str):
    assert EVERYONE in fired(advice, everyone)
    assert EVERYONE not in fired(advice, twin)


# -- sections -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("aim, no_aim", [
    ("By spring, the empty Monday slots should be booked.", "By spring, the new sign should be up."),
    ("D'ici le printemps, les créneaux vides du lundi doivent être réservés.", "D'ici le printemps, la nouvelle enseigne doit être posée."),
    ("The point of all this: getting back the Sunday lunch crowd we lost during the roadworks, before Christmas.",
     "The point of all this: a nicer feed before Christmas."),
    ("L'enjeu : retrouver d'ici Noël la clientèle du dimanche midi perdue pendant les travaux.",
     "L'enjeu : un plus joli fil d'ici Noël."),
    ("If this works, by next summer half our bookings will come straight to us instead of through the agencies.",
     "By next summer the bookings page will have a new look."),
    ("Si ça marche, l'été prochain la moitié des réservations arrivera en direct plutôt que par les agences.",
     "L'été prochain, la page de réservation aura un nouveau look."),
    ("What do we want by June? Ten companies on the lunch delivery list.", "What do we post by June? Ten photos of the lunch boxes."),
    ("Que veut-on d'ici juin ? Dix entreprises inscrites à la livraison du midi.", "Que poste-t-on d'ici juin ? Dix photos des plateaux."),
])
def test_an_aim_said_as_a_passive_a_win_back_a_shift_or_an_answered_question_is_a_purpose(advice, aim: str, no_aim: str):
    assert "purpose" in covered(advice, aim)
    assert "purpose" not in covered(advice, no_aim)


@pytest.mark.parametrize("history, ahead", [
    ("Our target last year was 100 new members by June; we got 70.",
     "Last year our goal was 50 members by June; this year we want 80 by June."),
    ("L'an dernier, notre objectif était 100 nouveaux adhérents d'ici juin ; on en a eu 70.",
     "L'an dernier notre objectif était 50 adhérents en juin ; cette année, on vise 80 d'ici juin."),
])
def test_an_aim_told_in_the_past_tense_is_history_unless_the_sentence_looks_ahead(advice, history: str, ahead: str):
    assert "purpose" not in covered(advice, history)
    assert "purpose" in covered(advice, ahead)


@pytest.mark.parametrize("audience, no_audience", [
    ("Think of Maria: 34, two kids, works from home and never has time to cook at lunch.",
     "Think of the menu: 34 dishes, two of them vegan."),
    ("Prenons Julie : 34 ans, deux enfants, en télétravail, jamais le temps de cuisiner le midi.",
     "Prenons la carte : 34 plats, dont deux végétariens."),
    ("Our sweet spot is the small landlord with two or three flats and no time to chase repairs.",
     "Our sweet spot is the corner by the window."),
    ("We're writing for shift workers who only get to the shops after 9pm and find everything shut.",
     "Our shop is on the high street next to the bank."),
    ("Customers: gardeners with clay soil who have given up on roses.", "Customers: gardeners from the village."),
    ("Pour qui : les artisans qui viennent de s'installer et qui se noient dans la paperasse.",
     "Pour qui : les artisans du canton."),
    ("Les patients qui travaillent assis toute la journée nous le demandent.", "Les patients viennent surtout le matin."),
])
def test_a_persona_an_ideal_customer_and_a_problem_told_by_what_happens_name_an_audience(advice, audience: str, no_audience: str):
    assert "relevance" in covered(advice, audience)
    assert "relevance" not in covered(advice, no_audience)


@pytest.mark.parametrize("measure, no_measure", [
    ("Scoreboard: paid memberships, taken from the booking system at the end of each month.",
     "Scoreboard: we'll look at the stats at the end of each month."),
    ("Chaque mois, les adhésions payées, tirées du logiciel de réservation.",
     "Chaque mois, on regardera les statistiques."),
])
def test_a_figure_taken_from_a_system_at_a_date_is_a_measure(advice, measure: str, no_measure: str):
    assert "measurement" in covered(advice, measure)
    assert "measurement" not in covered(advice, no_measure)


@pytest.mark.parametrize("linked, apart", [
    ("Instagram and the waiting-room screen work together: the screen shows our latest Instagram posts with the handle.",
     "We have a screen in the waiting room and a Facebook page."),
    ("L'écran de la salle d'attente affiche nos dernières publications Instagram, et chaque publication renvoie à la page du forfait.",
     "On a un écran dans la salle d'attente et une page Facebook."),
    ("La page Instagram et le panneau au bord de la route : le panneau affiche le nom du compte.",
     "La page Instagram et le panneau au bord de la route."),
])
def test_screens_and_signs_are_channels_and_showing_the_others_handle_links_them(advice, linked: str, apart: str):
    assert "multichannel" in covered(advice, linked)
    assert "multichannel" not in covered(advice, apart)


@pytest.mark.parametrize("cadence, no_cadence", [
    ("Deux fois par semaine d'avril à novembre ; l'hiver, une fois par mois.", "Deux fois par semaine d'avril à novembre."),
    ("Two posts a week in spring; in winter, one a month.", "Two posts a week in spring."),
    ("Tuesday and Thursday through Q3; from October, Tuesdays only.", "Tuesday and Thursday through Q3."),
    ("Deux posts par semaine jusqu'au T3 ; à partir d'octobre, un seul.", "Deux posts par semaine jusqu'au T3."),
    ("Every Wednesday at noon, and it doesn't stop when the sale does.", "Every Wednesday at noon during the sale."),
    ("Chaque mercredi à midi, et ça ne s'arrête pas avec les soldes.", "Chaque mercredi à midi pendant les soldes."),
])
def test_a_season_a_quarter_turning_or_not_stopping_says_what_comes_after(advice, cadence: str, no_cadence: str):
    assert "consistency" in covered(advice, cadence)
    assert "consistency" not in covered(advice, no_cadence)


@pytest.mark.parametrize("no_pace, pace", [
    ("We opened in 2019 and the shop has grown a lot since then. Our regulars are mostly office workers.",
     "We post regularly, every Friday, and keep going after the summer."),
    ("Beaucoup passent le samedi matin après le marché.", "On publie le samedi matin, et on continue après l'été."),
    ("Our regulars pop in on Saturdays after the market.", "We post on Saturdays, and keep going after the market season."),
    ("Last year we posted twice a week and then stopped after the summer.",
     "We post twice a week, and after the summer we keep one a week."),
    ("L'an dernier, on publiait deux fois par semaine, puis on a arrêté après l'été.",
     "On publie deux fois par semaine, puis une fois par semaine après l'été."),
])
def test_our_regulars_customers_visits_and_last_years_pace_are_no_cadence(advice, no_pace: str, pace: str):
    assert "consistency" not in covered(advice, no_pace)
    assert "consistency" in covered(advice, pace)


@pytest.mark.parametrize("owner, nobody", [
    ("Whoever opens the shop takes the morning photo and posts it.", "The shop opens at 8 and the photo goes up at 9."),
    ("La personne qui ouvre la boutique prend la photo du matin et la publie.", "La boutique ouvre à 8 h et la photo sort à 9 h."),
    ("Customer service answers messages within a day.", "Customers post reviews on Google."),
    ("Le service client répond aux messages dans la journée.", "Clients publient des avis sur Google."),
    ("La personne de permanence prend la photo.", "Beaucoup passent le samedi matin après le marché."),
])
def test_a_role_by_its_duty_is_an_owner_and_customers_or_a_quantity_are_not(advice, owner: str, nobody: str):
    assert "sustainability" in covered(advice, owner)
    assert "sustainability" not in covered(advice, nobody)


def test_a_role_that_names_its_place_ends_before_it():
    text = "Whoever opens the shop takes the photo."
    folded = fold(text)
    assert [folded[s:e] for s, e in reading("@actor", text, folded, "en")] == ["whoever opens"]


# -- statements -----------------------------------------------------------------------------------------


def test_a_chat_messages_time_stamp_starts_a_statement():
    chat = ("[18:13] Hugo : des photos des activités, les parents adorent\n"
            "[18:13] Nadia : ok, et Léa pourra aider quand elle n'est pas en section\n"
            "[18:15] Hugo : on avait 40 familles inscrites l'an dernier")
    found = [chat[s.span[0]:s.span[1]] for s in statements(chat, ((0, len(chat)),))]
    assert len(found) == 3
    assert found[1].startswith("[18:13] Nadia")


@pytest.mark.parametrize("measure_only, mix", [
    ("Success will be measured by one thing only: how many likes our exercise videos get.",
     "Mix: 60 % students' pieces, 30 % how-to, 10 % gift vouchers."),
    ("Le succès se mesurera à une seule chose : le nombre de j'aime sur nos vidéos d'exercices.",
     "Contenus : 60 % de pièces d'élèves, 30 % de tutos, 10 % de bons cadeaux."),
])
def test_one_thing_only_is_what_is_measured_not_a_share_of_the_posts(advice, measure_only: str, mix: str):
    assert "content-mix" not in covered(advice, measure_only)
    assert "content-mix" in covered(advice, mix)


RUN_ON = {
    "en": ("Bramble Books plan: we want our Saturday story hour full every week by the end of spring (it's half empty now), "
           "so we'll aim our posts at parents of under-fives who are stuck indoors on rainy weekends and don't know what to "
           "do with restless toddlers; Facebook is where they are, and every post will link to the sign-up sheet on our "
           "website; Anna writes and posts, and Pete covers when she's off; Anna replies to comments the same day."),
    "fr": ("Plan de la librairie : on veut que l'heure du conte du samedi soit pleine chaque semaine d'ici la fin du printemps "
           "(elle est à moitié vide aujourd'hui), donc nos posts viseront les parents d'enfants de moins de cinq ans qui tournent "
           "en rond à la maison les week-ends de pluie ; ils sont sur Facebook, chaque post renverra à la feuille d'inscription "
           "sur notre site ; Anne écrit et publie, Pierre la remplace quand elle est absente ; Anne répond aux commentaires le jour même."),
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_plan_in_one_run_on_sentence_is_read_clause_by_clause(advice, language: str):
    found = covered(advice, RUN_ON[language])
    assert {"purpose", "relevance", "sustainability"} <= found


def test_a_short_sentence_with_semicolons_stays_one_statement():
    text = "Two posts a week until June; after that, one a week; Sam posts."
    assert len(statements(text, ((0, len(text)),))) == 1
    long = RUN_ON["en"]
    assert len(statements(long, ((0, len(long)),))) == 4


@pytest.mark.parametrize("vanity, twin", [
    ("The headline number for the board will be our monthly reach.",
     "The headline number for the board: bookings that came from Instagram, counted each month."),
    ("Le chiffre phare pour le conseil sera notre portée mensuelle.",
     "Le chiffre phare pour le conseil : les réservations venues d'Instagram, relevées chaque mois."),
    ("Our north star is the number of saves per carousel.", "Our north star is the number of repeat orders per month."),
    ("Notre boussole : le nombre d'enregistrements par carrousel.", "Notre boussole : le nombre de commandes répétées par mois."),
])
def test_a_headline_number_that_is_reach_or_saves_is_vanity(advice, vanity: str, twin: str):
    assert VANITY in fired(advice, vanity)
    assert VANITY not in fired(advice, twin)


@pytest.mark.parametrize("tool, twin", [
    ("Zapier runs the whole show: a new product in the shop becomes a post on every network.",
     "Zapier copies each new product into a draft; Tom checks it and posts it."),
    ("Notre stratégie : un influenceur IA qui publie pour nous.", "Notre stratégie : Léa publie pour nous, avec une appli de programmation."),
])
def test_a_tool_running_the_whole_show_is_the_plan_as_a_tool(advice, tool: str, twin: str):
    assert TOOL in fired(advice, tool)
    assert TOOL not in fired(advice, twin)


@pytest.mark.parametrize("refused, aimed", [
    ("We don't want to be everywhere: LinkedIn and the newsletter are enough for the firms we serve.",
     "Goal: be everywhere, from LinkedIn to TikTok."),
    ("On ne veut pas être partout : LinkedIn et la lettre suffisent pour les entreprises qu'on sert.",
     "Objectif : être partout, de LinkedIn à TikTok."),
])
def test_refusing_to_be_everywhere_is_no_presence_as_the_aim(advice, refused: str, aimed: str):
    assert PRESENCE not in fired(advice, refused)
    assert PRESENCE in fired(advice, aimed)


@pytest.mark.parametrize("linked, apart", [
    ("Our website is where bookings happen, and Instagram sends people there.",
     "Our website is where bookings happen, and we have an Instagram account."),
    ("Notre site, c'est là que se font les réservations, et Instagram y envoie les gens.",
     "Notre site, c'est là que se font les réservations, et on a un compte Instagram."),
])
def test_one_channel_sending_people_to_the_other_links_them(advice, linked: str, apart: str):
    assert "multichannel" in covered(advice, linked)
    assert "multichannel" not in covered(advice, apart)


@pytest.mark.parametrize("owner, nobody", [
    ("Posting rota: Mon Lina, Wed Theo, Fri Lina.", "Markets: Mon Leeds, Wed York."),
    ("Roulement : lundi Lina, mercredi Théo, vendredi Lina.", "Marchés : lundi Lyon, mercredi Vienne."),
    ("Inbox duty falls to whoever is on the late shift; they reply before leaving.", "The credit goes to the whole town."),
    ("Les messages reviennent à la personne de permanence le soir ; elle répond avant de partir.",
     "Le mérite revient à toute l'équipe."),
])
def test_a_rota_day_by_day_or_a_duty_handed_to_someone_names_an_owner(advice, owner: str, nobody: str):
    assert "sustainability" in covered(advice, owner)
    assert "sustainability" not in covered(advice, nobody)


@pytest.mark.parametrize("over, ahead", [
    ("Sue used to post the odd photo of new stock but stopped when she went part-time.",
     "Sue used to post on Fridays; from now on, Sue will post on Tuesdays."),
    ("Suzanne postait de temps en temps une photo des nouveautés, mais elle a arrêté.",
     "Suzanne postait le vendredi ; désormais elle publiera le mardi."),
])
def test_a_habit_that_is_over_names_no_owner_unless_the_sentence_looks_ahead(advice, over: str, ahead: str):
    assert "sustainability" not in covered(advice, over)
    assert "sustainability" in covered(advice, ahead)


@pytest.mark.parametrize("history, mix", [
    ("Last year we mostly posted offers, with the odd photo of the shop.",
     "This year we'll mostly post tips, with the odd offer."),
    ("L'an dernier, on postait surtout des promos, avec de temps en temps une photo de la boutique.",
     "Cette année, on postera surtout des conseils, avec de temps en temps une offre."),
])
def test_last_years_mix_is_history_not_a_mix(advice, history: str, mix: str):
    assert "content-mix" not in covered(advice, history)
    assert "content-mix" in covered(advice, mix)


@pytest.mark.parametrize("answering", [
    "Nobody waits more than four hours for a reply from us during opening times.",
    "Personne n'attend plus de quatre heures une réponse de notre part pendant les heures d'ouverture.",
    "Questions under the posts get picked up by Mo by the end of the day.",
    "Les questions sous les posts sont reprises par Mo avant la fin de la journée.",
])
def test_nobody_waiting_and_questions_picked_up_are_answering(advice, answering: str):
    found = covered(advice, answering)
    assert {"conversation", "reputation"} & found
    assert "relevance" not in found


@pytest.mark.parametrize("measure, aim", [
    ("The till tells us: repeat visits, checked at month-end against last month.",
     "Goal: 30 more repeat visits a month by year-end, against 20 last month."),
    ("La caisse nous le dira : les visites répétées, comparées chaque fin de mois au mois d'avant.",
     "Objectif : 30 visites répétées de plus par mois d'ici la fin de l'année, contre 20 le mois dernier."),
])
def test_a_time_that_comes_back_is_when_a_figure_is_read_not_a_horizon(advice, measure: str, aim: str):
    assert "purpose" not in covered(advice, measure)
    assert "purpose" in covered(advice, aim)


@pytest.mark.parametrize("refused, vanity", [
    ("We have about 1,200 followers on Instagram; we won't judge the plan by that number.",
     "Success is 1,200 more followers on Instagram by June."),
    ("On a environ 1 200 abonnés sur Instagram ; on ne jugera pas le plan à ce chiffre.",
     "Le succès, c'est 1 200 abonnés de plus sur Instagram d'ici juin."),
])
def test_a_follower_count_the_plan_refuses_to_be_judged_by_is_no_vanity(advice, refused: str, vanity: str):
    assert VANITY not in fired(advice, refused)
    assert VANITY in fired(advice, vanity)


def test_a_handle_in_the_description_links_two_channels_and_a_closing_question_does_not(advice):
    assert "multichannel" in covered(advice, "Instagram and our Google profile: the profile's photos are the same "
                                             "before/afters, with the Instagram handle in the description.")
    assert "multichannel" not in covered(advice, "We post on Instagram and Facebook; each post ends with a question.")


@pytest.mark.parametrize("typed, section", [
    ("every tues a post, n we keep going after summer", "consistency"),
    ("ts les mardis un post, et on continue apres l'été", "consistency"),
    ("tracking: no. of bookings, counted every mon", "measurement"),
    ("suivi : nb de résas, compté ts les lundis", "measurement"),
])
def test_a_weekday_or_every_typed_short_still_gives_the_pace(advice, typed: str, section: str):
    assert section in covered(advice, typed)
    assert section not in covered(advice, typed.replace("every tues", "one tues").replace("ts les mardis", "un mardi")
                                  .replace("every mon", "one mon").replace("ts les lundis", "un lundi"))


@pytest.mark.parametrize("text, section, twin", [
    ("We post the same video on both TikTok and Instagram, and each caption names the other account.", "multichannel",
     "We post on both TikTok and Instagram."),
    ("On poste la même vidéo sur TikTok et sur Instagram, et chaque légende cite l'autre compte.", "multichannel",
     "On poste sur TikTok et sur Instagram."),
    ("Weekly newsletter during the launch; once it's over, a monthly one.", "consistency",
     "Weekly newsletter during the launch."),
    ("Any complaint in the comments: acknowledge it publicly, then move it to DMs.", "reputation",
     "Complaints in the comments happen."),
    ("Toute plainte en commentaire : on la reconnaît publiquement, puis on passe en message privé.", "reputation",
     "Des plaintes en commentaire, ça arrive."),
])
def test_naming_the_other_account_once_its_over_and_acknowledging_a_complaint(advice, text: str, section: str, twin: str):
    assert section in covered(advice, text)
    assert section not in covered(advice, twin)


@pytest.mark.parametrize("text, counterfeit, twin", [
    ("On n'est pas difficiles sur qui achète : jeunes, vieux, riches, fauchés, tout nous va.", EVERYONE,
     "On vise les jeunes couples qui achètent leur premier canapé et n'ont pas de voiture pour le transporter."),
    ("We've handed the whole thing to an AI agency package and won't need to think about socials again.", TOOL,
     "Our agency package includes Sam, who writes every post."),
    ("On a tout confié à une formule d'agence IA et on n'aura plus jamais à penser aux réseaux.", TOOL,
     "Notre formule d'agence comprend Sam, qui écrit chaque post."),
])
def test_a_list_that_takes_anyone_and_an_ai_agency_that_frees_us_are_counterfeits(advice, text: str, counterfeit: str, twin: str):
    assert counterfeit in fired(advice, text)
    assert counterfeit not in fired(advice, twin)


@pytest.mark.parametrize("heading, items", [
    ("## Canaux", ("- Instagram : photos du fournil, et chaque post rappelle la précommande par SMS",
                   "- SMS du samedi soir aux clients inscrits, avec le lien vers le dernier post")),
    ("## Channels", ("- Instagram: photos from the bakehouse, each post reminding people of the SMS preorder",
                     "- SMS on Saturday evening to the customers signed up, with the link to the latest post")),
])
def test_the_items_under_a_markdown_heading_are_read_together(advice, heading: str, items: tuple[str, str]):
    together = heading + "\n" + "\n".join(items)
    assert "multichannel" in covered(advice, together)
    apart = "\n\n".join(items)  # two separate points, no heading over them
    assert "multichannel" not in covered(advice, apart)


@pytest.mark.parametrize("nobody, somebody", [
    ("Who answers the messages? Nobody yet.", "Who answers the messages? Sam, within a day."),
    ("Qui répond aux messages ? Personne pour l'instant.", "Qui répond aux messages ? Sam, dans la journée."),
])
def test_a_question_answered_by_nobody_names_no_owner_and_no_one_answering(advice, nobody: str, somebody: str):
    assert not {"sustainability", "reputation", "conversation"} & covered(advice, nobody)
    assert {"sustainability"} <= covered(advice, somebody)
    assert {"reputation", "conversation"} & covered(advice, somebody)
