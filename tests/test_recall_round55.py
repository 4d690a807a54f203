"""Recall round 55 (issue 11, session 37): self-promotional comments a new hand writes under someone else's video or post.
Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- self-promotion: one's own name or picture to click with a small creator's ask; the same handle elsewhere beside a
  stream's invitation; one's own works for sale on one's page; a band's record just out with the ask to hear it;
  commissions reopened with a DM asked; one's trade offered to the reader's brand; a DM asked for appointments; a channel
  just started, its small count and help asked.
- their twins stay quiet: one's own small channel shared to cheer the creator on, another artist credited for the work,
  a car share with "message me if interested", help asked about a link, a clicked name in a how-to.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("one's own name to click, a small creator asking for support",
     "new creator here, i test cheap headphones, a little support pls, click my name 🙏",
     "petite youtubeuse ici, je teste des casques pas chers, un peu de soutien svp, clique sur mon pseudo 🙏"),
    ("the same handle elsewhere, beside a stream's invitation",
     "if u like hard mode runs come watch me live tonight, same name on twitch",
     "si vous aimez les runs en difficile venez me voir en live ce soir, même pseudo sur twitch"),
    ("one's own works for sale on one's page",
     "i paint foxes like this, prints for sale on my etsy",
     "je peins des renards comme ça, mes tirages sont en vente sur etsy"),
    ("a band's record just out, with the ask to hear it",
     "my band just released our second single, would love if you gave it a listen",
     "notre groupe vient de sortir son deuxième single, ça nous ferait plaisir que vous l'écoutiez"),
    ("commissions reopened, a DM asked",
     "hey artists, i reopened commissions, 2 slots, dm me",
     "coucou les artistes, je reprends les commandes, 2 places, mp moi"),
    ("one's trade offered to the reader's brand",
     "I edit reels for cheap, hit me up if your shop needs some",
     "je monte des reels pas chers, écris-moi si ta boutique en a besoin"),
    ("a DM asked for appointments",
     "i also do lashes from home in Leeds, DM for appointments ✨",
     "je fais aussi les cils à domicile à Nantes, envoyez-moi un message pour un rendez-vous ✨"),
]

# (what, English, French): neither may draw self-promotion or give-first
PROMO_QUIET = [
    ("one's own small channel shared to cheer the creator on",
     "my channel is tiny too, keep it up, you got this",
     "ma chaîne est toute petite aussi, lâche rien, continue comme ça"),
    ("another artist credited for the work",
     "go follow @tom.inks, he drew this cover, he deserves way more",
     "allez suivre @tom.dessine, c'est lui qui a dessiné la pochette, il mérite tellement plus"),
    ("a car share with a message asked if interested",
     "Driving to Bristol on Friday, 2 seats free, £8 each for fuel. Let me know if you want a seat",
     "Je descends à Marseille vendredi, 2 places libres, 8 € pour l'essence. Envoyez-moi un message si ça vous intéresse"),
    ("help asked about a link",
     "can someone help me out, the link in the description is broken",
     "aidez-moi, le lien dans la description ne marche plus"),
    ("a fan who bought the creator's print",
     "just bought your print, it's for my sister's room, she'll love it",
     "je viens d'acheter ton tirage pour la chambre de ma sœur, elle va adorer"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_plug_case_draws_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_twin_stays_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)
