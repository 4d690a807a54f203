"""The review: language, score and band, sorted findings, stable JSON, polite answers to odd drafts."""

from __future__ import annotations

import pytest

from bot.engine.review import MAX_CHARS, DraftProblem, ReviewContext, band_for, review


@pytest.fixture
def advice(pack):
    pack.rule(id="sell.urgency", weight=20, severity="warning",
              fr="phrases: [achetez maintenant, offre limitée]", en="phrases: [buy now, limited offer]")
    pack.rule(id="sell.block", weight=30, severity="blocker", fr="phrases: [garanti à 100]", en="phrases: [100% guaranteed]")
    pack.rule(id="tips.tip", weight=5, severity="tip", topic="conversation", fr="phrases: [cliquez]", en="phrases: [click]")
    pack.rule(id="sell.shadow", status="shadow", weight=50, fr="phrases: [promo]", en="phrases: [promo]")
    pack.rule(id="sell.off", status="off", weight=50, fr="phrases: [soldes]", en="phrases: [sale]")
    return pack.load()


def test_score_band_and_order(advice):
    result = review("Click here. Buy now, limited offer, 100% guaranteed!", ReviewContext(advice))
    assert result.language == "en"
    assert [f.rule for f in result.findings] == ["sell.block", "sell.urgency", "sell.urgency", "tips.tip"]
    # 100 - 30 - 20 * 1.25 (two matches) - 5
    assert result.score == 40 and result.band == "rethink"


def test_shadow_rules_are_recorded_not_shown_and_off_rules_never_run(advice):
    result = review("Our promo starts: big sale on all tips for you", ReviewContext(advice))
    assert result.findings == () and result.score == 100
    assert [f.rule for f in result.shadow] == ["sell.shadow"]


def test_bands():
    assert [band_for(s) for s in (100, 80, 79, 60, 59, 0)] == ["ready", "ready", "another-pass", "another-pass", "rethink", "rethink"]


def test_language_is_detected_and_can_be_forced(advice):
    fr = review("Achetez maintenant, c'est une offre limitée pour vous", ReviewContext(advice))
    assert fr.language == "fr" and {f.rule for f in fr.findings} == {"sell.urgency"}
    forced = review("Achetez maintenant, c'est une offre limitée pour vous", ReviewContext(advice, language="en"))
    assert forced.language == "en" and forced.findings == ()


def test_json_form_is_stable_and_versioned(advice):
    data = review("Buy now!", ReviewContext(advice)).to_json()
    assert {"version", "language", "score", "band", "verdict", "findings"} <= set(data)
    assert data["version"] == 1
    (finding,) = data["findings"]
    assert set(finding) >= {"rule", "topic", "severity", "span", "excerpt", "message", "why", "how",
                            "suggestions", "fix", "source"}
    assert finding["span"] == [0, 7] and finding["excerpt"] == "Buy now"
    assert finding["source"].startswith("Dures réalités du marketing")


def test_deterministic(advice):
    text = "Buy now, limited offer. Click!"
    assert review(text, ReviewContext(advice)) == review(text, ReviewContext(advice))


@pytest.mark.parametrize(
    "draft, code",
    [("", "empty"), ("   \n\t ", "empty"), ("🎉🔥🚀", "no_words"), ("https://example.com/a https://b.example", "no_words"),
     ("x" * (MAX_CHARS + 1), "too_long")],
)
def test_odd_drafts_get_a_polite_answer(advice, draft, code):
    with pytest.raises(DraftProblem) as caught:
        review(draft, ReviewContext(advice))
    assert caught.value.code == code
    for language in ("fr", "en"):
        message = caught.value.message(language)
        assert message and "Traceback" not in message
    if code == "too_long":
        assert f"{MAX_CHARS:,}" in caught.value.message("en")


def test_control_characters_are_ignored_and_offsets_kept(advice):
    draft = "Hello\x00 friends, buy\x07 now? No: buy now."
    result = review(draft, ReviewContext(advice))
    assert "control" in result.notices
    assert [draft[s:e] for s, e in (f.span for f in result.findings)] == ["buy\x07 now", "buy now"]


def test_mixed_languages_are_noticed(advice):
    draft = "We share our best tips for you and the team, mais nous pensons que vous devez aussi lire le guide pour la suite."
    assert "mixed" in review(draft, ReviewContext(advice)).notices


def test_a_very_short_draft_falls_back_to_the_users_language(advice):
    result = review("Top !", ReviewContext(advice, fallback="fr"))
    assert result.language == "fr" and "guessed" in result.notices


def test_a_blocker_is_never_ready_and_the_verdict_says_why(pack):
    pack.rule(id="sell.block", weight=5, severity="blocker", fr="phrases: [garanti à 100]", en="phrases: [100% guaranteed]")
    pack.rule(id="tips.tip", weight=5, severity="tip", topic="conversation", fr="phrases: [cliquez]", en="phrases: [click]")
    advice = pack.load()
    result = review("Our course is 100% guaranteed.", ReviewContext(advice))
    assert result.score == 79 and result.band == "another-pass"  # 100 - 5 would be ready
    assert result.verdict == "Not ready to post: a blocker (hard selling) must be fixed first."
    fr = review("Notre formation est garanti à 100 pour vous, cliquez", ReviewContext(advice, language="fr"))
    assert fr.band == "another-pass"
    assert fr.verdict == "Pas prêt à publier : un point bloquant (la vente forcée) à régler d'abord."
    tip = review("Click to read our guide.", ReviewContext(advice))
    assert tip.band == "ready" and tip.score == 95  # without a blocker the score is the score


def test_a_warning_is_never_ready_and_ready_leaves_only_suggestions_and_tips(pack):
    pack.rule(id="sell.rush", weight=5, severity="warning", fr="phrases: [dépêchez-vous]", en="phrases: [hurry]")
    pack.rule(id="tips.hint", weight=5, severity="suggestion", topic="conversation", fr="phrases: [cliquez]",
              en="phrases: [click]")
    advice = pack.load()
    rushed = review("Hurry, our sale is on.", ReviewContext(advice))
    assert rushed.score == 79 and rushed.band == "another-pass"  # 100 - 5 would be ready
    assert rushed.verdict == "Worth another pass: mostly hard selling."
    fr = review("Dépêchez-vous, nos soldes sont là.", ReviewContext(advice, language="fr"))
    assert fr.score == 79 and fr.band == "another-pass"
    hint = review("Click to read our guide.", ReviewContext(advice))
    assert hint.band == "ready" and hint.score == 95


def test_the_verdict_counts_in_each_language(pack):
    pack.rule(id="tips.tip", weight=2, severity="tip", topic="conversation", fr="phrases: [cliquez]",
              en="phrases: [click]")
    pack.rule(id="tips.link", weight=2, severity="tip", topic="conversation", fr="phrases: [lien]",
              en="phrases: [link]")
    advice = pack.load()
    one = review("Click to read our guide.", ReviewContext(advice))
    two = review("Click the link to read our guide.", ReviewContext(advice))
    assert one.verdict == "Ready to post, with 1 small thing to consider."
    assert two.verdict == "Ready to post, with 2 small things to consider."
    un = review("Cliquez pour lire le guide.", ReviewContext(advice, language="fr"))
    deux = review("Cliquez sur le lien pour lire le guide.", ReviewContext(advice, language="fr"))
    assert un.verdict == "Prêt à publier, avec 1 détail à regarder."
    assert deux.verdict == "Prêt à publier, avec 2 détails à regarder."


def test_the_verdict_counts_the_points_a_reply_shows(pack):
    """A rule met in three places is one point of the reply (its other places quoted with it), so one thing to
    consider, not three."""
    pack.rule(id="tips.tip", weight=2, severity="tip", topic="conversation", fr="phrases: [cliquez, lien]",
              en="phrases: [click, link, guide]")
    advice = pack.load()
    result = review("Click the link to read our guide.", ReviewContext(advice))
    assert len(result.findings) == 3
    assert result.verdict == "Ready to post, with 1 small thing to consider."
