"""Recall round 57 (issue 11, session 38): French self-promotional comments by people with a trade, under someone else's
post, video or listing, and their English twins. Each case stands beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- self-promotion: the trade opening the comment with its rates shown; the trade said in chat (« chu », "i'm a barber too")
  with « texte-moi » / "text me"; one's own listings under someone else's; a trade's free quote with a contact in chat
  spelling; « DJ … ici » / "DJ … here" with « bookez-moi »; the price sent in DM; clients taken with the rates shown; an
  agency naming itself and its town; the polite contact line beside one's trade.
- their twins stay quiet: one's trade told in chat with nothing offered, a customer's free quote, mail's polite contact line,
  someone else's listings, a DJ thanked by a couple, a tutor's thanks, help offered for a move.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw self-promotion or give-first
PROMO_CASES = [
    ("the trade opening the comment, its rates shown",
     "Wedding photographer in Bath, still booking next summer, rates in my highlights",
     "Photographe de mariage à Annecy, je fais aussi les baptêmes, tarifs en story à la une"),
    ("the trade said in chat, a text asked",
     "i'm a barber too, cheap fades all week, text me",
     "chu coiffeuse à Gatineau, coupes pas chères toute la semaine, texte-moi"),
    ("one's own listings under someone else's",
     "mine's the same model with less mileage, check my listings",
     "j'ai le même modèle avec moins de kilomètres, va voir mes annonces"),
    ("a trade's free quote, a contact in chat spelling",
     "i'm a plumber in Derby, free quotes, whatsapp me",
     "je suis plombier à Nancy, devis gratuit, écris moi sur whatsapp"),
    ("« DJ … ici », a booking asked in DM",
     "DJ Malik here, afrobeats for weddings and birthdays, book me via dm",
     "DJ Malik ici, afro et zouk pour mariages et anniversaires, bookez-moi en mp"),
    ("a reseller's price sent in DM",
     "selling brand new dunks, all sizes, prices in dm",
     "jrevend des dunks neuves, toutes les tailles, prix en mp"),
    ("clients taken, the rates shown",
     "i'm a nail tech, taking new clients in Leeds, prices in my highlights",
     "moi aussi je suis esthéticienne, je prends de nouvelles clientes sur Reims, tarifs en story"),
    ("an agency naming itself and its town, a DM asked",
     "We're an estate agency in Agadir, villas from 2 million dh, dm us to book a visit",
     "Nous sommes une agence immobilière à Agadir, villas à partir de 2 millions dh, contactez-nous en privé"),
    ("the polite contact line beside one's trade",
     "I'm a wedding photographer in Geneva, still taking bookings for 2027, feel free to contact me",
     "Je suis photographe de mariage à Genève, je prends encore des dates pour 2027, n'hésitez pas à me contacter"),
]

# (what, English, French): neither may draw self-promotion or give-first
PROMO_QUIET = [
    ("one's trade told in chat, nothing offered",
     "i'm a barber too and that fade is spotless, respect",
     "chu coiffeuse aussi pis ce dégradé est parfait, bravo"),
    ("a customer's free quote",
     "my plumber gave me a free quote and fixed it the same day, great guy",
     "mon plombier m'a fait un devis gratuit et l'a réparé le jour même, top"),
    ("mail's polite contact line, no trade",
     "Feel free to contact me if the minibus times change.",
     "N'hésitez pas à me contacter si les horaires du car changent."),
    ("someone else's listings",
     "have you looked at the listings on the village page? someone's selling a pram",
     "t'as regardé les annonces sur la page du village ? quelqu'un vend une poussette"),
    ("a DJ thanked by a couple",
     "DJ Malik played our wedding, the dance floor was full all night, thank you",
     "DJ Malik a fait notre mariage, la piste était pleine toute la nuit, merci"),
    ("a tutor's thanks",
     "i'm a tutor too and i use this video in class, thanks",
     "je suis tutrice aussi et j'utilise ta vidéo en classe, merci"),
    ("help offered for a move",
     "if you need someone for the move on Saturday, I'm free",
     "si t'as besoin de quelqu'un pour le déménagement samedi, je suis dispo"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_CASES))
def test_plug_case_draws_self_promotion(text: str, lang: str) -> None:
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_twin_stays_quiet_on_self_promotion(text: str, lang: str) -> None:
    quiet(text, lang, PROMO)
