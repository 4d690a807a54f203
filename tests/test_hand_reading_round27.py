"""Session 27's hand reading (issue 11): a community manager's Discord server, in English and in French.

About 60 posts of our own were read (patch notes, AMA reminders, welcomes, contest results, moderation notices, an
outage apology, playtest calls, game chat, a group order's last call; and pushy twins: a merch drop, a boost drive,
a rival server's plug, an early-access pack). What was wrong, fixed in general form:
- "No question is too basic" in a newcomer's welcome drew conversation.closed ("No question"): a question said never
  to be too small, too basic or stupid (« pas de question trop simple », "no stupid questions") invites questions.
  "No questions, no exceptions" after a price list still shuts the conversation down.
Then 40 findings drawn at random from the ordinary rows of `make eval` (seed 2701): 4 wrong. One kind fixed here:
- "Book your smear test. It takes five minutes and it's free" drew give-first.value-before-ask: a screening, a jab or a
  check-up asked for the reader's own health gains the writer nothing (@health-call). A clinic's paid whitening still
  asks before it gives.
And a kind from a few brand posts of our own (a café, a candle maker, a software firm):
- A job advert's closing date said as a verb ("Apply by the 20th", « Postulez avant le 20 ») with its hourly pay and a
  perk ("free coffee") drew hard-sell.pushy: it is an employer's mark (@pushy-job-ad), as "closing date" was.
- « Les soldes se terminent dimanche : -20 % sur la collection de printemps » drew nothing where "Sale ends Sunday: 20%
  off the spring collection" drew hard-sell: « collection » met the charity word « collecte » by its stem and took 1.5
  off the sum. « collecte » is now a pattern.
- "Need to decide by Friday so I can book before the prices go up" (a friend planning a group trip) drew urgency: the
  writer's own booking before a price rises sells nothing (« que je puisse réserver avant que les prix augmentent »).
And a miss, from posts written in both languages: "Like and share this post to help us reach 10k followers!" drew the
plug and buzz-as-goal, « Aimez et partagez ce post pour nous aider à atteindre 10 000 abonnés ! » nothing: Facebook's
« J'aime » asked with a share (« aimez et partagez », as an imperative) is engagement bait, and « nous aider à
atteindre N abonnés » a follower goal, as « aidez-nous à atteindre » was. « Si vous aimez et partagez nos valeurs »
asks for nothing.
- "Download our app now and get €10 off your first order" drew no hard-sell where « profitez de 10 € offerts sur votre
  première commande » did: an amount off the reader's order was no discount, only a share off ("10% off") was. It is
  now ("$5 off every order", « 10 € de réduction sur votre commande »); a saving told ("I got £10 off my first order")
  or reported ("Households to get £400 off energy bills") stays quiet.
- Engagement bait of the comment-for-a-DM kind ("Comment YES below and I'll DM you the link", « Commente OUI et je
  t'envoie »), "Double tap if you agree" and « Identifie 3 amis » drew nothing in either language, or in French only;
  they are engagement bait now. "Comment below and I'll answer every question" promises answers, not a DM for a word.
- « Nouvel article sur le blog : cinq questions à poser avant d'engager un webdesigner » drew empty-teaser where its
  English twin did not: a list that says what it holds (questions to ask, steps, ideas, ways to) is no empty teaser.
- "The tournament ends in 3 hours, come and cheer the kids on!" drew urgency (recall round 45 saw it): the time left of
  a match, a tournament, a raid or a show is no sale's countdown.
- A last sample of 40 findings on ordinary rows (seed 2703, after every merge): 1 wrong, a moderator's "Giveaway rules:
  one entry per member, … draw on Saturday with a random number bot" drawing hard-sell and the plug: a giveaway's rules
  told to its members take 1.5 off both sums (@giveaway-rules); a brand's "follow, like and share, enter now, ends
  tonight" still adds up.
Each case is a pair: the ordinary post stays quiet on the rule, its twin draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

CLOSED = "conversation.closed"
ASK_FIRST = "give-first.value-before-ask"
PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
PLUG = "self-promotion.plug"
BUZZ = "vanity-metrics.buzz-as-goal"
TEASER = "relevance.empty-teaser"

PAIRS = [
    ("en", CLOSED, "If you're new: read #rules, pick your roles, and ask anything in #help. No question is too basic.",
     "Here are the new membership fees. No questions, no exceptions."),
    ("en", CLOSED, "There are no stupid questions in this server, and no question too small for #help.",
     "The schedule is final. No questions, please."),
    ("fr", CLOSED, "Si vous êtes nouveau, demandez tout dans #aide : pas de question trop simple, aucune question n'est "
     "bête.",
     "Voici les nouveaux tarifs. Pas de questions, merci."),
    ("en", ASK_FIRST, "Book your flu jab if you're over 65: it's free at any GP surgery or pharmacy this autumn.",
     "Book your teeth whitening now: 30% off this week, free consultation!"),
    ("fr", ASK_FIRST, "Réservez votre rappel de vaccin à la pharmacie : gratuit dès 65 ans, dix minutes et c'est fait.",
     "Réservez votre blanchiment dentaire maintenant : -30 % cette semaine, consultation offerte !"),
    ("en", PUSHY, "Now hiring a weekend cook for our café, £12.40/hour, free meals on shift. Apply by the 3rd.",
     "Our café's weekend brunch, £12.40 a head with free coffee refills. Book by the 3rd!"),
    ("fr", PUSHY, "On cherche un·e cuisinier·e pour les week-ends, 12,40 € de l'heure, repas gratuit. Postulez avant le 3.",
     "Brunch du week-end à 12,40 €, café gratuit à volonté. Réservez vite avant le 3 !"),
    ("fr", PUSHY, "Collecte de manteaux pour le Secours populaire samedi : déposez-les à l'accueil, le café offre -20 % aux "
     "donateurs.",
     "Les soldes se terminent dimanche : -20 % sur la collection d'été en boutique et en ligne."),
    ("en", URGENCY, "Lisbon or Porto in May? Tell me by Thursday so we can book the flights before the prices go up.",
     "Lisbon in May from £89! Book now before the prices go up on Thursday."),
    ("fr", URGENCY, "Lisbonne ou Porto en mai ? Dites-moi d'ici jeudi, que je puisse prendre les billets avant que les prix "
     "augmentent.",
     "Lisbonne en mai dès 89 € ! Dernière chance : réservez avant jeudi, les prix augmentent."),
    ("fr", PLUG, "Si vous aimez et partagez nos valeurs, l'assemblée générale de l'association est jeudi à 19 h.",
     "Aimez et partagez cette publication svp, notre petite boutique compte sur vous 🙏"),
    ("fr", BUZZ, "Merci aux bénévoles qui vont nous aider à passer le cap de l'hiver à l'épicerie solidaire.",
     "Partagez nos vidéos pour nous aider à atteindre 5 000 abonnés avant Noël !"),
    ("en", PUSHY, "I got £10 off my first order with the app, not bad. Households to get £400 off energy bills, by the way.",
     "Download our app now and get €10 off your first order!"),
    ("fr", PUSHY, "Les ménages auront 100 € de réduction sur leur facture d'électricité cet hiver, annonce le ministère.",
     "Téléchargez notre appli et profitez de 10 € de réduction sur votre première commande !"),
    ("en", PLUG, "Comment below and I'll answer every question about the new timetable tonight.",
     "Comment GUIDE below and I'll send you my free checklist!"),
    ("fr", PLUG, "Commentez ici et je vous réponds ce soir sur les nouveaux horaires.",
     "Commente GUIDE et je t'envoie ma checklist gratuite en MP !"),
    ("fr", PLUG, "Sur la photo du mariage on a identifié trois amis de la fac, quelle soirée !",
     "Identifie trois amis qui adoreraient ça ! Tirage vendredi."),
    ("fr", TEASER, "Nouvel article sur le blog : six questions à poser avant de signer un bail commercial.",
     "Nouvel article sur le blog ! Lien en bio."),
    ("en", TEASER, "New blog post: six ideas for a cheaper office party, tested by our own team.",
     "New blog post is up! Link in bio."),
    ("en", PUSHY, "Giveaway rules: one entry per member, reply in this thread with your favourite film, draw on Sunday with a "
     "random number bot. The prize is a signed poster from our guest.",
     "GIVEAWAY! Win a £500 voucher: reply in this thread with your favourite film, enter now, draw on Sunday!"),
    ("en", PLUG, "Giveaway rules: one entry per member, reply in this thread with your favourite film, draw on Sunday with a "
     "random number bot.",
     "GIVEAWAY! Follow us, like and share to win a £500 voucher, ends tonight!"),
    ("en", URGENCY, "The match ends in 20 minutes and we're 2-0 up!! Come on you blues",
     "Our flash sale ends in 20 minutes, 2 for 1 on everything!"),
]


@pytest.mark.parametrize("lang, rule, ordinary, pushy", PAIRS, ids=[f"{p[0]}-{p[1]}-{i}" for i, p in enumerate(PAIRS)])
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, pushy: str):
    quiet(ordinary, lang, rule)
    fires(pushy, lang, rule)
