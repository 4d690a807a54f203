"""Recall round 52 (issue 11, session 35): the SMS promotions, scarcity ad copy and self-promotional comments strangers
write, in kinds the earlier rounds had not read, in both languages. Each case stands beside an ordinary twin that shares
its words.

What must hold, each case stated side by side in English and in French:
- hard-sell.pushy: a launch's doors said to close on a day without "on", or the doors of a named membership; a French
  share off said as « 20 % de remise »; a draw entered by a reply keyword for a voucher named by its shop and sum, closing
  tonight; a payday advance granted with the link to tap; a course's cohort closing on a named day; a phone upgrade
  promised free to a stranger.
- their ordinary twins stay quiet on hard-sell.pushy: a venue's doors closing at an hour, a museum's doors closing for
  works, a customer's own discount told, a raffle's voucher won, one's own advance asked of the boss, a
  volunteers' cohort finished, one's own contract's phone upgrade told.
- self-promotion: one's own thing pitched to those who liked the post ("you'll love my …"), one's own streams told by
  their schedule with the invitation to drop in, a streamer's goal (affiliate) with a follow asked, one's YouTube in chat
  spelling ("my yt"), one's own playlist to follow on Spotify, a swap of follows offered, one's prices by private
  message; one's own songs asked to be heard with a promise, one's own parody with the ask to watch it, a first vlog
  with the self-promotion excused, a count of subscribers aimed at, videos just begun with a chance asked.
  A grandmother's recipe, a brother's streams, a friend's affiliate reached, YouTube watched, playlists followed, a
  customer asking a painter's prices, an album recommended, someone else's parody, a count reached and thanked for, and
  a new job begun stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import bilingual, fires, quiet

PUSHY = "hard-sell.pushy"
PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw hard-sell.pushy
PUSHY_PAIRS = [
    ("a launch's doors closing on a day named without 'on'",
     "Doors close Thursday at midnight. Enrol now and get the bonus module",
     "Les portes de l'académie ferment jeudi à minuit. Inscris-toi maintenant et reçois le module bonus"),
    ("the doors of a named membership closing on a day",
     "Doors to the mastermind close Sunday. Grab your seat",
     "Les portes du mastermind ferment dimanche. Réservez votre place"),
    ("a share off the whole site on its last day, with a code",
     "Final day: free delivery and 20% off everything, code FINAL20",
     "Dernier jour : livraison offerte et 20 % de remise sur tout, code FINAL20"),
    ("a draw entered by a reply keyword for a voucher named by its shop, closing tonight",
     "Reply WIN to enter the draw for a £100 Amazon voucher, closes 8pm tonight",
     "Réponds GAGNE pour participer au tirage d'un bon Amazon de 100 €, clôture ce soir 20 h"),
    ("a payday advance granted to a stranger, with the link to tap",
     "Payday advance approved: £300 in your account today, tap the link to accept: quickpay-adv.co",
     "Avance sur salaire accordée : 300 € sur votre compte aujourd'hui, touchez le lien pour valider : avance-rapide.fr"),
    ("a course's cohort closing on a named day, with the application asked now",
     "Cohort 5 closes Friday. Apply now, the next intake is in spring",
     "La promo 5 ferme vendredi. Candidatez maintenant, prochaine rentrée au printemps"),
    ("a phone upgrade promised free to a stranger, with a number to call",
     "Had your mobile 11 months or more? U r entitled to a new camera phone for free! Call the upgrade line on 0800 123 4567",
     "Vous avez votre mobile depuis 11 mois ? Vous avez droit à un nouveau smartphone gratuit ! Appelez le 0800 12 34 56"),
]

# (what, English, French): neither may draw hard-sell.pushy
ORDINARY_PAIRS = [
    ("a venue's doors closing at an hour",
     "Doors close at 10pm on Thursday, the last band starts at 9:15",
     "Les portes ferment à 22 h jeudi, le dernier groupe joue à 21 h 15"),
    ("a museum's doors closing for works on a day",
     "The doors of the museum close Thursday for the refit, the café stays open",
     "Les portes du musée ferment jeudi pour travaux, le café reste ouvert"),
    ("a customer's own discount told",
     "I got 20% off my bill after calling them, worth asking",
     "J'ai eu 20 % de remise sur ma facture en les appelant, ça vaut le coup de demander"),
    ("a raffle's voucher won",
     "I won a £50 voucher in the school raffle, thanks to whoever organised it",
     "J'ai gagné un bon de 50 € à la tombola de l'école, merci aux organisateurs"),
    ("one's own advance asked of the boss",
     "Asked my boss for a payday advance to cover the car repair, she said yes",
     "J'ai demandé une avance sur salaire à ma patronne pour la réparation de la voiture, elle a dit oui"),
    ("a volunteers' cohort finished",
     "Cohort 5 of our volunteer training finished on Friday, well done all",
     "La promo 5 de notre formation de bénévoles s'est terminée vendredi, bravo à tous"),
    ("one's own contract's phone upgrade told",
     "My contract says I'm entitled to a new phone every two years, so I'm getting one in May",
     "Mon contrat dit que j'ai droit à un nouveau portable tous les deux ans, je le prends en mai"),
]

# (what, English, French): both must draw a self-promotion or give-first finding
PROMO_PAIRS = [
    ("one's own mixtape pitched to those who liked the post",
     "if u like this u'll love my mixtape, link in bio",
     "si t'aimes ça tu vas kiffer ma mixtape, lien dans ma bio"),
    ("one's own streams told by their schedule, with the invitation to drop in",
     "i stream every tuesday at 9, come say hi at twitch/beanplays",
     "je stream tous les mardis à 21 h, venez dire coucou sur twitch/beanplays"),
    ("a streamer's goal with a follow asked",
     "new streamer here, trying to hit affiliate, would really appreciate a follow",
     "nouvelle streameuse ici, on vise l'affiliation, un abonnement me ferait plaisir"),
    ("one's YouTube in chat spelling",
     "more clips like this on my yt, i upload daily",
     "d'autres clips comme ça sur mon yt, je poste tous les jours"),
    ("one's own playlist to follow on Spotify",
     "made a playlist of 150 songs like this, follow it on spotify: 'rainy mornings'",
     "j'ai fait une playlist de 150 sons comme ça, abonnez-vous sur spotify : « matins de pluie »"),
    ("a swap of follows offered",
     "anyone wanna sub for sub? i'm at 940",
     "qui veut faire abo pour abo ? je suis à 940"),
    ("one's own portraits with prices by private message",
     "I paint pet portraits like this, DM for prices",
     "Je peins des portraits d'animaux comme ça, MP pour les tarifs"),
    ("one's own songs asked to be heard, with a promise",
     "I'm 16 and I make beats, please listen to my stuff, you won't be disappointed",
     "J'ai 16 ans et je fais des instrus, écoutez mes sons svp, vous serez pas déçus"),
    ("one's own parody of the song commented on, with the ask to watch it",
     "my brother and I made a parody of this song, please go watch it",
     "avec mon frère on a fait une parodie de cette chanson, allez la voir svp"),
    ("one's own first vlog, the self-promotion excused, feedback asked",
     "sorry for the self promo but i just uploaded my first vlog, would love some feedback",
     "désolée pour l'autopromo mais je viens de poster mon premier vlog, vos avis m'intéressent"),
    ("a count of subscribers aimed at",
     "trying to reach 300 subs by Friday, every sub counts",
     "j'essaie d'atteindre 300 abonnés d'ici vendredi, chaque abonné compte"),
    ("videos just begun, a chance asked",
     "just started making videos, please give me a chance",
     "je viens de commencer les vidéos, laissez-moi une chance"),
]

# (what, English, French): neither may draw a self-promotion or give-first finding
PROMO_QUIET = [
    ("a grandmother's recipe recommended",
     "If you liked this you'll love my nan's version, she adds cinnamon",
     "Si t'aimes ça tu vas adorer la version de ma grand-mère, elle ajoute de la cannelle"),
    ("a brother's streams told",
     "My brother streams every Tuesday on Twitch, he's so good at chess",
     "Mon frère stream tous les mardis sur Twitch, il est trop fort aux échecs"),
    ("a friend's affiliate reached",
     "Congrats to Mia who just made Twitch affiliate, so proud of her",
     "Bravo à Mia qui vient de passer affiliée Twitch, trop fière d'elle"),
    ("YouTube watched at night",
     "I watch yt every night before bed, mostly cooking videos",
     "Je regarde yt tous les soirs avant de dormir, surtout des vidéos de cuisine"),
    ("playlists followed",
     "I follow a couple of rainy-day playlists on Spotify, any favourites?",
     "Je suis quelques playlists de pluie sur Spotify, vous avez des préférées ?"),
    ("a customer asking a painter's prices",
     "How much do you charge for pet portraits? Could you send me your prices?",
     "Combien coûtent vos portraits d'animaux ? Vous pouvez m'envoyer vos tarifs en MP ?"),
    ("an album recommended",
     "Listen to this album on a long drive, you won't be disappointed",
     "Écoutez cet album sur un long trajet, vous serez pas déçus"),
    ("someone else's parody praised",
     "Someone made a parody of this song years ago and it's still funnier than the original",
     "Quelqu'un a fait une parodie de cette chanson il y a des années, encore plus drôle que l'originale"),
    ("a count of subscribers reached and thanked for",
     "We just passed 300 subscribers, thank you all",
     "On vient de passer les 300 abonnés, merci à vous"),
    ("a new job begun",
     "Just started a new job at the library, wish me luck",
     "Je viens de commencer un nouveau boulot à la médiathèque, souhaitez-moi bonne chance"),
]


@pytest.mark.parametrize(("text", "lang"), bilingual(PUSHY_PAIRS))
def test_pushy_kind_draws_hard_sell(text, lang):
    fires(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(ORDINARY_PAIRS))
def test_ordinary_twin_stays_quiet(text, lang):
    quiet(text, lang, PUSHY)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_PAIRS))
def test_self_promotion_kind_draws_a_plug(text, lang):
    fires(text, lang, PROMO)


@pytest.mark.parametrize(("text", "lang"), bilingual(PROMO_QUIET))
def test_ordinary_comment_stays_quiet(text, lang):
    quiet(text, lang, PROMO)
