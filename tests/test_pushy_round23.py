"""hard-sell.pushy, round twenty-three (issue 11, recall by kind of spam on the shared corpora): each kind as a pair.

CAUGHT, in both languages: an adult site's own pitch beside its broader words; the reader's sex life put in doubt
beside a pill; an item tagged "@ $price"; a word spelt out letter by letter beside an offer; an account notice that
asks to check an account said to be at risk; money doubled or a share of the reader's capital promised; software
sold by a shop's superlatives; a spyware scare; credit repair; a stock newsletter's small caps about to take off;
419 openers; earnings promised within a period; a payout to whoever messages the author; a lottery's winning
notification; a final notification; returns promised by the week or the month; a hair or slimming pitch; a pharmacy's words with "rn" for "m" ("rneds"), a cold pitch to someone
"interested in making money"; an ad's hook ("X got you down?",
« X vous gâche la vie ? »).
QUIET: the same words in ordinary text: a documentary, a doctor's advice, a farm's eggs at a price, a banner, a bank
or IT warning, savings advice, a charity's credit help, a market report, season's greetings, a summer job, thanks to
the people who wrote, a landlord's notice, inflation, a nurse on chemotherapy, a colleague's request, an IT
notice, a new colleague introducing herself, money doubled as a warning ("accounts that promise to double your money").
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    ("en", "Naughty amateur teens and hardcore videos updated daily, sexy webcams free for 24h: xcams.example"),
    ("fr", "Sexe amateur et vidéos hard mis à jour chaque jour, webcams sexy gratuites 24 h : xcams.example"),
    ("en", "Ejaculate too early? Our capsules fix it in days, order your pills today at vigor.example"),
    ("fr", "Vous éjaculez trop tôt ? Nos gélules règlent ça en quelques jours, commandez vos pilules sur vigueur.example"),
    ("en", "Smart watch @ $24.99, 300 sold this morning, order now at watchdeals.example"),
    ("fr", "Montre connectée @ 24,99 €, 300 vendues ce matin, commandez vite sur montres-promo.example"),
    ("en", "s p e c i a l o f f e r: phones at 50% off, buy now!"),
    ("fr", "o f f r e s p e c i a l e : téléphones à -50 %, achetez maintenant !"),
    ("en", "Your account is on hold. We detected access by an unauthorized third party: complete the verification "
           "process within 48 hours at secure-check.com"),
    ("fr", "Votre compte est suspendu. Un tiers non autorisé s'y est connecté : finalisez la vérification sous 48 heures "
           "sur verif-compte.com"),
    ("en", "Triple your deposit in 5 days with my trading bot, ask me how and DM me now"),
    ("fr", "Triplez votre mise en 5 jours avec mon robot de trading, écris-moi en MP maintenant"),
    ("en", "Office, Photoshop and Windows at the lowest prices from our software superstore, instant download, order now"),
    ("fr", "Office, Photoshop et Windows aux prix les plus bas, téléchargement immédiat, commandez maintenant"),
    ("en", "Your PC is full of spyware! Speed up your computer for free now at fastpc.com"),
    ("fr", "Votre PC est plein de logiciels espions ! Accélérez votre ordinateur gratuitement maintenant sur pc-rapide.com"),
    ("en", "Credit problems? We repair your credit in weeks, guaranteed results, call today"),
    ("fr", "Problèmes de crédit ? Nous réparons votre crédit en quelques semaines, résultat garanti, appelez aujourd'hui"),
    ("en", "Calling all stock players: this small cap stock is going to take off, buy before Friday!"),
    ("fr", "Cette action va décoller : achetez avant vendredi, nos abonnés ont déjà doublé leur mise !"),
    ("en", "Before I introduce myself, I got your contact from a directory: a dormant account of USD 9 million needs a "
           "foreign partner, reply urgently in confidence"),
    ("fr", "Avant de me présenter, j'ai obtenu votre contact par un annuaire : un compte dormant de 9 millions de dollars "
           "attend un partenaire étranger, répondez en toute confidentialité"),
    ("en", "Earn $3,000 in 2 weeks from your sofa, no experience needed, start now!"),
    ("fr", "Gagnez 3 000 € en 2 semaines depuis votre canapé, sans expérience, commencez maintenant !"),
    ("en", "Sending $300 to the 20 people who DM me 'blessed' today"),
    ("fr", "J'envoie 300 € aux 20 personnes qui m'écrivent « béni » aujourd'hui"),
    ("en", "Winning notification: your email won $500,000 in our international promotion program, contact the claims agent today"),
    ("fr", "Notification de gain : votre adresse a gagné 500 000 € à notre programme de promotion international, "
           "contactez l'agent aujourd'hui"),
    ("en", "Final notification: your car warranty is about to expire, call now to renew before it's too late"),
    ("fr", "Dernière notification : la garantie de votre voiture expire, appelez maintenant pour la renouveler avant qu'il "
           "ne soit trop tard"),
    ("en", "Earn 15% weekly returns on your crypto, guaranteed, join today"),
    ("fr", "Gagnez 15 % par semaine sur vos cryptos, garanti, rejoignez-nous aujourd'hui"),
    ("en", "Hair loss? Regrow your hair in 30 days with our natural formula, order now"),
    ("fr", "Perte de cheveux ? Faites repousser vos cheveux en 30 jours grâce à notre formule naturelle, commandez vite"),
    ("en", "Discount rnedications shipped overnight, no doctor visit, order now at meds-fast.example"),
    ("fr", "Rnédicaments à prix cassés livrés en 24 h, sans ordonnance, commandez sur pharma-rapide.example"),
    ("en", "Are you interested in making extra money from home? Join our team today, it's free to join!"),
    ("fr", "Êtes-vous intéressé par un revenu depuis chez vous ? Rejoignez notre équipe aujourd'hui, c'est gratuit !"),
    ("en", "Sore knees got you down? Try our copper sleeves, buy two get one free today"),
    ("fr", "Les genoux douloureux vous gâchent la vie ? Essayez nos manchons en cuivre, commandez aujourd'hui"),
]

QUIET = [
    ("en", "The late-night slot at the film festival shows a documentary on the porn industry and its workers."),
    ("fr", "La séance de minuit du festival projette un documentaire sur l'histoire des films x et de leurs actrices."),
    ("en", "The urologist told him that many men ejaculate too early when they're anxious, and that it passes."),
    ("fr", "L'urologue lui a dit que beaucoup d'hommes éjaculent trop tôt quand ils sont anxieux, et que ça passe."),
    ("en", "Fresh eggs @ £2 a dozen at the farm gate, honesty box by the door."),
    ("fr", "Œufs frais @ 3 € la douzaine au portail de la ferme, tirelire à côté de la porte."),
    ("en", "The kids spelt out H A P P Y B I R T H D A Y on the banner for Gran."),
    ("fr", "Les enfants ont écrit J O Y E U X A N N I V E R S A I R E sur la banderole de mamie."),
    ("en", "A reminder from the bank: we never ask you to follow a link to update your personal information, it's phishing."),
    ("fr", "Rappel de la banque : nous ne vous demandons jamais de suivre un lien pour mettre à jour vos informations "
           "personnelles, c'est du hameçonnage."),
    ("en", "Putting 10% of each paycheck aside won't double your money in a year, but it adds up."),
    ("fr", "Mettre 10 % de chaque salaire de côté ne va pas doubler votre argent en un an, mais ça finit par compter."),
    ("en", "The charity helps people rebuild their credit after bankruptcy, free and confidential."),
    ("fr", "L'association aide les gens à réparer leur crédit après un surendettement, gratuitement."),
    ("en", "The market report says small cap stocks had a quiet month."),
    ("fr", "Le bulletin des marchés dit que les petites capitalisations ont eu un mois calme."),
    ("en", "Our flight is going to take off an hour late, grab a coffee before?"),
    ("fr", "L'avion va décoller avec une heure de retard, on achète un café avant ?"),
    ("en", "Compliments of the season to all our members, the clubhouse reopens on 3 January."),
    ("fr", "Compliments de la saison à tous nos adhérents, le club-house rouvre le 3 janvier."),
    ("en", "Thanks to the 12 people who messaged me about the lost dog, he's home!"),
    ("fr", "Merci aux 12 personnes qui m'ont écrit pour le chien perdu, il est rentré !"),
    ("en", "The landlord's final notification about the boiler service is on the noticeboard."),
    ("fr", "La dernière notification du syndic sur l'entretien de la chaudière est affichée dans le hall."),
    ("en", "Inflation ran at 1% a month last year, says the central bank."),
    ("fr", "L'inflation a atteint 1 % par mois l'an dernier, selon la banque centrale."),
    ("en", "Rents are going up 2% a month, guaranteed, says the landlord: join the tenants' union."),
    ("fr", "Les loyers augmentent de 2 % par mois, garanti, dit le proprio, rejoignez l'association des locataires."),
    ("en", "Hair loss is a common side effect of chemo, the nurse said, and it grows back."),
    ("fr", "La perte de cheveux est un effet fréquent de la chimio, dit l'infirmière, et ils repoussent."),
    ("en", "Accounts that promise to double your money in 7 days are scams, report them."),
    ("fr", "Méfiez-vous de ceux qui promettent de doubler votre argent en 7 jours, c'est une arnaque."),
    ("en", "Nobody can double your money in a week, keep your savings where they are."),
    ("fr", "Personne ne peut doubler votre argent en une semaine, gardez vos économies."),
    ("en", "My daughter is interested in making some money this summer, does anyone need a babysitter?"),
    ("fr", "Ma fille est intéressée par un revenu d'appoint cet été, quelqu'un cherche une baby-sitter ?"),
    ("en", "Could you give me some assistance in transferring the project files to the new server before Friday?"),
    ("fr", "Pourriez-vous m'aider à transférer les fichiers du projet sur le nouveau serveur avant vendredi ?"),
    ("en", "IT: follow this link to update your laptop before the upgrade on Friday, it takes ten minutes."),
    ("fr", "Informatique : suivez ce lien pour mettre à jour votre poste avant la migration de vendredi, dix minutes suffisent."),
    ("en", "Before I introduce myself properly at Monday's meeting: I'm the new office manager, call me Sam."),
    ("fr", "Avant de me présenter à la réunion de lundi : je suis la nouvelle responsable de l'accueil, appelez-moi Sam."),
    ("en", "Has the long winter got you down? The walking group meets at the church on Sundays."),
    ("fr", "L'hiver vous gâche le moral ? Le groupe de marche se retrouve devant l'église le dimanche."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_each_kind_of_this_round_adds_up_to_a_hard_sell_finding(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_the_same_words_in_ordinary_text_stay_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)


def test_each_new_signal_alone_is_not_a_finding() -> None:
    """The round's new signals are second cues: one of them alone never makes a finding."""
    alone = [
        ("en", "We watched a documentary about the porn industry last night."),
        ("en", "Is it normal to ejaculate too soon the first time?"),
        ("en", "Tickets @ $40 each, face value, ask at the desk."),
        ("en", "The sign said C L O S E D in big letters."),
        ("fr", "On a regardé un documentaire sur les films x hier soir."),
        ("fr", "Places @ 40 € chacune, prix coûtant, à demander à l'accueil."),
    ]
    for lang, text in alone:
        quiet(text, lang, RULE)
