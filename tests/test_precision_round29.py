"""Precision on ordinary posts, round 29 (issue 11): personal and chat text, in French and English.

- Jokes that put selling words on things nobody sells: a nap, hugs, the writer's life or the writer themselves ("one
  free nap with every boring meeting lol", "last chance to see me in a suit haha", « me voir en costard haha »), a
  guarantee or a refund refused while laughing (« sans aucune garantie haha », "zero refunds haha"), a meme's frame
  ("meme:", "nobody: absolutely nobody:", « moi à 2h du mat : »), and a sales word taken back at once ("Sale!!! just
  kidding", « Soldes !!! nan je rigole »): @joke-sale (hard-sell.pushy, hard-sell.time-pressure, hard-sell.urgency's
  gate, give-first.promote-the-gift's gate).
- Seats on one's own sofa (« places limitées sur mon canapé ») are an invitation: urgency and time-pressure exceptions.
- Flatmates and a Secret Santa (« les colocs », « Père Noël secret ») are a household or an office, not customers:
  @pushy-community.
- A shop named with its determiner and what it does ("the farm shop sells …"): "shop" is a noun (@noun-call).
- What a firm did for the writer for free, or the voucher it gave them ("the airline rebooked me for free and gave me
  a meal voucher", « m'a changé de vol gratuitement et m'a donné un bon repas »): @done-for-free, @sale-told.
- A shopper's verdict on a sale that is over ("the sale … was insane", « les soldes … étaient folles »): @sale-told.
- A family clear-out given away (« ma mère vide son grenier », "my mum is clearing out her loft"): own-resale.
- A vote's last chance (« dernière chance de voter »): hard-sell.urgency's civic gate, as "to vote"; the writer's own
  question ("last chance to tell me what you want", « dernière chance pour me dire »): @urgency-exceptions.
- The link already shared with the group ("click the link I sent in the group", « clique sur le lien que j'ai mis dans
  le groupe »): @noun-call. "Get well soon" is a wish, not a call; "guaranteed to cure nothing" promises nothing.
- A shared calendar ("subscribe to the family calendar", « abonnez-vous au calendrier de la famille ») is no plug.
- A support reply to one customer about their code or an ended offer ("sorry your discount code didn't work, I've
  applied the 20% manually", "as a one-off I've honoured the price", « j'ai appliqué les 20 % à la main »):
  @pushy-service-reply, now also in give-first.promote-the-gift's gate.
- SMS between friends: "free for a call", "free for a coffee" (available, not free of charge); a space on the sofa for
  the match (« places sur le canapé »: @pushy-community, like the flatmates); « offre d'emploi » is no offer for sale
  (hard-sell.time-pressure).
- A private seller's listing ("worn once", "£300 or best offer", « portée une fois », « à débattre »): own-resale, and
  "or best offer" is no sell-offer.
- Customers' complaints and reviews: a customer warning others off in capitals ("DO NOT BUY from this store!!!",
  « N'ACHETEZ PAS »: hard-sell.shouting's `warned-off`), a refund demanded ("I want my money back", « je veux être
  remboursée »: @pushy-complaint), the buyer's verdict ("best purchase of the year", « meilleur achat de l'année »:
  @customer-voice).
- A traveller's tip with the price they paid ("we paid £39 each way instead of £150", « on a payé 39 € au lieu de
  150 »): buyer-told.
- Gaming servers: a giveaway's results (@sale-told), a card swap ("trading my duplicate cards", « j'échange mes »:
  own-resale), "my stream died" (no plug), a raid sign-up in the shared sheet (« dans le tableau »: @pushy-community).
- Irony without a laugh: a sales headline over the writer's own state ("Today only: I'm being productive", « Aujourd'hui
  seulement : je suis productif »: @joke-sale); a relative's speech told to friends (« ne ratez pas le discours de ma
  sœur »: hard-sell.urgency's gate); someone asked to order among colleagues (« qqn peut en commander vite »:
  @noun-call); the reader asking to be subscribed ("subscribe me", « abonnez-moi »: no plug).

Each case is a pair: the ordinary text is quiet, and its twin (the same subject in the seller's own words) fires.
"""

from __future__ import annotations

import pytest
import yaml

from bot.engine.patterns import pattern_problem
from tests.review_helpers import fires, quiet

HARD_SELL = {"hard-sell.pushy", "hard-sell.urgency", "hard-sell.time-pressure", "hard-sell.shouting"}
GIFT = "give-first.promote-the-gift"

# (language, ordinary text, the seller's own twin): hard-sell findings
PAIRS = [
    ("en", "Special offer today: one free nap with every boring meeting lol",
     "Special offer today only: buy my sleep course and get a free meditation pack, click the link now"),
    ("fr", "Offre spéciale du jour : une sieste offerte pour chaque réunion ennuyeuse mdr",
     "Offre spéciale aujourd'hui seulement : achetez ma formation sommeil et recevez un pack méditation offert, cliquez vite"),
    ("en", "Hurry, last chance to see me in a suit haha, the wedding is Saturday",
     "Hurry, last chance to book my styling session at 50% off, offer ends at midnight!!"),
    ("fr", "Dépêchez-vous, dernière chance de me voir en costard haha, le mariage c'est samedi",
     "Dépêchez-vous, dernière chance de réserver ma séance de relooking à -50 %, l'offre se termine à minuit !!"),
    ("en", "this meeting could have been an email, click here to unsubscribe from my life lmao",
     "Tired of boring meetings? Click here to buy my productivity course, 50% off today only!"),
    ("fr", "Offre limitée : mes conseils de jardinage, gratuits et sans aucune garantie haha",
     "Offre limitée : mon guide de jardinage à -50 %, satisfait ou remboursé, commandez vite avant ce soir !"),
    ("en", "meme: \"me explaining to my wallet that the 70% off jacket was an investment\"",
     "70% off every jacket in our store this weekend only, shop now before they're gone!"),
    ("fr", "mème : « moi qui explique à mon porte-monnaie que la veste à -70 % était un investissement »",
     "-70 % sur toutes les vestes de notre boutique ce week-end seulement, commandez vite avant la rupture !"),
    ("en", "limited seats on my sofa for the finale tonight, bring ur own snacks",
     "Limited seats on our rooftop terrace for the finale, book now, 20 euros a head"),
    ("fr", "places limitées sur mon canapé pour la finale ce soir, ramenez vos chips",
     "Places limitées sur notre terrasse pour la finale, réservez vite, 20 € par personne"),
    ("en", "don't miss out on my extremely average lasagne, dinner at 7 for the flatmates",
     "Don't miss out on my lasagne meal boxes, order by tonight, only 8 left, free delivery for the first 5"),
    ("fr", "Dernier appel pour le Père Noël secret ! Inscriptions jusqu'à demain, budget 10 €, c'est Marc qui organise.",
     "Dernier appel ! Nos coffrets cadeaux à -30 % jusqu'à demain seulement, commandez vite !"),
    ("en", "Hot tip: the farm shop sells the ugly veg at half price, same taste, my soup doesn't care",
     "Our farm shop sells veg at half price today only, shop now!"),
    ("en", "Customer service win: the airline rebooked me for free and gave me a meal voucher. Small miracle.",
     "Claim your free meal voucher now! Book with us today and win a miracle upgrade, limited offer"),
    ("fr", "Service client au top : la compagnie m'a changé de vol gratuitement et m'a donné un bon repas. Petit miracle.",
     "Réclamez votre bon repas gratuit maintenant ! Réservez chez nous aujourd'hui, offre limitée"),
    ("fr", "les soldes au magasin de rando étaient folles, eu des chaussures pour 30 € !! mes pieds sont prêts",
     "Les soldes sont là au magasin de rando : chaussures à 30 € au lieu de 90 €, -60 %, foncez !!"),
    ("fr", "alerte bon plan : ma mère vide son grenier, tout est gratuit, venez avec une voiture",
     "alerte bon plan : tout notre stock à -70 %, venez vite, dernière chance ce week-end !"),
    ("fr", "Dernière chance de voter pour le prochain livre du club, le sondage ferme ce soir !",
     "Dernière chance ! Le livre du mois à -40 % jusqu'à ce soir, commandez vite !"),
    ("en", "click the link I sent in the group, it's the photos from the wedding",
     "Click the link below to get 50% off our wedding albums, today only!"),
    ("fr", "clique sur le lien que j'ai mis dans le groupe, c'est les photos du mariage",
     "Cliquez sur le lien pour profiter de -50 % sur nos albums de mariage, aujourd'hui seulement !"),
    ("en", "Get well soon!! Sending soup and bad jokes, 100% guaranteed to cure nothing",
     "Get our immune booster soup today, 100% guaranteed to cure your cold or your money back, order now!"),
    ("en", "Last chance to tell me what you want for your birthday, I'm ordering tonight",
     "Last chance to order birthday gifts with free delivery, order tonight before midnight!"),
    ("fr", "Dernière chance pour me dire ce que tu veux pour ton anniv, je commande ce soir",
     "Dernière chance pour commander vos cadeaux d'anniversaire livrés gratuitement, commandez avant minuit !"),
    ("en", "Hey, free for a call 2day? Need ur advice on the job offer, they want an answer by fri",
     "Free call 2day only! Claim ur bonus now, reply YES b4 midnight"),
    ("en", "Claim ur space on the sofa early, the match starts at 8 and everyone's coming",
     "Claim your VIP seat for the match now, only 8 left, book today!"),
    ("fr", "Dispo pour un appel auj ? J'ai besoin de ton avis sur l'offre d'emploi, ils veulent une réponse avant vendredi",
     "Offre exceptionnelle avant vendredi : -40 % sur votre abonnement, appelez vite !"),
    ("en", "Selling my wedding dress, worn once (obviously), size 10, £300 or best offer, message me",
     "Wedding dresses from £300, best offer in town, order now, only 5 left!"),
    ("en", "DO NOT BUY from this store!!! My order never arrived and they keep saying \"within 24 hours\" for 3 weeks",
     "BUY NOW from our store!!! Delivery within 24 hours, 50% off today only"),
    ("fr", "N'ACHETEZ PAS dans cette boutique !!! Ma commande n'est jamais arrivée et ils répondent « sous 24h » depuis 3 semaines",
     "ACHETEZ MAINTENANT dans notre boutique !!! Livraison sous 24h, -50 % aujourd'hui seulement"),
    ("en", "I want my money back NOW. Third time I'm writing. Order 55812, broken screen",
     "Order NOW, money back guaranteed, third unit free, today only!"),
    ("en", "5 stars!!! Best purchase of the year, the blender crushes ice like it's nothing, buy it you won't regret",
     "5 STARS!!! Buy it NOW before it sells out again, use my code JESS15 for 15% off, link in bio!!"),
    ("fr", "5 étoiles !!! Meilleur achat de l'année, le blender broie la glace comme rien, achetez-le vous ne le regretterez pas",
     "5 ÉTOILES !!! Achetez-le MAINTENANT avant la rupture, code JESS15 pour -15 %, lien en bio !!"),
    ("en", "Tip: book the Eurostar 3 months ahead, we paid £39 each way instead of £150",
     "Book the Eurostar with us today: only £39 each way instead of £150, book now!"),
    ("fr", "Astuce : réservez l'Eurostar 3 mois avant, on a payé 39 € l'aller au lieu de 150",
     "Réservez l'Eurostar chez nous aujourd'hui : seulement 39 € l'aller au lieu de 150, réservez vite !"),
    ("en", "Server giveaway results: congrats @Mika and @Jonas, check your DMs for the codes!",
     "FREE NITRO GIVEAWAY!!! Click the link and log in to claim yours now, only 50 left, ends in 1 hour"),
    ("en", "Trading my duplicate cards: have 2 holo Charizards, looking for anything from the new set, DM me",
     "Selling holo Charizards, best price guaranteed, only 2 left, DM me now before they're gone!"),
    ("en", "Today only: I'm being productive. Tomorrow back to normal",
     "Today only: our new collection at 50% off, shop now!"),
    ("fr", "Aujourd'hui seulement : je suis productif. Demain retour à la normale",
     "Aujourd'hui seulement : notre nouvelle collection à -50 %, commandez vite !"),
    ("fr", "Ne ratez pas le discours de ma sœur au mariage samedi, ça va être une magnifique catastrophe",
     "Ne ratez pas le concert de notre groupe samedi, places à 15 €, réservez vite !"),
    ("fr", "plus de café au bureau, c'est une urgence, qqn peut en commander vite",
     "Plus de café ? C'est une urgence : commandez vite nos capsules, -30 % aujourd'hui seulement !"),
]

# (language, a shared calendar, one's own channel): self-promotion.plug
PLUG = "self-promotion.plug"
PLUG_PAIRS = [
    ("en", "Subscribe me to your daily cat updates, this is the content I need",
     "Subscribe to my channel for daily cat updates, new video every morning!"),
    ("en", "Who won the tournament? I left at the semi-finals, my stream died",
     "Who's ready for the tournament? Come watch my stream tonight and follow my channel!"),
    ("en", "Subscribe to the family calendar pls, all the birthdays are in there now",
     "Subscribe to my channel pls, new videos every week!"),
    ("fr", "Abonnez-vous au calendrier de la famille svp, tous les anniversaires y sont maintenant",
     "Abonnez-vous à ma chaîne svp, nouvelles vidéos chaque semaine !"),
]

# (language, a sales word taken back at once, the shop's own announcement): give-first.promote-the-gift
GIFT_PAIRS = [
    ("fr", "Soldes !!! nan je rigole, c'est juste pour que vous descendiez manger, c'est prêt",
     "Soldes !!! -50 % sur toute la boutique ce week-end, venez vite"),
]


@pytest.mark.parametrize(("lang", "ordinary", "seller"), PAIRS)
def test_ordinary_text_is_quiet_and_its_sellers_twin_fires(lang: str, ordinary: str, seller: str) -> None:
    quiet(ordinary, lang, HARD_SELL)
    fires(seller, lang, HARD_SELL)


@pytest.mark.parametrize(("lang", "joke", "shop"), GIFT_PAIRS)
def test_a_sales_word_taken_back_promotes_no_gift(lang: str, joke: str, shop: str) -> None:
    quiet(joke, lang, GIFT)
    fires(shop, lang, (HARD_SELL | {GIFT}))


# (language, a support reply to one customer, the shop's own announcement): give-first.promote-the-gift or hard-sell
REPLY_PAIRS = [
    ("en", "Hi, sorry your discount code didn't work. I've applied the 20% manually, you'll see it on your invoice.",
     "Use our discount code SPRING20 for 20% off everything this week, shop now!"),
    ("fr", "Bonjour, désolés que votre code promo n'ait pas marché. J'ai appliqué les 20 % à la main, vous le verrez sur la facture.",
     "Utilisez notre code promo PRINTEMPS20 pour -20 % sur tout cette semaine, commandez vite !"),
    ("en", "Thanks for flagging this. The offer ended yesterday, but as a one-off I've honoured the price for you.",
     "Hurry, the offer ends tonight, order now before the price goes back up!"),
]


@pytest.mark.parametrize(("lang", "reply", "shop"), REPLY_PAIRS)
def test_a_support_reply_to_one_customer_sells_nothing(lang: str, reply: str, shop: str) -> None:
    quiet(reply, lang, (HARD_SELL | {GIFT}))
    fires(shop, lang, (HARD_SELL | {GIFT}))


@pytest.mark.parametrize(("lang", "calendar", "channel"), PLUG_PAIRS)
def test_a_shared_calendar_is_no_plug(lang: str, calendar: str, channel: str) -> None:
    quiet(calendar, lang, PLUG)
    fires(channel, lang, PLUG)


def test_a_product_with_a_laugh_still_sells() -> None:
    fires("Special offer today: one free candle with every order, shop now lol", "en", HARD_SELL)
    fires("Offre spéciale du jour : une bougie offerte pour chaque commande, commandez vite mdr", "fr", HARD_SELL)
    fires("Hurry, last chance to book my styling session at 50% off, ends at midnight haha", "en", HARD_SELL)


def test_a_brands_own_shop_and_its_call_still_count() -> None:
    fires("50% off the whole range this weekend, shop now!", "en", HARD_SELL)
    fires("Claim your voucher now: they upgraded me for free, you could be next, book today", "en", HARD_SELL)


@pytest.mark.parametrize("name", ["joke-sale", "noun-call", "done-for-free", "sale-told", "customer-voice"])
def test_the_lists_patterns_compile_within_the_cost_limit(name: str) -> None:
    with open(f"advice/lists/{name}.yaml", encoding="utf-8") as stream:
        patterns = yaml.safe_load(stream)["patterns"]
    assert [pattern_problem(p, True) for p in patterns] == [None] * len(patterns)
