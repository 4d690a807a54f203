"""Who a capitalised word or a name is not: words that open a statement without being anyone ("Posting:",
"Tuesdays", « Ensuite »), and the name of a place, a product or a machine told by what stands around it ("in
Brighton", "we pay for Postly", "Montio (the AI editor)"). Kept apart from bot.engine.plan.actors, which reads who
does a task, because these lists grow with every kind of writer while the shapes of a task do not."""

from __future__ import annotations

import re

# Capitalised words that begin a statement without being anyone.
NOT_PEOPLE = re.compile(
    r"^(?:The|Our|We|Each|Every|All|Most|This|That|These|Those|It|They|Posts?|Content|Comments|Messages|Reviews|"
    r"Numbers|Week|Month|Instagram|Facebook|TikTok|Tiktok|LinkedIn|Linkedin|Pinterest|YouTube|Youtube|Google|Twitter|"
    r"Le|La|Les|L|Un|Une|Des|Nos|Notre|Nous|On|Chaque|Tous|Toutes|Ce|Cette|Ces|Il|Elle|Ils|Elles|Mes|Mon|Ma|"
    r"Semaine|Mois|Objectif|Goal|Target|Budget|Aim|Cible|Suivi|Contenus?|Calendrier|Plan|Newsletter|Blog|Site|"
    r"Stories|Reels|Videos?|Vidéos?|Photos?|Guides?|Articles?|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|"
    r"Deux|Trois|Quatre|Cinq|Sept|Huit|Neuf|Dix|Then|Also|And|Et|Puis|Ensuite|Here|Voici|Please|Merci|Thanks|"
    # words of time and condition that open a clause ("Once set up, it keeps…", « Quand tout est prêt… »)
    r"Once|When|Whenever|After|Before|If|Until|While|Since|Quand|Lorsque|Apres|Avant|Si|Tant|"
    # days, one or every one of them ("Posting: Tuesdays and Fridays", « Publication : Lundis ») are no one
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)s?|"
    r"Weekdays?|Weekends?|Daily|Weekly|Fortnightly|Monthly|Mornings?|Evenings?|Nights?|Quotidien|Hebdo|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Fevrier|Mars|"
    r"Avril|Mai|Juin|Juillet|Aout|Septembre|Octobre|Novembre|Decembre|"
    r"Someone|Somebody|Anyone|Anybody|Everyone|Everybody|Nobody|Whoever|Quelqu|Personne|Chacun|Tout|To|"
    # a question word asks who, it names no one ("Who writes our posts?", « Qui s'en occupe ? »)
    r"Who|Whom|What|Which|Qui|Quoi|Quel|Quelle|"
    # the kind of business that opens its name ("Ferme pédagogique des Trois Chênes", "Atelier Test") is no one
    r"Ferme|Farm|Boutique|Atelier|Workshop|Salon|Restaurant|Hotel|Hôtel|Club|Ecole|École|School|Association|Librairie|"
    r"Garage|Shop|Bakery|Boulangerie|Brasserie|Clinique|Clinic|Cabinet|Studio|Agence|Agency|Camping|Domaine|Maison|"
    r"Everything|Something|Anything|Nothing|Rien|"
    # an adverb that opens a sentence (« Juste être là, c'est déjà gagné. », "Simply posting is enough")
    r"Juste|Just|Only|Simply|Seulement|Simplement|Surtout|Especially|Even|Meme|Même|Really|Vraiment|Maybe|Perhaps|"
    r"Peut|Probably|Sans|Without|Honestly|Franchement|Basically|Bref|Enfin|Finally|Already|Deja|Déjà|Still|Encore|"
    # quantities of people are no one in particular ("Many come on Saturdays", « Beaucoup passent le samedi »)
    r"Many|Some|Few|Several|Lots|Plenty|Both|Beaucoup|Certains|Certaines|Plusieurs|Peu|Quelques|"
    # tools that post on their own are no one either
    r"Automation|Automatisation|Robot|Bot|Chatbot|Scheduler|Tool|Outil|Logiciel|App|Appli|Software|Algorithm|Algorithme|Ai|Ia|"
    r"Buffer|Hootsuite|Later|Metricool|Agorapulse|Sprout|Zapier|Canva|Chatgpt|ChatGPT|Mailchimp|Brevo|Planoly|Publer|Swello)$")

# A name after a preposition of place is a place ("every household in Brighton and Hove produces…", « dans Lyon »);
# not « à », which hands a task to someone (« confié à Malik »).
PLACE_BEFORE = re.compile(r"\b(?i:in|at|near|around|across|outside|throughout|dans|pres de|autour de)\s+"
                           r"(?:[A-Z][a-z]+\s+(?i:and|et|&)\s+)?\Z")
# A role after a preposition of place is the place ("the flyers we leave at the caravan parks' reception send people…",
# « les flyers qu'on laisse à l'accueil des campings envoient… »): a desk where things are left, no one taking a task;
# « à » only after a verb of leaving or putting, since « confié à l'accueil » hands the task over (round 45).
ROLE_PLACE_BEFORE = re.compile(r"(?:\b(?i:at|in|inside|behind|dans|chez|derriere)|\b(?i:leave|leaves|left|drop|drops|dropped|put|puts|"
                               r"laiss|depos|pos|affich|distribu|mis|met)\w*\s+(?:[\w']+\s+){0,3}?(?i:a|au|aux))\s+"
                               r"(?:(?i:the|our|their|its|la|le|les|l')\s*)?(?:[\w-]+(?:'|’s?)?\s+){0,3}\Z")
# A name bought, paid for or subscribed to is a product ("we pay for Postly, which…", « on paie Postly, qui rédige… »).
BOUGHT_BEFORE = re.compile(r"\b(?i:pay for|paying for|paid for|bought|buy|subscribed to|subscribe to|signed up to|signed up for|"
                            r"signed with|signed a contract with|licensed|paie|paient|payons|payer|achete|achetons|abonnes? a|"
                            r"abonnees? a|abonner a|loue|louons|souscrit a|souscrire a|souscrivons a|signe avec|signe chez)\s+\Z")
# A name right after the kind of tool it is names that tool ("the Postimo app" is said "the app Postimo" too, « l'appli Postimo »),
# and so does a name in apposition to a machine ("our AI assistant, Barbot,", « notre assistant IA, Barbot, »).
TOOL_BEFORE = re.compile(r"\b(?i:app|application|appli|software|logiciel|tool|outil|platform|plateforme|service|bot|robot|chatbot|"
                          r"scheduler|programmateur|ai|ia)\s+\Z|\b(?i:ai|ia|virtual|virtuel(?:le)?|chat|bot|robot|automated|automatique)"
                          r"(?:\s+(?i:assistant|assistante|agent|helper|aide|suite))?\s*,\s*\Z")
MACHINE = re.compile(r"(?i:\b(?:ai|ia|virtual|virtuel(?:le)?|chat|bot|robot|automated|automatique)\b)")
# A name whose apposition says it was bought or subscribed to is a product ("Postly, bought in May, writes…").
ACQUIRED_AFTER = re.compile(r"\s*,\s*(?:\w+\s+){0,2}?(?i:subscribed|bought|installed|purchased|licensed|abonnee?s?|achetee?s?|"
                            r"installee?s?|souscrite?s?)\b")
# A name whose apposition says what kind of tool it is ("Postbot, our scheduling app", « Publibot, notre logiciel d'IA »).
MACHINE_AFTER = re.compile(r"\s*,\s*(?i:our|my|the|an?|notre|mon|ma|le|la|un|une|l')\s*(?:[\w-]+\s+){0,2}?"
                            r"(?i:apps?|applications?|applis?|software|logiciels?|tools?|outils?|platforms?|plateformes?|bots?|"
                            r"robots?|chatbots?|schedulers?|programmateurs?|(?:ai|ia|virtual|virtuel(?:le)?)\s+assistante?s?|"
                            r"assistante?s?\s+(?:ia|virtuel(?:le)?|numerique))(?:\s+(?i:d'|de\s+|du\s+|for\s+)[\w-]+)?\s*[,:;.)]")
# "our assistant" alone is a person, and so is "Jo, our app developer": the kind of tool ends the apposition
# The same apposition in brackets, an AI or a kind of tool ("AutoReel (the AI editor we subscribed to)", « Montio (IA) »).
MACHINE_IN_BRACKETS = re.compile(
    r"\s*\(\s*(?i:(?:the|our|an?|le|la|une?|notre|nos)\s+|l')?(?:[\w-]+\s+){0,2}?(?:(?i:ai|ia|a\.i\.|i\.a\.)\b[^()\n]{0,60}|"
    r"(?i:apps?|applis?|applications?|software|logiciels?|tools?|outils?|platforms?|plateformes?|bots?|robots?|chatbots?|"
    r"schedulers?|programmateurs?)(?:\s+(?i:we|i|that|which|for|from|de|d'|du|pour|qu|que|dont|auquel|on|nous)\b[^()\n]{0,60})?"
    r"\s*)\)")  # the kind of tool ends the apposition: "Jo (our app developer)" is a person; an AI need not
# A name the plan says it subscribed to, anywhere in it, is a product wherever else it is said: the memo's
# "[x] abonnement Pixaflow pris" makes "Pixaflow choisit les images" a tool at work, not a person ("Pixaflow
# subscription sorted", "we subscribed to Pixaflow" too). Session 28, plans44.
PRODUCT_NAMED = re.compile(r"\b(?i:subscription to|subscribed to|signed up (?:to|for)|"  # not "bought" nor "paid for": "we bought Tom a phone"
                           r"abonnement(?:\s+a)?|abonnes? a|abonnees? a|abonner a|souscrit a|souscrire a)"
                           r"\s+(?P<name>[A-Z][\w]+)|\b(?P<name2>[A-Z][\w]+)\s+(?i:subscription|licen[cs]e)\b|"
                           # a name made as a machine's ("FestiBot", "PostGPT", "CaptionAI", « RédacIA »): a product by its own
                           # shape, the kind joined on in capitals ("Talbot" is a surname), round 44
                           r"\b(?P<name3>[A-Z][a-zà-ÿ]+(?:Bot|GPT|AI|IA))\b")


def product_names(draft: str) -> frozenset[str]:
    """The capitalised names the plan says it subscribed to (the draft with its capitals)."""
    return frozenset(m.group("name") or m.group("name2") or m.group("name3") for m in PRODUCT_NAMED.finditer(draft))
