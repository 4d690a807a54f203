"""Precision on kinds earlier rounds covered little, round 45 (issue 11, session 27): server notices, LinkedIn posts,
changelogs, support replies, associations' calls, game and stream chat, swap groups, council notices, reviews, TV chat.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A customer's letter that disputes a charge ("I am writing to dispute the late fee", « je vous écris pour contester »)
  is no phish (hard-sell.pushy `customer-dispute`); a show's finale told by its viewers is no deadline (`show-told`); a
  council's help fund for low incomes is no offer (`public-help`); a lament about a trend ("free trials getting shorter")
  is a complaint; a giveaway's prize already sent is told (`winner-named`); a purchase told with the sale it was bought
  in is a review's fact (@stated-price).
- A bidder's own auction (@own-bid), a player gathering a group for a game's event, someone giving their things away,
  a trial's end told with its date: no urgency or time pressure.
- A reply held back under a condition (« ne répondez pas si vous ne l'avez pas vu ») closes no conversation.
- A call for helpers or volunteers, and newcomers welcomed, address the public (relevance.talk-to-the-reader).
- From the round's sample: an auction site's notice to one bidder (@own-bid); a council's waste service renewed by its
  residents asks nothing before giving (give-first.value-before-ask).
Most ordinary drafts drew their rule with main's rules before this round (main `16abe067`); the French dispute letter,
finale and auction, already quiet there, pin the same kinds in the other language.
CAUGHT: two posts of the round's set that main missed: a scheme paid per recruit with "places limited", and "follow and
share please" after one's own page.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD_SELL = "hard-sell."
PLUG = "self-promotion.plug"
CLOSED = "conversation.closed"
TALK = "relevance.talk-to-the-reader"
VALUE_FIRST = "give-first.value-before-ask"

# (language, rules, ordinary draft that must stay quiet, twin that must still draw one of the rules)
PAIRS = [
    # a customer's letter disputing a fee; the provider's phish
    ("en", PUSHY,
     "Dear Sir or Madam, I am writing to dispute the £40 late fee added to my account in May. My direct debit left on the due date, as my bank statement shows.",
     "Dear customer, a £40 late fee has been added to your account. Confirm your card details today to avoid further charges."),
    ("fr", PUSHY,
     "Madame, Monsieur, je vous écris pour contester les 40 € de frais de retard ajoutés à mon compte en mai. Mon prélèvement est parti à la date prévue, comme le montre mon relevé.",
     "Cher client, 40 € de frais de retard ont été ajoutés à votre compte. Confirmez vos coordonnées bancaires aujourd'hui pour éviter d'autres frais."),
    # a finale told by its viewers; a streaming service's sign-up push
    ("en", PUSHY,
     "It ends tonight!!! The series finale after five seasons, who's watching it live with me?",
     "The series finale is tonight: sign up now and get your first month FREE, offer ends at midnight!"),
    ("fr", PUSHY,
     "C'est ce soir !!! Le dernier épisode après cinq saisons, qui le regarde en direct avec moi ?",
     "Le dernier épisode, c'est ce soir : inscrivez-vous maintenant, premier mois GRATUIT, offre valable jusqu'à minuit !"),
    # a council's help for low incomes; a refund phish that borrows its name
    ("en", PUSHY,
     "The household support fund has reopened: residents on low incomes can get help with food and energy bills. Apply online or ring the council.",
     "Household Support Fund: you are eligible for a £300 payment. Click the link to claim within 24 hours or lose it!"),
    ("fr", PUSHY,
     "Le fonds d'aide aux ménages est rouvert : les foyers aux revenus modestes peuvent être aidés pour l'alimentation et l'énergie. Faites votre demande en ligne ou appelez le CCAS.",
     "Fonds d'aide aux ménages : vous avez droit à 300 €. Cliquez sur le lien pour le réclamer sous 24 heures, sinon il sera perdu !"),
    # a lament about a trend; a trial pushed
    ("en", PUSHY,
     "Is it just me or are free trials getting shorter? A month used to be normal, now some apps give you three days.",
     "Free trials are getting longer: 30 days FREE, sign up now, offer ends Sunday!"),
    # a giveaway's winner with the prize already sent; a giveaway still open
    ("en", PUSHY,
     "Server giveaway winner from last week: congratulations @Mira! The prize has been sent. No new giveaway this month.",
     "Server GIVEAWAY! Follow, like and share to win, winner picked Friday. Click the link to enter now!"),
    # a purchase told with the sale it was bought in; the shop's own sale
    ("fr", PUSHY,
     "Acheté cet aspirateur balai en soldes à 99 €. Très bonne aspiration, batterie de 40 minutes, mais le bac est petit. 4 étoiles.",
     "Achetez cet aspirateur balai en soldes à 99 € ! Plus que 3 en stock, commandez vite !"),
    # a bidder's own auction (@own-bid); the seller's
    ("en", HARD_SELL,
     "Bidding on a retro console, I'm winning at £55 and it ends in 2 hours. Someone stop me going past £70.",
     "Retro console auction ends in 2 hours!!! Bid now, only one available, act fast!"),
    ("fr", HARD_SELL,
     "J'enchéris sur une console rétro, je suis en tête à 55 € et ça se termine dans 2 heures. Empêchez-moi de dépasser 70 €.",
     "L'enchère se termine dans 2 heures !!! Enchérissez maintenant sur cette console rare, ne ratez pas ça, pièce unique, faites vite !"),
    # a player gathering a group for a game's event; a game shop's bundle
    ("en", HARD_SELL,
     "guild event ends in 3 hours, still need 2 more for the boss if anyone's online",
     "Event bundle 50% off, ends in 3 hours, grab it before it's gone!"),
    # a trial's end told with its date; a trial pushed
    ("fr", HARD_SELL,
     "Votre essai gratuit se termine le 9 juin. Ensuite, l'abonnement passe à 6,99 € par mois, sauf résiliation dans Réglages.",
     "Votre essai gratuit se termine aujourd'hui ! Passez à l'offre payante maintenant et économisez 50 %, offre valable jusqu'à minuit."),
    # someone giving their things away; a shop's first come, first served
    ("fr", HARD_SELL,
     "Je donne un sac de vêtements garçon (3-4 ans). Premier arrivé, premier servi, à prendre devant la porte.",
     "Vêtements enfants à -50 % ! Premier arrivé, premier servi, commandez vite."),
    # a reply held back under a condition (a spoiler); a reply refused
    ("fr", CLOSED,
     "Quelqu'un a pleuré à la fin de l'épisode ?? Ne répondez pas si vous ne l'avez pas encore vu.",
     "Voici la fin de l'épisode. Ne répondez pas, on ne lira rien."),
    # a call for helpers; the shop's own range
    ("en", TALK,
     "Our charity shop is looking for someone to help with the till on Saturdays. Three hours a week, friendly team, tea and cake included.",
     "Our charity shop has a new range of vintage coats in store this week, all hand-picked by our team and priced fairly, with more arriving on Friday."),
    ("fr", TALK,
     "Notre boutique solidaire cherche quelqu'un pour tenir la caisse le samedi. Trois heures par semaine, équipe sympa, thé et gâteau offerts.",
     "Notre boutique solidaire a une nouvelle sélection de manteaux vintage cette semaine, tous choisis par notre équipe à prix doux, et d'autres arrivent vendredi."),
    # from the round's sample of findings on ordinary rows (seed 4501): an auction site's notice to one bidder about their
    # own bid (@own-bid); a council's waste service renewed by its residents; newcomers welcomed
    ("en", HARD_SELL,
     "Your bid of £42 on \"oak side table\" has been outbid. The auction ends in 2 hours.",
     "Oak side table auction ends in 2 hours! Bid now before someone else does."),
    ("fr", VALUE_FIRST,
     "Le ramassage des déchets verts se renouvelle au 1er avril, 40 € l'année. Inscrivez-vous en ligne avant le 31 mars pour le garder.",
     "Inscrivez-vous à notre box potager : 40 € l'année, graines et conseils chaque mois."),
    ("en", TALK,
     "The museum is now open on Mondays 10-2 as a trial until June. The sketching group meets the first Monday of the month and new members are welcome.",
     "The museum is now open on Mondays 10-2 as a trial until June. Our sketching group meets the first Monday of the month in our gallery upstairs."),
]

# (language, rules, pushy or self-promotional post that must draw one of the rules)
CAUGHT = [
    ("en", PUSHY,
     "Become a \"community ambassador\": pay £99 joining fee and earn commissions on every friend you recruit. Sign up today, places limited!"),
    ("en", PLUG,
     "Engaged!!! 💍 And if you're planning a wedding, my photography page is taking bookings, follow and share please!"),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)


@pytest.mark.parametrize(("lang", "rules", "text"), CAUGHT, ids=numbered(CAUGHT))
def test_the_rounds_missed_posts_are_caught(lang: str, rules: str, text: str) -> None:
    fires(text, lang, rules)
