"""Round 12 of issue 15: counterfeits read by their shape, and the readings' words as data.

A counterfeit is found by what its statement is made of, not by one listed phrase: presence as the
aim (a name or a footprint where people look online), vanity as the measure (hearts, thumbs, people
who follow), "everyone" as the audience (a span of every age, anyone who does what anybody does), a
tool as the plan (an engine that does the work). Sound plans that mention the same things for a
reason are not flagged. The words of the readings live in advice/plans/vocabulary/readings.yaml,
validated like every advice file: each error names file:line: key.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine.plan.readings import reading
from bot.engine.plan.vocabulary import bundled_errors, bundled_vocabulary, load_vocabulary
from bot.engine.text import fold
from bot.plans.review import review_plan


def fired(advice, text: str) -> set[str]:
    return {f.rule for f in review_plan(text, advice).findings}


def covered(advice, text: str) -> set[str]:
    return {c.topic for c in review_plan(text, advice).checklist if c.status == "covered"}


COUNTERFEITS = [
    # presence as the aim
    ("Objective for the year: a real online presence, so the shop looks established.", "plan.presence-as-goal"),
    ("What we set ourselves: our logo wherever people scroll, on every app.", "plan.presence-as-goal"),
    ("Objectif de l'année : une vraie empreinte numérique, pour faire sérieux.", "plan.presence-as-goal"),
    ("Notre ambition : que notre enseigne s'affiche partout où les gens font défiler leur fil.", "plan.presence-as-goal"),
    # vanity as the measure
    ("Goal: more hearts on every post by June.", "plan.vanity-metrics"),
    ("Success is 2,000 people who follow us before Christmas.", "plan.vanity-metrics"),
    ("Objectif : plus de petits cœurs sous chaque photo d'ici l'été.", "plan.vanity-metrics"),
    ("Objectif : 3 000 personnes qui nous suivent avant Noël.", "plan.vanity-metrics"),
    # everyone as the audience
    ("Audience: any person who eats, really.", "plan.everyone-audience"),
    ("Target: kids to grandparents, we're not fussy.", "plan.everyone-audience"),
    ("Public : toute personne qui mange, tout simplement.", "plan.everyone-audience"),
    ("Cible : des bébés aux arrière-grands-parents.", "plan.everyone-audience"),
    # a tool as the plan
    ("Marketing: a content engine that writes and posts for us around the clock.", "plan.tool-as-plan"),
    ("Our plan: an app that runs our socials, so marketing is basically solved.", "plan.tool-as-plan"),
    ("Communication : une plateforme qui rédige et publie pour nous jour et nuit.", "plan.tool-as-plan"),
    ("Le plan : un logiciel qui gère nos réseaux, et la communication est bouclée.", "plan.tool-as-plan"),
    # the same shapes, said around other words: an aim whose only object is the web, a figure under each
    # piece of content, people pressing a button, a span of life, the whole of a population, a tool handed it all
    ("Priority for 2027: a listing on every directory and on Google Maps.", "plan.presence-as-goal"),
    ("Objectif : figurer dans tous les annuaires du web.", "plan.presence-as-goal"),
    ("Success: the number under each video going up by summer.", "plan.vanity-metrics"),
    ("Objectif : faire monter le compteur sous chaque vidéo avant l'été.", "plan.vanity-metrics"),
    ("KPI: more people hitting the follow button by March.", "plan.vanity-metrics"),
    ("Objectif : que plus de gens cliquent sur s'abonner d'ici mars.", "plan.vanity-metrics"),
    ("Audience: from the nursery to the nursing home.", "plan.everyone-audience"),
    ("Cible : de la crèche à la maison de retraite.", "plan.everyone-audience"),
    ("Audience: the whole population of the valley.", "plan.everyone-audience"),
    ("Our plan: we hand everything over to a scheduling tool.", "plan.tool-as-plan"),
    ("Le plan : on confie tout à un outil de programmation.", "plan.tool-as-plan"),
    ("Objective: make sure nobody can say they've never seen us on their phone.", "plan.presence-as-goal"),
    ("Aim: our profile live on Yelp, Google, Facebook and Instagram by May.", "plan.presence-as-goal"),
    ("Objectif : avoir une vitrine en ligne digne de ce nom.", "plan.presence-as-goal"),
    ("Target: double our fanbase by Christmas.", "plan.vanity-metrics"),
    ("But : doubler notre communauté Instagram d'ici Noël.", "plan.vanity-metrics"),
    ("Target: every single household within 50 miles.", "plan.everyone-audience"),
    ("À qui on s'adresse : à toute personne qui passe devant la vitrine.", "plan.everyone-audience"),
    ("The strategy: ChatGPT writes a post a day and Buffer publishes it, job done.", "plan.tool-as-plan"),
    ("Marketing = our new website. Once it's live, customers will come.", "plan.tool-as-plan"),
    ("Le plan : l'IA écrit, l'outil publie, et on n'y pense plus.", "plan.tool-as-plan"),
    ("On s'est abonnés à un service qui gère tous nos réseaux à notre place.", "plan.tool-as-plan"),
    ("Our goal is for people to stumble on us whatever app they open.", "plan.presence-as-goal"),
    ("Objectif : marquer notre territoire sur les réseaux.", "plan.presence-as-goal"),
    ("We'll call it a win when the account passes 25k.", "plan.vanity-metrics"),
    ("On aura réussi quand le compte dépassera les 50 000.", "plan.vanity-metrics"),
    ("Who: literally anyone with an appetite.", "plan.everyone-audience"),
    ("Target audience: the general population, really.", "plan.everyone-audience"),
    ("Strategy: the AI assistant produces and posts everything, no humans involved.", "plan.tool-as-plan"),
    ("La communication ? Le logiciel s'en charge, on n'a plus à s'en soucier.", "plan.tool-as-plan"),
    ("For 2027, the thing we care about most is being everywhere a cyclist might scroll.", "plan.presence-as-goal"),
    ("L'essentiel pour nous : ne pas être les grands absents des réseaux.", "plan.presence-as-goal"),
    ("Our yardstick will be how many hearts each reel collects.", "plan.vanity-metrics"),
    ("On voudrait que la page fasse le buzz : 100 000 vues, ce serait le rêve.", "plan.vanity-metrics"),
    ("We're not picky about who buys: tourists, families, students, grandparents, everyone.", "plan.everyone-audience"),
    ("On vise large : des familles aux étudiants en passant par les retraités.", "plan.everyone-audience"),
    ("Once the new e-shop is up, sales should take care of themselves.", "plan.tool-as-plan"),
    ("Avec la nouvelle appli de fidélité, les clients reviendront tout seuls.", "plan.tool-as-plan"),
    # under a heading, the heading's word is the aim, the measure or the audience
    ("## Objective\nA page on Facebook, Instagram and LinkedIn, kept alive, so nobody thinks we've closed.", "plan.presence-as-goal"),
    ("## Objectif\nÊtre vus. Sur Insta, sur Facebook, sur Google, partout où ça bouge.", "plan.presence-as-goal"),
    ("## How we'll measure it\nFollower growth week on week, and average likes per post.", "plan.vanity-metrics"),
    ("## Mesure\nLa croissance de la communauté chaque semaine et le taux d'engagement moyen.", "plan.vanity-metrics"),
    ("## Audience\nAnybody who likes good coffee.", "plan.everyone-audience"),
    ("## Cible\nLes habitants de la région, tous âges confondus.", "plan.everyone-audience"),
    ("## Plan\nWe've paid for a year of an AI social tool. It plans, writes and posts. Done.", "plan.tool-as-plan"),
    ("## Stratégie\nLancer l'appli de fidélité : c'est elle qui fera revenir les clients, point.", "plan.tool-as-plan"),
    ("Notre indicateur clé : le nombre de personnes touchées par nos publications.", "plan.vanity-metrics"),
    ("On sera contents quand chaque réel dépassera les 3 000 lectures.", "plan.vanity-metrics"),
    ("Market: adults, teenagers and kids, plus their pets.", "plan.everyone-audience"),
    ("Target: the mass market, no niche.", "plan.everyone-audience"),
    ("Everything will run through the new CRM, which nurtures leads on autopilot.", "plan.tool-as-plan"),
    ("We just want people to know we exist online.", "plan.presence-as-goal"),
    ("Aim: top 10 trending in our city on TikTok.", "plan.vanity-metrics"),
    ("But : que nos publications soient likées au moins 300 fois chacune.", "plan.vanity-metrics"),
    ("Notre cible : toutes les entreprises, quelle que soit leur taille ou leur secteur.", "plan.everyone-audience"),
    ("On s'adresse aux habitants, aux touristes, aux familles, aux seniors : à tous.", "plan.everyone-audience"),
    ("The new booking widget is basically our marketing now.", "plan.tool-as-plan"),
    ("Plan : mettre en place des automatisations d'e-mails et les laisser faire le gros du travail.", "plan.tool-as-plan"),
    ("Target for Q3: one account per platform, all set up and branded.", "plan.presence-as-goal"),
    ("La consigne des associés : « qu'on ait l'air d'être partout ».", "plan.presence-as-goal"),
    ("Customers: every generation, every background.", "plan.everyone-audience"),
    ("Clients : toutes les générations, tous les milieux.", "plan.everyone-audience"),
    ("Audience: people. Just people.", "plan.everyone-audience"),
    ("Public : des gens. Juste des gens.", "plan.everyone-audience"),
    ("We've outsourced the thinking to an AI content calendar.", "plan.tool-as-plan"),
    ("Plan : les modèles de la plateforme d'e-mailing et l'envoi automatique porteront la campagne.", "plan.tool-as-plan"),
    ("End goal: a recognisable logo in people's feeds, day in, day out.", "plan.presence-as-goal"),
    ("L'idée : que la librairie s'affiche dès qu'un voisin ouvre une carte ou une appli.", "plan.presence-as-goal"),
    ("Success = the Reels tab full of videos with 6-figure counts.", "plan.vanity-metrics"),
    ("Réussite = des vidéos qui affichent des compteurs à six chiffres.", "plan.vanity-metrics"),
    ("Target: Manchester, full stop.", "plan.everyone-audience"),
    ("Cible : Lyon, point.", "plan.everyone-audience"),
    ("Approach: a recommendation engine on the site, and it will sell the backlist for us.", "plan.tool-as-plan"),
    ("Démarche : l'appli de la carte de fidélité fait notre marketing par notifications.", "plan.tool-as-plan"),
]


@pytest.mark.parametrize("text, rule", COUNTERFEITS)
def test_each_counterfeit_shape_is_found_in_both_languages(advice, text, rule):
    assert rule in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Objective: 40 table bookings by June; the posts link to the booking page.",
    "Our aim is 40 new bookings before June.",
    "Objectif : 40 réservations de plus d'ici juin, depuis le lien du profil.",
])
def test_a_counterfeit_aim_is_not_counted_as_a_purpose_but_a_real_one_is(advice, text):
    assert "purpose" in covered(advice, text)
    for fake in ("Objective for the year: a real online presence, by December.",
                 "Objectif de l'année : une vraie empreinte numérique, d'ici décembre."):
        assert "purpose" not in covered(advice, fake)


@pytest.mark.parametrize("text", [
    "Objective: our name on Google so that locals book a table online.",
    "Objectif : que le nom du salon apparaisse sur Google pour que les clientes réservent en ligne.",
    "Goal: 40 more bookings by June; we also glance at the hearts on each post.",
    "Objectif : 40 réservations de plus d'ici juin ; on jette aussi un œil aux cœurs sous chaque photo.",
    "Audience: parents of toddlers who can't find a sitter on Saturdays.",
    "Public : les étudiants en âge de passer le permis qui n'ont pas de voiture familiale.",
    "Marketing: Léa writes the posts and an app schedules them at 7 pm.",
    "Communication : Léa écrit les publications, une appli les programme à 19 h.",
    "I'd like us to win 15 new clients by September.",
    "Le vendredi soir, on regarde combien de nouveaux abonnements ont été pris dans la semaine.",
    "Goal: 30 bookings a month from Google Maps by June.",
    "Goal: the number of bookings from each video, counted monthly.",
    "Plan: Jo writes the posts, then we hand everything over to a scheduling tool.",
    "À qui on parle : aux créateurs qui se lancent seuls et repoussent le rendez-vous avec un comptable.",
    "Objectif : que notre nom sorte quand on cherche un plombier en ligne, pour 20 appels par mois d'ici le printemps.",
    "We want our name to come up when locals search for a plumber, so that they call us: 20 calls a month by spring.",
    "Following our call, the point is to get 30 firms onto a paid plan by the end of Q2.",
    "Nos lecteurs : des artisans qui ont un site fait par un neveu il y a dix ans et qui perdent des chantiers.",
    "We check which reels get the most saves, to know what to film next; the goal stays bookings.",
    "Public : les étudiants et les jeunes actifs qui n'ont pas de voiture et cherchent un atelier vélo.",
    "The e-shop takes the orders; Nina packs them and answers questions by email within a day.",
    "La boutique en ligne prend les commandes ; Nina les prépare et répond aux questions sous 24 h.",
    "## Objective\n30 new patients by March from people who find us on Google and Facebook.",
    "## Public\nLes amateurs de bon pain qui travaillent tôt et n'ont pas le temps de passer en journée.",
    "## Tools\nWe use Later to schedule what Sam writes; Sam replies to comments himself.",
    "## Outils\nOn programme avec Later ce qu'écrit Sam ; Sam répond lui-même aux commentaires.",
    "Market: parents of teenagers who struggle to get them off screens at weekends.",
    "The CRM reminds Jade to call back every lead within two days.",
    "Le CRM rappelle à Jade de rappeler chaque prospect sous deux jours.",
    "Step one: get the Google Business profile right so that people searching 'plumber near me' call us.",
    "Notre cible : les entreprises de 10 à 50 salariés qui perdent du temps sur leur paie.",
    "The booking widget sends reminders; Fatima calls back anyone who cancels.",
    "Le module de réservation envoie les rappels ; Fatima rappelle ceux qui annulent.",
    "KPIs: bookings from the site and repeat visits, reported monthly by Sara.",
    "Clients : des primo-accédants trentenaires que les crédits immobiliers déroutent.",
    "The platform's auto-send goes out at 8 am; Tom writes each email on Monday.",
    "Objectif du trimestre : 25 nouveaux comptes professionnels, contre 11.",
    "The website does the selling; the team brings people to it with two posts a week.",
    "Le moteur de recommandation suggère des titres ; Priya rédige un mot sur chaque coup de cœur et répond aux questions.",
    "Scoreboard: bookings per week from the website, posted on the staff-room wall every Monday.",
])
def test_sound_statements_that_mention_the_same_things_are_not_flagged(advice, text):
    counterfeits = {"plan.presence-as-goal", "plan.vanity-metrics", "plan.everyone-audience", "plan.tool-as-plan"}
    assert not fired(advice, text) & counterfeits


@pytest.mark.parametrize("text, language, name, said", [
    ("Sylvie saisit les nouveaux biens chaque soir.", "fr", "@actor", "sylvie"),
    ("The product team builds it in Q1.", "en", "@actor", "product team"),  # a role, without its article
    ("The practice manager reviews instructions on the first of each month.", "en", "@counted", "reviews instructions"),
    ("Le secrétariat fait le total des inscriptions chaque vendredi.", "fr", "@counted", "fait le total des inscriptions"),
    ("Office workers who have 20 minutes for lunch.", "en", "@difficulty", "have 20 minutes"),
    ("Des salariés pressés qui déjeunent sur le pouce.", "fr", "@difficulty", "sur le pouce"),
    ("On Fridays the manager counts the orders.", "en", "@recurring", "on fridays"),
    ("Le vendredi soir, Paul compte les réservations.", "fr", "@recurring", "le vendredi soir"),
    ("Noor pulls the figures every Friday.", "en", "@actor", "noor"),
    ("We count the orders on the first of each month.", "en", "@recurring", "on the first of each month"),
    ("On compte les ventes le soir même.", "fr", "@recurring", "le soir meme"),
])
def test_sections_read_new_wordings_of_an_owner_and_of_when_a_figure_is_read(text, language, name, said):
    folded = fold(text)
    assert any(folded[s:e].startswith(said) for s, e in reading(name, text, folded, language))


@pytest.mark.parametrize("text, counted", [
    ("Every Friday we count the hearts on each post.", False),
    ("Chaque vendredi, on compte les petits cœurs sous chaque photo.", False),
    ("Every Friday we count the bookings from each post.", True),
    ("Chaque vendredi, on compte les réservations venues de chaque photo.", True),
])
def test_counting_reactions_is_no_measure_counting_bookings_is(advice, text, counted):
    assert ("measurement" in covered(advice, text)) is counted


def test_everything_or_nothing_is_no_one():
    text = "Everything will run through the new CRM."
    assert reading("@actor", text, fold(text), "en") == []


def test_an_ai_assistant_is_a_tool_not_an_owner_but_a_human_assistant_owns():
    for text, language in (("The AI assistant posts everything.", "en"), ("L'assistant virtuel publie tout.", "fr")):
        assert reading("@actor", text, fold(text), language) == []
    text = "Our assistant posts the offers on Fridays."
    assert reading("@actor", text, fold(text), "en")


@pytest.mark.parametrize("text, language", [("Paris reste la ville la plus chère.", "fr"),
                                            ("London remains the market we know.", "en")])
def test_a_place_that_is_or_stays_something_is_no_owner(text, language):
    assert reading("@actor", text, fold(text), language) == []


def test_the_bundled_vocabulary_loads_without_errors_and_holds_what_the_readings_need():
    assert bundled_errors() == []
    vocabulary = bundled_vocabulary()
    assert "janvier" in vocabulary.words("months", "fr").split("|")
    assert vocabulary.alternatives("@being-seen", "en")


def test_a_pack_s_vocabulary_folder_is_data_not_rules():
    from bot.engine.rule import bundled_advice_dir, rule_files

    files = rule_files(bundled_advice_dir() / "plans")
    assert files and not [p for p in files if "vocabulary" in p.parts]


BROKEN = """\
version: 1
words:
  months:
    description: months
    en: [january]
    fr:
      - janvier
      - '(fev'
  networks:
    description: networks
    both:
      - '(?:insta)+'
    colour: red
readings:
  horizon:
    description: a time
    en:
      - '\\bby {seasons}\\b'
    fr:
      - "\\\\bd'ici\\\\b"
"""


def test_vocabulary_errors_name_file_line_and_key(tmp_path: Path):
    path = tmp_path / "readings.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    vocabulary, errors = load_vocabulary(path)
    shown = [str(e) for e in errors]
    assert any(":8: words.months.fr[1]: RE2 refuses it" in e for e in shown)
    assert any(":12: words.networks.both[0]: a group with a repeat" in e for e in shown)
    assert any(":13: words.networks.colour: unknown key" in e for e in shown)
    assert any(":18: readings.horizon.en[0]: {seasons} is not a vocabulary" in e for e in shown)
    assert any("words.periods: missing (the plan readings need it)" in e for e in shown)
    # what is valid is kept, what is not is left out
    assert vocabulary.words("months", "fr") == "janvier"
    assert vocabulary.alternatives("@horizon", "fr") == ("\\bd'ici\\b",)
    assert vocabulary.alternatives("@horizon", "en") == ()


def test_an_admin_writes_entries_with_accents_and_they_read_folded(tmp_path: Path):
    path = tmp_path / "readings.yaml"
    path.write_text("version: 1\nwords:\n  months:\n    description: m\n    en: [january]\n    fr: ['Février', 'déc\\S*']\n"
                    "readings: {}\n", encoding="utf-8")
    vocabulary, _ = load_vocabulary(path)
    assert vocabulary.words("months", "fr") == "fevrier|dec\\S*"


@pytest.mark.parametrize("text", [
    "We'll make 20 videos by March.",
    "We want to publish 3 posts a week until June.",
    "Objectif : publier 4 fois par semaine jusqu'en décembre.",
    "On va tourner 12 vidéos d'ici l'été.",
])
def test_an_amount_of_work_is_no_objective(advice, text):
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Goal: 40 bookings by June, with 3 posts a week.",
    "Objectif : 40 réservations d'ici juin, avec 3 publications par semaine.",
])
def test_an_objective_beside_its_rhythm_is_still_one(advice, text):
    assert "purpose" in covered(advice, text)


@pytest.mark.parametrize("text", ["We'll look at the stats every week.", "Chaque semaine, on regarde les statistiques."])
def test_looking_at_the_stats_names_no_figure(advice, text):
    assert "measurement" not in covered(advice, text)


@pytest.mark.parametrize("text, topic", [
    ("Marion tiendra le compte pendant l'été.", "sustainability"),  # a future of an irregular verb
    ("Passé le salon, on lève le pied : un post par semaine.", "consistency"),
    ("On répond à tout le monde dans l'heure.", "reputation"),
    ("We're after 200 pre-orders for the cookbook before it ships in October.", "purpose"),
    ("After the launch, we'll slow down to a post every fortnight.", "consistency"),
    ("Le premier de chaque mois, Julie relève les commandes passées via le lien.", "measurement"),
    ("Between now and the summer fair, 50 extra jars of honey sold each month, compared with 20 today.", "purpose"),
    ("Mums returning to work after a baby, unsure their skills are still current.", "relevance"),
    ("Des mamans qui reprennent le travail après un bébé et doutent de leurs compétences.", "relevance"),
    ("Posting rota: Ana Mondays, Ben Thursdays.", "sustainability"),
    ("Les messages privés sont traités par celui qui tient le stand ce jour-là.", "reputation"),
    ("Comments are all answered by Ana before noon.", "reputation"),
])
def test_sections_said_in_other_inflections_and_turns(advice, text, topic):
    assert topic in covered(advice, text)


def test_coach_rules_check_reports_the_vocabulary_s_errors(tmp_path: Path, monkeypatch):
    from click.testing import CliRunner

    from adapters.cli import main
    from bot.engine.plan import vocabulary
    from bot.engine.rule import RuleError

    broken = RuleError("advice/plans/vocabulary/readings.yaml", 8, "words.months.fr[1]", "RE2 refuses it: missing )")
    monkeypatch.setattr(vocabulary, "bundled_errors", lambda: [broken])
    env = {"COACH_DATA_DIR": str(tmp_path / "data"), "COACH_ADVICE_LOCAL": ""}
    checked = CliRunner().invoke(main, ["rules", "check"], env=env)
    assert "advice/plans/vocabulary/readings.yaml:8: words.months.fr[1]: RE2 refuses it" in checked.output
    assert checked.exit_code != 0
