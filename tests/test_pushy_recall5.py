"""hard-sell.pushy, round five (issue 11, recall): the kinds of pushy text the rule had no signal
for, each a signal of its own in both languages, and the ordinary text that shares their words.

CAUGHT: gains promised in a few days ("got $8,500 in 7 days"), lottery and 419 letters (the story,
and the secrecy they ask for), hook questions ("Want to make money from home?"), easy money at
home, easy credit, slimming and health promises, marketing services sold by mail, hyped coins,
help offered in private under a post. QUIET: money told as a fact, a lottery draw announced, a
diet talked about, a site's search ranking, a news report about a scam or a drug.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    # gains promised in a few days, with the stake
    ("en", "as a professional bitcoin trader I turned an investment of $600 into a profit of $8,200 in 5 trading days. dm now"),
    ("en", "initially i deposited $4 300 and got $21 000 in a couple of days, her credibility can't be overlooked @coach.anna"),
    ("fr", "J'ai investi 300 € et j'ai reçu 2 500 € en 4 jours, contactez-la vite sur WhatsApp"),
    # lottery notices and 419 letters
    ("en", "Dear winner, we are pleased to inform you that your email won our international lottery. Contact our claims agent with your batch number."),
    ("en", "Dear friend, this may come to you as a surprise. I am the only son of a late minister; I seek your partnership to move $12 million, strictly confidential."),
    ("fr", "Je suis la seule fille de feu le ministre, assassiné par les forces rebelles. Je sollicite votre partenariat pour un transfert de fonds, strictement confidentiel."),
    ("fr", "Cher gagnant, nous avons le plaisir de vous informer de votre gain à la loterie internationale : numéro de référence 4471, contactez notre notaire."),
    # hook questions and easy money at home
    ("en", "Tired of your job? Be your own boss and make thousands from home, no experience required."),
    ("fr", "Marre de votre patron ? Devenez votre propre patron : travail à domicile, revenus complémentaires dès le premier mois."),
    # easy credit
    ("en", "Bad credit? We approve anyone. Refinance today and lower your monthly payment."),
    ("fr", "Fiché banque de France ? Rachat de crédit sans justificatif, réponse immédiate en 24 h !"),
    # slimming and health promises
    ("en", "Lose 20 lbs without dieting: our natural formula is clinically proven. Order today!"),
    ("fr", "Perdez 8 kg en un mois sans régime grâce à notre complément alimentaire, commandez maintenant !"),
    # marketing services sold by mail
    ("en", "We get your site on the first page of Google and increase your sales. Free audit, reply today!"),
    ("fr", "Boostez vos ventes : référencement de votre site en première page de Google, audit gratuit, appelez-nous !"),
    # hyped coins
    ("en", "$FRZ is the next 100x gem, buy and hold, moon soon. don't fade this!"),
    ("fr", "Prochaine pépite x100 : achetez et gardez, ça va exploser !"),
    # help offered in private under a post
    ("en", "kindly inbox me, i can get your problem solved today"),
    ("en", "i can help to unblock your account, dm me"),
    ("fr", "Je peux débloquer ton compte en quelques minutes, écris-moi en privé"),
    # gains told in a currency's name, cut prices written the way spam writes them
    ("en", "i invested 1000 us dollars and got a return of 11 500 us dollars within 5 days, contact her"),
    ("en", "re: 85 % - off vicodin and generic ambien, shipped discreetly"),
    ("fr", "Économisez 60 % sur vos médicaments génériques, livrés sans ordonnance"),
]

QUIET = [
    # money told as a fact
    ("en", "I invested $500 in an index fund last year and it barely moved."),
    ("en", "we paid off $40 000 of credit card debt last month using the snowball method, so proud of us"),
    ("en", "I develop software; I charge the first customers more, and once I've invested the time it pays for itself."),
    ("fr", "J'ai investi 500 € dans un livret, ça rapporte presque rien."),
    # a draw announced, a diet talked about, a ranking, a salary
    ("en", "The lottery draw is on Saturday night, good luck to everyone who bought a ticket."),
    ("en", "I'm trying to lose weight before the wedding, any easy recipes?"),
    ("en", "I work in the industry and get paid in the high six figures, but the hours are brutal."),
    ("fr", "Le tirage au sort de la tombola a lieu samedi, bonne chance à tous !"),
    ("fr", "Le médecin m'a conseillé de perdre du poids, vous avez des recettes légères ?"),
    ("fr", "Le référencement de notre site s'améliore, merci à l'équipe pour le travail."),
    ("fr", "Ma sœur a gagné un voyage à Rome grâce à un concours de nouvelles, je suis tellement fière d'elle."),
    # news about a drug, a launch to the moon, a joke in chat
    ("en", "Ozempic causes rapid weight loss, researchers say. https://news.example/ozempic"),
    ("en", "Learn more about the keepsakes from @NASA flying aboard Artemis II on a journey to the Moon: https://go.nasa.example/x"),
    ("en", "finance bros who will trade cash for verbal abuse hmu"),
    ("en", "Study: university boom creates an era of sexual tolerance, The Times reports."),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_each_new_kind_of_pushiness_is_caught(lang: str, text: str):
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_text_with_the_same_words_stays_quiet(lang: str, text: str):
    quiet(text, lang, RULE)


def test_a_mail_that_says_it_is_not_spam_is_read_as_one():
    """Unsolicited mail's own disclaimer ("this is not spam", « ceci n'est pas un spam ») is a signal;
    quoting it in a story is not."""
    fires("This is not spam: we are a factory with wholesale prices, reply REMOVE for email removal.", "en", RULE)
    fires("Ceci n'est pas un spam : prix de gros d'usine, répondez STOP pour ne plus recevoir nos offres.", "fr", RULE)
    quiet("Someone sent me a mail that said 'this is not spam', which made me laugh.", "en", RULE)
    quiet("Un mail m'a dit « ceci n'est pas un spam », évidemment c'en était un.", "fr", RULE)


def test_not_you_is_read_as_a_question_to_the_reader_not_across_sentences():
    """Bank phishing asks "Not you? Call us"; a mail saying "if i don't hear from you. vince is not..."
    does not, and neither does « Ce n'était pas vous sur la photo ». Mortgage mail's own wording
    (falling rates, consolidate debt) is easy credit on its own, not through a stray "not you"."""
    fires("Your bank: a new device signed in. Not you? Call us now on 0800 123 4567.", "en", RULE)
    fires("Votre banque : nouvelle connexion. Ce n'était pas vous ? Appelez-nous vite au 01 23 45 67 89.", "fr", RULE)
    quiet("happy holidays if i don't hear from you. vince is not sure either", "en", RULE)
    quiet("Ce n'était pas vous sur la photo, hein ?", "fr", RULE)
    assert RULE in fired("Mortgage approved!! Now is the time to take advantage of falling interest rates: "
                         "refinance or consolidate high interest credit card debt.", "en")
