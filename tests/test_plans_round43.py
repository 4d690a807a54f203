"""Round 43 of issue 15 (session 32, helper plans47): fresh47 written and labelled first, run once, then read by kind.
What must hold, French and English:

- Prose wrapped wide by hand, its right edge ragged, goes on below: a long line that ends on a word no sentence ends
  on (« …et qui », "…who") goes on when the next line opens in lower case, even where that word would have fitted,
  and the line below is then no "label: value" point; a line opening on a bracket goes on too. Notes typed one point
  a line in lower case, each ending on a word of its own, stay apart.
- A few words ended by a full stop, then figures ("Facebook page likes. 860 today; 2,000 by December.", « Abonnés
  Instagram. 3 400 aujourd'hui… »), are what the figures count: a vanity count is vanity and no purpose; a count
  that matters named so keeps its purpose; a count refused ("No likes.") names none.
- What people send us and what most of it is ("the customers' messages, mostly questions about stock", « surtout des
  questions de stock ») is no content mix; our own posts said so still are.
- The name the plan gave a tool ("Ada is the AI content engine we signed up to", « Tissia est une application d'IA »)
  is that tool wherever it is said again: "Ada is the strategy", « Tissia, c'est notre stratégie » is the tool as the
  plan. A name given to a person is not, nor one given an assistant's job ("Ada, our assistant") unless an AI's.
- "Parents of new learners", « les parents de nouveaux élèves » say who the people are: no change aimed at, no purpose;
  wanting new learners by a date still is one.
- Our own lack ("we don't have one any more") is no problem of the people: no audience; theirs still is.
- A moment of the ordinary week ("every Saturday after class", « après le cours ») is no follow-up to the campaign.
- An event announced, said by a noun (« Annonce de la fête sur la page Facebook du marché », "announcement of the fair
  on the Facebook page"), and a deck thrown "in the recycling", « au recyclage », link no channel; content recycled
  from one channel into another still does.
- A door closed to no one ("we turn nobody away", « on ne ferme la porte à personne ») is everyone, and so is
  « Tout le monde. » under « Nos invités »; guests with a need of their own are an audience.
- fresh47 keeps its first run.

Then fresh47b (written after those changes, labelled first, run once) was read after its run:

- An answer labelled as such under its clue or question ("CLUE 3: We come in groups… / ANSWER: Our players.",
  « INDICE 3 : … / RÉPONSE : Nos joueurs. ») is one point with it: the people the clue describes are the audience. A
  hint under a clue is another point.
- A long line among short ones goes on when the line below opens in lower case and closes the sentence ("…stuck in
  the first" then "room and look stupid in front of our mates."); notes typed one a line, closing nothing, stay apart.
- Nobody left out in a game's words ("nobody is offside", « personne n'est hors jeu ») is everyone: no audience.
- fresh47b keeps its first run.
"""

from __future__ import annotations

import json

import pytest

from bench.eval import plans as eval_plans
from bot.engine.plan.statements import statements
from tests.plan_helpers import counterfeit, covers

_LONG = "x" * 100  # a long line's start: the paragraph is wrapped wide


def _said(text: str) -> list[str]:
    return [text[s.span[0] : s.span[1]] for s in statements(text, ((0, len(text)),))]


@pytest.mark.parametrize("first, second", [
    ("Nos clientes sont surtout des femmes de 30 à 45 ans qui se sont mises à la couture pendant leur congé parental et qui",
     "bloquent sur les patrons : elles n'osent pas se lancer dans une robe, elles ont peur de gâcher un tissu cher au mètre, on le voit bien."),
    ("Our customers are mostly women in their thirties and forties who took up sewing on parental leave, and most of them who",
     "get stuck on patterns: they don't dare start a dress, they're afraid of wasting fabric that costs a lot by the metre, as we see."),
])
def test_a_ragged_wrap_goes_on_after_a_dangling_word(first, second):
    text = f"{first}\n{second}"
    assert len(first) + 1 + len(second.split()[0]) <= max(len(first), len(second))  # the word would have fitted
    assert len(_said(text)) == 1, _said(text)


@pytest.mark.parametrize("text", [
    "pr qui : les gens qui bossent en open space et qui voudraient un peu de vert sur leur bureau sans avoir de temps pour ça\n"
    "insta + les flyers dans les boîtes aux lettres des bureaux du quartier avec le QR vers la page d'abonnement du site\n"
    "c Manon qui fait les photos et qui poste",
    "who for: people who work in open-plan offices and would like a bit of green on their desk without any time to spend on it\n"
    "insta + flyers in the letterboxes of the offices round here with the QR code to the subscription page on the site\n"
    "it's Manon who takes the photos and posts",
])
def test_notes_in_lower_case_stay_apart(text):
    last = text.rsplit("\n", 1)[1]
    assert _said(text)[-1] == last, _said(text)  # the last point's first word would have fitted: typed on its own line


@pytest.mark.parametrize("language, plan", [
    ("fr", f"{_LONG}\nLes messages des clientes sur Instagram, c'est Samia qui s'en occupe, comme je le faisais jusqu'ici sur Instagram\n"
           "(surtout des questions de stock), avant la fermeture du soir."),
    ("en", f"{_LONG}\nThe customers' messages on Instagram are Samia's from now on, as they were mine until now, on the Instagram app\n"
           "(mostly questions about stock), answered before we close."),
])
def test_a_line_opening_on_a_bracket_goes_on(language, plan):
    assert any("(" in said and "Samia" in said for said in _said(plan)), _said(plan)


@pytest.mark.parametrize("language, plan", [
    ("en", "Facebook page likes. 860 today; 2,000 by December."),
    ("fr", "Abonnés Instagram. 3 400 aujourd'hui, 10 000 d'ici décembre."),
    ("en", "Likes on Instagram. 300 by June."),
    ("fr", "Les j'aime. 300 d'ici juin."),
])
def test_a_vanity_count_named_then_its_figures(language, plan):
    counterfeit(plan, "vanity", language)
    covers(plan, "purpose", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("en", "Memberships. 23 last year, 80 by August."),
    ("fr", "Adhésions. 23 l'an dernier, 80 d'ici août."),
    ("en", "No likes. 300 orders by June, up from 120."),
    ("fr", "Pas d'abonnés. 300 commandes d'ici juin, contre 120."),
])
def test_a_count_that_matters_named_so_keeps_its_purpose(language, plan):
    covers(plan, "purpose", language)
    counterfeit(plan, "vanity", language, expected=False)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "Les messages des clientes (surtout des questions de stock), Samia y répond le soir.", False),
    ("en", "The customers' messages (mostly stock questions): Samia answers them in the evening.", False),
    ("fr", "Samia répond aux messages des clientes, surtout des questions de stock.", False),
    ("en", "Samia answers the customers' messages, mostly questions about stock.", False),
    ("fr", "Nos publications : surtout des conseils, une promo sur dix.", True),
    ("en", "Our posts: mostly tips, one offer in ten.", True),
])
def test_what_people_send_is_no_mix(language, plan, expected):
    covers(plan, "content-mix", language, expected=expected)
    if not expected:
        covers(plan, "answering", language)


@pytest.mark.parametrize("language, plan", [
    ("en", "Ada is the AI content engine we signed up to in January. Tomasz answers the inbox. Our old deck is gone. "
           "Ada is the strategy."),
    ("fr", "Tissia est une application d'IA qui choisit les photos. Samia répond aux messages. Notre ancien plan est parti. "
           "Tissia, c'est notre stratégie maintenant."),
])
def test_a_tool_s_name_said_again_is_the_tool(language, plan):
    counterfeit(plan, "tool", language)


@pytest.mark.parametrize("language, plan", [
    ("en", "Ada is the head of our marketing team. Ada writes the posts on Mondays."),
    ("fr", "Ada est la responsable de notre équipe marketing. Ada rédige les posts le lundi."),
])
def test_a_person_s_name_is_no_tool(language, plan):
    counterfeit(plan, "tool", language, expected=False)
    covers(plan, "owners", language)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Ada, our assistant, writes the posts. Ada is the strategy now.", False),
    ("fr", "Ada, notre assistante, écrit les posts. Ada, c'est notre stratégie maintenant.", False),
    ("en", "Ada, our AI assistant, writes the posts. Ada is the strategy now.", True),
    ("fr", "Ada, notre assistante IA, écrit les posts. Ada, c'est notre stratégie maintenant.", True),
])
def test_an_assistant_is_a_person_unless_an_ai(language, plan, expected):
    counterfeit(plan, "tool", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Parents of new learners: families whose children have just started lessons on an old piano nobody has tuned "
           "in years; the child loses heart within a term.", False),
    ("fr", "Les parents de nouveaux élèves : des familles dont l'enfant vient de commencer sur un vieux piano jamais "
           "accordé ; l'enfant se décourage en un trimestre.", False),
    ("en", "We want 30 new learners by the end of the school year, up from 12.", True),
    ("fr", "On veut 30 nouveaux élèves d'ici la fin de l'année scolaire, contre 12 aujourd'hui.", True),
])
def test_parents_of_new_learners_are_who_not_a_change(language, plan, expected):
    covers(plan, "purpose", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "People keep asking what our marketing plan is. Here's the honest answer: we don't have one any more.", False),
    ("fr", "Les gens nous demandent sans cesse quel est notre plan marketing. La vérité : on n'en a plus.", False),
    ("en", "Parents who don't have time to cook: our posts show ten-minute dinners.", True),
    ("fr", "Des parents qui n'ont pas le temps de cuisiner : nos posts montrent des dîners en dix minutes.", True),
])
def test_our_own_lack_is_no_problem_of_the_people(language, plan, expected):
    covers(plan, "audience", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("en", "Callum posts the grading photos every Saturday after class.", False),
    ("fr", "Callum publie les photos du passage de grade chaque samedi après le cours.", False),
    ("en", "Callum posts every Saturday after training, and after the season we keep one post a month.", True),
    ("fr", "Callum publie chaque samedi après l'entraînement, et après la saison on garde un post par mois.", True),
])
def test_after_class_is_no_follow_up(language, plan, expected):
    covers(plan, "cadence", language, expected=expected)


@pytest.mark.parametrize("language, plan, expected", [
    ("fr", "J-21 : annonce de la fête sur la page Facebook du marché.\nJ-7 : Yvon passe à la radio locale.", False),
    ("en", "3 weeks out: announcement of the fair on the Facebook page and at the market stall.", False),
    ("en", "She publishes to Instagram, TikTok and LinkedIn, six times a day. Our old strategy deck is in the recycling.", False),
    ("fr", "Elle publie sur Instagram, TikTok et LinkedIn, six fois par jour. Notre vieux plan est parti au recyclage.", False),
    ("en", "We recycle the best Instagram posts into the newsletter.", True),
    ("fr", "On recycle les meilleurs posts Instagram dans la lettre.", True),
])
def test_an_event_announced_and_the_bin_link_no_channel(language, plan, expected):
    covers(plan, "channels", language, expected=expected)


@pytest.mark.parametrize("language, plan", [
    ("fr", "TABLE 1 — Nos invités\nTout le monde. Les futurs mariés, leurs parents, les entreprises pour leurs séminaires."),
    ("en", "TABLE 1 — Our guests\nEveryone. Couples, parents, companies for their away days."),
    ("fr", "Nos invités : les futurs mariés et leurs parents ; on ne ferme la porte à personne."),
    ("en", "Our guests: couples and their parents; we close the door to no one."),
    ("en", "Our guests: couples and their parents; we turn nobody away."),
])
def test_a_door_closed_to_no_one_is_everyone(language, plan):
    counterfeit(plan, "everyone", language)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Nos invités : les couples qui se marient en semaine et qui n'ont pas le budget d'un samedi."),
    ("en", "Our guests: couples marrying midweek who can't afford a Saturday."),
])
def test_guests_with_a_need_are_an_audience(language, plan):
    covers(plan, "audience", language)
    counterfeit(plan, "everyone", language, expected=False)


def test_fresh47_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh47"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [30, 7, 1, 26]
    assert first["counterfeits"] == [4, 8]


@pytest.mark.parametrize("language, plan", [
    ("en", "CLUE 3: We come in groups of four to six, for a birthday or a stag do, and we're nervous we'll get stuck in the "
           "first room and look stupid in front of our mates.\nANSWER: Our players."),
    ("fr", "INDICE 3 : On vient à quatre ou six, pour un anniversaire, et on a peur de rester bloqués dans la première "
           "salle et d'avoir l'air bête devant les copains.\nRÉPONSE : Nos joueurs."),
])
def test_an_answer_goes_with_its_clue(language, plan):
    covers(plan, "audience", language)
    assert len({s.block for s in statements(plan, ((0, len(plan)),))}) == 1


@pytest.mark.parametrize("plan", [
    "CLUE 3: We come in groups of four to six.\nHINT: think of birthdays.",
    "INDICE 3 : On vient à quatre ou six.\nASTUCE : pensez aux anniversaires.",
])
def test_a_hint_is_another_point(plan):
    assert len({s.block for s in statements(plan, ((0, len(plan)),))}) == 2


@pytest.mark.parametrize("text", [
    "CLUE 3: We come in groups of four to six, for a birthday or a stag do, and we're nervous we'll get stuck in the first\n"
    "room and look stupid in front of our mates.",
    "INDICE 3 : On vient à quatre ou six, pour un anniversaire ou un enterrement de vie de garçon, on a peur de bloquer\n"
    "dans la première salle et d'avoir l'air bête devant les copains.",
])
def test_a_long_line_goes_on_when_the_next_closes_the_sentence(text):
    assert len(_said(text)) == 1, _said(text)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Les licenciés, leurs familles, les habitants de la vallée, les touristes de passage : personne n'est hors jeu."),
    ("en", "Club members, their families, people in the valley, passing tourists: nobody is offside."),
])
def test_nobody_offside_is_everyone_and_no_audience(language, plan):
    covers(plan, "audience", language, expected=False)


@pytest.mark.parametrize("language, plan", [
    ("fr", "Notre public, c'est tout le monde. Les licenciés, leurs familles, les touristes de passage : personne n'est hors jeu."),
    ("en", "Our audience is everyone. Club members, their families, passing tourists: nobody is offside."),
])
def test_nobody_offside_beside_an_audience_word_is_everyone(language, plan):
    counterfeit(plan, "everyone", language)


def test_fresh47b_keeps_its_first_run():
    folder = eval_plans.PLANS / "fresh47b"
    first = json.loads((folder / "first-run.json").read_text(encoding="utf-8"))
    assert first["both"]["counts"] == [14, 1, 1, 16]
    assert first["counterfeits"] == [4, 4]
