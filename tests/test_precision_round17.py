"""Precision on ordinary text that uses selling words, round 17 (issue 11): kinds the first near-miss set lacked.

Kinds read by hand on the ok rows of bench/devsets/*_nearmiss2_coach.jsonl: talk about selling as a tactic that
quotes the seller's words (an A/B test, a copywriting tip, a parent on a game's countdown); a match told to fans
("last chance to qualify", a free kick); a recipe and a proverb ("no such thing as a free lunch"); a customer
asking others for help with a code or a plan ("should I contact support?", « je contacte le service client »);
a teacher's instructions to a class; the staff canteen; a retailer's sales reported by the press; an onlooker's
"lol" about a shop's giveaway. Then, on other ordinary texts written for the round by kind: a shopper or a job
seeker telling of pressure, a shop's opening hours and last order date, an order through procurement, a bank
statement, a subscribed newsletter's issue, a charity shop's volunteers; for hard-sell.time-pressure, a warning quoting a scam's
deadline, a supplier's quote come in, a memo to the staff, a statement's minimum payment. Last, an hour "in bed", a
payment "to an online shop", a discount told by the buyer, a kind of loan called a trap, a contest's result told, one's
own trial to cancel, one's own mortgage offer, the police or regulators reported, a customer quoting the shop's
promise to complain of it. Each case is a pair: the
ordinary text has no finding of the rule, and a real push of the same surface still has one, so the quiet comes from
the kind of text and not from a rule gone deaf.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, numbered, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"

# (language, the ordinary text, the same surface turned into a push)
PAIRS = [
    # talk about selling as a tactic, quoting the seller's words, against the words used to sell
    ("en", "Our test showed the 'Hurry, only a few left!' banner converted worse than a plain photo, so we're "
           "dropping the fake urgency.",
     "Hurry, only a few left! 40% off ends tonight, order now at shop-deal.example.com"),
    ("fr", "Test A/B : la bannière « Vite, plus que quelques pièces, -20 % ce soir ! » a moins converti qu'une simple "
           "photo, on arrête la fausse urgence.",
     "Vite, plus que quelques pièces ! -40 % jusqu'à ce soir, commandez maintenant sur boutique-promo.example.fr"),
    ("en", "The app kept telling my son 'offer ends in 1 hour' for £20 of coins. These games are designed to "
           "pressure kids, in-app purchases are off now.",
     "Offer ends in 1 hour! 5000 coins for just £4.99, buy now before it's gone!"),
    ("fr", "Le jeu répétait à mon fils « offre valable 1 h » pour 20 € de pièces. Ces jeux mettent la pression aux "
           "enfants, j'ai coupé les achats intégrés.",
     "Offre valable 1 h ! 5000 pièces pour seulement 4,99 €, achetez maintenant avant qu'elle disparaisse !"),
    # a match told to fans, against a draw pushed with the same words
    ("en", "Last chance to qualify for the final tonight! Come and cheer the under-12s, kick-off 7pm, entry free.",
     "Last chance! Free entry to our prize draw ends tonight, win £500, enter now at draw.example.com"),
    ("fr", "Dernière chance de se qualifier pour la finale samedi ! Venez encourager les U12, coup d'envoi 14 h, "
           "entrée gratuite.",
     "Dernière chance ! Participation gratuite au tirage au sort jusqu'à ce soir, gagnez 500 €, inscrivez-vous "
     "maintenant sur tirage.example.fr"),
    ("en", "What a win! A free kick in the last minute and we're top of the table.",
     "What a win! Claim your free gift now, only 10 left!"),
    # a recipe, against a food box pushed
    ("en", "Recipe: 3 free-range eggs, 2 tablespoons of sugar, a pinch of salt. Order matters, whisk the eggs first. "
           "Limited time? Use a mixer.",
     "Free eggs for life! Order our organic box now, 50% off today only at farmbox.example.com"),
    ("fr", "Recette : 3 œufs, 2 cuillères à soupe de sucre, une pincée de sel. Commandez les œufs bio au marché, "
           "offre du jour à 3 €, dernière chance avant l'été.",
     "Œufs gratuits à vie ! Commandez notre panier bio maintenant, -50 % aujourd'hui seulement sur panier.example.fr"),
    # a customer asking others for help with a code, against the code pushed
    ("en", "My discount code says expired but the email said valid until Sunday?? Has anyone managed to use it, or "
           "should I contact support?",
     "Your discount code is valid until Sunday only! Use it now, 30% off everything at shop.example.com"),
    ("fr", "Mon code promo est refusé alors que le mail disait valable jusqu'à dimanche ?? Quelqu'un a réussi à "
           "l'utiliser ou je contacte le service client ?",
     "Votre code promo est valable jusqu'à dimanche seulement ! Utilisez-le maintenant, -30 % sur tout sur "
     "boutique.example.fr"),
    # a teacher's instructions to a class, against a link pushed
    ("en", "Year 10: click the link on the class page to submit your homework by Thursday 5pm, now please.",
     "Click the link now to claim your free laptop, only 10 left, offer ends Thursday!"),
    ("fr", "Les 4e : cliquez sur le lien de la page de classe pour rendre vos devoirs avant jeudi 17 h, maintenant svp.",
     "Cliquez sur le lien maintenant pour recevoir votre ordinateur gratuit, plus que 10, offre valable jusqu'à jeudi !"),
    # the staff canteen, against a meal deal pushed
    ("en", "From facilities: the staff canteen reopens today, soup is £1.50 and hot meals are free for the night shift.",
     "Today only: free hot meals with any order over £15! Order now at mealdeal.example.com"),
    ("fr", "Les services généraux : la cantine du personnel rouvre aujourd'hui, soupe à 1,50 €, repas chauds gratuits "
           "pour l'équipe de nuit.",
     "Aujourd'hui seulement : repas chauds gratuits dès 15 € de commande ! Commandez maintenant sur repas-promo.example.fr"),
    # a retailer's sales reported by the press, against a stock pushed
    ("fr", "L'enseigne annonce des ventes en hausse de 8 % à Noël, portées par des remises jusqu'à 40 %. L'action a "
           "gagné 2 % à la clôture.",
     "Hausse de 300 % en vue ! L'action ABCD va exploser, achetez maintenant avant tout le monde !"),
    ("en", "Sales rose 8% over Christmas, helped by discounts of up to 40% and free delivery, the retailer said.",
     "Shares set to rise 300%! Buy ABCD now before everyone else, up to 40% gains this week!"),
    # an onlooker's laugh at a shop's giveaway, against the giveaway pushed
    ("en", "The new bakery gave away free croissants to the first 50 customers today, queue was round the block lol",
     "Free croissants for the first 50 customers today only, hurry down now!"),
    ("fr", "Croissants gratuits pour les 50 premiers aujourd'hui à la nouvelle boulangerie, j'y étais à 6 h lol",
     "Croissants gratuits pour les 50 premiers aujourd'hui à la nouvelle boulangerie, venez vite lol"),
    # a shopper or a job seeker telling of pressure, against the pressure itself
    ("en", "The guy at the phone shop kept saying 'this deal ends today, only 2 left' so I walked out. Hate being pressured.",
     "This deal ends today, only 2 left! Get the new phone for £0 upfront, order now at phone-deals.example.com"),
    ("fr", "Le vendeur répétait « l'offre se termine aujourd'hui, plus que 2 en stock » alors je suis parti. Je déteste "
           "qu'on me mette la pression.",
     "L'offre se termine aujourd'hui, plus que 2 en stock ! Le nouveau téléphone à 0 €, commandez maintenant sur "
     "tel-promo.example.fr"),
    ("en", "The job ad says 'urgent start, limited places, apply now' and it's unpaid. Red flag or normal for internships?",
     "Urgent start, limited places, apply now! Earn £500 a day from home, no experience needed."),
    ("fr", "L'annonce dit « démarrage urgent, places limitées, postulez maintenant » et c'est non payé. Signal d'alerte "
           "ou normal ?",
     "Démarrage urgent, places limitées, postulez maintenant ! Gagnez 500 € par jour depuis chez vous, sans expérience."),
    # a shop's hours and last order date, against the same shop pushing
    ("en", "We've extended our opening hours for Christmas: open till 8pm from the 15th. Order your turkey by the 18th "
           "to guarantee delivery.",
     "Order your turkey now! 30% off today only, guaranteed cheapest in town, only 20 left!"),
    ("fr", "Horaires d'ouverture de Noël : ouvert jusqu'à 20 h dès le 15. Commandez votre dinde avant le 18 pour "
           "garantir la livraison.",
     "Commandez votre dinde maintenant ! -30 % aujourd'hui seulement, prix garanti le plus bas, plus que 20 !"),
    # an order through procurement, against the same monitors sold
    ("en", "Hi all, the new monitors are $299 each with our staff discount. Order through procurement by Friday so they "
           "arrive before the move: procure.ourco.example",
     "New monitors only $299 with our discount! Order now before Friday at monitor-deals.example.com"),
    ("fr", "Bonjour à tous, les nouveaux écrans sont à 299 € avec la remise. Commandez via les achats avant vendredi pour "
           "qu'ils arrivent avant le déménagement : achats.notreboite.example",
     "Nouveaux écrans à seulement 299 € avec la remise ! Commandez maintenant avant vendredi sur ecrans-promo.example.fr"),
    # a bank statement, against a phishing mail that threatens the account
    ("en", "Your statement is ready: the minimum payment of £25 is due by 12 April. View it now in online banking.",
     "Your account has been suspended: pay the minimum payment of £25 now at bank-verify.example.com to avoid closure!"),
    # a subscribed newsletter's issue, against the newsletter's flash sale
    ("en", "This week's newsletter: five easy dinners under £5, a guide to the winter sales and a free meal planner. "
           "Happy cooking!",
     "This week's newsletter: 70% off everything, today only! Free delivery, shop now at dinners.example.com"),
    ("fr", "La lettre de cette semaine : cinq dîners à moins de 5 €, notre guide des soldes d'hiver et un planning de "
           "repas gratuit. Bonne cuisine !",
     "La lettre de cette semaine : -70 % sur tout, aujourd'hui seulement ! Livraison gratuite, commandez sur "
     "diners.example.fr"),
    # volunteers' perks in a charity shop, against the shop's sale
    ("en", "Our charity shop needs volunteers on Saturdays. You get 20% off in the shop and free tea. Pop in or email us.",
     "Charity shop sale: 20% off everything today only and free tea, pop in now before it's gone!"),
    # a night's sleep, against the pills sold for it
    ("en", "Don't forget, the clocks go back tonight, so you get an extra hour in bed. Free time!",
     "Last longer in bed tonight! Free trial of our pills, order now at vigour-deal.example.com"),
    # a payment to someone else's online shop, against one's own shop pushed
    ("en", "My bank called to say a payment of £499 to an online shop looked suspicious. It was real, they just checked.",
     "Visit our online shop now: 50% off everything today only!"),
    ("fr", "Ma banque m'a appelé pour un paiement de 499 € à une boutique en ligne qui semblait suspect. C'était bien moi, "
           "ils vérifiaient.",
     "Visitez notre boutique en ligne maintenant : -50 % sur tout aujourd'hui seulement !"),
    # a discount told by the buyer, against the shop's discount
    ("en", "We got 20% off the sofa because it was the display model, worth asking in shops!",
     "Get 20% off the display sofas in our shops, today only!"),
    ("fr", "On a eu 20 % sur le canapé parce que c'était le modèle d'exposition, ça vaut le coup de demander en magasin !",
     "-20 % sur les canapés d'exposition dans nos magasins, aujourd'hui seulement !"),
    # a kind of loan called a trap, against the loan sold
    ("en", "Payday loans are a trap, I paid back £600 on a £300 loan. If you're struggling talk to Citizens Advice first, "
           "it's free.",
     "Payday loans in 10 minutes! Borrow £300 today, free application, apply now."),
    ("fr", "Les crédits renouvelables c'est un piège, j'ai remboursé 600 € pour 300 empruntés. Si vous galérez, "
           "l'assistante sociale c'est gratuit.",
     "Crédit renouvelable en 10 minutes ! Empruntez 300 € aujourd'hui, dossier gratuit, demandez maintenant."),
    # a contest's result told, against a prize to claim
    ("en", "Congrats to Mia who won our photo contest! Her sunset shot gets the £50 voucher. Thanks to everyone who entered.",
     "Congrats! You won our photo contest: claim your £50 voucher now before it expires!"),
    ("fr", "Félicitations à Mia qui gagne notre concours photo ! Son coucher de soleil remporte le bon d'achat de 50 €. "
           "Merci à tous les participants.",
     "Félicitations ! Vous avez gagné notre concours photo : réclamez votre bon d'achat de 50 € maintenant avant qu'il "
     "expire !"),
    # one's own trial to cancel, against a trial pushed
    ("en", "Reminder to self: cancel the free trial before Friday or they charge £7.99.",
     "Start your free trial before Friday, only £7.99 after, sign up now!"),
    ("fr", "Note pour moi : résilier l'essai gratuit avant vendredi sinon ils prélèvent 7,99 €.",
     "Commencez votre essai gratuit avant vendredi, 7,99 € ensuite, inscrivez-vous maintenant !"),
    # one's own mortgage offer, against the reader's offer pressed
    ("en", "My mortgage offer expires at the end of the month and the house sale keeps getting delayed. So stressed.",
     "Your mortgage offer expires at the end of the month! Lock in 3.9% now, call us today."),
    # the police or regulators reported, against the bait they warn of
    ("en", "Police are urging residents not to click on texts claiming to offer free energy vouchers, after 40 people lost "
           "money last month.",
     "Claim your free energy vouchers now! Click the link before midnight: energy-help.example.com"),
    ("fr", "L'essai gratuit se transforme en abonnement à 12 € par mois, ce qui n'est pas assez clair selon les régulateurs.",
     "Réclamez vos chèques énergie gratuits maintenant ! Cliquez sur le lien avant minuit : energie-aide.example.fr"),
    ("en", "The company's free trial converts to a £12 monthly plan, which regulators say is not made clear enough.",
     "Start your free trial before Friday, only £7.99 after, sign up now!"),
    # a customer quoting the shop's promise to complain of it, against the promise pushed
    ("en", "Customer here: the 'free delivery' only applies over £50, which wasn't clear at checkout. Not happy.",
     "Free delivery on orders over £50, today only! Shop now at deals.example.com"),
    ("fr", "Cliente ici : la « livraison gratuite » ne marche qu'au-dessus de 50 €, ce n'était pas clair au paiement. "
           "Pas contente.",
     "Livraison gratuite dès 50 € d'achat, aujourd'hui seulement ! Commandez sur promos.example.fr"),
]


@pytest.mark.parametrize(("lang", "ordinary", "push"), PAIRS, ids=numbered(PAIRS))
def test_the_ordinary_text_is_quiet_and_the_push_of_the_same_surface_fires(lang: str, ordinary: str, push: str):
    quiet(ordinary, lang, PUSHY)
    fires(push, lang, PUSHY)


def test_both_languages_are_pinned():
    assert {lang for lang, _, _ in PAIRS} == {"en", "fr"}


@pytest.mark.parametrize(("lang", "ordinary", "push"), [
    ("en", "Last chance to qualify for the final tonight, kick-off at 7!", "Last chance: 50% off ends tonight!"),
    ("fr", "Dernière chance de se qualifier pour la finale ce soir, coup d'envoi à 19 h !",
     "Dernière chance : -50 % jusqu'à ce soir !"),
    ("en", "My mortgage offer expires at the end of the month and the sale keeps getting delayed.",
     "Your offer expires at the end of the month, buy now!"),
])
def test_a_match_or_ones_own_offer_needs_no_urgency_warning_but_a_sale_does(lang: str, ordinary: str, push: str):
    quiet(ordinary, lang, URGENCY)
    fires(push, lang, URGENCY)


TIME_PRESSURE = "hard-sell.time-pressure"


@pytest.mark.parametrize(("lang", "ordinary", "push"), [
    # a warning that quotes the scam's deadline, against the deadline pressed
    ("en", "Got a mail: 'Well done, you've won a £300 gift card, claim within 24 hours!' Obviously spam, I reported it.",
     "Flash sale! Gift cards half price, claim yours within 24 hours at cards-deal.example.com"),
    ("fr", "Reçu un mail « Votre bon de 200 € expire dans 24 h, réclamez-le ! ». Spam évident, je l'ai signalé.",
     "Votre bon de 200 € expire dans 24 h, réclamez-le vite sur bons.example.fr !"),
    # a supplier's quote come in to the buyer, against a quote pressed on a customer
    ("en", "Hi Leah, the quote came in from the caterer: £640 for 40 people, only 2 dates left. Can you approve it "
           "before Friday? Thanks, Hugo",
     "Your quote: 20% off if you approve before Friday, only 2 dates left, book now!"),
    ("fr", "Bonjour Léa, le devis du traiteur est arrivé : 640 € pour 40 personnes. Tu peux valider avant vendredi ? "
           "Merci, Hugo",
     "Votre bon de 200 € expire dans 24 h, réclamez-le vite sur bons.example.fr !"),
    # a memo to the staff and a statement's minimum payment, against a sale's date
    ("en", "Hi all, new monitors are going fast: $299 each with the staff discount, order through procurement by Friday.",
     "Flash sale! Gift cards half price, claim yours within 24 hours at cards-deal.example.com"),
    ("fr", "Bonjour à tous, les nouveaux écrans sont à 299 € avec la remise. Commandez via les achats avant vendredi pour "
           "qu'ils arrivent avant le déménagement.",
     "Vente flash : nos écrans à 299 € jusqu'à vendredi, commandez le vôtre !"),
    ("en", "Your statement is ready: a minimum payment of £25 is due by 12 April, only a few days left to pay it.",
     "Flash sale! Gift cards half price, claim yours within 24 hours at cards-deal.example.com"),
    ("fr", "Votre relevé de mars pour le compte se terminant par 4432 est disponible dans votre espace client. Paiement "
           "minimum de 25 € à régler avant le 12 avril.",
     "Offre de mars : remise de 25 € jusqu'à vendredi, réservez la vôtre !"),
])
def test_a_deadline_quoted_received_or_for_the_staff_is_no_time_pressure(lang: str, ordinary: str, push: str):
    quiet(ordinary, lang, TIME_PRESSURE)
    fires(push, lang, TIME_PRESSURE)


def test_lol_is_banter_as_a_word_but_not_as_a_links_ending():
    """A chat's "lol" takes a little off; a claim link on a .lol domain is no laugh."""
    quiet("Free donuts for the first 30 customers today at the new cafe, I was there at 7 lol", "en", PUSHY)
    fires("GM! Big thanks to the dev for the $ELON airdrop, claim yours now at elon-drop.lol/claim", "en", PUSHY)
