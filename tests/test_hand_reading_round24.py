"""Session 24's hand reading (issue 11): posts a community manager would write, good and pushy, read one by one.

About 100 posts of our own were read (server updates, moderation reminders, patch notes, donation drives, giveaways,
job posts, outage apologies, lessons, chat-spelling plugs, flash sales), in French and English. The wrong findings,
fixed in general form:
- A post that tells the mistakes of its own launch ("5 things we got wrong launching our podcast", « 5 choses qu'on a
  ratées en lançant notre podcast ») gives a lesson, like "what we learnt": no announcement. "Our podcast is live now,
  listen here" still announces.
- A giveaway in capitals ("GIVEAWAY TIME 🎉 … react to enter") sells nothing: GIVEAWAY is no sale word for the
  blocker on shouting; a flash sale in capitals still is one.
- A giveaway entered by reacting inside the server ("React with 🎮 to enter", « Réagissez avec 🎮 pour participer »)
  asks for an entry of one's own, not a follow; the same giveaway that asks to follow still draws the plug.
- A DM asked for alone is as often help offered as a plug ("If you're stuck on your CV, DM me, happy to help",
  « Si tu galères avec ton CV, écris-moi en MP, je t'aide »): quiet in both languages (French had drawn the plug). Beside
  a collab asked for ("Collab? I have 20k followers … DM me") or a paid service with its price ("I do reviews for €20,
  message me", « je fais des relectures pour 20 € ») it is the pitch's contact, and draws the plug in both.
- A family's own things sold ("Je vends notre lit bébé … à récupérer … Écrivez-moi si ça vous intéresse") are a private
  listing, like "my old"; « si ça vous dit » now reads as "if interested" beside a creator's own goods.
- An invitation to an event with its day or hour ("Join us for a free webinar on Thursday at 1pm", « Rejoignez-nous
  jeudi à 13 h ») invites the reader to come; it is no announcement (round 42's one wrong finding left). A launch beside
  it ("is live now, download it here") still announces.
The reply no longer quotes a finding's words when they are the whole draft, shown just above (tests/test_wording.py).
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PLUG = "self-promotion.plug"
ANNOUNCE = "self-promotion.announcement"
SHOUTING = "hard-sell.shouting"

PAIRS = [
    ("en", ANNOUNCE, "New blog post: 5 things we got wrong launching our podcast. Spoiler: the mic was not the problem.",
     "Introducing our podcast! Episode 1 is live now, listen here 👇"),
    ("en", ANNOUNCE, "What we'd do differently if we launched our app again: fewer features, one clear price.",
     "Introducing our app! It's live now, download it here 👇"),
    ("fr", ANNOUNCE, "Nouvel article : 5 choses qu'on a ratées en lançant notre podcast. Indice : ce n'était pas le micro.",
     "Notre podcast est en ligne dès maintenant ! Premier épisode ici, lien ci-dessous 👇"),
    ("fr", ANNOUNCE, "Ce qui n'a pas marché quand on a lancé notre appli : trop de fonctions, un prix flou.",
     "Notre appli est en ligne dès maintenant ! Téléchargez-la ici, lien ci-dessous 👇"),
    ("en", SHOUTING, "GIVEAWAY TIME 🎉 We're giving away 3 copies of the game to celebrate 10k members! React with 🎮 "
     "to enter, winners Sunday.",
     "FLASH SALE TODAY 🎉 50% off every copy of the game to celebrate 10k members! Shop now, ends Sunday."),
    ("fr", SHOUTING, "CONCOURS DU MOIS 🎉 On fait gagner 3 exemplaires du jeu pour fêter les 10 000 membres ! "
     "Réagissez avec 🎮 pour participer.",
     "VENTE FLASH 🎉 -50 % sur le jeu pour fêter les 10 000 membres ! Commandez vite, jusqu'à dimanche."),
    ("en", PLUG, "Giveaway time! We're giving away 3 copies of the game to celebrate 10k members. React with 🎮 to "
     "enter, winners Sunday.",
     "Giveaway time! We're giving away 3 copies of the game. Follow us and tag 3 friends to enter, winners Sunday."),
    ("fr", PLUG, "Giveaway ! On fait gagner 3 exemplaires du jeu pour fêter les 10 000 membres. Réagissez avec 🎮 "
     "pour participer, tirage dimanche.",
     "Giveaway ! On fait gagner 3 exemplaires du jeu. Abonnez-vous et identifiez 3 amis pour participer, tirage "
     "dimanche."),
    ("en", PLUG, "If you're stuck on your CV, DM me, happy to help for free.",
     "If anyone wants help with their CV I do reviews for €20, message me"),
    ("fr", PLUG, "Si tu galères avec ton CV, écris-moi en MP, je t'aide volontiers.",
     "Si quelqu'un veut de l'aide pour son CV, je fais des relectures pour 20 €, écris-moi en MP"),
    ("en", PLUG, "I have 20k followers in the same niche and I'd never have guessed it, thanks all!",
     "Hey! Collab? I have 20k followers in the same niche, DM me"),
    ("fr", PLUG, "Je vends notre lit bébé avec matelas, 40 €, à récupérer près de la gare. Écrivez-moi si ça vous intéresse.",
     "Je vends mes marque-pages faits main, écrivez-moi en MP si ça vous dit 📚"),
    ("en", ANNOUNCE, "Join us for a free webinar on Thursday at 1pm: our accountant explains what changes for sole "
     "traders in April. Questions welcome in advance.",
     "Join us for the launch of our new webinar app on Thursday at 1pm: it is live now, download it here 👇"),
    ("fr", ANNOUNCE, "Rejoignez-nous jeudi à 13 h pour un webinaire gratuit : notre comptable explique ce qui change pour "
     "les indépendants en avril.",
     "Rejoignez-nous jeudi à 13 h : notre nouvelle appli de webinaires est en ligne dès maintenant, téléchargez-la ici 👇"),
]


@pytest.mark.parametrize(("language", "rule", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(language: str, rule: str, ordinary: str, twin: str):
    quiet(ordinary, language, rule)
    fires(twin, language, rule)
