"""Synthetic team posts for the benches: a marketing vocabulary, new rare words as real exports
keep meeting them, links, near-duplicates, and DiscordChatExporter files of any size."""

from __future__ import annotations

import json
import random
import time
from pathlib import Path


def _split(text: str) -> tuple[str, ...]:
    return tuple(text.split())


WORDS = _split(
    "newsletter calendar content guide webinar workshop planner notebook community forum podcast episode "
    "launch update release feature members readers team customers budget campaign strategy audience "
    "headline subject line open rate click spreadsheet template checklist tutorial video photo story "
    "question answer idea tip lesson mistake result growth week month year morning evening today tomorrow "
    "product service offer discount order price shipping delivery support help feedback review survey "
    "analytics report data insight trend event meetup conference speaker session slides replay recording "
    "blog article post thread comment reply share follow subscribe register join welcome thanks "
    "design brand logo colour font layout website page link search ranking email inbox draft schedule"
)
OPENERS = ["Our new", "Three tips on", "Join us for", "We just published", "Here is how we built", "Quick question about",
           "Behind the scenes of", "Last chance to see", "What we learned from", "Introducing the"]


def _rare(rng: random.Random) -> str:
    """A word seen once (a name, a typo, a product code): real exports keep meeting new ones."""
    return "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(5, 9)))


def post_text(rng: random.Random) -> str:
    words = rng.choices(WORDS, k=rng.randint(12, 28))
    if rng.random() < 0.5:  # the vocabulary grows with the export, as in real chat
        words.insert(rng.randrange(len(words)), _rare(rng))
    link = f" https://acme.example/{rng.choice(WORDS)}-{rng.randint(1, 5000)}" if rng.random() < 0.3 else ""
    return f"{rng.choice(OPENERS)} {' '.join(words)}.{link}"


def near_duplicate(text: str, rng: random.Random) -> str:
    """A near-duplicate: one or two words changed."""
    words = text.split()
    for _ in range(rng.randint(1, 2)):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words)


def write_discord_export(path: Path, n: int, start: float, span_days: int, rng: random.Random, channel: dict) -> None:
    """n messages spread over span_days from start, as DiscordChatExporter writes a channel."""
    authors = [{"id": str(900 + i), "name": f"member{i}", "discriminator": "0000", "nickname": f"Member {i}",
                "color": None, "isBot": False, "roles": [], "avatarUrl": ""} for i in range(40)]
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"guild": {"id": "1", "name": "Bench guild", "iconUrl": ""}, "channel": channel,
                              "dateRange": {"after": None, "before": None},
                              "exportedAt": "2025-01-01T00:00:00+00:00"})[:-1])
        out.write(', "messages": [\n')
        step = span_days * 86_400 / n
        for i in range(n):
            text = post_text(rng)
            at = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime(start + i * step))
            message = {"id": f"{channel['id']}{i:07d}", "type": "Default", "timestamp": at, "timestampEdited": None,
                       "callEndedTimestamp": None, "isPinned": False, "content": text,
                       "author": authors[i % len(authors)], "attachments": [], "embeds": [], "stickers": [],
                       "reactions": [], "mentions": [], "inlineEmojis": []}
            out.write(("," if i else "") + json.dumps(message) + "\n")
        out.write(f'], "messageCount": {n}}}')
