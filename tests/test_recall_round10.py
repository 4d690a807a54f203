"""hard-sell.pushy, round ten of issue 11 (recall by kind on real text, session 9): each kind of pushy
or scam text the shared corpora still missed, as a pair: the pushy draft gets a hard-sell finding, an
ordinary draft with the same words stays quiet.

Kinds: the impersonator's padded handle beside a testimony, a list of controlled drugs, letters
swapped to slip past filters, the stake and the earnings beside a handle, a coin's tag sent to the
moon, gains told as a sum that turned into another, the 419 letter's business suggestion, words
disguised twice (doubled, split or swapped letters), DVD copiers, leads for sale, bills paid for the
first few to write, a stake then gains within days, income from home, fake system alerts, stock
plays, dating bait, paid surveys, contact lists for sale, pitches to insurance agents, help offered in private, offer terms,
instant approval, billing phishing, a new number and money asked for, a refund ready to claim, a watch offered by a
question, disguised pharmacy words, a 419 sender. Every line is worded here, in
French or English (no corpus line).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

RULE = "hard-sell.pushy"

# (kind, language, pushy draft, ordinary draft with the same words)
PAIRS = [
    ("padded handle and testimony", "en",
     "I will keep telling people about you, no one has helped me like this @__nora.wealth__",
     "I will keep telling people about you, the cake was perfect @nora!"),
    ("padded handle and testimony", "fr",
     "Je continuerai à témoigner de votre aide, personne ne m'a aidée comme ça @__nora.gains__",
     "Je continuerai à témoigner de votre aide au conseil municipal, merci @nora !"),
    ("drug list", "en",
     "Tramadol, Valium and Xanax in discreet packs, no questions asked.",
     "My aunt was on tramadol after the surgery, then valium for a week."),
    ("drug list", "fr",
     "Tramadol, Valium et Xanax sous pli discret, sans questions.",
     "Ma tante a pris du tramadol après l'opération, puis du valium une semaine."),
    ("swapped letters", "en",
     "Powerfui marketinq toois for your shop: see our offer.",
     "Powerful marketing tools for your shop: see our offer."),
    ("swapped letters", "fr",
     "Des loqos qratuits pour votre boutique : ciiquez sur notre offre.",
     "Des logos gratuits pour votre boutique : cliquez sur notre offre."),
    ("stake and earnings beside a handle", "en",
     "Earning so much now, started with $300 thanks to @nina.mentor",
     "Started with $300 of savings, @nina helped me set up the shop."),
    ("coin to the moon", "en",
     "#kovacoin to the moon, buy now before it goes up!",
     "#Artemis is going back to the moon, watch the launch now!"),
    ("coin to the moon", "fr",
     "#kovacoin jusqu'à la lune, achetez maintenant avant la hausse !",
     "#Artemis repart vers la lune, regardez le lancement maintenant !"),
    ("gains told as a sum turned into another", "en",
     "My $1,000 turned $9,400 in ten days with @rosa.signals",
     "My $1,000 budget turned out to be too small for the kitchen."),
    ("business suggestion of a 419 letter", "en",
     "I am Mr Li, credit officer in Hong Kong, with a concealed business suggestion for you.",
     "I am Mr Li from accounts, with a suggestion for the business plan."),
    ("business suggestion of a 419 letter", "fr",
     "Je suis Mme Obi d'Abidjan, avec une suggestion d'affaires discrète pour vous.",
     "Je suis Mme Obi de la comptabilité, avec une suggestion pour le plan d'affaires."),
    ("words disguised twice", "en",
     "Good news: we are accepting your mor tgage application, bad cr edit is fine.",
     "Good news: we are accepting your mortgage application, your credit is fine."),
    ("words disguised twice", "fr",
     "Bonne nouvelle : lo an accordé, même avec un cr . edit en cours.",
     "Bonne nouvelle : prêt accordé, même avec un crédit en cours."),
    ("DVD copier", "en",
     "Copy any DVD or PlayStation game with this software, get it today!",
     "Can I copy any DVD I own to my laptop? Asking for a film class."),
    ("DVD copier", "fr",
     "Copiez vos DVD et vos jeux avec ce logiciel, commandez aujourd'hui !",
     "Peut-on copier ses DVD sur un ordinateur ? Question pour un cours de cinéma."),
    ("leads for sale", "en",
     "Fresh leads and direct marketing that works, call us today!",
     "The direct marketing team found fresh leads in the spring survey."),
    ("leads for sale", "fr",
     "Marketing direct et fichiers de prospects qui marchent, appelez-nous aujourd'hui !",
     "L'équipe marketing direct a trouvé des prospects qualifiés dans l'enquête du printemps."),
    ("bills paid for the first few", "en",
     "Paying off bills of the first 5 lucky people to inbox me today 🙏",
     "Paying off bills of my own this month, then a holiday."),
    ("stake then gains in a few days", "en",
     "I invested $500 and within 3 days I made $6,000, she is real",
     "I invested $500 in the shop and I made $60 on the first day."),
    ("stake then gains in a few days", "fr",
     "J'ai investi 500 € et en 3 jours j'ai gagné 6 000 €, elle est honnête",
     "J'ai investi 500 € dans la boutique, le premier mois a été calme."),
    ("income from home", "en",
     "Substantial income from home, start earning this week!",
     "The company reported substantial income from its home market this quarter."),
    ("fake system alert", "en",
     "Microsoft update warning: your PC is at risk, call our line now.",
     "Microsoft issued an update warning to companies on Tuesday, the paper says."),
    ("fake system alert", "fr",
     "Alerte système Microsoft : votre PC est en danger, appelez maintenant.",
     "Microsoft a publié une alerte système pour les entreprises, selon le journal."),
    ("stock play", "en",
     "Here's a hot play: cheap shares of Altrona, buy before Friday!",
     "The play at the Lyric is hot, tickets are cheap before Friday."),
    ("dating bait", "en",
     "Lonely girls in your area want to meet tonight, join free!",
     "The choir is looking for singers in your area, rehearsals are free."),
    ("dating bait", "fr",
     "Une femme veut rencontrer un vrai homme ce soir, inscris-toi gratuitement !",
     "Ma tante veut rencontrer un vrai boulanger pour son reportage."),
    ("paid survey with a laptop", "en",
     "Become one of our survey takers and win a complimentary laptop, sign up today!",
     "We thank all survey takers for their time, results next month."),
    ("contact lists for sale", "fr",
     "Annuaire des médecins : 40 000 contacts à jour, commandez maintenant !",
     "L'annuaire des médecins de l'hôpital est sur l'intranet."),
    ("pitch to insurance agents", "en",
     "Top producers: sell our indexed annuities, lifetime renewals included.",
     "Our top producers retire this year; the office will hold a dinner."),
    ("pitch to insurance agents", "fr",
     "Agents généraux : nos rentes viagères garanties, 5 % de commission.",
     "Les agents généraux du réseau se retrouvent à Nantes en mars."),
    ("help offered in private", "en",
     "Lost access to your wallet? Inbox me i can help you get it back.",
     "Lost your keys? Text me, I can help you look for them after work."),
    ("help offered in private", "fr",
     "Compte bloqué ? Écris-moi en privé je peux t'aider à tout récupérer.",
     "Vélo crevé ? Je peux t'aider à le réparer samedi si tu veux."),
    ("offer terms", "en",
     "Introductory offer: no hidden fees, cancel anytime, join today!",
     "Our gym has no hidden fees and you can cancel anytime, the manager told me."),
    ("offer terms", "fr",
     "Offre de lancement sans frais cachés, résiliable à tout moment, inscrivez-vous aujourd'hui !",
     "Ma salle de sport est sans frais cachés et résiliable à tout moment, m'a dit le gérant."),
    ("instant approval", "en",
     "Need cash? Instant approval, apply now!",
     "The council gave instant approval to the new bike lane."),
    ("instant approval", "fr",
     "Besoin d'argent ? Accord immédiat, faites votre demande maintenant !",
     "Le conseil a donné son accord immédiat à la nouvelle piste cyclable."),
    ("billing phishing", "en",
     "Your Streamly membership is on hold: update your billing details now at streamly-pay.com",
     "My Streamly membership is on hold while I travel, I paused it myself."),
    ("billing phishing", "fr",
     "Votre abonnement Streamly est suspendu : mettez à jour vos informations de paiement maintenant sur streamly-paie.com",
     "Mon abonnement Streamly est en pause pendant mon voyage, je l'ai suspendu moi-même."),
    ("new number and money asked for", "en",
     "Hi dad, this is my new number, I broke my phone. Can you send me £150 today? I'll explain later",
     "Hi dad, this is my new number, I broke my phone. Can you send me the photos from Sunday?"),
    ("new number and money asked for", "fr",
     "Coucou papa, c'est mon nouveau numéro, j'ai cassé mon téléphone. Tu peux m'envoyer 150 € aujourd'hui ?",
     "Coucou papa, c'est mon nouveau numéro, j'ai cassé mon téléphone. Tu peux m'envoyer les photos de dimanche ?"),
    ("refund ready to claim", "en",
     "Your council tax refund of £96 is ready to claim here: refund-council.com",
     "Your refund of £96 has been processed and will reach your card in 3 days."),
    ("refund ready to claim", "fr",
     "Votre remboursement de 96 € est prêt, réclamez ici : remboursement-taxe.com",
     "Votre remboursement de 96 € a été effectué, il arrivera sur votre carte sous 3 jours."),
    ("watch offered by a question", "en",
     "Need a low cost watch? http://tick-deals.com",
     "Need a watch for the race? I can lend you mine."),
    ("disguised pharmacy", "en",
     "All your pahrma needs, same day shijpping, order now!",
     "My pharma exam is done, same day shipping of the books arrived too."),
    ("419 sender", "en",
     "I am Chief Obi, minister of works, I need your help with an urgent transfer, kindly reply.",
     "Chief Obi, the minister of works, opened the new bridge today."),
    ("419 sender", "fr",
     "Je suis le ministre du pétrole, un partenariat honorable vous attend, répondez vite.",
     "Le ministre du pétrole a inauguré le nouveau port lundi."),
]


@pytest.mark.parametrize(("kind", "lang", "pushy", "ordinary"), PAIRS, ids=[f"{k}-{lang}" for k, lang, _, _ in PAIRS])
def test_the_pushy_draft_fires_and_the_ordinary_one_does_not(kind: str, lang: str, pushy: str, ordinary: str):
    fires(pushy, lang, RULE)
    quiet(ordinary, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Thank you @maya for the lovely dinner, I keep telling my friends about you!"),
    ("fr", "Merci @maya pour le dîner, je parle de vous autour de moi !"),
])
def test_a_testimony_to_a_friend_s_handle_is_a_thank_you_note(lang: str, text: str):
    """A testimony's words beside a plain handle, with nothing sold: context alone says nothing."""
    quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Great shot from the match @anna_berg_"),
    ("fr", "Belle photo du match @anna_berg_"),
])
def test_a_name_made_into_a_handle_alone_is_no_hard_sell(lang: str, text: str):
    """A first and last name closed by an underscore is weak alone: a fan tagging such an account says
    nothing of a sale (a testimony beside it does)."""
    quiet(text, lang, RULE)


def test_a_handle_padded_like_an_impersonator_s_is_the_pitch():
    """Underscores doubled or leading ("@__name__") are the impersonator's shape: tagged alone under a
    post, it is the scam comment."""
    fires("job well done #__mila__berg__", "en", RULE)
    quiet("job well done #milaberg", "en", RULE)


@pytest.mark.parametrize(("lang", "pitch"), [
    ("en", "Boost your sales with our SEO services"),
    ("fr", "Boostez vos ventes avec notre référencement de votre site"),
    ("fr", "Valeur à surveiller cette semaine"),
])
def test_one_pitch_alone_stays_quiet_and_a_link_announced_by_here_makes_it_a_sale(lang: str, pitch: str):
    """Marketing and stock pitches weigh more this round, still short of the threshold alone; the link
    behind "more info here" (« plus d'infos ici ») is what makes the mail a sale."""
    here = "more info here" if lang == "en" else "plus d'infos ici"
    assert RULE not in fired(pitch + ".", lang)
    assert RULE in fired(f"{pitch}, {here}.", lang)


def test_only_a_count_of_seats_is_scarcity():
    """"Only 3 seats" is stock running out; "only affect spot prices" is an analyst's caveat."""
    fires("Only 3 seats for the masterclass, book today!", "en", RULE)
    quiet("The new caps only affect spot prices, analysts say, book a call with us today.", "en", RULE)
