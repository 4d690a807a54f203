"""Session 16's hand reading (issue 11): findings a community manager would call wrong, in general form.

A milestone reached and thanked for ("we just hit 10,000 followers, thank you") asks nobody to follow:
the count is vanity-metrics' to speak of, not a plug. Asking for the next one still plugs.
A thank-you that says what was done for free ("40 bikes fixed for free", « on a réparé 40 vélos gratuitement ») reports
a fact: "free" is bait only where it is offered to the reader, so the credited account is no contact either.
Thanking the readers ("Thanks for bearing with us", « Merci d'avoir patienté ») speaks to them: a notice that thanks
its public has a reader in it.
A speaker introduced before the quotation, as posts do ("Our CEO Anna Lopez on why we stopped: "…"") credits it as
much as a tag after it. A French brand naming its own shop (« notre boutique ») sells only beside a selling signal.
French stems join a call and a report: « qui remporte le défi » is news of who won, « remportez un iPhone » a prize
to claim. And « likez et partagez » is the same engagement bait as "like and share".
"DM us or apply", « Envoyez-nous un message » open a clause with a call to the reader, as "join" and « venez » do.
A company "named one of the best places to work" boasts to its public; "has been named" is a staff memo's only
as an appointment ("has been named head of …"). A brand's ranks and awards ("we're the leading provider", "our
award-winning products", « nos produits primés ») are self-praise, a tip "number one" is not.
Both reader rules hear the same calls (advice/lists/reader-call.yaml): a story that ends on "reply here" calls its reader.
A concession in a price list ("free for under-12s", « gratuit pour les moins de 12 ans ») is a fact about the
price, as free admission is, not "free" as bait.
Read at the session's end (seed 16001): "Pop in and speak to Gill, or ring the shop" calls the reader; a school's open
evening is an invitation to its neighbours (@pushy-community), not a product announced.
An old advert found on a bookmark and quoted after a colon ("a bookmark … from a 1990s travel agent: "Hurry! …"") is
reported, as "the ad said" is; "Our poster: "…"" is the seller's own.
A caption or a sign that "reads" someone else's words reports them ("The caption under the old photo … reads "Grand
Opening Sale…""): the brand words inside open no reader rule; "Our new sign reads …" is still the brand's.
Each case is a pair: the ordinary post stays quiet on the rule, its pushing twin still draws it.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

PLUG = "self-promotion.plug"
PUSHY = "hard-sell.pushy"
READER = "relevance.talk-to-the-reader"
QUOTE = "credit-sources.unsourced-quote"
PROUD = "relevance.proud-to-announce"
SELF = "relevance.self-congratulation"
FOCUS = "relevance.reader-focus"
ANNOUNCE = "self-promotion.announcement"
VANITY = "vanity-metrics.audience-count"

# (language, rule, the ordinary post, its pushing twin)
PAIRS = [
    ("en", PLUG, "We just hit 10,000 followers! Thank you all so much",
     "Help us hit 10,000 followers: follow us and share!"),
    ("en", PLUG, "We've finally passed 5k subscribers. Thanks for every comment this year ❤️",
     "Only 300 to go before we reach 5k subscribers, subscribe to the channel!"),
    ("en", PLUG, "The club has reached 1,200 members, thank you for keeping the Sunday runs going",
     "I've reached 1,200 members, now help me reach 2k: follow me and subscribe to my channel!"),
    ("en", PLUG, "We just hit 1k followers! Thank you for every question this year.",
     "I just hit 300 subscribers, help me get to 500 please"),
    ("en", PLUG, "We've passed 2k subscribers, thanks for watching our repair videos.",
     "We just hit 1k followers, help us reach 2k!"),
    ("en", PLUG, "Help us reach our goal of $10,000 for the children's hospital. Every donation, big or small, makes "
     "a difference.",
     "Help us reach 10k followers! Every follow, big or small, makes a difference."),
    ("en", PUSHY, "Huge thanks to Marie from @LyonCycles for the workshop on Saturday: 40 bikes fixed for free. Photos below.",
     "Get your bike fixed for free this week only, book now at @FixIt!"),
    ("en", PUSHY, "We repaired 40 bikes for free on Saturday, thanks to @LyonCycles for the tools!",
     "Your bike repaired for free today only: book now with @FixIt!"),
    ("fr", PUSHY, "Merci à Marie de @LyonVelo pour l'atelier de samedi : 40 vélos réparés gratuitement ! Photos dans le fil.",
     "Faites réparer votre vélo gratuitement cette semaine seulement, réservez vite chez @FixIt !"),
    ("fr", PUSHY, "On a réparé 40 vélos gratuitement samedi, merci à @LyonVelo pour l'atelier !",
     "Votre vélo réparé gratuitement aujourd'hui seulement : réservez vite chez @FixIt !"),
    ("en", READER, "Our new opening hours from Monday: 8am to 6pm, and Saturday 9am to 1pm. Thanks for bearing with us "
     "during the works.",
     "Our new opening hours from Monday: 8am to 6pm, and Saturday 9am to 1pm. The works are over and our team is "
     "proud of the new shop."),
    ("fr", READER, "Nos nouveaux horaires dès lundi : de 8 h à 18 h, et le samedi de 9 h à 13 h. Merci d'avoir patienté "
     "pendant les travaux de la boutique.",
     "Nos nouveaux horaires dès lundi : de 8 h à 18 h, et le samedi de 9 h à 13 h. Les travaux de notre boutique sont "
     "finis et toute notre équipe en est fière."),
    ("en", QUOTE, 'Our CEO Anna Lopez on why we stopped using plastic bags: "It was the right thing to do, and our '
     'customers noticed it at once."',
     'Why we stopped using plastic bags at our shop: "It was the right thing to do, and our customers noticed it at once."'),
    ("fr", QUOTE, "Notre PDG Anna Lopez sur l'abandon des sacs plastique : « C'était la chose à faire, et nos clients l'ont "
     "remarqué tout de suite. »",
     "Pourquoi notre boutique a abandonné les sacs plastique : « C'était la chose à faire, et nos clients l'ont "
     "remarqué tout de suite. »"),
    ("fr", PUSHY, "Pourquoi notre boutique a abandonné les sacs plastique : « C'était la chose à faire, et nos clients "
     "l'ont remarqué tout de suite. »",
     "Notre boutique brade tout : -50 % sur nos produits aujourd'hui seulement, commandez tout de suite !"),
    ("fr", PUSHY, "Félicitations à @lea qui remporte le défi design du mois ! Allez voir sa création dans #vitrine.",
     "Remportez une carte cadeau de 100 € : participez vite sur @boutique_x !"),
    ("fr", PLUG, "J'ai liké la photo de ma sœur et partagé son album avec mamie.",
     "Remportez un iPhone 17 : likez et partagez ce post, tirage vendredi !"),
    ("en", READER, "Hiring: we're looking for a junior designer to join our team in Lyon, remote-friendly. DM us or apply "
     "on our site.",
     "Hiring: we're looking for a junior designer to join our team in Lyon, remote-friendly. Our studio makes "
     "posters and books."),
    ("fr", READER, "On recrute : notre équipe de Lyon cherche un·e graphiste junior, télétravail possible. Envoyez-nous "
     "un message ou postulez sur notre site.",
     "On recrute : notre équipe de Lyon cherche un·e graphiste junior, télétravail possible. Notre atelier fait "
     "des affiches et des livres."),
    ("en", PROUD, "Anna Ruiz has been named head of our Lyon office. We're proud to announce she starts on Monday.",
     "We're proud to announce that our company has been named one of the best places to work in 2026!"),
    ("en", SELF, "Tip number one from our bakers: let the dough rest overnight, it does the work for you.",
     "We're the leading provider of innovative solutions and our award-winning products are trusted by thousands."),
    ("fr", SELF, "Astuce numéro un de nos boulangers : laissez reposer la pâte une nuit, elle travaille pour vous.",
     "Nous sommes le leader des solutions innovantes et nos produits primés sont plébiscités par des milliers de "
     "clients."),
    ("en", FOCUS, "Three years ago we opened a repair café. Last Saturday we fixed 212 objects, and this winter we're "
     "publishing our repair sheets, free to share. If you have a repair you'd like us to cover, reply here and "
     "we'll add it.",
     "Three years ago we opened a repair café. Last Saturday we fixed 212 objects, and this winter we're "
     "publishing our repair sheets. Our volunteers are proud and we'll add more of our sheets."),
    ("en", PUSHY, "Tickets for our spring concert are on sale: £12, £8 for students, free for under-12s. All proceeds go "
     "to the school's music room.",
     "Tickets for our spring concert: get yours free today only, claim now before they're gone!"),
    ("fr", PUSHY, "Billets du concert de printemps : 12 €, 8 € pour les étudiants, gratuit pour les moins de 12 ans. "
     "Les bénéfices vont à la salle de musique.",
     "Billets du concert de printemps : le vôtre gratuit aujourd'hui seulement, réservez vite avant qu'il soit trop "
     "tard !"),
    ("en", READER, "Our charity shop is desperate for volunteers on Saturdays. No experience needed, just a friendly "
     "face. Pop in and speak to Gill, or ring the shop on 01632 960888.",
     "Our charity shop is desperate for volunteers on Saturdays. No experience needed, just a friendly face. Our "
     "manager Gill runs the rota and the shop."),
    ("fr", ANNOUNCE, "Ne manquez pas notre soirée portes ouvertes jeudi à 18 h ! Rencontrez les professeurs, visitez les "
     "nouveaux labos et découvrez le lycée. Pas besoin de s'inscrire, venez simplement.",
     "Nous lançons notre nouvelle appli de jardinage : découvrez-la dès maintenant sur notre site !"),
    ("en", ANNOUNCE, "Don't miss our open evening on Thursday at 6pm! Meet the teachers and discover the school. No need "
     "to sign up, just come along.",
     "We just launched our new gardening app: discover it now on our website!"),
    ("en", PUSHY, 'Bought a second-hand book on Saturday with a bookmark inside from a 1990s travel agent: "Hurry! Sun '
     'holidays from £99, book today!" Lovely bit of history.',
     'Our poster: "Hurry! Sun holidays from £99, book today!"'),
    ("en", READER, 'The caption under the old photo of the high street reads "Grand Opening Sale, everything must go!" '
     "That was 1962; the shop is a charity shop now.",
     'Our new sign reads "Grand opening Saturday": our team is proud of the new shop and of the coffee bar we built '
     "together."),
    ("fr", READER, "La légende sous la vieille photo de la grand-rue dit « Grande ouverture, tout doit disparaître ! ». "
     "C'était en 1962 ; la boutique est une friperie solidaire aujourd'hui.",
     "Notre nouvelle enseigne dit « Grande ouverture samedi » : toute notre équipe est fière de la boutique et du "
     "coin café que nous avons construit."),
]


@pytest.mark.parametrize(("lang", "rule", "ordinary", "pushing"), PAIRS)
def test_the_ordinary_post_is_quiet_and_its_twin_is_not(lang: str, rule: str, ordinary: str, pushing: str) -> None:
    quiet(ordinary, lang, rule)
    fires(pushing, lang, rule)


def test_a_milestone_post_still_hears_about_its_count() -> None:
    """The exception quiets the plug only: a brand's follower count is still an audience, not a result."""
    fires("We just hit 10,000 followers! Thank you all so much", "en", VANITY)


def test_a_recovery_scams_testimony_still_baits() -> None:
    """Only we and a count report what was done for free: "he recovered my funds for free" is how such comments sell."""
    fires("He recovered my lost funds for free, contact @recover_expert now", "en", PUSHY)
