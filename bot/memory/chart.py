"""The habits chart: cadence and content mix over the report's weeks, as a PNG.

Drawn headless (matplotlib's Agg backend, no display needed) at 1000x560
pixels with large type, so that it stays readable in a chat preview, where
Slack and Discord shrink images to about 400 pixels wide.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402  (after choosing the headless backend)

from bot.memory.habits import MIX_KEYS, Habits, day_label  # noqa: E402
from bot.messages import t  # noqa: E402

# Okabe-Ito colours: distinguishable with every common colour-vision deficiency.
COLOURS = {"give": "#009E73", "ask": "#D55E00", "converse": "#0072B2", "entertain": "#CC79A7",
           "news": "#E69F00", "other": "#BBBBBB"}
WIDTH_PX, HEIGHT_PX, DPI = 1000, 560, 100


def habits_chart(habits: Habits, language: str = "en") -> bytes:
    """PNG bytes: posts per week (bars, with the target) and each week's content mix (stacked shares)."""
    fig = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI)
    cadence, mix = fig.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.25]})
    labels = [day_label(w.start, language) for w in habits.weeks]
    positions = list(range(len(labels)))

    counts = [w.posts for w in habits.weeks]
    cadence.bar(positions, counts, color="#0072B2", width=0.7)
    if habits.target_per_week:
        cadence.axhline(habits.target_per_week, color="#D55E00", linewidth=2.5, linestyle="--",
                        label=f"{t('chart.target', language)} {habits.target_per_week:g}")
        cadence.legend(loc="upper left", fontsize=12, frameon=False)
    for x, n in zip(positions, counts, strict=True):
        if n:
            cadence.text(x, n, str(n), ha="center", va="bottom", fontsize=12)
    top = max([*counts, habits.target_per_week, 1])
    cadence.set_ylim(0, top * 1.25)
    cadence.set_title(t("chart.cadence", language), fontsize=16, loc="left")

    bottom = [0.0] * len(labels)
    for key in MIX_KEYS:
        shares = [100 * w.mix()[key] for w in habits.weeks]
        if not any(shares):
            continue
        mix.bar(positions, shares, bottom=bottom, color=COLOURS[key], width=0.75,
                label=t(f"category.{key}", language))
        bottom = [b + s for b, s in zip(bottom, shares, strict=True)]
    mix.set_ylim(0, 100)
    mix.set_ylabel("%", fontsize=13)
    mix.set_title(t("chart.mix", language), fontsize=16, loc="left")
    if any(bottom):
        mix.legend(loc="center left", bbox_to_anchor=(1.0, 0.5), fontsize=12, frameon=False)

    for axis in (cadence, mix):
        axis.set_xticks(positions, labels, rotation=45, ha="right", fontsize=11)
        axis.tick_params(axis="y", labelsize=12)
        for side in ("top", "right"):
            axis.spines[side].set_visible(False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()
