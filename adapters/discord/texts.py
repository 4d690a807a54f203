"""What the Discord adapter itself says (modal titles within Discord's 45 characters, its
own polite failures), in English and French. Commands and options are described by the
core's command specifications; what every platform's forms say, and what Coach says
about drafts, is in bot.messages."""

from __future__ import annotations

from typing import Any

from bot.messages import lookup

TEXTS: dict[str, dict[str, str]] = {
    # modal titles (at most 45 characters)
    "modal.review.title": {"en": "Review a draft with Coach", "fr": "Relire un brouillon avec Coach"},
    "modal.plan.title": {"en": "Review a plan with Coach", "fr": "Relire un plan avec Coach"},
    # polite failures
    "expired": {"en": "This button has expired (Coach restarted since). Run `/review` again to get fresh buttons.",
                "fr": "Ce bouton a expiré (Coach a redémarré depuis). Relancez `/review` pour obtenir de nouveaux boutons."},
    "empty.message": {"en": "That message has no text for me to review.",
                      "fr": "Ce message ne contient pas de texte à relire."},
    "observe.intent": {
        "en": "Note: to read messages in observed channels, Coach needs the Message Content intent. "
              "Whoever runs Coach must enable it in the Discord Developer Portal, set `DISCORD_OBSERVE=1` and restart Coach.",
        "fr": "Remarque : pour lire les messages des salons observés, Coach a besoin de l'intent Message Content. "
              "La personne qui fait tourner Coach doit l'activer dans le Discord Developer Portal, définir "
              "`DISCORD_OBSERVE=1` et redémarrer Coach.",
    },
}  # fmt: skip


def say(key: str, language: str, **values: Any) -> str:
    return lookup(TEXTS, key, language, **values)
