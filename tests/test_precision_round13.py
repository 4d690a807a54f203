"""Precision on ordinary text, round 13 (issue 11, point 4): hard-sell.pushy's own signals.

Kinds of ordinary text the hard-sell rule took for a sale, read by hand on the ok rows: a word that
merely starts with "free" ("Freeing Culture") and a noun that shares a call's stem ("(books)"); a
drive's speed ("10X DVD") and a tracking ID of hex digits in a link, read as a coin shill's multiplier
and address; an editor's tips on a software named by its full name; a mail admin's whitelist; a
shop's range of gift cards; a developer's tool that is "free to use"; a webmail's ad line under a
personal mail; OTC derivatives in a research mail; "bitter pills" in a politics column, pills in a
headline and prescriptions forged in a satire; the experts a news item quotes; a newsletter's unsubscribe line; the Mint that strikes coins; the "Reply STOP to opt out" line of an order confirmation. Each case is a pair: the
ordinary text stays quiet, and the same kind of text turned into a hard sell still fires, so the
quiet comes from the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"

# (language, the ordinary text, the same kind of text that still fires)
PAIRS = [
    # a word that starts with "free" and a noun that shares a call's stem, against free bait and a call
    ("en", "Lessig's 'Freeing Culture' keynote is online, posted under (books): http://example.org/lessig",
     "Free ebook for everyone! Book your seat now: http://example.org/lessig"),
    ("fr", "« Libérer la culture » : la conférence de Lessig est en ligne, rubrique (livres) : http://exemple.org/lessig",
     "Livre gratuit pour tous ! Réservez votre place maintenant : http://exemple.org/lessig"),
    # a drive's speed against a coin's promised multiple
    ("en", "Intel 900MHz / 256MB / 10X DVD / 20GB desktop: starting bid $229",
     "Next 100x gem: buy $MOONR now before it explodes, only $2!"),
    ("fr", "PC Intel 900 MHz / 256 Mo / DVD 10X / 20 Go : enchère de départ 229 €",
     "Prochaine pépite x100 : achetez $LUNAR maintenant avant l'explosion, seulement 2 € !"),
    # a tracking ID of hex digits in a link against a coin's address beside a pitch
    ("en", "SEVERE THUNDERSTORM WARNING UNTIL 5:45 PM FOR 12144. Visit our golf section: "
           "http://www.example.com/ads/click/34316434343763383364356332313130",
     "$PEPEX is live, buy now before it moons! CA: 7xkxtg2cw87d97txjsdpbd5jbkhetqa83tzrujosgasu"),
    ("fr", "ALERTE ORAGES VIOLENTS JUSQU'À 17 H 45. Visitez notre rubrique golf : "
           "http://www.exemple.fr/pub/clic/34316434343763383364356332313130",
     "$PEPEX est en ligne, achetez maintenant avant l'envol ! CA : 7xkxtg2cw87d97txjsdpbd5jbkhetqa83tzrujosgasu"),
    # an editor's tips on a software named in full against the software sold cheap
    ("en", "GET WINDOWS XP TIPS: months after the release of Windows XP Professional, people are still "
           "learning its nuances. Our ebook comes out soon.",
     "Windows XP Professional for only $49! Order now, instant download."),
    ("fr", "ASTUCES WINDOWS XP : des mois après la sortie de Windows XP Professionnel, on découvre encore ses "
           "subtilités. Notre guide sort bientôt.",
     "Windows XP Professionnel à seulement 49 € ! Commandez maintenant, téléchargement immédiat."),
    # a mail admin's whitelist against a whitelist spot given away for a follow
    ("en", "I now whitelist the project's mailing lists so the filter stops eating them; the whitelist lives "
           "in my home folder, now.",
     "Whitelist giveaway is live! Follow @nerdsnft and drop your wallet to win a whitelist spot now."),
    ("fr", "J'ai ajouté les listes du projet à ma liste blanche (whitelist) pour que le filtre arrête de les "
           "bloquer, maintenant ça marche.",
     "Giveaway whitelist en cours ! Suivez @nerdsnft et laissez votre wallet pour gagner une place whitelist maintenant."),
    # a shop's range of gift cards against a gift card won
    ("en", "Gift cards from $10 to $200", "Congratulations! Claim your $500 gift card before it expires today."),
    ("fr", "Cartes cadeaux de 10 € à 200 €",
     "Félicitations ! Une carte cadeau de 500 € vous attend, réclamez-la avant ce soir."),
    # a developer's free tool against a free trial pushed with a price
    ("en", "Rodin 3D skill for Claude, by @deemos: /plugin install rodin3d. Free to use! Quick setup, just ask Claude.",
     "Rodin 3D Pro by @deemos: free trial today only! Buy the full pack now for $19."),
    ("fr", "Notre extension 3D pour Claude, par @deemos : /plugin install rodin3d. Gratuit et open source ! "
           "Installation rapide.",
     "Pack 3D Pro de @deemos : essai gratuit aujourd'hui seulement ! Achetez le pack complet maintenant à 19 €."),
    # a webmail's ad line under a personal mail against the same offer as the author's own
    ("en", "Anna, thanks for your note, see you at the board meeting on Monday. Best, Tom -- Do you Yahoo!? "
           "Yahoo! Photos: now get 20 prints free! http://photos.example.com/",
     "Get 20 prints free now! Order today at http://photos.example.com/ and claim your bonus album!!"),
    ("fr", "Anna, merci pour ton message, à lundi pour le conseil. Bises, Tom -- Testez le nouveau Yahoo! Mail : "
           "1 Go gratuit maintenant ! Cliquez sur http://mail.exemple.fr/ !!",
     "1 Go gratuit maintenant ! Inscrivez-vous aujourd'hui sur http://mail.exemple.fr/ et recevez votre bonus !!"),
    # OTC derivatives in a research mail against a penny stock's ticker line
    ("en", "We have today published our research on exchange-traded options volume; our site ranks OTC "
           "derivatives dealers, with market data traded today.",
     "Hot stock alert: Emerald Gas (OTC: EMGS) is about to explode, buy today!"),
    ("fr", "Nous publions aujourd'hui notre étude sur les volumes d'options ; notre site classe les courtiers "
           "en dérivés OTC et leurs volumes de trading.",
     "Alerte bourse : Émeraude Gaz (OTC : EMGS) va exploser, achetez aujourd'hui !"),
    # a metaphor and a headline about pills against pills sold online
    ("en", "The subtle art of sugaring bitter pills: the party leader can cave in or stand firm, writes our "
           "columnist. http://news.example.com/column",
     "Cheap pills online, no prescription needed: order now at http://pharma.example.com"),
    ("en", "Pharmacy chain to sell hay fever pills without prescription",
     "Buy hay fever pills without prescription, only $9 today!"),
    ("fr", "Le ministre devra avaler la pilule : la réforme est reportée, écrit notre éditorialiste. "
           "http://actu.exemple.fr/edito",
     "Pilules pas chères en ligne sans ordonnance : commandez maintenant sur http://pharma.exemple.fr"),
    # prescriptions forged in a satire against a drug sold without one
    ("en", "Satire: the government plans to hand out free Valium at every protest, so nobody needs to forge "
           "prescriptions any more. http://news.example.com/satire",
     "Free Valium, no prescription needed! Order now at http://pharma.example.com"),
    ("fr", "Satire : le gouvernement prévoit de distribuer des pilules gratuites à chaque manifestation, plus besoin "
           "de fausses ordonnances. http://actu.exemple.fr/satire",
     "Pilules gratuites sans ordonnance ! Commandez maintenant sur http://pharma.exemple.fr"),
    # the experts a news item quotes against an expert praised beside a handle
    ("en", "Experts scale back estimates of world population growth: the experts say birthrates fall faster than "
           "anticipated, and we must act now, before it's too late.",
     "Thanks to @lena.fx_trades, an expert trader, I got my payout before it's too late!"),
    ("fr", "Les experts revoient à la baisse la croissance de la population mondiale : les experts disent qu'il faut "
           "agir maintenant, avant qu'il ne soit trop tard.",
     "Grâce à @lena.fx_trades, une vraie experte, j'ai reçu mon paiement avant qu'il ne soit trop tard !"),
    # a newsletter's unsubscribe line against a click pushed to a sale
    ("en", "WinGadgets weekly, issue 33: how to patch your media player. Feel free to forward this newsletter. "
           "For a quick unsubscribe (sigh!) click here: http://www.example.com/unsubscribe",
     "WinGadgets Pro, only $29 this week! For a quick upgrade click here: http://www.example.com/buy"),
    ("fr", "Lettre WinGadgets, numéro 33 : comment mettre à jour votre lecteur. Pour vous désabonner rapidement, "
           "cliquez ici : http://www.exemple.fr/desabonnement",
     "WinGadgets Pro à seulement 29 € cette semaine ! Pour en profiter rapidement, cliquez ici : http://www.exemple.fr/achat"),
    # the opt-out line of an order confirmation against the same line under a prize
    ("en", "Maple & Fern: your order 4821 has shipped and arrives Thursday. Track it at maplefern.com/track. "
           "Reply STOP to opt out.",
     "Maple & Fern: you have won a $500 gift card! Call 09061234567 now to claim. Reply STOP to opt out."),
    ("fr", "Maple & Fern : votre commande 4821 a été expédiée, livraison jeudi. Suivi : maplefern.fr/suivi. "
           "Répondez STOP pour vous désabonner.",
     "Maple & Fern : vous avez gagné une carte cadeau de 500 € ! Appelez le 0899 12 34 56 maintenant. "
     "Répondez STOP pour vous désabonner."),
    # a newsletter asking to be whitelisted against a whitelist price in a mint drop
    ("en", "Add us to your whitelist so our newsletter does not end up in spam.",
     "Minting now: 500 apes left, whitelist price 0.05 ETH, hurry"),
    ("fr", "Ajoutez-nous à votre liste blanche pour que la lettre n'arrive pas dans les indésirables.",
     "Mint en direct ! Prix whitelist 0,05 ETH, plus que 500 places, mintez maintenant sur apes-mint.example.xyz"),
    # coins named in a market report against coins named in a French mint drop
    ("fr", "Le cours de l'ETH a baissé de 4 % hier et le BTC suit, selon les analystes.",
     "Mint en direct : plus que 500 singes, prix whitelist 0,05 ETH, dépêchez-vous"),
    # the Mint that strikes coins, in a report of a sell-out, against an NFT mint pushed on the reader
    ("en", "Collectors queue outside the Mint as the limited edition coin sells out",
     "Free mint tonight, 300 spots left, mint price 0 ETH, join now"),
    ("fr", "Les collectionneurs font la queue devant la Monnaie de Paris : la pièce en édition limitée est épuisée",
     "Mint gratuit ce soir, plus que 300 places, rejoignez la whitelist maintenant"),
]


@pytest.mark.parametrize(("lang", "ordinary", "loud"), PAIRS, ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(PAIRS)])
def test_ordinary_text_is_quiet_and_the_same_kind_still_fires(lang: str, ordinary: str, loud: str) -> None:
    quiet(ordinary, lang, PUSHY)
    fires(loud, lang, PUSHY)
