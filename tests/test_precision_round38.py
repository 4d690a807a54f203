"""Precision on ordinary English and French posts, round 38 (issue 11): breadth of genres.

What must hold, each case a pair (the ordinary draft is quiet on the rule, its pushy twin still draws it):
- Someone else's sale mocked is no sale (@joke-sale): a deal denied in the same breath ("not really a deal",
  « pas vraiment une affaire »), a shop's words reported without quote marks ("every email from that shop says
  FINAL HOURS", « chaque mail dit DERNIÈRES HEURES »), a deadline mocked as repeated ("every day since March").
- A gift tied to every order or to a spend is bait (hard-sell.pushy `gift-with-purchase`: "free tote bag with
  every rug", « un tote bag offert pour tout tapis »); a shop's free delivery over a threshold is its policy.
- A buyer's review opening on its participle ("Bought the cheapest kettle", « Acheté le grille-pain le moins cher »)
  tells a purchase; a sale's signs and labels named in a note to the staff sell nothing.
- A shop's or a warehouse's note to its own team (@workplace: overtime, the rota, « salle de pause », « heures sup »)
  owes no urgency and no give-first; a relative's launch passed on (`kin-work`) and an employer's job advert
  (`job-ad`) are no plug nor announcement of the writer's own.
- A sign's capitals reported as someone else's sign are no shouted sale (hard-sell.shouting `sign-named`); a sports
  school's registration is a club's (@pushy-community); a pitch quoted after the elided « l' » is reported
  (@reported-pitch); a provider's notice of the customer's own contract ending is no countdown
  (hard-sell.time-pressure `own-contract`); a firm accused over its selling words is news (@headline).
- Batch 3, spam's ordinary twins: a mail system's bounce (`bounce-notice`, given back beside a link), a sign-in notice
  the customer may ignore (@customer-notice), a one-time code not to share and a council's own service (urgency's
  gate), a customer weighing a loan who asks others (@pushy-help-ask).
- French recall: « agissez maintenant », « en commandant aujourd'hui », « quand il n'y en aura plus » push as their
  English twins do.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from tests.review_helpers import fired, fires, quiet

PUSHY = "hard-sell.pushy"
URGENCY = "hard-sell.urgency"
SHOUTING = "hard-sell.shouting"
HARD_SELL = "hard-sell."
GIVE_FIRST = "give-first."
SELF_PROMO = "self-promotion."

PAIRS = [
    # a shop's words reported unquoted, its deadline mocked as repeated; the shop's own countdown
    (HARD_SELL, "en", "Funny how every email from that furniture shop says FINAL HOURS. It's been the final hours every day since March.",
     "FINAL HOURS! Every sofa 50% off, order now before midnight!"),
    (HARD_SELL, "fr", "Drôle, chaque mail de ce magasin de meubles dit DERNIÈRE CHANCE. C'est la dernière chance tous les jours depuis mars.",
     "DERNIÈRE CHANCE ! Tous les canapés à -50 %, commandez avant minuit !"),
    # a deal denied in the same breath; the deal sold
    (PUSHY, "en", "The gym's spring offer is 40% off a joining fee they invented, sign up by Sunday... not really a deal.",
     "Spring offer: 40% off the joining fee, sign up by Sunday, don't miss out!"),
    (HARD_SELL, "fr", "L'offre de printemps de la salle : -40 % sur des frais qu'ils ont inventés, inscription avant dimanche… pas vraiment une affaire.",
     "Offre de printemps : -40 % sur les frais d'inscription, inscrivez-vous avant dimanche, ne ratez pas ça !"),
    # the shop's free delivery stays quiet (it was); the gift tied to every order with a code is the bait main missed
    (PUSHY, "en", "Free delivery with every order over £40, as always. New seed catalogue out next week.",
     "Use our promo code RUGS15 at checkout and get a free tote bag with every rug"),
    (PUSHY, "fr", "Livraison offerte pour toute commande de plus de 40 €, comme toujours. Le nouveau catalogue sort la semaine prochaine.",
     "Utilisez notre code promo TAPIS10 et recevez un tote bag offert pour tout tapis acheté"),
    # a buyer's review opening on its participle; the seller's superlative
    (PUSHY, "en", "Bought the cheapest kettle in the shop, it leaks. Two stars.",
     "The cheapest kettle on the market! Buy now, limited stock, 30% off today only!"),
    (PUSHY, "fr", "Acheté le grille-pain le moins cher du rayon, il brûle un côté sur deux. Deux étoiles.",
     "Le grille-pain le moins cher du marché ! Achetez maintenant, stock limité, -30 % aujourd'hui seulement !"),
    # a sale's signs named to the staff; the sale itself
    (PUSHY, "fr", "Pour l'équipe : la livraison arrive à 7 h lundi. Les affiches de soldes pour les vélos sont chez Marc, on les pose dimanche soir.",
     "Soldes sur tout le rayon jardin ce week-end, -50 %, foncez, commandez aujourd'hui !"),
    # a team's overtime and rota; a shop's stock
    (URGENCY, "en", "Well done team, record week in the warehouse. Overtime shifts for Saturday are on the board, first come first served.",
     "Only 5 sofas left at this price, first come first served, order now!"),
    (URGENCY, "fr", "Bravo l'équipe, semaine record à l'entrepôt. Les heures sup de samedi sont au tableau, premier arrivé premier servi.",
     "Plus que 5 canapés à ce prix, premier arrivé premier servi, commandez vite !"),
    (URGENCY, "en", "The new rota is up in the office. Swap shifts between you if you need to; first come first served on the Boxing Day early finishes.",
     "Boxing Day deals are up: first come first served, only 10 TVs at this price, shop now!"),
    (GIVE_FIRST, "fr", "Info équipe : formation aux nouvelles caisses samedi à 9 h, vingt minutes. Inscrivez-vous sur la feuille près de la salle de pause.",
     "Notre formation en ligne est enfin là : inscrivez-vous dès maintenant !"),
    # a relative's launch passed on; the writer's own
    (SELF_PROMO, "en", "My brother just launched his podcast about old railway lines, go listen, he's worked so hard on it",
     "I just launched my podcast about old railway lines, go listen and subscribe!"),
    (SELF_PROMO, "en", "My sister just started her pottery channel, go have a look, I'm so proud of her",
     "I just started my pottery channel, go have a look and subscribe!"),
    # an employer's job advert; a creator's collab ask
    (SELF_PROMO, "en", "Hiring: line cook for a small bistro, no split shifts, two days off together. Message me if interested.",
     "Check out my cooking channel, new video every week! Message me if interested in a collab."),
    (SELF_PROMO, "fr", "On recrute un commis de cuisine pour un petit bistrot, sans coupure, deux jours de repos consécutifs. Écrivez-moi si intéressé.",
     "Abonnez-vous à ma chaîne de cuisine, une vidéo par semaine ! Écrivez-moi si intéressé pour une collab."),
    # a sign's capitals reported; a sale shouted
    (SHOUTING, "en", "lol the shop near my office has had a CLOSING DOWN SALE sign up for three years now",
     "CLOSING DOWN SALE, EVERYTHING MUST GO, 70% OFF TODAY, BUY NOW!"),
    (SHOUTING, "fr", "mdr la boutique en bas de chez moi a une affiche LIQUIDATION TOTALE depuis trois ans",
     "LIQUIDATION TOTALE, TOUT DOIT DISPARAÎTRE, -70 % AUJOURD'HUI, FONCEZ !"),
    # a sports school's registration; a paid coaching pitch
    (HARD_SELL, "fr", "Inscriptions ouvertes à l'école de rugby : 80 € la saison, licence comprise. Il reste 10 places chez les moins de 10 ans.",
     "Coaching rugby premium : seulement 80 €, il reste 10 places, réservez vite aujourd'hui !"),
    (HARD_SELL, "en", "Junior rugby registration is open: £70 for the season, kit included. Only 10 places left in the under-10s.",
     "Premium rugby coaching: just £70, only 10 places left, book now before they're gone!"),
    # a pitch quoted after « l' »; the pitch itself
    (HARD_SELL, "fr", "L'« offre limitée » de cette marque, c'est la même crème depuis dix ans, juste plus chère à 39 €.",
     "Offre limitée : notre crème à 39 €, plus que quelques pots, commandez vite !"),
    # the customer's own contract ending; an offer's countdown
    (HARD_SELL, "fr", "Votre forfait mobile se termine le 30 juin. Ensuite, il passera à 15 € par mois. Vous pouvez comparer nos forfaits dans votre espace client.",
     "Notre forfait à 5 € se termine ce soir ! Plus que 3 heures pour en profiter !"),
    # a firm accused over its selling words; the words sold
    (HARD_SELL, "en", "'Buy now or regret it': car dealers accused of pressure selling to pensioners",
     "Buy now or regret it: 0% finance on every car, this weekend only!"),
    # batch 3: a mail system's bounce; a mailbox phish
    (PUSHY, "en", "Delivery has failed to these recipients or groups: p.osei@riverside-surgery.example. The recipient's mailbox is full and can't accept messages right now. Please try resending later, or contact the recipient directly.",
     "Your mailbox is full! Upgrade your storage now for FREE, click the link within 24 hours or your emails will be deleted."),
    (PUSHY, "fr", "Message non remis : votre message à l.garnier@club-voile.example n'a pas pu être distribué. La boîte aux lettres du destinataire est pleine. Réessayez plus tard ou contactez-le autrement.",
     "Votre boîte mail est pleine ! Augmentez votre stockage GRATUITEMENT, cliquez sur le lien sous 24 heures ou vos mails seront supprimés."),
    # a sign-in notice the customer may ignore; a phish's threat
    (PUSHY, "en", "Someone just signed in to your account from Firefox on a Mac in Leeds. If this was you, you can ignore this email; if not, change your password from the account page.",
     "Unusual sign-in to your account! Verify your details within 24 hours at the link below or your account will be permanently closed."),
    # a one-time code not to share; a countdown
    (URGENCY, "en", "Your sign-in code is 402 118. It expires in 10 minutes. Don't share it with anyone, not even us.",
     "Your discount code expires in 10 minutes! Buy now, last chance!"),
    # a council's own service; a shop's
    (URGENCY, "fr", "Collecte gratuite des encombrants ce week-end seulement, organisée par la mairie. Réservez un créneau en ligne.",
     "Débarras gratuit ce week-end seulement avec notre équipe, réservez vite, dernière chance !"),
    # a customer weighing a loan; a loan pushed
    (PUSHY, "fr", "Je pense faire un rachat de crédits pour regrouper mes cartes. La banque me propose 7,9 % sur cinq ans. Quelqu'un l'a fait ? Ça valait le coup ?",
     "Rachat de crédits en 24 h ! Regroupez vos cartes à 2,9 %, réponse immédiate, appelez-nous aujourd'hui !"),
]


@pytest.mark.parametrize(("rule", "lang", "ordinary", "twin"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_draws_the_rule(rule: str, lang: str, ordinary: str, twin: str) -> None:
    quiet(ordinary, lang, rule)
    fires(twin, lang, rule)


@pytest.mark.parametrize(("lang", "text"), [
    # free-with-purchase bait, with a code, a spend or a count
    ("en", "Use our promo code HOME10 and get a free tote bag with every rug you order this month."),
    ("en", "Spend £30 and get a free mystery gift worth up to £50! Shop now via the link in bio."),
    ("fr", "Pour l'achat de deux bougies, la troisième est offerte, et une boîte d'allumettes en cadeau ! Jusqu'à minuit seulement."),
    ("fr", "Dès 30 € d'achat, un cadeau surprise offert ! Commandez via le lien en bio."),
    # French pushes their English twins already carry
    ("fr", "Les prix AUGMENTENT lundi ! Bloquez l'ancien tarif en commandant aujourd'hui. Ne payez pas plus, agissez maintenant !"),
    ("fr", "Derniers salons de jardin à moitié prix ! Quand il n'y en aura plus, il n'y en aura plus. Passez aujourd'hui."),
])
def test_the_bait_draws_hard_sell(lang: str, text: str) -> None:
    fires(text, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "text"), [
    # a scam warning that quotes « agissez vite »: the French urgency lexicon leaves it to hard-sell.pushy's sum
    ("fr", "Alerte de la mairie : des escrocs appellent en disant « vous avez droit à un remboursement, agissez vite et donnez votre RIB ». Nous n'appelons jamais pour ça."),
])
def test_a_quoted_scam_draws_no_hard_sell(lang: str, text: str) -> None:
    quiet(text, lang, HARD_SELL)


def test_a_phish_dressed_as_a_bounce_still_sells() -> None:
    """bounce-notice takes 1.5 off and gives it back beside a link to click."""
    assert PUSHY in fired("Mail delivery failed: your mailbox is full and new messages are on hold. Click here to verify your "
                          "account within 24 hours at mailbox-verify.example or your mail will be deleted.", "en")


def test_a_sale_and_a_sign_up_across_a_comma_still_sell() -> None:
    """The exception for a sale's signs (\"sale signs are\") never meets \"our summer sale, sign up\"."""
    fires("Exclusive: members get early access to our summer sale, sign up today", "en", PUSHY)


def test_the_new_signals_and_patterns_compile_within_the_cost_limit() -> None:
    with open("advice/core/hard-sell.pushy.yaml", encoding="utf-8") as stream:
        pushy = yaml.safe_load(stream)
    assert pushy["check"]["signals"]["gift-with-purchase"]["weight"] > 0
    for lang in ("fr", "en"):
        gift = pushy[lang]["signals"]["gift-with-purchase"]
        assert pattern_problem(gift["pattern"], True) is None
        assert gift["exceptions"]  # the shop's free delivery stays out
    for rule in ("self-promotion.plug", "self-promotion.announcement"):
        with open(f"advice/core/{rule}.yaml", encoding="utf-8") as stream:
            data = yaml.safe_load(stream)
        assert data["check"]["signals"]["kin-work"]["weight"] < 0
        for lang in ("fr", "en"):
            assert pattern_problem(data[lang]["signals"]["kin-work"]["pattern"], True) is None
    with open("advice/lists/joke-sale.yaml", encoding="utf-8") as stream:
        joke = yaml.safe_load(stream)
    for pattern in joke["patterns"]:
        assert pattern_problem(pattern, True) is None
