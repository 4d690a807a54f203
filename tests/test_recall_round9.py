"""hard-sell.pushy, round nine of issue 11 (recall by kind on real text): each kind of pushy or scam
text the shared corpora still missed, or that held-out SMS, e-mail and comment corpora carry, as a
pair: the pushy draft gets a hard-sell finding, an ordinary draft with the same words stays quiet.

Kinds: a penny stock's fact sheet, word salad beside a pitch, the 419 letter's place and secrecy,
gambling offers, the tech-support scam, the crypto giveaway, followers for sale, an official's
arrest threat, a link announced by "here", words spelt letter by letter, pitches to insurance
agents, gains told over a month, testimonies of finding someone, mailbox-full and webmail credential
phishing, pre-selected credit, MLM recruiting, weird-trick health pitches, marriage-site dating,
bargain wording, a wallet asked for by coin, lottery award notices, training-credit and fine
phishing, home-improvement grant calls, recovery firms, follow-to-win giveaways, privacy scares,
free grants, huge profits from home, pills priced by the dose, NFT mint drops, follow-and-retweet
coin giveaways, SMS short codes after a few words, numbers said to have won. Every line is worded
here, in French or English (no corpus line).
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fired, fires, quiet

RULE = "hard-sell.pushy"

# (kind, language, pushy draft, ordinary draft with the same words)
PAIRS = [
    ("stock fact sheet", "en",
     "Strong buy alert: Kelvora Gold (OTC: KLVG) current price: $.31, target $2 by spring!",
     "The pension fund sold its Kelvora shares last year, the annual report says."),
    ("stock fact sheet", "fr",
     "Alerte achat : Kelvora Or (symbole : KLVG), valeur à surveiller avant lundi !",
     "Le fonds de pension a vendu ses actions Kelvora l'an dernier, dit le rapport annuel."),
    ("word salad beside a pitch", "en",
     "Cheap pills online. harbour violin marble quietly garden basket tunnel ribbon falcon meadow copper",
     "Reading list: harbour, violin, marble, garden, basket, tunnel, ribbon, falcon, meadow, copper."),
    ("word salad beside a pitch", "fr",
     "Pilules pas chères. lanterne violon marbre jardin panier tunnel ruban faucon prairie cuivre",
     "Liste de mots : lanterne, violon, marbre, jardin, panier, tunnel, ruban, faucon, prairie, cuivre."),
    ("word salad beside a selling word", "en",
     "Replica watches. harbour violin marble quietly garden basket tunnel ribbon falcon meadow copper",
     "Our replica of the harbour lighthouse is in the museum's garden."),
    ("word salad beside a selling word", "fr",
     "Assurance pas chère. lanterne violon marbre jardin panier tunnel ruban faucon prairie cuivre sable",
     "Mon assurance habitation augmente encore cette année."),
    ("419 place and secrecy", "en",
     "I am Mrs Ada Bello from Lagos, I need your help and this is strictly confidential.",
     "Our Lagos office opens on Monday; the meeting notes are confidential until then."),
    ("419 place and secrecy", "fr",
     "Je suis Mme Ada Bello d'Abidjan, je vous écris pour une proposition d'affaires.",
     "Notre bureau d'Abidjan ouvre lundi, le compte rendu suit par courrier."),
    ("gambling offer", "en",
     "Claim 50 free spins and a deposit bonus at Golden Dice Casino, play now!",
     "Poker night at Sam's on Friday, bring snacks and your worst jokes."),
    ("gambling offer", "fr",
     "50 tours gratuits et un bonus de bienvenue au Casino Doré, jouez maintenant !",
     "Soirée poker chez Sam vendredi, apportez à grignoter."),
    ("tech-support scam", "en",
     "ALERT: your PC is infected. Call Microsoft support on 1-888-555-0147 immediately.",
     "My PC was infected last month; the IT desk cleaned it in an hour."),
    ("tech-support scam", "fr",
     "Alerte : votre ordinateur est infecté ! Appelez le support Microsoft au 01 98 76 54 32 immédiatement.",
     "Mon ordinateur a eu un virus le mois dernier, le service informatique l'a nettoyé."),
    ("crypto giveaway", "en",
     "Giving away 1,000 ETH! Send 0.5 ETH to the wallet below and receive 1 ETH back.",
     "I sent 0.5 ETH to my sister for her birthday."),
    ("crypto giveaway", "fr",
     "Envoyez 0,5 ETH à l'adresse ci-dessous et recevez le double en retour !",
     "J'ai envoyé 0,5 ETH à ma sœur pour son anniversaire."),
    ("followers for sale", "en",
     "5000 real TikTok followers for $9.99, delivered today.",
     "We just reached 5000 followers on TikTok, thank you all!"),
    ("followers for sale", "fr",
     "5 000 vrais abonnés TikTok pour 9,99 €, livrés aujourd'hui.",
     "On vient de passer les 5 000 abonnés sur TikTok, merci à tous !"),
    ("arrest threat", "en",
     "Tax office: a warrant for your arrest will be issued today, call 1-202-555-0163 to settle now.",
     "Police issued an arrest warrant for the driver on Monday."),
    ("arrest threat", "fr",
     "Centre des impôts : un mandat d'arrêt sera émis, appelez le 01 45 67 89 10 aujourd'hui pour régler.",
     "La police a émis un mandat d'arrêt contre le conducteur lundi."),
    ("link announced by 'here'", "en",
     "Male enhancement that works, learn how here.",
     "The minutes of Tuesday's meeting are in the shared folder, learn how here to open them."),
    ("link announced by 'here'", "fr",
     "Des pilules pour la libido qui marchent, la réponse est ici.",
     "Les diapos de l'exposé : la réponse est ici, au chapitre 3."),
    ("letter split between marks", "en",
     "Save m.o.n.e.y on your meds today",
     "We met at the U.S. embassy, near the gate."),
    ("letter split between marks", "fr",
     "Économisez sur vos m.é.d.i.c.a.m.e.n.t.s dès aujourd'hui",
     "On s'est vus à l'ambassade des É.-U., près de la grille."),
    ("pitch to insurance agents", "en",
     "Earn a 5% commission on our new indexed annuity, call your marketer today.",
     "My pension includes a small annuity from my old employer."),
    ("pitch to insurance agents", "fr",
     "Touchez 5 % de commission sur notre rente viagère garantie, appelez-nous aujourd'hui.",
     "Ma retraite comprend une petite rente de mon ancien employeur."),
    ("gains told over a month", "en",
     "In less than a month I made $25,000 with her, contact @nora.fx.pro",
     "In less than a month I made three new friends at the running club."),
    ("gains told over a month", "fr",
     "En moins d'un mois j'ai reçu 25 000 € grâce à elle, contactez @nora.fx.pro",
     "En moins d'un mois je me suis fait trois amis au club de course."),
    ("testimony of finding someone", "en",
     "I bless the day I came across her page, @ella.invests changed everything",
     "So glad I came across this recipe, thanks for sharing!"),
    ("testimony of finding someone", "fr",
     "Je bénis le jour où je suis tombé sur sa page, @ella.invests a tout changé",
     "Merci pour la recette, je suis content de l'avoir trouvée !"),
    ("mailbox-full phishing", "en",
     "Your mailbox is full. Verify your account within 24 hours at mailbox-help.example.com",
     "My mailbox is full of holiday cards this year!"),
    ("mailbox-full phishing", "fr",
     "Votre boîte de réception est pleine : validez votre compte sur boite-aide.example.com",
     "Ma boîte aux lettres est pleine de cartes de vœux cette année !"),
    ("webmail credential phishing", "en",
     "4 incoming messages are held on our server. Release them by signing in at mail-release.example.com today.",
     "Our team mailbox has reached its limit, please archive old threads this week."),
    ("webmail credential phishing", "fr",
     "Alerte quota : votre boîte a atteint 98 % de sa capacité. Augmentez votre stockage maintenant sur quota.example.fr",
     "La boîte de l'équipe a atteint sa limite, archivez les vieux fils cette semaine."),
    ("pre-selected credit", "en",
     "You have been pre-approved for a $3,000 card with 0% APR, apply today!",
     "We were pre-approved for the mortgage last week, so excited!"),
    ("pre-selected credit", "fr",
     "Vous êtes présélectionné pour un prêt de 3 000 € à taux à 0 %, demandez-le aujourd'hui !",
     "Notre prêt immobilier a été accepté la semaine dernière, on est ravis !"),
    ("MLM recruiting", "en",
     "Unlimited earning potential as one of our independent consultants, join today!",
     "Our independent consultants met in Leeds for the annual training."),
    ("MLM recruiting", "fr",
     "Revenus illimités en devenant l'une de nos conseillères indépendantes, inscrivez-vous aujourd'hui !",
     "Nos conseillères indépendantes se sont retrouvées à Lyon pour la formation annuelle."),
    ("weird-trick health pitch", "en",
     "One weird trick melts belly fat, doctors hate it: order now",
     "The doctor said the belly fat will go with more walking."),
    ("weird-trick health pitch", "fr",
     "Une astuce étrange fait fondre la graisse du ventre, commandez maintenant",
     "Le médecin dit que la graisse du ventre partira en marchant davantage."),
    ("marriage-site dating", "en",
     "Beautiful Russian women looking for marriage, browse 300 profiles free",
     "Russian women's volleyball team wins the cup."),
    ("marriage-site dating", "fr",
     "Des femmes russes cherchent un mari, consultez 300 profils gratuitement",
     "L'équipe de volley des femmes russes remporte la coupe."),
    ("bargain wording", "en",
     "Designer bags at discount prices, order online today",
     "The bakery sells day-old bread at discount prices after six."),
    ("bargain wording", "fr",
     "Sacs de créateurs à prix discount, commandez en ligne aujourd'hui",
     "La boulangerie vend le pain de la veille à prix réduits après 18 h."),
    ("lottery award notice", "en",
     "Award notification: you have won 750,000 EUR in the email lottery, ref no 88/C, contact our claims agent.",
     "The award notification for the poetry prize goes out on Friday."),
    ("lottery award notice", "fr",
     "Notification d'attribution : votre adresse a gagné 750 000 € à la loterie par e-mail, contactez notre agent.",
     "La notification d'attribution du prix de poésie part vendredi."),
    ("training-credit and fine phishing", "fr",
     "Vos droits CPF de 900 € seront perdus le 31/12, activez-les vite sur cpf-droits.example.com",
     "Ma formation de comptable est payée avec mes droits CPF, je commence lundi."),
    ("training-credit and fine phishing", "en",
     "Pay your £45 parking charge within 48 hours to avoid a fine: pay-parking.example.com",
     "Park in the marked bays to avoid a fine, the council reminds residents."),
    ("home-improvement grant calls", "fr",
     "Pompe à chaleur à 1 € grâce aux aides de l'État, appelez vite notre conseiller !",
     "Les aides de l'État pour la rénovation ont baissé cette année, selon le ministère."),
    ("home-improvement grant calls", "en",
     "Free solar panels for homeowners, book your survey today, last week of the offer!",
     "Our neighbours put in solar panels last spring and their bills halved."),
    ("recovery firm pitch", "fr",
     "Arnaqué en crypto ? Notre cabinet récupère vos fonds, contactez-nous vite.",
     "Les victimes d'arnaques crypto peuvent porter plainte en ligne, rappelle la police."),
    ("recovery firm pitch", "en",
     "Scammed on a crypto site? We recover your funds, contact us now.",
     "Victims of crypto scams can report them online, the police say."),
    ("recovery firm pitch", "fr",
     "Perdu de l'argent avec un faux site ? Contacte @recup_fonds, ils m'ont tout rendu.",
     "Attention aux faux courtiers en ligne, rappelle l'autorité des marchés."),
    ("follow-to-win giveaway", "fr",
     "Like, partage et abonne-toi pour gagner une trottinette, tirage au sort dimanche !",
     "Je me suis abonnée à la chaîne de cuisine, les recettes sont top."),
    ("privacy scare", "en",
     "YOUR INTERNET USAGE IS BEING TRACKED! Download SafeSurf today, no privacy protection without it.",
     "The study found internet usage is being tracked by most free apps."),
    ("privacy scare", "fr",
     "VOTRE NAVIGATION EST SURVEILLÉE ! Téléchargez SafeSurf aujourd'hui pour vous protéger.",
     "L'étude montre que la plupart des applis gratuites suivent notre navigation."),
    ("free grants", "en",
     "Free grant money for everyone, you never need to repay it: order the guide today!",
     "The library received government grants to fix its roof."),
    ("free grants", "fr",
     "Subventions gratuites pour tous, jamais à rembourser : commandez le guide aujourd'hui !",
     "La bibliothèque a reçu des subventions pour refaire son toit."),
    ("huge profits from home", "en",
     "Fortunes are being made online right now, make huge profits from home, join today!",
     "The ferry company made huge profits this summer, the paper reports."),
    ("huge profits from home", "fr",
     "Des fortunes se font en ligne : profits énormes depuis chez vous, inscrivez-vous vite !",
     "La compagnie de ferry a fait des profits énormes cet été, selon le journal."),
    ("pills priced by the dose", "en",
     "Only $3 per pill, shipped worldwide in discreet packaging.",
     "The nurse said one tablet per dose, twice a day."),
    ("pills priced by the dose", "fr",
     "Seulement 2 € par comprimé, expédié partout en emballage discret.",
     "L'infirmière a dit un comprimé par prise, deux fois par jour."),
    ("NFT mint drop", "en",
     "Mint is live! Only 0.3 ETH, first 100 get WL, mint now: drop-mint.example.xyz",
     "The Royal Mint museum reopens on Saturday with a coin-pressing demo."),
    ("NFT mint drop", "fr",
     "Mint en direct ! Seulement 0,3 ETH, places whitelist pour les 100 premiers : drop-mint.example.xyz",
     "Le musée de la Monnaie rouvre samedi avec une démonstration de frappe."),
    ("follow-and-retweet coin giveaway", "en",
     "Giving away my last 3 BTC to followers, RT + follow to enter!",
     "Giving away my old sofa to anyone who can pick it up, message me."),
    ("SMS short code after a few words", "en",
     "Bored 2nite? Local girls r waiting, text ur AGE and TOWN eg 30 York to 69123",
     "Text me the address when you get to the station, my number ends 69123."),
    ("SMS short code after a few words", "fr",
     "Tu t'ennuies ce soir ? Des filles t'attendent, envoie ton ÂGE et ta VILLE au 69 123",
     "Envoie-moi l'adresse quand tu arrives à la gare, bisous."),
    ("a number said to have won", "en",
     "Ur number won a weekend away! Claim code K9, call 0800 555 0101 before midnight",
     "Our quiz team won a weekend away last year, best night ever."),
    ("a number said to have won", "fr",
     "Ton numéro a gagné un week-end ! Code de réclamation K9, valable ce soir, appelle vite",
     "Notre équipe de quiz a gagné un week-end l'an dernier, super soirée."),
    ("wallet asked for by coin", "en",
     "Repost and drop your ETH wallet below for the airdrop",
     "I keep my ETH in a hardware wallet at home, and I put my wallet in the drawer."),
    ("wallet asked for by coin", "fr",
     "Repostez et laissez votre adresse ETH en commentaire pour l'airdrop, jeton offert",
     "Je garde mes ETH dans un portefeuille matériel à la maison."),
]


@pytest.mark.parametrize(("kind", "lang", "pushy", "ordinary"), PAIRS, ids=[f"{p[0]}-{p[1]}" for p in PAIRS])
def test_each_kind_is_caught_and_its_ordinary_twin_stays_quiet(kind: str, lang: str, pushy: str, ordinary: str):
    assert RULE in fired(pushy, lang), f"{kind}: the pushy draft gets no hard-sell finding"
    assert RULE not in fired(ordinary, lang), f"{kind}: the ordinary draft gets a hard-sell finding"


def test_a_single_word_of_a_kind_is_not_enough():
    """Each new signal weighs less than the threshold: one gambling, tech-support or agent word alone
    is a story about it, not a sale."""
    for lang, text in [("en", "The online casino lobby closed for good, the regulator said."),
                       ("en", "Windows support ended for my old laptop."),
                       ("fr", "Le casino en ligne a fermé, a annoncé le régulateur.")]:
        quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "pushy", "ordinary"), [
    ("en", "Hurry! 5 people are looking at this right now.", "Five people are looking at the flat on Saturday."),
    ("fr", "Vite ! 5 personnes regardent cet article en ce moment.", "Cinq personnes regardent l'appartement samedi."),
])
def test_shoppers_said_to_be_watching_the_item_are_urgency(lang: str, pushy: str, ordinary: str):
    """A shop's "N people are looking at this" (advice/lists/urgency.yaml) is pressure to buy now;
    people looking at a flat are not."""
    fires(pushy, lang, "hard-sell.urgency")
    quiet(ordinary, lang, "hard-sell.urgency")


@pytest.mark.parametrize(("lang", "pushy", "ordinary"), [
    ("en", "Back in stock but not for long: last time these sold out in 3 hours, order now for $39.",
     "I'm back in town but not for long, coffee on Thursday?"),
    ("fr", "La formation ne rouvrira pas avant l'an prochain, inscrivez-vous aujourd'hui pour 99 €.",
     "La piscine ne rouvrira pas avant mai, indique la mairie."),
])
def test_a_launch_that_will_not_come_back_adds_to_a_pitch(lang: str, pushy: str, ordinary: str):
    fires(pushy, lang, RULE)
    quiet(ordinary, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Envoie le dossier au 75011 Paris, 12 rue des Lilas, merci"),
    ("en", "Text me when you get to 10025 Broadway Avenue, I'll come down."),
])
def test_a_postcode_after_send_or_text_is_not_a_short_code(lang: str, text: str):
    """A five-digit number followed by a street or a city is an address, not a premium short code."""
    quiet(text, lang, RULE)


def test_rappelle_that_reminds_is_not_a_call_to_call_back():
    """« ..., rappelle la police » reports a reminder; « Rappelle immédiatement le service » asks the reader
    to call: only the second is a call to act beside a pitch."""
    quiet("Des sites promettent des gains garantis en crypto, rappelle la police.", "fr", RULE)
    fires("Ta carte a été bloquée. Rappelle immédiatement le service sécurité au 07 56 12 34 56", "fr", RULE)
