"""Recall round 45 (issue 11, session 27): pushy and self-promotional shapes of social posts that earlier sets lacked,
read by kind in both languages, each pinned beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell: guilt laid on the reader of an appeal ("Only you can save…", « Toi seul peux… »), one's own link or code
  pushed with a deadline or a cut ("through my link", « via mon lien », "code LILA15", « code LILA15 »), a giveaway
  entered by tagging friends ("tag 5 friends", « identifie 5 amis »), money sent to be sent back multiplied, a seat in
  one's own team offered (MLM), the hours left said as a door closing (« ferment dans 3 heures »), a game currency
  "generator", a programme opened to a few members, a French « tu » call (« deviens », « récupère », « donne »), a billing
  phish's hours as one word (« sous 48h »), a drop's pairs, a guaranteed monthly return, stock « qui part vite », prices
  that go up on a named day (« les prix augmentent demain »).
- their ordinary twins stay quiet on hard-sell: a thank-you after an adoption, a cousin who bought through one's link
  last year, a door code, a friend tagged for a walk, money sent for tickets, a colleague joining one's team, an office
  closing for the holiday, a car-share's last seat (« il me reste une place »), a review's « passez votre chemin ».
- self-promotion: a video of one's own posted under someone else's post ("link in my bio if you want to see my
  version"), the thread hijacked to offer one's services ("sorry to hijack … DM me if you need one"), one's own book to
  get (« vous pouvez vous le procurer »), a chance asked for one's own videos, one's own film to watch, handmade things
  with prices in private; a question asked in a hijacked thread, a chance given to an old laptop, a bag watched over and
  a relative's film stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."
SELF_PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw a hard-sell finding
PUSHY_PAIRS = [
    ("guilt laid on the reader of an appeal",
     "Only YOU can save Pepper. Each hour you scroll past, the shelter gets fuller. Donate now, don't ignore this.",
     "Toi seul peux sauver Pepper. Chaque heure où tu passes, le refuge se remplit. Donne maintenant, ne l'ignore pas."),
    ("guilt and the hours left, no donation word",
     "If you don't give today, a family sleeps outside tonight. Give before you close this page.",
     "Si tu ne donnes pas aujourd'hui, une famille dort dehors ce soir. Donne avant de fermer cette page."),
    ("one's own link pushed with a cut",
     "This blender is a steal, get it through my link, 45% off until midnight!",
     "Ce blender est une affaire, prends-le via mon lien, -45 % jusqu'à minuit !"),
    ("an influencer's code with a deadline",
     "Code NINA10 gets you 10% off my favourite serum, valid till Sunday only!",
     "Le code NINA10 te donne -10 % sur mon sérum préféré, aujourd'hui seulement !"),
    ("a giveaway entered by tagging friends",
     "We're giving away 5 vouchers worth £100! Tag as many friends as you can, each tag = one entry, closes tonight!",
     "On offre 5 bons de 100 € ! Identifie un max d'amis, chaque identification = une participation, fin ce soir !"),
    ("money sent to be sent back multiplied",
     "Send me $200 and I'll send back $2,000 in an hour, only for 4 people today.",
     "Envoie-moi 200 € et je te renvoie 2 000 € dans l'heure, seulement pour 4 personnes aujourd'hui."),
    ("a seat in one's own team (MLM)",
     "Be your own boss from your sofa! Join my team this week, message me before the spots go.",
     "Deviens ta propre patronne depuis ton canapé ! Rejoins mon équipe cette semaine, écris-moi en MP."),
    ("the hours left as a door closing, with a cut",
     "Final call: registration closes in 2 hours, 25% off for the first ten, book now!",
     "Dernier appel : les inscriptions ferment dans 2 heures, -25 % pour les dix premiers, réservez !"),
    ("a game currency generator",
     "Free V-Bucks generator! 5,000 V-Bucks in one click, only works today: vbucks-drop.xyz",
     "Générateur de V-Bucks gratuit ! 5 000 V-Bucks en un clic, valable aujourd'hui seulement : vbucks-cadeau.xyz"),
    ("a programme opened to a few members, with a word to comment",
     "I'm opening my coaching circle to 4 new members. Comment 'IN' and I'll send the details.",
     "J'ouvre mon cercle de coaching à 4 nouveaux membres. Commente « GO » et je t'envoie tout."),
    ("a DM prize claimed before tonight",
     "Hey! The server is giving 3 months of Nitro to active members, claim yours before tonight: nitro-gift.site",
     "Salut ! Le serveur offre 3 mois de Nitro aux membres actifs, récupère le tien avant ce soir : nitro-cadeau.site"),
    ("a billing phish with the hours written as one word",
     "Your music plan payment failed. Update your card within 48h to keep your playlists: mzk-billing.net",
     "Le paiement de ton abonnement musique a échoué. Mets à jour ta carte sous 48h pour garder tes playlists : mzk-paiement.net"),
    ("a drop's pairs that never come back",
     "LIMITED DROP ⚡ only 80 pairs, restock never, link in bio",
     "DROP LIMITÉ ⚡ seulement 80 paires, jamais de réassort, lien en bio"),
    ("a guaranteed monthly return",
     "Guaranteed 12% monthly returns on our silver fund, message us on WhatsApp",
     "Rendement garanti de 12 % par mois sur notre fonds argent, écrivez-nous sur WhatsApp"),
    ("stock selling fast, in French as in English",
     "Our soaps? Selling fast, only a handful left on the shelf!",
     "Nos savons ? Ça part vite, plus qu'une poignée en rayon !"),
    ("prices that go up on a named day",
     "Order your Easter boxes, prices go up on Friday.",
     "Commandez vos boîtes de Pâques, les prix augmentent demain."),
]

# (what, English, French): neither may draw a hard-sell finding
ORDINARY_PAIRS = [
    ("a thank-you after an adoption",
     "Pepper went home today after a year at the shelter. Only you can know how much your shares helped, thank you.",
     "Pepper est partie dans sa famille aujourd'hui après un an au refuge. Merci pour vos partages, vous avez tant aidé."),
    ("a cousin bought through one's link last year",
     "My cousin signed up with my referral link last year and we both got $40, which paid for the pizza.",
     "Mon cousin s'est inscrit avec mon lien de parrainage l'an dernier, on a eu 40 € chacun, ça a payé les pizzas."),
    ("a door code and a wifi password",
     "The door code is on the fridge and the wifi password is under the router, see you Saturday.",
     "Le code de la porte est sur le frigo et le mot de passe du wifi sous la box, à samedi."),
    ("a friend tagged for a walk",
     "Tag a friend who needs this walk, we did it last Sunday and the view at the top was worth it.",
     "Identifie un ami qui a besoin de cette balade, on l'a faite dimanche et la vue en haut valait le coup."),
    ("money sent for concert tickets",
     "Sent you the $60 for the concert tickets, let me know when it lands.",
     "Je t'ai envoyé les 60 € pour les places du concert, dis-moi quand c'est arrivé."),
    ("a colleague joining one's team",
     "Priya joined my team at the library this month, come and say hello at the desk.",
     "Priya a rejoint mon équipe à la médiathèque ce mois-ci, venez lui dire bonjour à l'accueil."),
    ("an office closing for the holiday",
     "The town hall closes in 2 hours for the holiday; forms handed in after that are dealt with on Tuesday.",
     "La mairie ferme dans 2 heures pour le pont ; les dossiers déposés après seront traités mardi."),
    ("a car-share's last seat and its share of the petrol",
     "Lift to Exeter on Sunday at 7: one seat left, £6 towards petrol, first to reply gets it.",
     "Covoit pour Rennes dimanche 7 h : il me reste une place, 6 € la participation, premier qui répond la prend."),
    ("a review that says to skip a product at full price",
     "Toaster on sale at £25, fine; at the full £60, walk on by.",
     "Grille-pain soldé à 25 €, ça va ; au prix fort de 60 €, passez votre chemin."),
    ("one's own job left, told as news",
     "I left my office job last year to take over my parents' bakery, and I don't regret a thing.",
     "J'ai quitté mon CDI l'an dernier pour reprendre la boulangerie de mes parents, et je ne regrette rien."),
    ("a support reply within 48h",
     "We'll get back to you within 48h, sorry for the wait while we move offices.",
     "On vous répond sous 48h, désolés de l'attente pendant le déménagement."),
    ("a savings account's guaranteed rate",
     "The savings account has a guaranteed 3% a year, small but safe.",
     "Le livret a un rendement garanti de 3 % par an, c'est peu mais c'est sûr."),
    ("someone who leaves fast",
     "My daughter leaves fast on Fridays, always late for the bus, so pack her bag the night before.",
     "Ma fille part vite le vendredi, toujours en retard pour le bus, donc prépare son sac la veille."),
    ("prices that go up, told as news",
     "The council says prices go up for everyone this year, the roadworks cost more than planned.",
     "La mairie dit que les prix augmentent pour tout le monde cette année, les travaux coûtent plus cher que prévu."),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("one's own version posted under someone else's post",
     "Love it! I just posted a video of my own version of this dish, link in my bio if you want to see my take.",
     "J'adore ! Je viens de poster une vidéo de ma version de ce plat, lien dans ma bio si tu veux voir ma recette."),
    ("the thread hijacked to offer one's services",
     "Sorry to hijack, but I'm a piano tuner in town, DM me if you need one before the concert!",
     "Désolé de squatter, mais je suis accordeur de piano en ville, écris-moi si tu cherches quelqu'un avant le concert !"),
    ("a chance asked for one's own videos",
     "Hey all, small channel here, it would mean a lot if you gave my videos a chance",
     "Coucou, petite chaîne ici, donnez une chance à mes vidéos svp"),
    ("one's own film sent to be watched",
     "Please watch my short film, we shot it over three summers: vimeo.com/abc",
     "Regardez mon court-métrage svp, on l'a tourné en trois étés : vimeo.com/abc"),
    ("one's own handmade things, prices in private",
     "Made these myself, DM me for prices",
     "Je les fais à la main, MP moi pour les prix"),
]

# (what, English, French): neither may draw self-promotion
ORDINARY_PROMO_PAIRS = [
    ("a question asked in a hijacked thread",
     "Sorry to hijack the thread, but does anyone know a piano tuner in town who comes on weekends?",
     "Désolé de squatter le fil, mais quelqu'un connaît un accordeur de piano en ville qui passe le week-end ?"),
    ("one's own try of the poster's dish",
     "Love it! I cooked your dish on Sunday with lentils instead, it was even better the next day.",
     "J'adore ! J'ai fait ton plat dimanche avec des lentilles, c'était encore meilleur le lendemain."),
    ("a chance given to an old thing of one's own",
     "I gave my old laptop a chance after the new battery and it runs fine.",
     "J'ai donné une chance à mon vieil ordi après la nouvelle batterie et il marche bien."),
    ("someone watched over, a relative's film",
     "Please watch my bag for a minute? My cousin's film is on at the local cinema, go if you can.",
     "Regardez ma fille sur la photo ! Le film de ma cousine passe au cinéma du quartier, allez-y si vous pouvez."),
]


@pytest.mark.parametrize(("what", "en", "fr"), PUSHY_PAIRS, ids=[p[0] for p in PUSHY_PAIRS])
def test_a_pushy_shape_draws_hard_sell_in_both_languages(what, en, fr):
    fires(en, "en", HARD_SELL)
    fires(fr, "fr", HARD_SELL)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PAIRS, ids=[p[0] for p in ORDINARY_PAIRS])
def test_its_ordinary_twin_stays_quiet_on_hard_sell_in_both_languages(what, en, fr):
    quiet(en, "en", HARD_SELL)
    quiet(fr, "fr", HARD_SELL)


@pytest.mark.parametrize(("what", "en", "fr"), PROMO_PAIRS, ids=[p[0] for p in PROMO_PAIRS])
def test_a_plug_under_someone_elses_post_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", SELF_PROMO)
    fires(fr, "fr", SELF_PROMO)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PROMO_PAIRS, ids=[p[0] for p in ORDINARY_PROMO_PAIRS])
def test_an_ordinary_comment_stays_quiet_on_self_promotion_in_both_languages(what, en, fr):
    quiet(en, "en", "self-promotion.")
    quiet(fr, "fr", "self-promotion.")
