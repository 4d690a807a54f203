"""hard-sell.pushy, round eighteen (issue 11, recall on real text): kinds of spam and scam text found, each as a pair.

CAUGHT, in both languages: a scam comment that praises a get-rich account or promises it will help ("you're the
best @wealth_x", "inbox @x she'll help you"), pharmacy spam that names no drug ("no doctor visits", « sans passer
chez le médecin ») and size pitches, spy kits and cable descramblers ("check your spouse"), the 419 letter's request
("I wish to solicit your co-operation", « privé et urgent »), selling words split by one space ("A ccept C redit C
ards", « cré dit »), account phishing in a bank's voice ("your card information must be updated"), cut-price
software ("cheap high-quality software"), a testimony vouching for an account's handle with no money named, adult
sites and dating services by what they sell ("porn videos", "a service for singles"), the refinance mail's last call,
chain letters ("dear future millionaire"), legal highs, resume blasting, insurance wholesalers' pitch to agents, money
handed out to a number of people who write, gains within days, a testimony's "having someone like you".
QUIET: the same surfaces in ordinary text: a fan thanking a baker, a friend who will help with a move, a
hospital's list of what to bring, a news item about spy apps or an exile, a typo owned up to, a payroll reminder,
a report comparing software prices, a testimony about a person with no account to point to, a club for singles
over 60, a court report, a couple's loan, a novel's letter, a job application, a council's ban, an editor's
typo hunt, a fund's decades, a neighbour's thanks. A fix that only
removed a signal would let the pushy side fall silent; a phrase that reached too far would wake the quiet side.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    # praise of a get-rich account, and its promise to help
    ("en", "You are the best @profit_with_jade"),
    ("en", "Message @forex_by_lucy she will help you"),
    ("fr", "Vous êtes la meilleure @argent_avec_nina"),
    ("fr", "Contacte @trading_avec_ines, elle va t'aider"),
    # pharmacy with no drug named, size pitches
    ("en", "No doctor visits, no script needed: we ship to your door, meds-now.example.com"),
    ("en", "A man endowed with a bigger tool gets more, reach that 9 inch goal: meds-now.example.com"),
    ("fr", "Tous vos médicaments livrés, sans passer chez le médecin : pharma-vite.example.fr"),
    # spy kits and descramblers
    ("en", "Be your own private eye: find out anything about anyone with our CD, order at spy-kit.example.com"),
    ("fr", "Espionnez votre conjoint et tout savoir sur n'importe qui : commandez le CD sur espion.example.fr"),
    # the 419 letter's request
    ("en", "Private and urgent. I am Mr. John Okoro and I wish to solicit your cooperation to receive the funds"),
    ("fr", "Privé et urgent. Je souhaite solliciter votre coopération, je suis actuellement en exil"),
    # split words
    ("en", "See what ra tes we can offer, get lo wer pa yments today"),
    ("fr", "Cré dit a pprouvé et gra tuit, cli quez vite"),
    # account phishing in a bank's or a marketplace's voice
    ("en", "Dear member, your card information must be updated, limited account access until then: shop-verify.example.com"),
    ("fr", "Cher membre, vos informations doivent être mises à jour, accès limité à votre compte : boutique-verif.example.fr"),
    # cut-price software
    ("en", "Looking for cheap high-quality software? All titles at soft-club.example.com"),
    ("fr", "Tous les logiciels, derniers logiciels à télécharger sur logi-club.example.fr"),
    # a testimony vouching for an account, no money named
    ("en", "He is so genuine, I would trust him with my last dime, go with @omar_k"),
    ("fr", "Il est honnête, je continuerai à témoigner, allez voir @omar_k"),
    # adult sites and dating services by what they sell; the refinance mail's last call
    ("en", "Lucky singles found love with our service for singles, join today at date-club.example.com"),
    ("en", "Hardcore videos and a huge porn collection, open the link now: hot-vids.example.com"),
    ("fr", "Films porno et vidéos porno en illimité, cliquez sur films-chauds.example.fr"),
    ("en", "Our final notification: your loan situation qualifies for 2.9%, apply today at rate-now.example.com"),
    ("fr", "Notre dernière relance : la situation de votre prêt permet 2,9 %, faites votre demande sur taux.example.fr"),
    # chain letters, legal highs, resume blasting, insurance wholesalers' pitch to agents
    ("en", "Dear future millionaire, read this email to the end: $25 is all it takes, join at chain.example.com"),
    ("fr", "Cher futur millionnaire, lisez ce message jusqu'au bout : 25 € suffisent, inscrivez-vous sur chaine.example.fr"),
    ("en", "Pot substitute and legal buds delivered, order at herb-shop.example.com"),
    ("fr", "Substitut de cannabis et herbe légale livrés, commandez sur herbe.example.fr"),
    ("en", "We found a posting of your resume: we send your resume to recruiters, only $49 at cv-blast.example.com"),
    ("fr", "Copie de votre CV trouvée en ligne : nous envoyons votre CV aux recruteurs pour 49 € sur cv-envoi.example.fr"),
    ("en", "Tough cases welcome! Term underwriting for the senior market, call now"),
    # money handed out to a number of people who write; gains within days; a testimony's "having someone like you"
    ("en", "I'm sending $3,000 to 20 people who DM me today"),
    ("fr", "Je verse 300 € aux 20 premiers qui m'envoient un message"),
    ("en", "Turned my $500 into $6,200 in 5 days with @trade_by_mia"),
    ("fr", "Mes 500 € transformés en 6 200 € en 5 jours avec @trade_by_mia"),
    ("en", "Having someone like you is a blessing, honestly the best decision ever @mentor_jay_"),
]

QUIET = [
    ("en", "You are the best @mia_bakes, the cake was perfect"),
    ("en", "Ask @tom_fixit, he will help you move the sofa"),
    ("fr", "Vous êtes la meilleure @lea_dessine, le portrait est magnifique"),
    ("fr", "Demande à @zoe_martin, elle va t'aider pour le déménagement"),
    ("en", "Bring all your medications to the appointment; no doctor needed for the flu jab, the nurse does it."),
    ("fr", "Pour l'opération, apportez tous vos médicaments et votre carte Vitale."),
    ("en", "The documentary shows how spy apps let people check your spouse's messages; police say it is illegal."),
    ("fr", "Un décodeur pirate saisi par la police à Lyon"),
    ("en", "The former minister is currently in exile, his lawyer said."),
    ("fr", "Il vit actuellement en exil au Bénin, selon son avocat."),
    ("en", "I typed 'cli ck' with a space in the newsletter by mistake, fixed now."),
    ("fr", "J'ai écrit « cli quez » avec une espace dans la lettre d'information, je corrige."),
    ("en", "Your card information must be updated in the HR system by Friday, says the payroll team."),
    ("fr", "Vos informations doivent être mises à jour dans le logiciel RH avant vendredi, rappelle le service paie."),
    ("en", "We compared the best software prices for schools in our report."),
    ("fr", "Le rapport compare les logiciels pas chers pour les écoles."),
    ("en", "He is so genuine, I would trust him with my last dime."),
    ("fr", "Il est honnête, je continuerai à témoigner en sa faveur au procès."),
    ("en", "The club runs a walking group for singles over 60 on Sundays, free, just turn up."),
    ("fr", "Le club organise des randonnées pour célibataires de plus de 60 ans le dimanche, sans inscription."),
    ("en", "Man jailed over porn videos found on his laptop, court hears"),
    ("en", "Our loan situation hasn't changed since March, we'll talk to the bank in June."),
    ("fr", "La situation de votre prêt n'a pas changé depuis mars, nous en parlerons en juin avec le conseiller."),
    ("en", "The novel opens with a letter: 'Dear future millionaire', and the hero reads it to the end before burning it."),
    ("fr", "Le roman s'ouvre sur une lettre, « cher futur millionnaire », que le héros lit jusqu'au bout avant de la brûler."),
    ("en", "Please attach a copy of your resume to the application form by Friday."),
    ("fr", "Merci de joindre une copie de votre CV au dossier avant vendredi."),
    ("en", "The council says a legal herb sold in the town has since been banned."),
    ("en", "We're paying $20 to the first person who finds the typo in the handbook, says the editor."),
    ("en", "The fund grew into $2 million in 30 years, the report says."),
    ("fr", "Le fonds a été transformé en 2 millions d'euros en 30 ans, selon le rapport."),
    ("en", "Having someone like you as a neighbour is a blessing, thanks for fixing the fence!"),
    # splits that make two words are ordinary text
    ("en", "The pen is on the desk, I will re move the chairs and go on line later."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_pushy_kind_is_found(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_twin_stays_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)
