"""Readings: the shapes of statement a plan's parts are made of, found by their structure in
French and English rather than by a rule's phrase lists.

A plan rule names a reading in `needs` or `unless` with an `@` (`needs: [@change, @figure,
@horizon]`), beside or instead of its own signals. Each reading is a small grammar of one kind
of statement part, written once here for every rule:

- `@figure`: a quantity (12, 40 %, 2,000, 1M, "twenty", "trois quarts", "half");
- `@horizon`: a time the plan is bound to ("by end of Feb", "d'ici l'été", "this academic
  year", "before Mother's Day", "1er semestre", "Q2");
- `@change`: a change of something (a verb of change, "N more", "de plus que", "from N to M");
- `@aim`: someone wanting or aiming ("we'd love", « j'ai envie que », « on vise »), or the
  aim named ("goal", « enjeu »);
- `@baseline`: the figure today or last time that a target is set against ("we're at 12",
  "on en avait 22", "against 130 last year");
- `@actor`: a person or a role doing a task ("Hugo covers", "c'est Léa qui tourne", "handled
  by the community manager", "Ruth, the education officer, writes");
- `@replies`, `@replies-to`: answering people, and what they sent ("answers listener emails",
  « je gère les DM »);
- `@people-who`: a group described by what they do or go through ("parents who …", "among X
  who struggle with …", « les … qui … »);
- `@difficulty`: a problem, lack or wish that is not met ("can't", "no time", "but", "sans",
  « n'ont pas », « redoutent »);
- `@after`: what happens once the campaign is over ("after June", "from then on", « ensuite »,
  « à la rentrée, on continue »);
- `@vanity`: a figure of followers, fans, likes, views or impressions ("10k followers",
  « 5 000 abonnés sur Insta »), which `@figure` leaves out;
- `@networks`: being or getting onto social networks ("be on every network", « exister sur
  Instagram, TikTok et Google »);
- `@universal`: everyone as the audience ("anyone with skin", « de 7 à 77 ans »);
- `@on-its-own`: a tool said to do the work ("goes out automatically", « tournera toute seule »).

The readings run on the folded draft (lower case, no accents) except `@actor`, which needs the
capital of a name. They are code, not admin patterns: they are fixed, tested, and linear.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.engine.plan.actors import actors, cased
from bot.engine.plan.tally import tally

Span = tuple[int, int]

_NUMBER_WORDS = {
    "en": r"three quarters|a third|a quarter|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
          r"sixty|hundred|thousand|dozen|half|double|triple|twice",
    "fr": r"trois quarts|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|"
          r"soixante|cent|mille|douzaine|moitie|tiers|quart|double|triple",
}  # fmt: skip
_DIGITS = r"[£$€]?(?<!\d)(?!(?:19|20)\d\d\b)\d+(?:[\s,.']\d{3})*(?:[.,]\d+)?(?:\s*(?:%|k\b|m\b|€|£|\$|x\b|pour ?cent|percent))?|\b\d+\s*/\s*\d+\b|\b\d+\s*(?:->|→)\s*\d+"

_MONTHS = {
    "en": r"january|february|march|april|may|june|july|august|september|october|november|december|"
          r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec",
    "fr": r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
          r"janv|fevr?|avr|juil|sept|oct|nov|dec",
}  # fmt: skip
_PERIODS = {
    "en": r"days?|weeks?|months?|quarters?|years?|spring|summer|autumn|fall|winter|season|semester|term|"
          r"half-term|holidays|launch|campaign|series|academic year|school year|financial year|christmas|easter",
    "fr": r"jours?|semaines?|mois|trimestres?|semestres?|ans?|annees?|ete|hiver|printemps|automne|saison|"
          r"rentree|vacances|fetes|lancement|campagne|annee scolaire|exercice|noel|paques",
}  # fmt: skip
_HORIZON = {
    "en": r"\b(?:{months})\b\.?|\b20\d\d\b|\b(?:q[1-4]|h[12])\b|\b(?:year|month|quarter|term|season)-end\b|\bend-of-(?:year|season|term|month)\b|"
          r"\b(?:by|before|until|till|within|over|in|during|for|this|next|end of|ahead of|in time for|through)\s+"
          r"(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:next\s+|first\s+|coming\s+|following\s+|current\s+)?"
          r"(?:\d+\s+|(?:{numbers})\s+)?(?:{periods})\b|"
          r"\b(?:by|before|ahead of|in time for|until)\s+(?:the\s+)?[a-z]+(?:'s)?\s+(?:day|week|weekend|fair|festival|show|open days?|season|opening|reopening|sales?|market|fete|friday|monday|night|eve|break|holidays?)\b",
    "fr": r"\b(?:{months})\b\.?|\b20\d\d\b|\b(?:t[1-4]|s[12])\b|\b(?:1er|premier|second|2e|deuxieme)\s+(?:semestre|trimestre)\b|"
          r"\b(?:d'ici|avant|jusqu'(?:a|au|en)|pour|en|dans|sur|pendant|cet|cette|fin|debut|a|au|apres|a partir d(?:e|u))\s+"
          r"(?:l'|d'|la\s+|le\s+|les\s+|un\s+|une\s+|ce\s+|cet\s+|cette\s+)?(?:fin\s+(?:de\s+|du\s+|d')?(?:l'|la\s+|le\s+)?)?"
          r"(?:\d+\s+|(?:{numbers})\s+|premier\s+|prochain\s+|prochaine\s+)?(?:{periods})\b|"
          r"\b(?:d'ici|avant)\s+(?:la|le|l')\s*(?:fete|salon|foire|festival|ouverture|reouverture|braderie|marche|journee)s?\b|\bd'ici\b",
}  # fmt: skip
_CHANGE = {
    "en": r"\b(?:increase|grow|raise|lift|boost|double|triple|improve|cut|reduce|lower|halve|get|gets|getting|win|gain|"
          r"hit|land|achieve|attract|bring|fill|sell|convert|turn|recruit|hire|sign|book|retain|keep|make|"
          r"earn|secure|drive|generate|move|push|go|take)\b|\b(?:more|fewer|less|extra|additional|new)\s+(?:\w+\s+){0,2}?\w+|"
          r"\b\d[\d,.]*\s*(?:%|k)?\s+(?:more|extra|additional|new|fewer)\b|\b(?:up|down) from\b|\bfrom\s+[£$€]?\d[\d,.]*\s*(?:%|k)?\s+to\b",
    "fr": r"\b(?:augmenter|accroitre|doubler|tripler|gagner|obtenir|reduire|diminuer|baisser|atteindre|decrocher|"
          r"remplir|vendre|signer|recruter|attirer|convertir|fideliser|garder|conquerir|porter|ramener|"
          r"transformer|generer|amener|faire (?:passer|venir|revenir|grimper|monter|baisser)|arriver a|parvenir a|"
          r"passer de|passer a|remonter)\b|\b(?:plus|moins) de\b|\b(?:de|en) (?:plus|moins)\b|\bdavantage\b|\bsupplementaires?\b|"
          r"\b(?:nouveaux|nouvelles)\b|\bde\s+\d[\d\s,.]*\s*(?:%|k|€)?\s+a\s+\d|\bcontre\s+\d",
}  # fmt: skip
_AIM = {  # someone wanting, aiming, needing: the aim said as a wish rather than a label
    "en": r"\b(?:hoping|aiming|looking|trying|planning|working towards|setting out) to\b|"
          r"\b(?:we|i|the (?:shop|studio|practice|team|club|school|charity|museum|firm|company|business))(?:\s+really|\s+would|'d|'re|'m|\s+also)?\s+"
          r"(?:want|wants|need|needs|hope|hopes|aim|aims|plan|plans|intend|intends|expect|expects|like|love|are after|am after|"
          r"are aiming|are hoping|are looking|would like|would love|must|have to)\b|"
          r"\b(?:goal|goals|aim|target|objective|outcome|purpose|mission|ambition|success|the point|the idea|what we're after|what matters)\b",
    "fr": r"\b(?:en vue de|histoire de|dans le but de|afin d(?:e|'))\b|"
          r"\b(?:je|j'|on|nous|il|elle)\s*(?:ne\s+)?(?:veux|voudrais|veut|voudrait|voulons|voudrions|aimerais|aimerait|aimerions|"
          r"souhaite|souhaitons|souhaiterais|vise|visons|compte|comptons|cherche|cherchons|espere|esperons|dois|doit|devons|"
          r"ai envie|a envie|avons envie|ai besoin|a besoin|avons besoin|tiens a|tient a|tenons a)\b|"
          r"\b(?:objectifs?|obj|but|cible chiffree|ambition|enjeu|cap|mission|resultat attendu|ce qu'on cherche|ce que nous cherchons|"
          r"ce qu'on veut|ce que nous voulons|l'idee)\b",
}  # fmt: skip
_BASELINE = {
    "en": r"\b(?:we(?:'re| are) at|we have|we had|we got|currently|today|now at|at the moment|last (?:year|spring|summer|autumn|winter|season|month|quarter|term|time)|"
          r"than last|up from|down from|compared (?:with|to)|against\s+\d+|vs\.?\s+\d+|now)\b",
    "fr": r"\b(?:on en a|on en avait|nous en avons|nous en avions|j'en ai(?: eu)?|aujourd'hui|actuellement|"
          r"l'an dernier|l'annee derniere|l'an passe|l'annee passee|la derniere|qu'(?:au|en|l'an)|contre\s+\d+|alors que)\b",
}  # fmt: skip
_PEOPLE = {
    "en": r"\b(?:people|those|anyone|ones|\w+s|\w+men|\w+women|children|staff|folk|folks)\s+(?:\([^)]{1,40}\)\s+)?(?:[\w'-]+\s+){0,4}?(?:who|that|whose)\s+\w+|"
          r"\b(?:among|for|to)\s+(?:[\w'-]+\s+){1,4}?[\w'-]+s\s+(?:who|that|whose)\b",
    "fr": r"\b(?:les|des|aux|ces|nos|mes)\s+(?:[\w'-]+\s+){0,5}?[\w'-]+\s+(?:\([^)]{1,40}\)\s+)?,?\s*qui\s+\w+|"
          r"\b(?:celles?|ceux|personnes|gens)\s+qui\b",
}  # fmt: skip
_DIFFICULTY = {
    "en": r"\b(?:can't|cannot|can not|don't|doesn't|won't|aren't|isn't|never|no time|not enough|without|struggle\w*|"
          r"lose|losing|lost|waste|wasting|worry|worried|afraid|fear|dread|dreads|stuck|overwhelmed|tired|drowning|"
          r"confused|unsure|put off|puts off|hard|difficult|trouble|problem|pain|need|needs|want|wants|"
          r"looking for|hate|chase|chasing|assume|but|too late|broken|breaks down|broke down|stops working)\b|\bonly (?:notice|realise|realize|find out|remember|think of|call|come)\w*\b",
    "fr": r"\b(?:ne\s+|n')\w+|\bpas (?:le temps|assez|de)\b|\bsans\b|\bmais\b|\ben panne\b|\b(?:galere\w*|peine\w*|perde?n?t|"
          r"redoute\w*|craign\w*|peur|inquiet\w*|epuise\w*|debord\w*|perdus?|cherche\w*|veulent|voudraient|"
          r"aimeraient|besoin|manque\w*|hesit\w*|oublie\w*|repousse\w*|bless\w*|souffr\w*|difficile|mal a|trop tard|au dernier moment)\b",
}  # fmt: skip
_AFTER = {
    "en": r"\b(?:after|once|when)\s+(?:the\s+)?(?:{months}|campaign|launch|season|series|q[1-4]|it|that|this|"
          r"the sale|christmas|easter|summer|term|event|open days?)\b[^.;\n]{0,40}?\b(?:keep|continue|carry on|stay|move to|"
          r"go (?:back )?to|drop to|switch|then|still|we)\b|\bfrom then on\b|\bafterwards\b|\bafter that\b|"
          r"\bkeep\s+(?:\w+\s+){0,4}?going\b|\bbeyond\s+(?:the\s+)?(?:{months}|campaign|launch|q[1-4])\b|"
          r"\b(?:is|are) over\b[^.;\n]{0,40}\b(?:keep|continue|stay)\b|\bends?\b[^.;\n]{0,30}\b(?:keep|continue|stay)\b|"
          # a month after which the rhythm changes: "in March we switch to one video a month"
          r"\b(?:in|from)\s+(?:{months})\b[^.;\n]{0,20}?\bwe(?:'ll| will)?\s+(?:switch|move|drop|go back|slow|scale)\w*\b",
    "fr": r"\b(?:en|des|a partir d'|a partir de)\s*(?:{months})\b[^.;\n]{0,20}?\b(?:on|nous)\s+(?:passe|passons|passera|passerons|revient|revenons|"
          r"reviendra|reviendrons|ralenti\w*|reste|restons|restera)\b|"  # « en mars, on passe à une vidéo par mois »
          r"\bensuite\b|\bpar la suite\b|\bune fois (?:la|le|les|l')\s*\w+|\bapres\s+(?:la|le|l'|les)?\s*(?:{months}|campagne|"
          r"lancement|saison|noel|paques|l'ete|ete|fetes|operation|salon|rentree)\b|\ba (?:la|partir de la) rentree\b[^.;\n]{0,60}\b(?:continu|gard|maint|poursuiv|rest)\w*|"
          r"\b(?:on|nous|je)\s+(?:\w+\s+){0,2}?(?:continu|garde|maintien|poursui)\w*\b[^.;\n]{0,40}\b(?:apres|ensuite|au-dela|rythme)\b|"
          r"\bau-dela\s+d(?:e|u)\b",
}  # fmt: skip
_NETWORKS = (r"instagram|insta|facebook|fb|tiktok|tik tok|linkedin|pinterest|youtube|snapchat|twitter|threads|"
             r"bluesky|mastodon|google|whatsapp|reseaux(?: sociaux)?|networks?|platforms?|plateformes?|social media|socials")
_PRESENCE = {
    "en": r"\b(?:have|open|start|create|launch)\s+(?:a|an|our)\s+(?:{networks})\b|"
          # being found online, or an account on every app: "findable on all the apps", "invisible online"
          r"\b(?:findable|discoverable|searchable|visible)\s+(?:on|across|online|everywhere)\b|\binvisible (?:online|on (?:the )?(?:internet|web|socials?|social media))\b|"
          r"\b(?:an?|one)\s+(?:account|page|profile|channel)\s+on\s+(?:every|each|all)\b|"
          r"\b(?:have|open|start|create|launch|set up)\s+(?:our\s+|an?\s+)?(?:accounts?|pages?|profiles?|channels?)\s+(?:on|across)\s+(?:every|all|each)\b|"
          r"\bevery corner of (?:the )?(?:internet|web|socials?|social media)\b|\ball over (?:the )?(?:internet|web|socials?|social media|{networks})\b|"
          r"\bin everyone's (?:feeds?|timelines?|phones?)\b|\bomnipresent\b|"
          r"\b(?:be|being|appear|appearing|exist|existing)\s+(?:\w+\s+)?wherever\b|\bif (?:a|any) (?:platform|network|app|social network) exists\b|"
          r"\b(?:be|being|get|getting)\s+seen\s+(?:everywhere|wherever|(?:on|in|across)\s+(?:every|all|each)(?:\s+[\w-]+)?)\b|"
          r"\b(?:show|turn|pop)(?:ing|s)?\s+up\s+(?:everywhere|wherever|(?:on|in)\s+(?:every|all|each)(?:\s+[\w-]+)?)\b|"
          r"\b(?:be|being|get|getting|set up|exist|visible|present|presence|active)\b"
          r"(?:\s+[\w'.-]+){0,4}?\s+(?:on|onto|across)\s+(?:(?:every|all|the|our|a|each)\s+){0,2}(?:{networks})\b",
    "fr": r"\b(?:avoir|ouvrir|creer|lancer)\s+(?:un|une|notre)\s+(?:compte\s+|page\s+|chaine\s+)?(?:{networks})\b|"
          # « qu'on ne puisse plus nous rater en ligne », « introuvables sur internet », « un profil sur chaque appli »
          r"\b(?:rater|manquer|louper|trouver|voir|reperer)\s+en ligne\b|\b(?:introuvables?|invisibles?)\s+(?:en ligne|sur internet|sur le web|sur les reseaux)\b|"
          r"\b(?:un|une)\s+(?:compte|page|profil|chaine)\s+(?:sur|dans)\s+(?:chaque|tous les|toutes les)\s+(?:applis?|applications?|reseaux|plateformes?)\b|"
          r"\b(?:avoir|ouvrir|creer|lancer)\s+(?:un|une|notre|nos|des)\s+(?:comptes?|pages?|profils?|chaines?)\s+(?:sur|dans)\s+(?:tous|toutes|chaque)\b|"
          r"\b(?:voie|voient|voit|vus?|vues?|visibles?|apparaitre|apparaissions|trouver|trouve)\s+partout\b|\bdans tous les fils\b|"
          r"\b(?:croise|croisent|voit|voient|trouve|trouvent|tombe|tombent)\s+(?:\w+\s+){0,2}?(?:dans|sur)\s+(?:chaque|tous les|toutes les)\s+"
          r"(?:stor(?:y|ies)|fils?|feeds?|ecrans?|reseaux|plateformes?|recherches?)\b|\bsur tous les ecrans\b|\bomnipresent(?:e|s|es)?\b|"
          r"\b(?:ou que|partout ou)\s+(?:l'on|on|les gens|vous|tu|nos clients|nos clientes)\b|\bdes qu'(?:un|une) (?:reseau|plateforme|appli) (?:existe|sort|apparait)\b|"
          r"\b(?:etre|soyons|sommes|exister|existe|present(?:e|s|es)?|presence|arriver|visibles?|actifs?)\b"
          r"(?:\s+[\w'.-]+){0,4}?\s+(?:sur|dans)\s+(?:(?:tous|toutes|les|nos|un|une|chaque)\s+){0,2}(?:{networks})\b",
}  # fmt: skip
_UNIVERSAL = {
    "en": r"\bbasically (?:any|every)(?:one|body|\s+\w+)\b|\b(?:any|every) (?:building|house|property|car|vehicle|home) with\b|"
          r"\b(?:is|are|:|for|reach|target|targets|targeting|at)\s+(?:basically\s+|just\s+|really\s+|simply\s+|literally\s+)?(?:anyone|anybody)\b|"
          r"\b(?:everyone|everybody|all ages|all people|the whole (?:town|city|country|world)|"
          r"the general public|(?:there's |there is )?no ?(?:one|body) (?:this|it|that) (?:isn't|is not|wouldn't be) for|there's no one|whoever)\b|"
          r"\b(?:anyone|anybody|everyone|everybody) with (?:a |an )?(?:skin|hair|teeth|feet|a pulse|pulse|a phone|phone|eyes|a body|body)\b|"
          r"\bfrom (?:kids|teens|teenagers|children|students|toddlers|babies)\b[^.;\n]{0,20}\bto (?:grandparents|seniors|pensioners|retirees|the elderly)\b|"
          r"\b(?:exclude|leave out|leaving out|excluding)\s+(?:no one|nobody|anyone|anybody)\b|"
          r"\b(?:not|n't|never)\s+(?:\w+\s+)?(?:leav\w*|exclud\w*|turn\w*|shut\w*)\s+(?:anybody|anyone|any \w+)\s*(?:out|away)?\b|\byoung (?:or|and|and old|as well as) old\b|\byoung and old\b|"
          r"\ball (?:residents|locals|consumers|households|adults)\b|"
          r"\b(?:speak|speaking|talk|talking|write|writing|cater|catering)\s+to\s+(?:all|everyone)\b(?!\s+(?:the\s+)?[\w-]+\s+(?:who|that|with))|"
          r"\bany (?:household|person|business|company|family|adult|home)\b(?!\s+(?:who|that|with|which))|"
          r"\bevery (?:single\s+)?(?:adult|man|woman|person|household|home|family|resident|local|homeowner|tenant|landlord|driver|motorist|parent)\b[^.;\n]{0,25}?\bin (?:the |our |this )?"
          r"(?:town|city|postcode|area|region|country|county|village|neighbou?rhood|borough|zip code)\b(?!\s+(?:who|that|with|whose))|"
          r"\bevery (?:business|company|person|household|adult|human|home|family)\s+(?:on (?:the|this) planet|in the (?:world|country|land)|out there|alive)\b|"
          r"\b(?:if|as long as) (?:you|they|someone|it)\s+(?:\w+\s+)?(?:has|have|own|owns|use|uses|eat|eats|need|needs|breathe|breathes|wear|wears)\s+"
          r"(?:a |an |any |some )?(?:{everyone_has})\b[^.;\n]{0,12}?\b(?:you|they|it)(?:'re| are|'s| is)\s+(?:our|a|an)\s+(?:\w+\s+)?(?:customers?|clients?|targets?|users?|buyers?|market)\b",
    "fr": r"\b(?:cible|public|clientele|clients?)\s*:?\s*(?:c'est\s+|ce sont\s+)?les gens\b|\btout ce qui (?:a faim|a soif|mange|bouge|respire|marche|roule)\b|"
          r"\b(?:tout le monde|n'importe qui|quiconque|tous publics|tous les publics|toute la (?:population|ville|france)|"
          r"le grand public|personne n'est exclu|de 7 a 77 ans|chacun)\b|"
          r"\bdes (?:enfants|ados|adolescents|jeunes|etudiants|bebes)\b[^.;\n]{0,20}\baux (?:seniors|retraites|grands-parents|aines)\b|"
          r"\b(?:n'|ne\s+)(?:\w+\s+){0,2}?(?:exclure|oublier|laisser de cote) personne\b|\bjeunes (?:ou|et|comme) (?:vieux|moins jeunes|anciens|seniors)\b|"
          r"\btous les (?:habitants|francais|gens|consommateurs|particuliers)\b|"
          r"\b(?:s'adresse|s'adressent|nous adressons|parle|parlons|ecrit|ecrivons)\s+a\s+tous\b(?!\s+(?:les|ceux|celles|nos|ces))|"
          r"\bn'importe (?:quel|quelle|quels|quelles)\s+[\w-]+\b(?!\s+(?:qui|dont|avec))|\bsans distinction\b|"
          r"\btous les (?:adultes|habitants|residents|foyers|menages)\s+(?:du|de la|de l')\s*(?:quartier|ville|village|region|departement|commune|coin)\b(?!\s+(?:qui|dont))|"
          r"\b(?:toutes les|chaque|toute) (?:entreprises?|personnes?|foyers?|familles?|menages?)\s+(?:de la planete|du monde|du pays|de france|qui existe\w*)\b|"
          r"\bsi (?:vous|tu|on|quelqu'un)\s+(?:\w+\s+)?(?:avez|as|a|possedez|mangez|manges|mange|utilisez|portez|respirez|respire)\s+(?:un |une |des |du |de la )?(?:{everyone_has})\b"
          r"[^.;\n]{0,12}?\b(?:vous etes|tu es|c'est|il est)\s+(?:notre|un|une|nos)\s+(?:\w+\s+)?(?:clients?|clientes?|cibles?|publics?)\b",
}  # fmt: skip
_EVERYONE_HAS = {  # what everyone has or does: a condition on it selects no one ("if you have teeth, …")
    "en": r"skin|hair|teeth|feet|eyes|a body|body|pulse|heartbeat|phone|smartphone|tasks|to-dos?|dinner|food|meals?|lunch|"
          r"breakfast|home|house|clothes|money|inbox|email|birthday",
    "fr": r"peau|cheveux|dents|pieds|yeux|corps|pouls|coeur|telephone|portable|smartphone|taches|repas|diner|dejeuner|"
          r"maison|logement|vetements|argent|boite mail|anniversaire",
}  # fmt: skip
_ON_ITS_OWN = {
    "en": r"\blet (?:it|them)\s+(?:run|do (?:its|their|the) (?:thing|work|job))\b|\bno(?:body|one)\s+(?:\w+\s+){0,3}?(?:needs|has|will need|will have) to (?:touch|think about|worry about|bother with)\b|"
          r"\bwithout (?:any )?(?:human )?(?:input|intervention|effort) from (?:us|anyone|the team)\b|"
          r"\b(?:automatically|on autopilot|on its own|by itself|on their own|by themselves|of their own accord|of its own accord|takes care of (?:our|the|everything)|sorted|"
          r"does the (?:work|rest)|handles? everything|no need (?:for|to)|set and forget|instead of us|in our place)\b|"
          r"\bwithout (?:anyone|anybody|us|you|a person)\s+(?:\w+\s+){0,2}?(?:having|needing|having to|needing to)\b|"
          r"\b(?:that's|that is|which is|so)\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:handled|sorted|covered|taken care of)\b|"
          r"\b(?:writes?|posts?|publish(?:es)?|schedules?|creates?)\s+(?:and\s+\w+\s+)?(?:all|every|each)\s+(?:of\s+)?(?:our|the)\s+(?:posts?|content|updates)\b|"
          r"\b(?:that's|that is|this is|there's)\s+(?:our|the)\s+(?:whole\s+)?(?:plan|strategy)\b",
    "fr": r"\bsans (?:la moindre|aucune) intervention\b|\b(?:la|le|les) (?:laisser|laisse|laissons|laisserons|laissera) tourner\b|"
          r"\bpersonne\s+(?:[\w']+\s+){0,3}?n'(?:aura|a)\s+(?:plus\s+)?(?:besoin|a)\s+d(?:e|')\s*(?:y toucher|s'en occuper|intervenir)\b|"
          r"\b(?:automatiquement|toute?s? seule?s?|d'elles?-memes?|d'eux-memes|de lui-meme|en pilote automatique|"
          r"s'occupe(?:ra)? de tout|fera le (?:travail|reste)|plus besoin d|regle|a notre place|a ma place|a (?:elle|lui) seule?|a eux seuls)\b|"
          r"\b(?:n'a|n'avons|n'aura|n'aurons|n'ai)\s+plus\s+(?:rien\s+)?a\s+(?:s'en\s+|nous en\s+|m'en\s+|y\s+)?(?:occuper|penser|faire|gerer)\b|"
          r"\bsans (?:que|qu')\s*(?:personne|nous|on|quiconque)\s+(?:n'\s*)?(?:ait|ayons|aie)\s+(?:rien\s+(?:d'autre\s+|de plus\s+)?)?a\b|"
          r"\b(?:c'est|voila)\s+(?:ca|cela|tout)\s*,?\s*(?:notre|le|mon)\s+(?:plan|strategie)\b",
}  # fmt: skip

_WEEKDAYS = {
    "en": r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?",
    "fr": r"lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?",
}
_RECURRING = {  # when a figure is read: a time that comes back
    "en": r"\b(?:every|each|once a|once per|once every)\s+(?:other\s+|second\s+|single\s+)?(?:[\w-]+\s+)?(?:{periods}|{weekdays}|morning|evening|"
          r"fortnight|sprint|phase|meeting|review|session|event|visit)\b|\b(?:daily|weekly|monthly|quarterly|fortnightly|yearly|annually)\b|"
          r"\b(?:at|by) the (?:end|start|close|beginning) of (?:each|every|the|a)\s+(?:[\w-]+\s+)?(?:{periods})\b|"
          r"\b(?:on|at) the (?:first|last|second) (?:{weekdays}|day|working day) of (?:each|every|the) month\b",
    "fr": r"\b(?:chaque|tous les|toutes les|a chaque|une fois par|une fois tous les)\s+(?:[\w-]+\s+)?(?:{periods}|{weekdays}|matin|soir|"
          r"quinzaine|reunion|point|comite|conseil|bilan|seance|atelier)\b|\b(?:hebdomadaire|hebdo|mensuel|mensuelle|mensuellement|"
          r"trimestriel|trimestrielle|quotidien|quotidienne|annuel)\b|\ba la fin (?:de chaque|du|de la|de l'|de chaque)\s*(?:[\w-]+\s+)?(?:{periods})\b|"
          r"\b(?:le|au|chaque) (?:premier|1er|dernier|deuxieme|2e) (?:{weekdays}|jour|jour ouvre) (?:de chaque|du) mois\b",
}  # fmt: skip
# A tool taken on: bought, subscribed to, installed, relied on; named by its kind or its (capitalised) name.
_TOOL_KINDS = (r"tools?|apps?|application|assistant|scheduler|scheduling \w+|software|platform|bot|chatbot|ai|plugin|"
               r"automation|robot|outil|logiciel|appli|plateforme|programmateur|ia|automatisation|extension")
_TOOL = {
    "en": r"\b(?i:buy|buying|bought|purchase|purchased|subscribe to|subscribed to|sign up (?:to|for)|signed up (?:to|for)|"
          r"pay for|paying for|install|installed|set up|rely on|relying on|use|using|invest in|invested in)\s+"
          r"(?P<tool>(?i:(?:a|an|the|our|one)\s+)(?:[\w-]+\s+){0,2}?(?i:" + _TOOL_KINDS + r")\b|"
          r"(?<!(?i:use) )(?<!(?i:using) )(?<!(?i:rely on) )[A-Z][\w]+(?:\s[A-Z][\w]+)?)",
    "fr": r"\b(?i:acheter|achete|achetons|achetera|souscrire a|souscrit a|souscrivons a|abonner a|abonne a|abonnons a|abonnes a|abonnement a|"
          r"installer|installe|installons|utiliser|utilise|utilisons|miser sur|mise sur|compter sur|passer par|investir dans)\s+"
          r"(?P<tool>(?i:(?:un|une|le|la|l'|notre)\s*)(?:[\w-]+\s+){0,2}?(?i:" + _TOOL_KINDS + r")\b|"
          r"(?<!(?i:utiliser) )(?<!(?i:utilise) )(?<!(?i:passer par) )[A-Z][\w]+(?:\s[A-Z][\w]+)?)",
}  # fmt: skip
# A group as a channel (« le groupe des parents »), unless it is a network's own ("Facebook group"),
# which the network's name already counts: one channel, not two.
_GROUP = re.compile(r"\bgroup(?:e)?s?\b")
_NETWORK_NAMES = r"facebook|fb|whatsapp|linkedin|telegram|signal|discord|messenger|slack|reddit|meetup|strava|google|viber"
_NETWORK_BEFORE = re.compile(rf"(?:{_NETWORK_NAMES})(?:'s)?\s+$")
_NETWORK_AFTER = re.compile(rf"\s+(?:de\s+|du\s+|on\s+)?(?:{_NETWORK_NAMES})\b")

_COUNTED = {
    "en": r"\b(?:number|count|total|share|rate|percentage|proportion|amount)\s+of\s+(?:\w+\s+){0,2}?[\w-]+|"
          r"\b(?:count|counts|counted|counting|track|tracks|tracked|tracking|report|reports|reported|check|checks|checked|"
          r"measure|measured|log|logged|tally|tallied|compare|compared)\s+(?:the\s+|our\s+|new\s+|(?:\w+\s+){0,2}?how many\s+)?(?:\w+\s+){0,2}?[\w-]+s\b|"
          r"\b[\w-]+s[\s,]+(?:\w+\s+){0,2}?(?:counted|tracked|reported|checked|logged|measured|read)\b",
    "fr": r"\b(?:nombre|total|part|taux|pourcentage|proportion|montant)\s+(?:de|d'|des)\s*(?:\w+\s+){0,2}?[\w-]+|"
          r"\b(?:compte|comptons|comptera|comptent|compter|suit|suivons|suivre|releve|relevons|relever|mesure|mesurons|"
          r"mesurer|note|notons|noter|regarde|regardons|regarder)\s+(?:les\s+|le\s+|nos\s+|(?:\w+\s+){0,2}?combien\s+(?:de\s+|d')?)(?:\w+\s+){0,2}?[\w-]+|"
          r"\b(?!(?:les|des|nos|vos|ses|mes|tes|ces|aux|leurs)\b)[\w-]+s[\s,]+(?:\w+\s+){0,2}?(?:comptee?s|suivie?s|relevee?s|mesuree?s)\b",  # « les comptes »: the noun
}  # fmt: skip
_PROPORTION = {
    "en": r"\b(?:\d+|{numbers}|one|a)\s+(?:[\w'-]+\s+){0,3}?(?:in|out of|for every|of every)\s+(?:\d+|{numbers})\b|"
          r"\b(?:\d+|{numbers})\s+(?:[\w'-]+\s+){0,3}?(?:to|for)\s+(?:one|a single|every one)\b(?!\s+(?:client|customer|person|family|child))|"  # "three tips to one offer"
          r"\b\d{1,3}\s*%|\b\d\s*/\s*\d{1,2}\b|\b\d+\s*:\s*\d+\b|\b(?:mostly|most of|majority|at most|at the most|"
          r"no more than|never more than|only occasionally|the rest|a minority)\b",
    "fr": r"\b(?:\d+|{numbers}|un|une)\s+(?:[\w'-]+\s+){0,3}?(?:sur|pour)\s+(?:\d+|{numbers})\b|"
          r"\b(?:\d+|{numbers})\s+(?:[\w'-]+\s+){0,3}?pour\s+(?:un|une)(?:\s+seule?)?\b(?!\s+(?:client|cliente|personne|famille|enfant))|"  # « trois conseils pour un mot sur nos offres »
          r"\b\d{1,3}\s*%|\b\d\s*/\s*\d{1,2}\b|\b(?:surtout|la plupart|l'essentiel|la majorite|majoritairement|"
          r"au plus|au maximum|max|jamais plus d|pas plus d|le reste|une minorite)\b",
}  # fmt: skip

_REPLIES = {  # answering people: a verb of answering or handling, then what people send
    "en": r"\b(?P<verb>answer\w*|repl(?:y|ies|ied|ying)|respond\w*|handl\w*|deal\w* with|look\w* after|takes? care of|moderat\w*|"
          r"clear\w*|monitor\w*|get\w* back to)\s+(?:to\s+)?(?:(?:the|all|every|each|any|our|their|new|incoming|[\w'-]+)\s+){0,2}?"
          r"(?P<what>comments?|messages?|dms?|direct messages|emails?|e-mails?|reviews?|questions?|enquir(?:y|ies)|inquir(?:y|ies)|mentions|"
          r"inbox|complaints?|criticism|replies|calls|texts|voicemails?)\b",
    "fr": r"\b(?P<verb>repond\w*|ger\w*|s'occup\w* d(?:es|e|u)|trait\w*|moder\w*|surveill\w*|lis|lit|lisons|relev\w*)\s+"
          r"(?:(?:aux|les|tous les|toutes les|chaque|a chaque|nos|des|de|du|la|le|l')\s*){0,2}(?:[\w'-]+\s+){0,1}?"
          r"(?P<what>commentaires?|messages?(?: prives)?|mp|dm|dms|mails?|e-mails?|courriels?|avis|questions?|critiques?|"
          r"demandes?|appels?|sms|plaintes?|reclamations?|boite)\b",
}  # fmt: skip

def _folded(pattern: str, language: str) -> re.Pattern[str]:
    for key, value in (("{months}", _MONTHS[language]), ("{periods}", _PERIODS[language]),
                       ("{numbers}", _NUMBER_WORDS[language]), ("{networks}", _NETWORKS),
                       ("{weekdays}", _WEEKDAYS[language]), ("{everyone_has}", _EVERYONE_HAS[language])):
        pattern = pattern.replace(key, value)
    return re.compile(pattern)


@lru_cache(maxsize=2)
def _compiled(language: str) -> dict[str, re.Pattern[str]]:
    lang = language if language in _HORIZON else "en"
    raw = {"@horizon": _HORIZON[lang], "@change": _CHANGE[lang], "@aim": _AIM[lang],
           "@baseline": _BASELINE[lang], "@people-who": _PEOPLE[lang], "@difficulty": _DIFFICULTY[lang],
           "@after": _AFTER[lang], "@networks": _PRESENCE[lang], "@universal": _UNIVERSAL[lang],
           "@on-its-own": _ON_ITS_OWN[lang], "@counted": _COUNTED[lang], "@proportion": _PROPORTION[lang],
           "@recurring": _RECURRING[lang]}
    compiled = {name: _folded(pattern, lang) for name, pattern in raw.items()}
    amount = _folded(_DIGITS + r"|\b(?:{numbers})\b", lang)  # @figure and @vanity: one pattern, told apart after
    return compiled | {"@figure": amount, "@vanity": amount}


@lru_cache(maxsize=2)
def _tool(language: str) -> re.Pattern[str]:
    return re.compile(_TOOL[language if language in _TOOL else "en"])


@lru_cache(maxsize=2)
def _replies(language: str) -> re.Pattern[str]:
    return re.compile(_REPLIES[language])


READINGS: tuple[str, ...] = ("@figure", "@horizon", "@change", "@aim", "@baseline", "@counted", "@proportion",
                             "@tally", "@recurring", "@actor", "@actor-task", "@people-who", "@difficulty", "@after",
                             "@group", "@networks", "@universal", "@on-its-own", "@tool", "@vanity", "@replies",
                             "@replies-to")


# Audience counts: a figure of these, or counting them, is vanity, not a figure that matters
# ("5 000 abonnés", "15k Instagram followers"; "abonnés payants", "à la newsletter" are customers).
_VANITY = (r"(?:followers|fans|likes|views|plays|impressions|reach|engagement|vues|j'aime|portee|shares|reposts|retweets|hearts|"
           r"partages|coeurs|mentions j'aime|"
           r"abonne(?:e)?s(?!\s+(?:payants|payantes|a la|a notre|au |aux |de la|du ))|subscribers(?!\s+(?:paying|to the|to our)))\b")
_VANITY_AFTER = re.compile(r"\s*(?:(?:instagram|insta|tiktok|facebook|fb|linkedin|youtube|x|twitter|new|more|extra|"
                           r"nouveaux|nouvelles|de plus|en plus|supplementaires|additional)\s+){0,2}" + _VANITY)
_VANITY_IN = re.compile(r"\b" + _VANITY)
_NO_FIGURE = re.compile(r"\b(?:success|succes|progress|progres|awareness|notoriete|performance|buzz)\b")
# Counting the people who follow is a follower count too: "how many people follow us", « combien de gens nous suivent »;
# so is the figure of an account: "the account past 50k", « le compte au-delà de 10 000 ».
_FOLLOWING = re.compile(r"\b(?:the|our)\s+(?:[\w-]+\s+)?(?:account|page|profile|channel)\s+(?:past|over|above|beyond|to)\s+\d|"
                        r"\b(?:le|notre|la)\s+(?:compte|page|profil|chaine)\s+(?:[\w-]+\s+)?(?:a|au-dela de|au-dessus de|depasse|depasser|au cap des?)\s+\d|"
                        r"\b(?:how many|number of|more|the)\s+(?:people|users|accounts|fans)\s+(?:who\s+|that\s+)?(?:follow|like|watch)s?\s+(?:us|our)\b|"
                        r"\b(?:combien de|nombre de|plus de|les)\s+(?:personnes|gens|comptes|internautes)\s+(?:qui\s+)?nous\s+(?:suivent|aiment|regardent)\b")
# Reaching people is reach too: "reach 100k accounts", « toucher 10 000 personnes ».
_REACH = re.compile(r"\b(?:reach|reaching|toucher|touchant|touche)\s+(?:\w+\s+)?\d[\d\s,.]*(?:k|m)?\s+"
                    r"(?:people|accounts|users|profiles|personnes|comptes|internautes|profils)\b")


def _date_or_duration(folded: str, start: int, end: int, language: str) -> bool:
    """"Nov 30", "30 avril", "3 months", "48 h": a figure that is a date or a time, not an amount."""
    lang = language if language in _MONTHS else "en"
    months, periods = _MONTHS[lang], _PERIODS[lang]
    before = re.search(rf"\b(?:{months})\.?\s*$", folded[max(0, start - 12) : start])
    after = re.match(rf"\s*(?:(?:st|nd|rd|th|er)\b\s*)?(?:(?:and|et|&|-|to|au)\s*\d+\s*)?(?:{months}|{periods}|h\b|hours?|heures?|minutes?|min\b|am\b|pm\b)",
                     folded[end : end + 30])
    return bool(before or after)


def reading(name: str, text: str, folded: str, language: str) -> list[Span]:
    """Where the reading `name` is found in a draft (its text and folded text, same offsets)."""
    if name in ("@replies", "@replies-to"):
        group = "verb" if name == "@replies" else "what"
        lang = language if language in _REPLIES else "en"
        return [m.span(group) for m in _replies(lang).finditer(folded)]
    if name in ("@actor", "@actor-task"):
        return actors(text, folded, language, name == "@actor-task")
    if name == "@tally":
        return tally(folded, language)
    if name == "@tool":  # on the folded draft with its capitals put back: a product's name needs its capital
        return [m.span("tool") for m in _tool(language).finditer(cased(text, folded))]
    if name == "@group":
        return [m.span() for m in _GROUP.finditer(folded) if not _NETWORK_BEFORE.search(folded, max(0, m.start() - 14), m.start())
                and not _NETWORK_AFTER.match(folded, m.end())]
    pattern = _compiled(language).get(name)
    if pattern is None:
        raise KeyError(name)
    spans = [m.span() for m in pattern.finditer(folded) if m.end() > m.start()]
    if name == "@vanity":  # a figure of followers, likes, views…, or of people reached
        spans = [(s, _VANITY_AFTER.match(folded, e).end()) for s, e in spans if _VANITY_AFTER.match(folded, e)]
        spans += [m.span() for m in _REACH.finditer(folded)] + [m.span() for m in _FOLLOWING.finditer(folded)]
    elif name == "@figure":
        reached = [m.span() for m in _REACH.finditer(folded)]
        spans = [(s, e) for s, e in spans if not _VANITY_AFTER.match(folded, e)
                 and not _date_or_duration(folded, s, e, language) and not any(a <= s < b for a, b in reached)]
    elif name == "@counted":  # counting followers, or "success" itself, names no figure
        spans = [(s, e) for s, e in spans if not _VANITY_IN.search(folded, s, e) and not _NO_FIGURE.search(folded, s, e)]
    return spans


def readings(names: set[str], text: str, folded: str, language: str) -> dict[str, list[tuple[Span, str]]]:
    """Each named reading's matches as (span, key), the key being the words matched (what tells
    two matches apart, like a phrase)."""
    found: dict[str, list[tuple[Span, str]]] = {}
    for name in names:
        spans = reading(name, text, folded, language)
        if spans:
            found[name] = [(span, folded[span[0] : span[1]]) for span in spans]
    return found

