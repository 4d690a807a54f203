"""hard-sell.pushy, round nineteen (issue 11, recall on real text): kinds of spam and scam text found, each as a pair.

CAUGHT, in both languages: a design studio's cold offer ("our team creates a custom logo for you", « nous créons
votre logo pour votre entreprise »), an online pharmacy that names no drug ("find all your medications in one place"),
a spell caster's testimony or offer (« marabout »), crypto asked for as alms ("donate me USDT", "my Binance Pay ID"), a
coin's tag said to be the future, a trading testimony aimed at an account ("I made lots of profits @x"), a mail that
denies being a sales pitch, an annuity's terms beside an agent's commission, judgments to collect for a cut, a token
launched with its ticker, a promoter's pitch to a crypto project, an impersonator's handle in decorated letters,
a dying benefactor's letter (a stranger's introduction beside "a few months to live").
QUIET: the same surfaces in ordinary text: a designer's note about a client's logo, a chemist's opening hours, a
fantasy novel's spell, a news item about donations in crypto, an enthusiast's view of Bitcoin, a saver's returns
with no account to point to, a friend's "not a sales pitch", a pension letter, a court report, a developer's deploy,
a friend's praise for a project, a café's name with an accent, a family's news of a dying grandfather, a
merchant's signature.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    # a design studio's cold offer
    ("en", "Our art team creates a custom logo for you, based on your needs."),
    ("en", "Your business lacks visual identity? Our designers specialize in custom logos and letterheads."),
    ("fr", "Notre équipe crée un logo sur mesure pour votre entreprise, identité visuelle comprise."),
    # an online pharmacy with no drug named
    ("en", "Find all your medications in one place! Fast and cheap! You won't believe our prices!"),
    ("fr", "Trouvez tous vos médicaments en ligne ! Rapide et pas cher ! Des prix incroyables !"),
    # spell casters
    ("en", "My husband left me until a friend told me about @dr_amani_ who helped break the spell placed on him"),
    ("fr", "Grand marabout voyant : retour de l'être aimé en 7 jours, appelez le 06 12 34 56 78"),
    # crypto asked for as alms
    ("en", "Please help me, my Binance Pay ID is 379131372"),
    ("en", "Hello, sorry, maybe donate me USDT for warm clothes and food"),
    ("fr", "Aidez-moi s'il vous plaît, envoyez-moi des USDT pour manger"),
    # a coin's tag said to be the future
    ("en", "#zorb is the future 💯 @zorbcoin"),
    ("fr", "#zorb est l'avenir 💯 @zorbcoin"),
    # a trading testimony aimed at an account
    ("en", "I made lots of profits after all those scams, so glad I contacted you @anna_trades"),
    ("en", "The world should know you are a good trader @lena_k 🌍"),
    ("fr", "J'ai fait beaucoup de bénéfices grâce à toi @anna_trades"),
    ("fr", "Le monde doit savoir que tu es une bonne tradeuse @lena_k 🌍"),
    # a mail that denies being a sales pitch
    ("en", "THIS IS NOT A SALES PITCH FOR ANYTHING! I AM REALLY LOOKING FOR A GREAT STORY! PLEASE READ THIS!"),
    ("fr", "CECI N'EST PAS DU DÉMARCHAGE ! JE CHERCHE VRAIMENT UNE BELLE HISTOIRE ! LISEZ CECI !"),
    # an annuity's terms beside an agent's commission
    ("en", "Treasury-linked annuity, 4% commission, liquid after 5 years, minimum guaranteed floor of 3%"),
    ("fr", "Rente viagère garantie, 5 % de commission, taux minimum garanti de 2 %"),
    # judgments to collect
    ("en", "Learn how to collect money judgments from home! Our course pays for itself, call now"),
    ("fr", "Nous rachetons vos créances impayées ! Appelez-nous maintenant"),
    # a token launched with its ticker, a promoter's pitch to a crypto project
    ("en", "Deploy Zorbit with ticker ZORB with attached image"),
    ("fr", "Déploie le token Zorbit avec le ticker ZORB"),
    ("en", "Your DM is closed, kindly DM me or follow me back"),
    ("en", "I have a moon like plan for your project 🚀 DM me @promo_hub"),
    ("fr", "Ton DM est fermé, écris-moi en privé"),
    # the dying benefactor's letter
    ("en", "Dear friend, my name is Omar Hadi, a merchant in Doha. I have cancer and only a few months to live."),
    ("fr", "Cher ami, je m'appelle Omar Hadi, homme d'affaires à Doha. Il ne me reste que quelques mois à vivre."),
    # an impersonator's handle in decorated letters
    ("en", "Best regards to my account manager for all the help, thanks #ḿàřĩà_ŀôpez__"),
]

QUIET = [
    ("en", "I designed a custom logo and letterheads for a local bakery last month, swipe to see."),
    ("fr", "J'ai dessiné un logo sur mesure et du papier à en-tête pour une boulangerie du quartier."),
    ("en", "The pharmacy on Elm Street keeps all your prescriptions on file; it opens at nine."),
    ("fr", "La pharmacie de la place ouvre à neuf heures le samedi."),
    ("en", "In chapter three the witch casts a love spell on the prince, and it backfires."),
    ("fr", "Dans le roman, le marabout du village soigne les enfants avec des plantes."),
    ("en", "The charity now accepts donations in USDT and BTC, its director said."),
    ("fr", "L'association accepte désormais les dons en bitcoins, selon sa directrice."),
    ("en", "I honestly think Bitcoin is the future of money."),
    ("fr", "Je pense sincèrement que le bitcoin est l'avenir de la monnaie."),
    ("en", "I made good returns on my savings account this year, nothing fancy."),
    ("fr", "J'ai fait de bons rendements sur mon livret cette année."),
    ("en", "This is not a sales pitch, I just think the new library café is lovely."),
    ("fr", "Ceci n'est pas du démarchage, je trouve juste le café de la bibliothèque très sympa."),
    ("en", "Your pension annuity is issued to age 85 with a minimum guaranteed floor, see the enclosed letter."),
    ("fr", "Votre rente est garantie, souscription jusqu'à 85 ans, voir le courrier joint."),
    ("en", "The court upheld the judgment against the landlord on Tuesday."),
    ("fr", "Le tribunal a confirmé le jugement contre le propriétaire mardi."),
    ("en", "Deploy it again after the fix and tell me if the build passes."),
    ("en", "Your project looks great, can't wait to see the demo on Friday!"),
    ("en", "Ask @coach_amy about the stretches before the race, she can guide you."),
    ("fr", "Ton projet est super, vivement la démo vendredi !"),
    ("en", "Lunch at #café_crème today, the croissants are perfect"),
    ("en", "My grandfather has only a few months to live, the doctors say; we visit him on Sunday."),
    ("fr", "Mon grand-père n'a plus que quelques mois à vivre, nous allons le voir dimanche."),
    ("en", "My name is Omar Hadi, a merchant in Doha; we met at the trade fair last week."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_pushy_kind_is_found(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_twin_stays_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)
