"""Round 33 of issue 15: fresh36's and fresh37's misses and false coverage, read in general form; and the plan
figures saved by `python -m bench.eval --section plans --save FILE`.

- Presence: an account or a page said to grow or reach a mark ("I want the page to hit 1,000 likes", « que le compte
  Insta décolle ») is a count wished for, not being there (`@account-grows`, and the aims read by their object).
- Owners: « associations » is no « associé » (a role read as a word, as « libraire »); a capitalised adverb opening a
  sentence (« Juste être là… », "Just being there…") is no one; "I tried Clubly, an app for…: it writes" gives the
  work to a tool, not to "I"; a spreadsheet row pasted as text, the action's cell then a name alone in the next, is
  someone with a task.
- Answering: a pronoun after a verb of answering is the people who wrote ("answer them within the day", « je lui
  réponds sous deux jours »); what people send given to someone ("the DMs, that's you", « les DM, c'est toi ») says
  who answers.
- Cadence: a pace put off ("As for how often, we'll see", « Pour le rythme, on verra ») is none (`@undecided`).
- Audience: the people a post shows or leaves out ("no faces of the people we rescue"), talking about a topic (« on
  parle d'un sauvetage »), and choosing between them (« on ne va pas choisir entre eux », after a « … ») name no
  problem of theirs; a group told by what they have, then who after a comma ("the ones with a leaning oak, who are
  scared…"), is one.
- Purpose: "now and again" is how often, no "now" of a baseline.
- Channels: someone picking up their phone links no channel.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.eval import plans as eval_plans
from bench.eval.__main__ import main as eval_main
from bench.eval.corpora import Options
from tests.plan_helpers import PRESENCE, VANITY, covered, fired


@pytest.mark.parametrize("text", [
    "What success looks like: I want the page to hit 1,000 likes by the summer fair.",
    "Goal: our Instagram account and the YouTube channel to really take off this year.",
    "Ce que je veux cette année, c'est que la chaîne YouTube et le compte Insta décollent vraiment.",
    "Objectif : que notre page Facebook atteigne 5 000 abonnés d'ici l'été.",
])  # fmt: skip
def test_an_account_that_grows_is_no_presence(advice, text):
    assert PRESENCE not in fired(advice, text)


@pytest.mark.parametrize("text", [
    "Goal: be on Instagram, TikTok and Facebook by June.",
    "Objectif : être présents sur Instagram, TikTok et Facebook d'ici juin.",
    "Goal: have a TikTok account, and grow it to 10k followers.",
])  # fmt: skip
def test_being_there_is_still_presence(advice, text):
    assert PRESENCE in fired(advice, text)


def test_an_account_that_grows_to_a_count_is_still_vanity(advice):
    assert VANITY in fired(advice, "What success looks like: I want the page to hit 1,000 likes by the summer fair.")


@pytest.mark.parametrize("text", [
    "J'ai testé Clubio, une appli pour les associations sportives : elle écrit les publications et les programme.",
    "I tried Clubly, an app for sports associations: it writes the posts and schedules them.",
    "Juste être là, c'est déjà gagné.",
    "Just being there is already a win.",
    "Simplement publier ne suffit pas.",
])  # fmt: skip
def test_no_one_takes_the_task(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Nos deux associées se partagent la page : Léa écrit, Inès publie.",
    "Mon associée rédige les posts le lundi.",
    "Jo, our partner, writes the posts on Mondays.",
    "- Ligne 2 | Mettre des photos des pensionnaires sur la page Facebook | Sandra | dès que possible | à faire",
    "- Row 2 | Post photos of the boarders on the Facebook page | Sandra | asap | to do",
    "Compter les réservations de l'été | Sandra | à chaque fin de mois",
])  # fmt: skip
def test_someone_takes_the_task(advice, text):
    assert "sustainability" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "- Row 4 | Who? | dog owners who go on holiday | — | —",
    "- Budget | Instagram ads | Sandra |",
    "- Ligne 6 | Répondre aux avis Google | ? | ? | pas commencé",
])  # fmt: skip
def test_a_row_without_an_action_then_a_name_names_no_owner(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "If anyone messages asking for a visit, don't leave them hanging: answer them within the day.",
    "Quand quelqu'un écrit à la page pour proposer son aide, je lui réponds sous deux jours.",
    "Si un client écrit, réponds-leur dans la journée.",
    "Messages et avis : les DM et les commentaires, c'est toi, dans la journée ; les avis Google, c'est moi, sous 48 h.",
    "Messages and reviews: the DMs and comments, that's you, within the day; the Google reviews are Sam's, within "
    "48 hours.",
])  # fmt: skip
def test_who_answers_people(advice, text):
    assert "reputation" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Le rappel du rendez-vous part la veille.",
    "The reminder goes out the day before; we call them on Mondays about the invoice.",
    "Les photos et les vidéos, c'est important.",
])  # fmt: skip
def test_no_answer_to_people(advice, text):
    assert "reputation" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Pour le rythme et les chiffres, on verra à l'usage. Le reste de l'année, on verra aussi.",
    "As for how often we post and the figures, we'll see as we go. The rest of the year, we'll see too.",
])  # fmt: skip
def test_a_pace_put_off_is_no_cadence(advice, text):
    assert "consistency" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Rythme : deux posts par semaine. Après la saison, on garde un post par mois.",
    "Pace: two posts a week. After the season we keep one post a month.",
])  # fmt: skip
def test_a_pace_said_is_still_cadence(advice, text):
    assert "consistency" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Annick relit chaque publication, surtout quand on parle d'un vrai sauvetage (pas de nom, pas de visage des "
    "personnes secourues).",
    "Annie rereads every post, especially when we talk about a real rescue (no names, no faces of the people we "
    "rescue).",
    "La mer concerne les pêcheurs, les baigneurs, les retraités qui font de la voile… On ne va pas choisir entre eux.",
    "The sea matters to fishermen, swimmers, retirees who sail… We won't choose between them.",
])  # fmt: skip
def test_no_problem_of_the_audience(advice, text):
    assert "relevance" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Who: homeowners with big gardens, especially the ones with a leaning oak or a hedge that blocks the light, who "
    "are scared it'll come down in the next storm.",
    "Pour qui : les propriétaires de grands jardins, surtout ceux qui ont un vieux chêne penché, qui ont peur qu'il "
    "tombe à la prochaine tempête.",
    "À qui on parle : des infirmières de nuit qui n'ont pas le temps de cuisiner.",
    "Les retraités qui font de la voile ne trouvent personne pour… On ne les laisse pas tomber : ils n'ont pas de club.",
])  # fmt: skip
def test_an_audience_and_its_problem(advice, text):
    assert "relevance" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "What goes on it: mostly photos of what we made this week, about half the posts, a few tips, and the odd appeal "
    "for donated tools, but only now and again.",
    "Ce qu'on publie : surtout des photos de ce qu'on a fabriqué cette semaine, environ la moitié des posts, quelques "
    "astuces, et un appel aux dons d'outils, mais seulement de temps en temps.",
])  # fmt: skip
def test_now_and_again_is_no_baseline(advice, text):
    assert "purpose" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Goal: 30 more members by June, from 12 now.",
    "Objectif : 30 adhérents de plus d'ici juin, contre 12 aujourd'hui.",
])  # fmt: skip
def test_an_aim_with_its_baseline_is_still_a_purpose(advice, text):
    assert "purpose" in covered(advice, text)


@pytest.mark.parametrize("text", [
    "When someone in the valley picks up their phone, whatever app they open, I want our van looking back at them. "
    "Facebook, Insta, TikTok, the lot.",
    "Quand quelqu'un du canton prend son téléphone, quelle que soit l'appli, je veux y voir notre camion. Facebook, "
    "Insta, TikTok, tout.",
])  # fmt: skip
def test_picking_up_a_phone_links_no_channel(advice, text):
    assert "multichannel" not in covered(advice, text)


@pytest.mark.parametrize("text", [
    "Each clip goes on Instagram, and the newsletter picks up the best one of the month with a link back to it.",
    "Chaque vidéo part sur Instagram, et la lettre reprend la meilleure du mois avec un lien vers elle.",
])  # fmt: skip
def test_a_channel_picking_up_another_still_links_them(advice, text):
    assert "multichannel" in covered(advice, text)

# --- `--save` writes the plan figures (it wrote no file through `python -m bench.eval --section plans`) ---

@pytest.fixture
def tiny_sets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """Two one-plan sets standing in for the 40 plans and one fresh set, so that a save takes a second."""
    dev, fresh = tmp_path / "dev", tmp_path / "freshX"
    for folder, (name, text, label) in ((dev, SAVE_PLANS[0]), (fresh, SAVE_PLANS[1])):
        folder.mkdir()
        (folder / name).write_text(text, encoding="utf-8")
        (folder / "labels.yaml").write_text(f"{name}: {label}\n", encoding="utf-8")
    monkeypatch.setattr(eval_plans, "PLANS", dev)
    monkeypatch.setattr(eval_plans, "SETS", ((dev, "dev: one plan"), (fresh, "fresh X: one plan")))
    return dev, fresh


SAVE_PLANS = (
    ("en-1.md", "Kiln & Co\n\nGoal: 30 more class bookings by June. Mia posts the class photos every Friday.\n",
     "{kind: thin, sections: [purpose, owners]}"),
    ("fr-1.md", "Atelier Brin\n\nObjectif : être présents sur tous les réseaux. Léa publie le lundi.\n",
     "{kind: counterfeit, sections: [owners], counterfeits: [presence]}"),
)


def test_bench_eval_section_plans_save_writes_the_plan_figures(tiny_sets, tmp_path):
    dev, fresh = tiny_sets
    out = tmp_path / "figures.json"
    eval_main(["--section", "plans", "--save", str(out), "--before", ""])
    saved = json.loads(out.read_text(encoding="utf-8"))
    plans = saved["plans"]
    assert plans["both"] == eval_plans.summary(eval_plans.evaluate(dev))["both"]
    assert plans["sets"]["freshX"] == eval_plans.summary(eval_plans.evaluate(fresh))
    assert plans["sets"]["freshX"]["counterfeits"] == [1, 1]
    assert set(plans["sets"]) == {"dev", "freshX"}


def test_the_plan_figures_join_the_review_figures_written_in_the_same_run(tiny_sets, tmp_path):
    out = tmp_path / "figures.json"
    out.write_text(json.dumps({"groups": {"x": {"recall": 0.5}}}), encoding="utf-8")
    lines = list(eval_plans.run(Options(save=str(out), section=[])))  # every section: the review wrote first
    assert lines[-1] == f"plan figures written to {out}"
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert saved["groups"] == {"x": {"recall": 0.5}} and "both" in saved["plans"]
    list(eval_plans.run(Options(save=str(out), section=["plans"])))  # plans alone: an old file is replaced
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {"plans"}


def test_the_plans_module_alone_saves_the_format_of_before_json(tiny_sets, tmp_path, capsys):
    out = tmp_path / "before.json"
    eval_plans.main(["--save", str(out)])
    saved = json.loads(out.read_text(encoding="utf-8"))
    assert {"languages", "both", "sections", "counterfeits", "false_counterfeits", "sets"} <= set(saved)
    assert "plan figures written to" in capsys.readouterr().out
    # what a save holds for a set has the keys of a set's first-run.json, so the two compare leaf by leaf
    shipped = Path(eval_plans.__file__).resolve().parents[1] / "plans" / "fresh36" / "first-run.json"
    assert saved["sets"]["freshX"].keys() == json.loads(shipped.read_text(encoding="utf-8")).keys()
