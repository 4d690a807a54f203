"""What the Discord adapter itself says (modal titles, command descriptions,
polite errors), in English and French. What Coach says about drafts comes from
the core Reply, never from here."""

from __future__ import annotations

from typing import Any

from bot.messages import lookup

TEXTS: dict[str, dict[str, str]] = {
    # modals (titles and labels: at most 45 characters)
    "modal.review.title": {"en": "Review a draft with Coach", "fr": "Relire un brouillon avec Coach"},
    "modal.review.label": {"en": "Your draft", "fr": "Votre brouillon"},
    "modal.review.placeholder": {"en": "Paste the post you are about to publish…",
                                 "fr": "Collez le message que vous allez publier…"},
    "modal.plan.title": {"en": "Review a plan with Coach", "fr": "Relire un plan avec Coach"},
    "modal.plan.label": {"en": "Your plan", "fr": "Votre plan"},
    "modal.plan.placeholder": {"en": "Goals, audience, channels, cadence, measures…",
                               "fr": "Objectifs, public, canaux, rythme, mesures…"},
    "modal.dismiss.title": {"en": "Not for this post", "fr": "Pas pour ce message"},
    "modal.dismiss.label": {"en": "Why? (optional)", "fr": "Pourquoi ? (facultatif)"},
    "modal.dismiss.placeholder": {"en": "e.g. this is a real deadline, the event starts Friday",
                                  "fr": "ex. : l'échéance est réelle, l'événement commence vendredi"},
    # polite failures
    "error": {"en": "Sorry, something went wrong on my side and I could not finish. Please try again in a moment.",
              "fr": "Désolé, un problème de mon côté m'a empêché de terminer. Réessayez dans un instant."},
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

# Command and option descriptions, translated for French Discord clients by
# `CoachTranslator` (Discord shows them in the user's language).
FRENCH_COMMAND_TEXTS: dict[str, str] = {
    "Review a draft post before you publish it": "Relire un brouillon avant de le publier",
    "Your draft (leave empty to paste a long one)": "Votre brouillon (laissez vide pour en coller un long)",
    "Review with Coach": "Relire avec Coach",
    "Review a social-media plan": "Relire un plan pour les réseaux sociaux",
    "Your plan (leave empty to paste a long one)": "Votre plan (laissez vide pour en coller un long)",
    "Your team's posting habits": "Les habitudes de publication de l'équipe",
    "Coach settings for this server": "Réglages de Coach pour ce serveur",
    "Weekly nudge and language settings (Manage Server)": "Rappel hebdomadaire et langue (Gérer le serveur)",
    "Channel where the weekly nudge is posted": "Salon où publier le rappel hebdomadaire",
    "Day of the weekly nudge": "Jour du rappel hebdomadaire",
    "Time of the weekly nudge, HH:MM": "Heure du rappel hebdomadaire, HH:MM",
    "Time zone, e.g. Europe/Paris": "Fuseau horaire, par ex. Europe/Paris",
    "Language Coach uses in this server": "Langue de Coach sur ce serveur",
    "Turn the weekly nudge on or off": "Activer ou désactiver le rappel hebdomadaire",
    "Let Coach read a channel's posts to learn the team's habits (Manage Server)":
        "Laisser Coach lire un salon pour connaître les habitudes de l'équipe (Gérer le serveur)",
    "on or off": "activer ou désactiver",
    "What Coach keeps about you, and deleting it": "Ce que Coach garde sur vous, et le supprimer",
    "Delete it now (cannot be undone)": "Le supprimer maintenant (définitif)",
    "The channel (this one if empty)": "Le salon (celui-ci si vide)",
    "Monday": "Lundi", "Tuesday": "Mardi", "Wednesday": "Mercredi", "Thursday": "Jeudi",
    "Friday": "Vendredi", "Saturday": "Samedi", "Sunday": "Dimanche",
    "On": "Activer", "Off": "Désactiver",
}  # fmt: skip


def say(key: str, language: str, **values: Any) -> str:
    return lookup(TEXTS, key, language, **values)
