"""hard-sell.pushy, round twenty-two (issue 11, recall by kind of spam): each kind as a pair.

CAUGHT, in both languages: a drug or a loan word broken up or spelt with symbols ("v @ lium", « c : ialis »); a
stranger's dating lure (a profile seen, private photos, come and chat); software keys sold cheap; pay TV or
downloads for nothing (IPTV, a cable filter); a degree without study; a loan offered to a stranger (you now qualify,
rates starting at); a coin project cheered on (presale, the next big project); a device for a survey; a green card
won; an account said to be compromised; a CV sent to thousands of recruiters; an offer newsletter's deals; a web
shop selling itself; an amount to save said to the reader; a coin's hashtag beside a pump; a web pharmacy in spam's
own words; identity papers for sale; debts wiped out.
QUIET: the same words in ordinary text: a patient's pills, a recruiter who saw a profile, the office's licence
keys, a cancelled TV subscription, a diploma earned, a mortgage being processed, a school project, a staff survey, a
cousin's green card, a warning about a phishing mail, recruiters on a job site, a travel article on deals, a
library as a one-stop shop, a saving told in the first person, a market report with a coin's tag, a lost order,
a police warning on fake IDs, a debt advice centre.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    ("en", "Cheapest x @ n . a . x and v @ lium online, no prescription, ship today: rx-cheap.com"),
    ("fr", "Du c : i . a . l . i . s au meilleur prix, sans ordonnance, commandez sur pharma-discount.com"),
    ("en", "hi handsome, i came across your profile 😘 pics of me here, come chat with me tonight: hotdate.com"),
    ("fr", "salut toi, j'ai vu ton profil 😘 mes photos privées sont ici, viens me parler : rencontre-chaude.com"),
    ("en", "Activation keys for Office 2021, lifetime activation, only $12! Order now, key delivered by email."),
    ("fr", "Clés d'activation Office 2021, activation à vie, seulement 12 € ! Commandez vite, clé envoyée par mail."),
    ("en", "IPTV box with 10000 channels and every football match, only $59 a year, order now!"),
    ("fr", "Box IPTV avec 10000 chaînes et tous les matchs de foot, seulement 59 € l'année, commandez vite !"),
    ("en", "Earn a degree in just 10 days based on your life experience, no exams required. Call today!"),
    ("fr", "Obtenez un diplôme en 10 jours, sans cours ni examen, basé sur votre expérience de vie. Appelez aujourd'hui !"),
    ("en", "Great news, you now qualify for a home equity loan, rates as low as 3%. Apply now, it takes 2 minutes!"),
    ("fr", "Bonne nouvelle, votre dossier de prêt a été accepté, taux à partir de 2 %. Faites votre simulation maintenant !"),
    ("en", "Presale live now 🚀 play to earn, the next 100x, get in early at moonplay.com"),
    ("en", "Answer 3 questions and we'll send you a free iPad, only today: prize-zone.com"),
    ("fr", "Devenez testeur : produits à tester gratuitement, inscrivez-vous vite, places limitées !"),
    ("en", "Get your green card now! Live and work in the USA, guaranteed visa, apply today for only $49."),
    ("fr", "Obtenez votre carte verte ! Vivre et travailler aux États-Unis, visa garanti, inscrivez-vous aujourd'hui pour 49 €."),
    ("en", "We have reason to believe your account was compromised. Failure to verify will close it: bank-secure.com"),
    ("fr", "Votre compte aurait été compromis : faute de vérification il sera bloqué. Cliquez ici pour vérifier vos informations : banque-verif.com"),
    ("en", "Resume blasting: we send your CV to hundreds of recruiters, get hired fast! Only $39, order now."),
    ("fr", "Nous envoyons votre CV à des centaines de recruteurs ! Seulement 39 €, commandez maintenant."),
    ("en", "Weekly specials: cruise deals from $199, airfare deals at 30% off, book now before Sunday!"),
    ("fr", "Offres de la semaine : croisières dès 199 €, vols à -30 %, réservez vite avant dimanche !"),
    ("en", "Sunglasses at 60% off, same day shipping, worldwide delivery, shop now!"),
    ("en", "Switch now and save $400 a year on car insurance, call today!"),
    ("fr", "Changez maintenant et économisez 400 € par an sur votre assurance auto, appelez aujourd'hui !"),
    ("en", "#rocketinu about to explode 🚀 next 1000x, get in early!"),
    ("en", "Your online chemist: top selling meds at low prices, order now, same day shipping!"),
    ("en", "Novelty IDs for sale, second passport available, discreet delivery, order today: newdocs.com"),
    ("en", "Stop collection calls and cut your debt in half! Free consultation, call now."),
    ("fr", "Effacez vos dettes sans faillite, plus d'appels de recouvrement ! Appelez maintenant, étude gratuite."),
]

QUIET = [
    ("en", "The nurse checks that Dad takes his valium at night and not in the morning."),
    ("fr", "L'infirmière vérifie que papa prend son Valium le soir et pas le matin."),
    ("en", "The headteacher came across your profile on the school site and would like to meet about the job."),
    ("fr", "La directrice a vu ton profil sur le site de l'école et aimerait te rencontrer pour le poste."),
    ("en", "IT has renewed the activation keys for the accounts team, nothing to do on your side."),
    ("fr", "Le service informatique a renouvelé les clés d'activation de la compta, rien à faire de votre côté."),
    ("en", "We cancelled the IPTV box, the kids watch cartoons on the free channels now."),
    ("en", "She earned her degree in nursing after three years of night classes."),
    ("fr", "Elle a obtenu son diplôme d'infirmière après trois ans de cours du soir."),
    ("en", "The bank is still processing our mortgage, we should know by Friday."),
    ("fr", "La banque étudie notre dossier de prêt, on saura vendredi."),
    ("en", "The parents' association has a big project this year: a new playground."),
    ("fr", "L'association de parents a un gros projet cette année : une nouvelle aire de jeux."),
    ("en", "Please answer 3 questions about the staff canteen before Friday, thank you."),
    ("en", "My cousin won the green card lottery years ago and now teaches in Ohio."),
    ("fr", "Ma cousine a obtenu sa carte verte il y a des années, elle enseigne dans l'Ohio."),
    ("en", "A fake mail says your account was compromised: it's phishing, don't click, delete it."),
    ("fr", "Un faux mail dit que votre compte a été compromis : c'est du hameçonnage, supprimez-le."),
    ("en", "The job site says hundreds of recruiters look at new profiles every day."),
    ("en", "The travel pages compare cruise deals and explain why prices rise in summer."),
    ("en", "The post office now offers worldwide delivery for small parcels, says the news."),
    ("en", "We changed our boiler and I think we'll save $400 a year on heating."),
    ("fr", "On a changé la chaudière, on devrait économiser 400 € par an sur le chauffage."),
    ("en", "#dogecoin fell 5% today, the market report says."),
    ("en", "The online chemist sent the wrong cream, so I went to the pharmacy in town."),
    ("en", "Police say teenagers used novelty IDs to get into the club."),
    ("en", "The debt advice centre helped us stop the collection calls with a payment plan."),
    ("fr", "L'association nous a aidés à arrêter les appels de recouvrement avec un plan de remboursement."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_pushy_kind_is_found(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_twin_stays_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)
