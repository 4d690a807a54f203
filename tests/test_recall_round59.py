"""Recall round 59 (issue 11, session 39): self-promotional comments by people whose trade is on no list (an upholsterer,
a chimney sweep, a dog groomer, a locksmith, a piano tuner, movers, a beekeeper), read by the shape of an offer rather than
by the trade's name: one's trade (an agent noun's ending, a first-person service verb, "is what I do", « c'est mon métier »)
beside a way to reach the writer or the terms of an offer. Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- self-promotion: a trade opening the comment with its town and a quote asked in DM; a service verb with the area served;
  movers' « texte-nous » and « soumission »; a trade said as one's living with a price from a floor; "lmk if u need a
  locksmith"; one's trade in the first person with a phone number; a verb with a price per piece; honey from one's own hives.
- their twins stay quiet: a customer's own upholsterer, one's trade told with nothing offered, a quote asked of the poster,
  a friend's "lmk", a friend's phone number, a story from work, a member's notice.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("a trade opening the comment with its town, a quote asked in DM",
     "Upholsterer in Derby, I redo armchairs and sofas, quotes in dm",
     "Tapissier à Dijon, je refais fauteuils et canapés, devis en mp"),
    ("a first-person service verb with the area served",
     "I sweep chimneys around Harrogate, if anyone needs one done before winter lmk",
     "je ramone des cheminées depuis 20 ans, si vous êtes vers Chambéry faites-moi signe avant l'hiver"),
    ("movers' text and quote",
     "we move apartments all over Laval, text us for a free quote",
     "on déménage vos appartements partout à Laval, texte-nous pour une soumission gratuite"),
    ("a trade said as one's living, a price from a floor",
     "grooming dogs is what I do, full groom from $50, text me",
     "le toilettage c'est mon métier, tonte et bain à partir de 40 €, écris-moi"),
    ("a trade needed, offered in chat",
     "lmk if u need a locksmith in north Leeds, 24/7 and fully insured",
     "faites-moi signe si vous cherchez un serrurier sur Lille, j'interviens 7j/7"),
    ("one's trade in the first person, a phone number",
     "I'm a piano tuner in Bath, call me on 07700 900123",
     "je suis accordeur de piano à Pau, appelez-moi au 06 12 34 56 78"),
    ("a service verb, a price per piece",
     "I hem trousers and fix zips, $8 a pair, msg me",
     "je retouche des ourlets et des fermetures, 8 € le pantalon, envoyez-moi un msg"),
    ("honey from one's own hives, its price, a DM",
     "honey from our own hives, $10 a jar, DM me",
     "miel de notre propre rucher, 9 € le pot, écrivez-moi en privé"),
]

# (what, English, French): neither may draw self-promotion or give-first
PROMO_QUIET = [
    ("a customer's own upholsterer",
     "Our upholsterer in Derby redid the sofa, can't recommend him enough",
     "Notre tapissier à Dijon a refait le canapé, je le recommande"),
    ("one's trade told, nothing offered",
     "I'm a chimney sweep in Harrogate and that flue made me wince",
     "je suis ramoneur à Chambéry et ce conduit m'a fait peur 😅"),
    ("a quote asked of the poster",
     "do you do quotes for moving a piano? we're in Laval",
     "c'est combien une soumission pour déménager un piano? on est à Laval"),
    ("a friend's lmk",
     "lmk if u need a lift to the party, I'm driving anyway",
     "fais-moi signe si t'as besoin d'un coup de main pour le déménagement"),
    ("a friend's phone number",
     "I'm at the station, call me on 07700 900123 when you land",
     "je suis à la gare, appelle-moi au 06 12 34 56 78 quand t'arrives"),
    ("a story from work",
     "spent all day at work restoring a 1920s piano, my hands are wrecked",
     "j'ai passé la journée au boulot sur un piano de 1920, j'ai plus de mains"),
    ("a member's notice",
     "Member here, the pool timetable changes from Monday, lmk if you have questions",
     "Adhérente ici, les horaires de la piscine changent lundi, écrivez-moi si vous avez des questions"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_trade_offer_draws_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_twin_stays_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)
