"""hard-sell.pushy, round twenty (issue 11, recall on real text): kinds of spam and scam text found, each as a pair.

CAUGHT, in both languages: a pill or a dating site that promises something to the reader's body or love life
(body-promise beside pharma-adult: "faking her orgasm", "married but lonely", « des érections plus fermes »); a
growth-hormone or slimming pitch with a second promise and a call to buy ("years younger", "without exercise",
« ans de moins », « vu à la télé »); a success motto aimed at a get-rich account ("failure is a better teacher ...
@earnwith..."); praise of a get-rich account as a genius or a helper; an advertisement that says so ("this is an
advertisement", « ceci est une publicité »); a dating site's "safe way to contact me" beside its link; an offer
that ends, in French inflections and chat spelling (« l'offre prend fin », « inscris-toi »); the last few tables
of a dinner; earnings promised by the day or the week in chat spelling ("make 2k a week", « 500 balles par
semaine »).
QUIET: the same words in ordinary text: a physio's remark on muscle mass, a dietitian's on weight loss, a study
on belly fat, a therapist's advice on one's sex life, a doctor's word on side effects, a coach's motto next to a
runner's handle, a fan's congratulations to a finance channel, an advice column with no pill, a news story on a
hormone study's end, a friend called a genius, a husband out of town, company asked for, a festival or a show
that ends soon, the last crêpes, the last chairs of a hall, days left to register to vote, seats in a car, a
summer job's weekly pay, a club's newsletter that says how to stop receiving it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

RULE = "hard-sell.pushy"

CAUGHT = [
    # a pill or a dating site with a promise to the reader's body or love life
    ("en", "Tired of faking her orgasm? Our herbal pills give you stronger erections in minutes."),
    ("en", "Married but lonely? Meet hot singles near you."),
    ("en", "Make her scream tonight with the little blue pills."),
    ("en", "Size does matter: our enlargement formula adds real results."),
    ("fr", "Marre de simuler ? Nos pilules pour des érections plus fermes, livraison discrète."),
    ("fr", "Mariée mais seule ? Des femmes coquines vous attendent ce soir."),
    ("fr", "Nos comprimés pour faire durer le plaisir, des heures de virilité retrouvée."),
    # a growth-hormone or slimming pitch with a second promise
    ("en", "HGH spray: look ten years younger and build lean muscle while you sleep. Order today!"),
    ("en", "Lose weight without exercise, as seen on TV!"),
    ("en", "Our growth hormone formula reverses the ravages of aging, regardless of your age: order now."),
    ("fr", "Hormone de croissance : paraissez dix ans de moins et gagnez de la masse musculaire pendant votre sommeil. Commandez vite !"),
    ("fr", "Perdez du poids sans régime, vu à la télé !"),
    # a success motto aimed at a get-rich account
    ("en", "Failure is a better teacher than success, never give up 💯 @earnwithkayla_"),
    ("en", "Believe in the process, hard work and dedication pay @tradewith_nina"),
    ("fr", "L'échec est un meilleur professeur que le succès, n'abandonnez jamais 💯 @argent_avec_lea_"),
    # a get-rich account praised as a genius or a helper
    ("en", "She is a genius when it comes to helping people @wealthwith_rosa"),
    ("fr", "Elle est un génie quand il s'agit d'aider les gens @richesse_avec_rosa"),
    # an advertisement that says so, a dating site's "safe way to contact me" beside its link
    ("en", "This is an advertisement. Cheap ink cartridges at inkdeals.example.com, to stop receiving these emails reply REMOVE."),
    ("fr", "Ceci est une publicité : cartouches d'encre à prix cassés sur encre-promo.example.com"),
    ("en", "My husband is away and I'm bored, safe way to contact me: meetme-now.example.com"),
    ("fr", "Je m'ennuie ce soir, un moyen sûr de me contacter : rencontre-discrete.example.com"),
    # an offer that ends soon (French inflections, chat spelling), the last few tables
    ("fr", "Inscris-toi vite, l'offre prend fin bientôt : trois mois à 1 € !"),
    ("fr", "Vente privée : l'offre s'arrête ce soir, -40 % sur tout, commande vite 🔥"),
    ("en", "Book now, only a few tables left for the tasting menu!"),
    # earnings promised by the day or the week, in chat spelling and with the currency after the amount
    ("en", "u can make 2k a week frm home, msg me 4 info"),
    ("en", "make 500$ a day from your phone, dm me"),
    ("fr", "slt jte fais gagner 500 balles par semaine, contacte moi en mp"),
    ("fr", "Réservez maintenant, plus que 4 chambres disponibles pour le week-end au spa !"),
]

QUIET = [
    ("en", "My physio says lean muscle mass matters more than weight at my age."),
    ("fr", "Ma kiné dit que la masse musculaire compte plus que le poids à mon âge."),
    ("en", "Weight loss can cost you muscle mass, so eat enough protein."),
    ("fr", "La perte de poids fait fondre la masse musculaire si on ne mange pas assez de protéines."),
    ("en", "Belly fat is linked to heart disease regardless of your age, the study found."),
    ("en", "A better sex life starts with talking: satisfy your partner by listening, says the therapist."),
    ("fr", "L'alcool réduit la puissance sexuelle et nuit à la vie sexuelle, préviennent les médecins."),
    ("en", "The doctor said the pills have no side effects for most people."),
    ("fr", "Le médecin dit que ces comprimés sont sans effets secondaires pour la plupart des gens."),
    ("en", "Failure is a better teacher than success, my coach always says. @daniel_runs"),
    ("fr", "L'échec est un meilleur professeur que le succès, dit toujours mon entraîneur. @daniel_court"),
    ("en", "Success is a habit: congrats @financewithsharan on 1M subs!"),
    ("en", "Talk to your partner, a better lover listens first, says our agony aunt."),
    ("fr", "Parlez à votre partenaire : un meilleur amant écoute d'abord, dit notre courrier du cœur."),
    ("en", "Grandma says gardening keeps her years younger than her friends."),
    ("fr", "Mamie dit que le jardinage lui donne dix ans de moins."),
    ("en", "My nephew is a genius when it comes to helping people fix their bikes."),
    ("fr", "Mon neveu est un génie quand il s'agit d'aider les gens à réparer leurs vélos."),
    ("en", "My husband is out of town this week, so book club is at Sarah's."),
    ("fr", "Mon mari est en déplacement cette semaine, le club de lecture se fera chez Sarah."),
    ("en", "Come keep me some company at the allotment this afternoon, I'll bring tea."),
    ("fr", "Viens me tenir compagnie ce soir, je fais des crêpes."),
    ("fr", "Le festival se termine bientôt, on y retourne samedi avec les enfants ?"),
    ("fr", "L'expo se termine bientôt, viens la voir avec nous dimanche !"),
    ("fr", "Viens manger avant qu'il y en ait plus, ton frère arrive !"),
    ("en", "Only a few chairs left in the hall, so bring a folding stool."),
    ("en", "Club news: the AGM is on 3 May at the hall. To stop receiving these emails, reply STOP."),
    ("fr", "Nouvelles du club : l'AG a lieu le 3 mai à la salle. Pour ne plus recevoir ces e-mails, répondez STOP."),
    ("en", "I make 500$ a week at the warehouse, not bad for a summer job."),
    ("fr", "Mon frère gagne 500 balles par semaine au marché, pas mal pour un job d'été."),
    ("en", "Only three days left to register to vote in the council election"),
    ("fr", "Il reste plus que deux places disponibles dans la voiture pour la sortie de dimanche, qui vient ?"),
]


@pytest.mark.parametrize(("lang", "text"), CAUGHT)
def test_pushy_kind_is_found(lang: str, text: str) -> None:
    fires(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), QUIET)
def test_ordinary_twin_stays_quiet(lang: str, text: str) -> None:
    quiet(text, lang, RULE)
