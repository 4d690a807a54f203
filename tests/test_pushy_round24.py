"""Round twenty-four (issue 11, recall by kind on the shared corpora): each kind as a pair, in both languages.

hard-sell.pushy, CAUGHT: a stock-pump newsletter's data sheet and boasts beside its tip (stock-profile); a 419 letter's
plea, the writer's family in danger, beside its secrecy (family-plea); prospects sold to salespeople beside the
pitch (prospecting). QUIET: a fund's letter with its targets, a family's hard year told to friends, a sales meeting.

self-promotion.plug, CAUGHT (comments that plug one's own work): a crowdfunding page backed, a shop just opened with
its code, a comment labelled "self-promo", services for booking, notifications asked for, a stream with an invitation
to drop in, "DM me if you want my …", a team's app and where to get it, one's own cover with feedback asked for.
QUIET: a thank-you that names one's own small channel, a past stream, a favourite album, jewellery bought on Etsy,
a family's treehouse, a school's notice to switch on an app's notifications.

self-promotion.announcement, CAUGHT: a launch on a tagged platform, a launch with what the product does in one click,
an issue of one's own newsletter introduced by its name, a post that opens on a giveaway counted in money, a
product opened to all users or urged by its maker ("why you should try it").
QUIET: a parcel for @mum, a bill paid in one click, a giveaway told as a scam, a prize won, a local paper's week,
a reading room or a market open to everyone.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
PLUG = "self-promotion.plug"
LAUNCH = "self-promotion.announcement"

CAUGHT = [
    (PUSHY, "en", "Hot pick for Monday: ticker BRVX. Market symbol BRVX, 52 week hi / lo 0.61 - 0.04, 300 to 500% gains "
                  "expected, our avid readers got in early"),
    (PUSHY, "fr", "Valeur à surveiller : BRVX. Objectif à moyen terme 1,20 $, gains attendus de 300 %, nos lecteurs fidèles "
                  "sont déjà dedans"),
    (PUSHY, "en", "Dear friend, this request may come as a surprise to you. My family and I are in danger since the coup, "
                  "and I need a partner abroad for the funds"),
    (PUSHY, "fr", "Cher ami, nous ne nous connaissons pas, mais ma famille et moi sommes en danger depuis le coup d'État et "
                  "j'ai besoin d'un partenaire pour les fonds"),
    (PUSHY, "en", "Agents: free prospects by the thousands and appointments set for you, our online system fills your diary, "
                  "free trial today"),
    (PUSHY, "fr", "Agents : des prospects gratuits par milliers, générez vos propres leads avec notre outil, essai gratuit "
                  "aujourd'hui"),
    (PLUG, "en", "Please back my Kickstarter, we're at 80% with five days to go"),
    (PLUG, "fr", "Soutenez mon Ulule s'il vous plaît, on est à 80 % et il reste cinq jours"),
    (PLUG, "en", "My candle shop just opened! Use code WARM10 for 10% off your first order"),
    (PLUG, "fr", "Ma boutique de bougies vient d'ouvrir ! Code DOUCEUR10 pour -10 % sur la première commande"),
    (PLUG, "en", "Quick plug: my debut novel is out today, a cosy mystery set by the sea"),
    (PLUG, "fr", "Petite autopromo : mon premier roman est sorti aujourd'hui, un polar au bord de la mer"),
    (PLUG, "en", "Anyone need a DJ for a wedding? I have a few openings in August, portfolio on my profile"),
    (PLUG, "fr", "Besoin d'un DJ pour un mariage ? Il me reste quelques créneaux en août, portfolio sur mon profil"),
    (PLUG, "en", "Turn on post notifications so you never miss my Sunday drawings"),
    (PLUG, "fr", "Activez la cloche pour ne rater aucune de mes aquarelles du dimanche"),
    (PLUG, "en", "Going live on YouTube in ten minutes with the new patch, come say hi!"),
    (PLUG, "fr", "Je lance un live sur Twitch dans dix minutes avec la nouvelle mise à jour, venez dire bonjour !"),
    (PLUG, "en", "Message me if you want my full spreadsheet, I'll send it across"),
    (PLUG, "fr", "Écrivez-moi si vous voulez mon tableur complet, je vous l'envoie"),
    (PLUG, "en", "We developed a free tool for exactly this, it's on the App Store"),
    (PLUG, "fr", "Nous avons développé un outil gratuit pour exactement ça, il est sur l'App Store"),
    (PLUG, "en", "I did a piano version on my channel yesterday, let me know what you think"),
    (PLUG, "fr", "J'ai fait une version piano sur ma chaîne hier, dites-moi ce que vous en pensez"),
    (LAUNCH, "en", "Our lending pool is now live on @basechain, deposit in seconds"),
    (LAUNCH, "fr", "Notre pool de prêt est désormais disponible sur @basechain, déposez en quelques secondes"),
    (LAUNCH, "en", "Rates are up again. In this week's Pocket Money edition: @leo on savings and our new course. Dive in"),
    (LAUNCH, "fr", "Les taux remontent. Dans notre lettre Poche Pleine de la semaine : @leo sur l'épargne et notre formation. En savoir plus"),
    (LAUNCH, "en", "$1,500 giveaway this weekend, episode 8 is up"),
    (LAUNCH, "fr", "1 500 € à gagner ce week-end, nouvel épisode en ligne"),
    (LAUNCH, "en", "Here's the full breakdown of my meal-prep sheet and why you should try it"),
    (LAUNCH, "fr", "Notre appli de recettes sort enfin et elle est disponible pour tous dès ce soir"),
]

QUIET = [
    (PUSHY, "en", "The pension fund's letter gives each holding's market symbol, its medium-term target and the fees we paid."),
    (PUSHY, "fr", "La lettre du fonds de pension donne pour chaque ligne son objectif à moyen terme et les frais payés."),
    (PUSHY, "en", "Thanks for the flowers. My family and I are in a better place now, the move went well."),
    (PUSHY, "fr", "Merci pour les fleurs. Ce qui arrive à ma famille cette année est dur, mais on tient bon."),
    (PUSHY, "en", "Sales meeting on Friday: bring your pipeline, we want to fill a room with 300 people at the trade fair."),
    (PUSHY, "fr", "Réunion commerciale vendredi : apportez vos contacts, on veut remplir une salle de 300 personnes au salon."),
    (PLUG, "en", "My channel is small but your tutorials taught me everything, thank you"),
    (PLUG, "fr", "Ma chaîne est toute petite mais tes tutos m'ont tout appris, merci"),
    (PLUG, "fr", "Quand je streamais, personne ne restait plus de cinq minutes"),
    (PLUG, "en", "My favourite album is on Spotify and I still play it every morning"),
    (PLUG, "fr", "Mon album préféré est sur Spotify et je l'écoute encore tous les matins"),
    (PLUG, "en", "I bought my candles on Etsy, they smell lovely"),
    (PLUG, "fr", "J'ai acheté mes bijoux sur Etsy, ils sont magnifiques"),
    (PLUG, "en", "We built a treehouse for the kids this summer and they sleep in it every weekend"),
    (PLUG, "fr", "On a créé une cabane pour les enfants cet été et ils y dorment tous les week-ends"),
    (PLUG, "fr", "Parents : activez les notifications de l'appli de l'école pour recevoir les absences."),
    (LAUNCH, "en", "Just shipped! The parcel for @mum finally left the post office"),
    (LAUNCH, "fr", "Ma sœur vient de sortir du travail, on dîne avec @karim ce soir"),
    (LAUNCH, "en", "I paid the water bill in one click this morning, so easy"),
    (LAUNCH, "fr", "J'ai payé la facture d'eau en un clic ce matin, trop simple"),
    (LAUNCH, "en", "My cousin's $1,500 giveaway was fake, the page vanished the next day"),
    (LAUNCH, "fr", "Mon cousin a gagné 1 500 € à un concours en ligne, incroyable"),
    (LAUNCH, "en", "In this week's local paper: the swimming pool reopens after two years of works."),
    (LAUNCH, "en", "The library's new reading room is available to everyone from Monday, you should try it"),
    (LAUNCH, "fr", "Le nouveau marché couvert est accessible à tous dès samedi, vous devriez l'essayer"),
]

# Each new second cue alone (no other selling word) makes no finding.
ALONE = [
    (PUSHY, "en", "Market symbol BRVX, 52 week hi / lo 0.61 - 0.04, shares traded: 1.2 million."),
    (PUSHY, "fr", "Objectif à moyen terme 1,20 $, gains attendus de 3 % selon le rapport annuel."),
    (PUSHY, "en", "What is happening to me and my family is hard to write about, but here goes."),
    (PUSHY, "fr", "Camp de réfugiés : la Croix-Rouge ouvre une nouvelle école pour 400 enfants."),
    (PUSHY, "en", "Free prospects are rare in this market, said the agency's director."),
    (PUSHY, "fr", "Remplir une salle de 300 personnes un mardi soir, c'est un exploit pour le club."),
    (PLUG, "en", "Self-promo threads are the worst part of this forum."),
    (PLUG, "fr", "L'autopromo dans les commentaires, c'est fatigant."),
    (PLUG, "en", "Come say hi at the school gate tomorrow, I'll be there with the cakes."),
    (PLUG, "fr", "Passez dire bonjour à mamie dimanche, elle sera contente."),
]


@pytest.mark.parametrize(("rule", "lang", "text"), CAUGHT)
def test_caught(rule: str, lang: str, text: str) -> None:
    fires(text, lang, rule)


@pytest.mark.parametrize(("rule", "lang", "text"), QUIET + ALONE)
def test_quiet(rule: str, lang: str, text: str) -> None:
    quiet(text, lang, rule)


def test_pairs_cover_both_languages() -> None:
    for rule in (PUSHY, PLUG, LAUNCH):
        for lang in ("en", "fr"):
            assert any(r == rule and la == lang for r, la, _ in CAUGHT)
            assert any(r == rule and la == lang for r, la, _ in QUIET)
