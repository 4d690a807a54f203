"""Precision on ordinary text that uses selling words, round 18 (issue 11): the kinds round 17 left.

A word of an account's handle counts as a get-rich word only as a whole part of the handle ("@learnwithsam" has no
"earn"); « célibataires » alone names people, not a dating pitch; the press on a product banned or on queues for a
release, a police statement; a lost item to collect at the counter; a nursery's or a club's last places with a fee and
a named contact; a school play's tickets ordered at the office; a child's joke answered ("nice try"); one's own
ticket passed on at face value; a reader put off by a sign's « Achetez maintenant »; a customer's review and a help
request that name a sale ("on sale", a free guide, a price). Each case is a pair: the
ordinary text has no finding of the rule, and a real push of the same surface still has one, so the quiet comes from
the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PUSHY = "hard-sell.pushy"
VALUE_FIRST = "give-first.value-before-ask"

# (language, the ordinary text, the same surface turned into a push)
PAIRS = [
    # a handle whose letters hold "earn" inside another word, against a get-rich account praised
    ("en", "Great thread by @learnwithsam on pronunciation, now following.",
     "Made $8,000 in a week thanks to @earnwithsam, message her now to start earning!"),
    ("fr", "Super fil de @learnwithsam sur la prononciation, je m'abonne maintenant.",
     "Gagné 8 000 € en une semaine grâce à @earnwithsam, écrivez-lui maintenant pour commencer !"),
    # « célibataires » naming a club's walkers, against a dating site's bait
    ("fr", "Le club organise des randonnées pour célibataires de plus de 60 ans le dimanche, c'est gratuit, venez "
           "nombreux !",
     "Femmes célibataires près de chez vous, inscription gratuite, venez maintenant sur rencontres-chaudes.example.fr"),
    # the press on a product now banned, against the product sold
    ("en", "The shop sold a legal herb that is now banned, police said.",
     "Legal herbs now in stock at our shop, buy now before they're gone, free delivery!"),
    ("fr", "La boutique vendait des herbes légales, désormais interdites à la vente, selon la police.",
     "Herbes légales en stock dans notre boutique, achetez maintenant avant la rupture, livraison gratuite !"),
    # a lost item to collect at the counter, against a gift to claim
    ("en", "Lost a blue scarf at the shop on Saturday? It's at the counter to claim.",
     "Claim your free gift now, only 10 left, 50% off everything today only at shop.example.com!"),
    ("en", "Lost a blue scarf at the shop on Saturday? It's at the counter to claim.",
     "This weekend only: buy one get one free on all burgers! Show this message at the counter"),
    ("fr", "Vous avez perdu une écharpe bleue au magasin samedi ? Elle est à l'accueil, à réclamer, gratuit.",
     "Réclamez votre cadeau gratuit maintenant, plus que 10, -50 % sur tout aujourd'hui seulement sur "
     "boutique.example.fr"),
    # a nursery's last places with a fee and a named contact, against places pushed
    ("en", "Last 2 places left in our nursery for September! £40 a day, call Mrs Patel on 01234 567890 to book "
           "yours now.",
     "Last 2 places left! £40 a day, call now on 0800 123 456 to book yours, 20% off this week only!"),
    ("fr", "Dernières places à la crèche pour septembre ! 40 € la journée, contactez Mme Martin au 01 23 45 67 89 "
           "pour réserver.",
     "Dernières places ! 40 € la journée, appelez maintenant, -20 % cette semaine seulement sur creche-promo.example.fr"),
    # a school play's seats ordered at the office, against seats sold online
    ("en", "School play next week: only 150 seats, order your tickets at the office by Friday!",
     "Only 150 seats left! Order your tickets now at tickets-deal.example.com, 50% off today only!"),
    # a child's joke answered, against the offer itself
    ("en", "Ha, my kids think \"buy one get one free\" means they get two ice creams. Nice try!",
     "Buy one get one free on everything! Order now at shop.example.com, today only!"),
    # one's own ticket at face value among friends, against a tout's
    ("en", "Anyone want my ticket for Saturday? Selling at face value, £45, DM me, first come first served",
     "Tickets for Saturday's gig! Only 10 left, first come first served, order now at ticket-deals.example.com"),
    ("fr", "Je revends ma place pour le concert de samedi au prix coûtant, 45 €, écrivez-moi, premier arrivé premier "
           "servi",
     "Billets pour le concert de samedi ! Plus que 10, premier arrivé premier servi, commandez maintenant sur "
     "billets.example.fr"),
    # the press on queues for limited-edition trainers, against the drop pushed
    ("en", "Hundreds queued overnight for the limited-edition trainers, on sale from 8am at £180. They sold out "
           "within minutes.",
     "Limited-edition trainers, only 50 pairs, on sale now at £180, order now at kicks.example.com before they sell out!"),
    ("fr", "Des centaines de personnes ont fait la queue pour les baskets en édition limitée, en vente dès 8 h à "
           "180 €, épuisées en quelques minutes.",
     "Baskets en édition limitée, seulement 50 paires, en vente maintenant à 180 €, commandez sur baskets.example.fr "
     "avant la rupture !"),
    # a reader put off by a shop's « Achetez maintenant », against the ask made
    ("fr", "J'ai vu « Achetez maintenant » partout sur ce site, ça m'a fait fuir. Quelqu'un connaît un vendeur plus "
           "calme ?",
     "Achetez maintenant ! -50 % sur tout aujourd'hui seulement sur boutique.example.fr"),
    ("en", "The sign said \"Buy now, today only\" in huge letters, it put me off. Anyone know a calmer shop?",
     "Buy now! 50% off everything today only at shop.example.com"),
    # a customer's review and a help request that name a sale, against the sale pushed
    ("en", "Review: bought the Acme blender on sale for £49. Free recipe book inside, works great, 4 stars. Would buy "
           "again.",
     "Acme blender on sale for £49! Free recipe book inside, buy now at acme-deals.example.com"),
    ("fr", "Avis : aspirateur acheté en promo à 89 €, guide gratuit inclus, 4/5, je le rachèterais.",
     "Aspirateur en promo à 89 € ! Guide gratuit inclus, commandez maintenant sur aspi-promo.example.fr"),
    ("en", "Help! Anyone know where to get a free guide to fixing a leaky tap? The one on sale at B&Q is £12.",
     "Free guide to fixing a leaky tap! On sale at £12, order now at diy-deals.example.com"),
    ("fr", "Besoin d'aide : un tuto gratuit pour réparer un robinet ? Celui en promo chez Leroy Merlin coûte 12 €.",
     "Tuto gratuit pour réparer un robinet ! En promo à 12 €, commandez maintenant sur bricolage-promo.example.fr"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), PAIRS)
def test_ordinary_text_is_quiet_and_the_push_fires(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, PUSHY)
    fires(push, lang, PUSHY)


# give-first.value-before-ask: talk that quotes the ask, or an ask made at a desk, is no ask to a public
VALUE_PAIRS = [
    ("fr", "Sur la vitrine il y avait écrit « Achetez maintenant » en énorme, ça m'a fait fuir.",
     "Achetez maintenant ! -50 % sur tout aujourd'hui seulement sur boutique.example.fr"),
    ("en", "School play next week: only 150 seats, order your tickets at the office by Friday!",
     "Only 150 seats left! Order your tickets now at tickets-deal.example.com, 50% off today only!"),
    ("fr", "Spectacle de l'école : seulement 150 places, commandez vos billets au secrétariat avant vendredi !",
     "Plus que 150 places ! Commandez vos billets maintenant sur billets-promo.example.fr, -50 % aujourd'hui seulement !"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), VALUE_PAIRS)
def test_an_ask_quoted_or_made_at_a_desk_needs_no_gift_first(lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, VALUE_FIRST)
    fires(push, lang, VALUE_FIRST)


# self-promotion.plug and give-first.promote-the-gift: one's old furniture given away, and what a word means
OTHER_PAIRS = [
    ("self-promotion.plug", "fr",
     "À donner : une armoire un peu rayée mais solide. À récupérer avant samedi, on déménage. Écrivez-moi en MP.",
     "Nouvelle vidéo sur ma chaîne ! Abonnez-vous et écrivez-moi en MP pour un code promo."),
    ("self-promotion.plug", "en",
     "Free to a good home: an old wardrobe, a bit scratched but solid. Must collect before Saturday, we're moving. DM me.",
     "Free to a good home: stickers from my channel! Subscribe to my channel and DM me."),
    ("give-first.promote-the-gift", "en",
     "In French 'en solde' means on sale, but 'le solde' is your bank balance. Took me months to stop confusing them.",
     "Our jackets are on sale this week, grab yours!"),
    ("give-first.promote-the-gift", "fr",
     "En anglais, « on sale » veut dire en promo, pas « en vente ». J'ai mis des mois à comprendre.",
     "Nos vestes sont en promo cette semaine, profitez-en !"),
    # a customer asking others whether their code works, against the code promoted
    ("give-first.promote-the-gift", "en",
     "My promo code says 'expired' at checkout but the email said valid until Sunday?? Has anyone managed to get it "
     "to work, or should I contact support",
     "Use our promo code SPRING for 20% off, valid until Sunday!"),
    # a school's notice of revision guides, against a shop's price list pushed
    ("hard-sell.sales-density", "en",
     "Students can order the revision guides through the school at the discounted price of £3 each, order and pay "
     "by Wednesday, discount price, order form at the office, price list attached.",
     "Order now: discount price on every guide, order two and get a discount, best price, order online, price "
     "drop, order today, discount code at checkout."),
    ("hard-sell.sales-density", "fr",
     "Les élèves peuvent commander les guides de révision par l'école au prix réduit de 3 € l'unité, commande et "
     "paiement au secrétariat, tarif, prix, remise, promo.",
     "Promo de printemps : tous nos prix baissent, profitez de la remise sur chaque achat, commandez en ligne ou en "
     "boutique, code promo à saisir au panier, prix réduit."),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "push"), OTHER_PAIRS)
def test_a_gift_of_ones_old_things_or_a_words_meaning_is_no_plug(rule: str, lang: str, ordinary: str, push: str) -> None:
    quiet(ordinary, lang, rule)
    fires(push, lang, rule)
