"""Recall round 46 (issue 11, session 28): pushy and self-promotional shapes of social posts that the earlier sets
lacked, read by kind in both languages, each pinned beside an ordinary twin that shares its words.

What must hold, each case stated side by side in English and in French:
- hard-sell: a private message asked for with a secret or a code word and nothing said of what it is for ("DM me
  'GROW'", « envoie-moi « GO » en MP »); a chain letter's dare to share ("most of you won't share this", « 7 ans de
  malheur » for whoever does not); a course launch closing its doors or taking its replay down; a job's fee "refunded
  after your first week"; a word to comment for a DM in a job post; a stranger's technician who wants the reader's
  machine; a few "ambitious mamas" sought for one's team (MLM); a coach "only taking 3 new clients"; a fake "if this
  wasn't you, call" line.
- their ordinary twins stay quiet on hard-sell: a friend who will show how they fixed a bike, a broken mirror's seven
  years of bad luck, a theatre's doors, a club fee refunded if the season is cancelled, a real employer's advert, the
  office's IT visit, a relay team's places, a coach taking two days off, a pizza to share with four people, a chain
  letter laughed at.
- self-promotion: one's own server dropped in someone else's channel ("come to mine instead: discord.gg/…"), one's own
  stream with its link, follow for follow (« abonnement contre abonnement »); a sister's stream passed on, a server's
  crash told and a moderator's rules stay quiet.
"""

from __future__ import annotations

import pytest

from tests.review_helpers import fires, quiet

HARD_SELL = "hard-sell."
SELF_PROMO = ("self-promotion.", "give-first.")

# (what, English, French): both must draw a hard-sell finding
PUSHY_PAIRS = [
    ("a code word asked in private",
     "dm me 'GROW' and I'll show you exactly how I did it 🤫",
     "envoie-moi « GO » en MP et je te montre la méthode 🤫"),
    ("a secret kept for the DM",
     "Got something big for you but I can't say much here, message me privately.",
     "J'ai un truc énorme pour toi mais je peux pas en parler ici, viens pv."),
    ("a chain letter's dare",
     "Most of you won't repost this. Copy and paste, don't just hit share. Let's see who really cares.",
     "La plupart d'entre vous ne repartageront pas. Copiez-collez, ne partagez pas. Personne ne va repartager, je parie."),
    ("bad luck for whoever does not share",
     "Share this in 10 groups within the hour or you'll have 7 years of bad luck.",
     "Partage ce message dans 10 groupes dans l'heure sinon tu auras 7 ans de malheur."),
    ("a course launch closing its doors",
     "The replay goes down tonight: join before the doors close and keep the founding price.",
     "Le replay disparaît ce soir : rejoins avant la fermeture des portes et garde le prix fondateur."),
    ("a job's fee refunded after the first week",
     "Data entry from home, starter fee of $40 refundable after your first week. WhatsApp me.",
     "Saisie à domicile, frais d'inscription de 40 € remboursés après la première semaine. WhatsApp moi."),
    ("a word to comment for a DM in a job post",
     "We're hiring 10 people to earn from home! Weekly payouts. Comment JOB and I'll DM you the link.",
     "Nous recrutons 10 personnes ! Complément de revenu, paiement chaque semaine. Commente JOB et je t'envoie le lien."),
    ("a stranger's technician who wants the machine",
     "This is the Microsoft security team. Your PC is infected, please install the remote help tool so our technician can"
     " clean it.",
     "Ici l'équipe de sécurité de Microsoft. Votre PC est infecté, installez l'outil d'assistance pour qu'un technicien"
     " le nettoie."),
    ("a few ambitious mamas sought for one's team",
     "Looking for 4 ambitious mamas to work from their phone with me this month. Who's in?",
     "Je recrute 4 mamans motivées pour bosser depuis leur téléphone avec moi ce mois-ci. Qui est partante ?"),
    ("a coach taking only a few new clients",
     "I'm only taking 3 new clients in June, book your free call today.",
     "Je ne prends que 3 nouvelles clientes en juin, réserve ton appel offert aujourd'hui."),
    ("a fake sign-in alert with a number to call",
     "Your ID was used to sign in on a new device in Leeds. If this wasn't you, call our service on 0800 555 0144 to lock"
     " your account.",
     "Votre identifiant a été utilisé pour se connecter depuis un nouvel appareil à Lyon. Si ce n'était pas vous, appelez"
     " notre service au 09 70 25 41 77 pour bloquer votre compte."),

    ("a code word sent for the secret (batch 2)",
     "Two people already messaged me today. Send me 'INFO' and I'll tell you everything.",
     "Deux personnes m'ont déjà écrit aujourd'hui. Envoie-moi « INFO » et je te dis tout."),
    ("an emoji dropped for a DM about money from a phone (batch 2)",
     "Need extra cash? Just a phone and 1 hour a day. Drop a 🙋 and I'll message you.",
     "Besoin d'argent en plus ? Juste un téléphone et 1 h par jour. Mets un 🙋 et je t'écris."),
    ("a free workshop with no replay (batch 2)",
     "Free live workshop Thursday, only 40 spots and no replay, save yours.",
     "Atelier en direct gratuit jeudi, 40 places seulement et pas de replay, réserve la tienne."),
]

# (what, English, French): neither may draw a hard-sell finding
ORDINARY_PAIRS = [
    ("a word asked back from a friend (batch 2)",
     "Send me 'yes' once you've checked the dates for the trip.",
     "Envoie-moi « oui » quand tu as vérifié les dates du voyage."),
    ("a coach's seats counted as a fact (batch 2)",
     "The coach to the match has only 50 seats, leaving the ground at 6.",
     "Le car pour le match a 50 places seulement, départ du stade à 18 h."),
    ("a friend will show what they fixed",
     "DM me when you're back, I'll show you how I fixed the puncture.",
     "Envoie-moi un message quand tu rentres, je te montre comment j'ai réparé la crevaison."),
    ("a broken mirror's bad luck",
     "Dropped the bathroom mirror this morning, seven years of bad luck for me then.",
     "J'ai cassé le miroir de la salle de bain ce matin, sept ans de malheur pour moi alors."),
    ("a chain letter laughed at",
     "My aunt sent one of those chain messages again, apparently I'm cursed now.",
     "Ma tante m'a encore envoyé un de ces messages « partage-le dans 10 groupes ou 7 ans de malheur », je suis maudit."),
    ("a theatre's doors",
     "Doors close at 7:45 for the matinee, latecomers wait for the interval.",
     "Les portes ferment à 19 h 45 pour la matinée, les retardataires attendent l'entracte."),
    ("a club fee refunded if the season is cancelled",
     "The club fee is £25, refunded if the season is cancelled.",
     "La cotisation du club est de 25 €, remboursée si la saison est annulée."),
    ("a real employer's advert",
     "Harlow Bakery is hiring a part-time baker, 20 hours a week, apply by email before 3 May.",
     "La boulangerie Harlow recrute un boulanger à mi-temps, 20 h par semaine, candidature par mail avant le 3 mai."),
    ("the office's IT visit",
     "IT will install the new printers on Friday; a technician will come to each floor.",
     "Le service informatique installe les nouvelles imprimantes vendredi ; un technicien passera à chaque étage."),
    ("a relay team's places",
     "Our relay team still has 2 places for Sunday, tell Priya at training.",
     "Notre équipe de relais a encore 2 places pour dimanche, dites-le à Priya à l'entraînement."),
    ("a greeting asked in private",
     "DM me \"hey\" and I'll add you to the trip's group chat.",
     "mp moi « salut » et je t'ajoute au groupe du voyage."),
    ("a pizza to share",
     "A family pizza to share with 4 people, thin crust, out of the wood oven.",
     "Une pizza familiale à partager avec 4 personnes, pâte fine, sortie du four à bois."),
]

# (what, English, French): both must draw self-promotion or give-first
PROMO_PAIRS = [
    ("one's own server dropped in someone else's channel",
     "This server is so quiet lol, come to mine instead: discord.gg/latenight-crew",
     "Ce serveur est trop calme mdr, venez sur le mien : discord.gg/equipe-nocturne"),
    ("one's own server opened",
     "Not to spam but I just made my own Discord server for knitters, come join: discord.gg/purl-club",
     "Je veux pas spammer mais je viens de créer mon propre serveur pour les tricoteuses, venez : discord.gg/club-maille"),
    ("one's own stream with its link",
     "I'm streaming this map right now if anyone wants to watch me fail: twitch.tv/pebble_runs",
     "Je lance le live sur cette map, pensez au follow : twitch.tv/pebble_runs"),
    ("follow for follow",
     "drop me a follow, trying to grow this page 🙏",
     "abonnement contre abonnement ? pensez au follow 🙏"),
]

# (what, English, French): neither may draw self-promotion
ORDINARY_PROMO_PAIRS = [
    ("a sister's stream passed on",
     "My sister is streaming her first charity run tonight, pop in and cheer: twitch.tv/wren_speeds",
     "Ma sœur fait son premier live caritatif ce soir, passez l'encourager : twitch.tv/wren_speeds"),
    ("a server's crash told",
     "My server crashed again last night, glad we had backups.",
     "Mon serveur a encore planté cette nuit, heureusement qu'on avait des sauvegardes."),
    ("one's chat app crashing",
     "My discord keeps crashing since the update, anyone else?",
     "Mon discord plante depuis la mise à jour, quelqu'un d'autre ?"),
    ("a moderator's rules",
     "Rules: no advertising other servers and no DM ads, self-promo only in #showcase.",
     "Règles : pas de pub pour d'autres serveurs ni en MP, l'autopromo seulement dans #vitrine."),
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
def test_ones_own_server_or_stream_draws_self_promotion_in_both_languages(what, en, fr):
    fires(en, "en", SELF_PROMO)
    fires(fr, "fr", SELF_PROMO)


@pytest.mark.parametrize(("what", "en", "fr"), ORDINARY_PROMO_PAIRS, ids=[p[0] for p in ORDINARY_PROMO_PAIRS])
def test_an_ordinary_message_stays_quiet_on_self_promotion_in_both_languages(what, en, fr):
    quiet(en, "en", "self-promotion.")
    quiet(fr, "fr", "self-promotion.")
