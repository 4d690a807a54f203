"""Precision on kinds earlier breadth sets lacked, round 46 (issue 11, session 28): family and class-parents chats, a
Reddit answer that names someone else's shop, an owner's rental listing, recipe blogs, podcast notes, a nonprofit's
impact report, store release notes, "open to work" posts, conference recaps, a club's match thread, train disruption
notices, a shop closed for its holidays, an outage apology, homework reminders, and the lead's leftovers.

What must hold, each case a pair (the ordinary draft is quiet on the rules named, its twin still draws them):
- A practice's reminder to one patient ("a reminder of your check-up", « rappel de votre dentiste », « votre contrôle
  annuel ») with the opt-out a text message must carry ("Reply STOP to …", « STOP au 36… ») is a notice, not a promotion;
  the practice's own whitening offer with the same STOP still adds up.
- A warranty told with its length before the noun (« 6 mois de garantie », "six months' warranty") is a fact about a
  product, as « garantie de 6 mois » was; « satisfait ou remboursé » still counts.
- « en rab », « du rab » (spare, left over) is no « rabais ».
- A job seeker's post ("#OpenToWork", « je cherche mon premier poste ») speaks of themselves by nature: no reader-focus
  warning, even when they name « ma formation » (the course they took, not one they sell).
- A reply that takes a side on someone else's point ("I disagree on the third point: in my salon …", « je ne suis pas
  d'accord sur … ») is a person arguing from experience (@personal), not a brand's post owed to its reader.
- Batch 2: a practice asking one patient to confirm ("Reply Y to confirm") sends no word for a prize; someone who names a
  shop they do not run and says so ("Not affiliated", « aucun lien ») passes on a tip; an owner's calendar ("now booked",
  "a few free nights") is no hurry, no free offer and no services for hire; a box office opening next year (« la
  billetterie ouvre en février ») is tickets on sale, as in English; a podcast's « Écrivez-nous » to its listeners offers no
  service (the English list never held "write to us").
Each ordinary draft drew its rule on main before this round (main `4f4a4175`) but four, already quiet there, which pin the
same kind in the other language: the English warranty, job seeker and reply, and the French forum answer.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import Rules, fires, numbered, quiet

PUSHY = "hard-sell.pushy"
HARD_SELL = "hard-sell."
GIFT = "give-first.promote-the-gift"
FOCUS = "relevance.reader-focus"
PLUG = "self-promotion.plug"
ANNOUNCE = "self-promotion.announcement"
TALK = "relevance.talk-to-the-reader"

# (language, rules, ordinary draft that must stay quiet, twin that must still draw one of the rules)
PAIRS = [
    # a practice's reminder to one patient with its STOP opt-out; the practice's own offer with the same opt-out
    ("en", PUSHY,
     "Hello Mr Evans, a reminder of your appointment at Castle Street Dental on Mon 3 March at 14:20. If you need to move it, call 01632 960 555. Reply STOP to 60233 to end reminders",
     "Castle Street Dental: teeth whitening HALF PRICE this week only! Book now, slots are running out fast. Call 01632 960 555. Reply STOP to 60233 to opt out"),
    ("fr", PUSHY,
     "Rappel de votre orthodontiste : le contrôle de Lucas est à prévoir ce mois-ci. Appelez le 04 78 00 12 34 pour prendre rendez-vous. STOP au 36180.",
     "Cabinet des Tilleuls : blanchiment dentaire à -50 % cette semaine seulement ! Réservez vite, il reste peu de créneaux. Appelez le 04 78 00 12 34. STOP au 36180"),
    # a warranty with its length before the noun, in a second-hand find; a shop's pushed guarantee
    ("fr", PUSHY,
     "Pour un lave-linge pas cher, regardez les reconditionnés de l'Atelier Lessive : le mien 160 € avec 12 mois de garantie. Lien : atelierlessive.example.fr. Aucun lien avec eux",
     "Lave-linge reconditionnés à -40 % ! Satisfait ou remboursé, 100 % garanti, commandez vite sur atelierlessive.example.fr, stock limité !"),
    ("en", PUSHY,
     "For a cheap washing machine look at the refurbished ones at Suds Workshop: mine was £160 with twelve months' warranty. Link: sudsworkshop.example.com. No connection to them",
     "Refurbished washing machines 40% off! Money-back guarantee, 100% guaranteed, order fast at sudsworkshop.example.com, limited stock!"),
    # « en rab » (spare); a shop's « rabais »
    ("fr", GIFT,
     "Qqn a des gants de ski en taille 6 ans en rab ? Ceux de Jade ont disparu à la sortie. Je peux les payer ou vous donner une écharpe en échange",
     "Gros rabais sur nos gants de ski cette semaine, profitez-en vite en boutique !"),
    # a job seeker's post, with the course they took; a trainer selling their own course
    ("fr", FOCUS,
     "Je suis #OpenToWork : j'ai fini ma formation de développeuse en juin, mon stage s'est bien passé et je cherche mon premier poste à Nantes. Merci pour vos partages",
     "Ma formation est enfin en ligne ! Mon programme, mes méthodes, mon accompagnement : je vous ai préparé ma meilleure formation, mon bonus et mes modèles."),
    ("en", FOCUS,
     "I'm #OpenToWork: I finished my developer bootcamp in June, my internship went well and I'm looking for my first role in Leeds. I'd love any leads",
     "My new book is out. I wrote it over three years, my editor helped me, and I am proud of my work and my readers."),
    # from the round's sample of findings (seed 4601): a reply that takes a side on someone's point, from one's own shop
    # (the English line was already quiet on main, it pins the same kind);
    # the shop's own post
    ("fr", (TALK, FOCUS),
     "Bon fil. Je ne suis pas d'accord avec le point deux : dans ma boutique, les habitués qui râlent sont souvent les plus fidèles.",
     "Notre salon de coiffure fête ses dix ans : notre équipe, nos soins et notre nouvelle carte vous attendent en boutique."),
    ("en", (TALK, FOCUS),
     "Good thread. I disagree with point two: in my shop, the regulars who grumble are usually the loyal ones.",
     "Our hair salon turns ten: our team, our treatments and our new menu are waiting for you in store."),
    # batch 2: a practice asking one patient to confirm ("Reply Y to confirm", « Répondez OUI pour confirmer »); a prize claim
    ("en", PUSHY,
     "Bright Teeth: your hygienist appointment is Fri 7 March at 11:40. Reply Y to confirm or call 01632 960 404 to rebook. Txt STOP to 60123 to opt out",
     "Bright Teeth: you have WON a free whitening worth £300! Reply YES to claim now, offer ends tonight. Txt STOP to 60123 to opt out"),
    ("fr", PUSHY,
     "Cabinet des Dunes : votre rendez-vous chez l'hygiéniste est vendredi 7 mars à 11 h 40. Répondez OUI pour confirmer ou appelez le 02 97 00 40 40 pour le déplacer. STOP au 36123",
     "Cabinet des Dunes : vous avez GAGNÉ un blanchiment d'une valeur de 300 € ! Répondez OUI pour le réclamer maintenant, offre valable ce soir seulement. STOP au 36123"),
    # a forum answer naming a shop the writer does not run; a shill's disclaimer
    ("en", PUSHY,
     "Best price I found was at Millward Paints, £22 for 5L of the trade white, and they do 10% off on Mondays for students. Not affiliated, it's just my local",
     "Not affiliated, but this paint app made me £3,000 last month. DM me NOW for the link, only 5 spots left!"),
    ("fr", PUSHY,
     "Le meilleur prix que j'ai trouvé, c'est chez Peintures Millet, 22 € les 5 L de blanc, et ils font -10 % le lundi pour les étudiants. Aucun lien, c'est juste mon magasin du coin",
     "Aucun lien, mais cette appli m'a fait gagner 3 000 € le mois dernier. Écris-moi VITE pour le lien, plus que 5 places !"),
    # an owner's calendar: a month booked, a few nights free; an owner's pushed last weeks
    ("en", (PUSHY, PLUG),
     "Quick update: the barn is now booked for all of June, sorry! Still a few free nights in mid July, £110 a night as before, message me here for dates",
     "LAST FEW WEEKS LEFT this summer! Book today and get 20% off, offer ends at midnight, message me now before they're gone!"),
    # a box office opening for next year after a recap; a seller's ticket push
    ("fr", PUSHY,
     "Merci à nos 25 intervenants et aux 600 participants ! Les vidéos seront gratuites sur notre site d'ici quinze jours, et la billetterie de l'an prochain ouvre en février",
     "Billets à -50 % AUJOURD'HUI SEULEMENT sur notre site ! Plus que 20 places, réservez vite avant minuit !"),
    # a podcast inviting its listeners' questions (« Écrivez-nous »); a studio selling its services
    ("fr", ANNOUNCE,
     "L'épisode 20 est en ligne ! On parle vélo-cargo avec Paul Serre, livreur à Nantes. Une question pour le prochain ? Écrivez-nous à allo@lepodcastroule.example",
     "Notre studio est en ligne ! Montage, mixage, jingles : nous proposons nos services aux podcasteurs, devis gratuit, contactez-nous."),
]


@pytest.mark.parametrize(("lang", "rules", "ordinary", "twin"), PAIRS, ids=numbered(PAIRS))
def test_ordinary_is_quiet_and_its_twin_still_fires(lang: str, rules: Rules, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rules)
    fires(twin, lang, rules)
