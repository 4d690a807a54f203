"""Realistic drafts for the benchmark, generated deterministically from sentence banks.

The sentences read like what marketing teams and community managers post: some
generous, some pushy, some self-centred, some with figures and links, in French
and English. Drafts are assembled to about 280 or about 2,000 characters.
"""

from __future__ import annotations

import random

FR = [
    "Vous préparez votre budget de l'an prochain ?",
    "Voici notre guide gratuit en cinq étapes, avec un modèle de tableur à télécharger.",
    "Achetez maintenant !!! Offre limitée, dernière chance.",
    "Nous sommes fiers d'annoncer que notre entreprise a atteint 10 000 fans sur Facebook.",
    "Dites-nous en commentaire ce qui vous bloque, on vous répond.",
    "Selon une étude récente, 73 % des clients lisent les avis avant d'acheter.",
    "Inscrivez-vous à notre newsletter pour ne rien rater.",
    "Merci à Julie pour ce retour d'expérience, très utile pour toute la communauté.",
    "Notre nouvelle collection est disponible sur notre site, notre blog et notre boutique.",
    "Trois astuces pour répondre aux critiques sans perdre son calme.",
    "Je suis expert en réseaux sociaux et gourou du marketing digital.",
    "Quelle est votre plus grande difficulté cette semaine ?",
    "Retrouvez le replay de l'atelier d'hier, avec les diapositives en accès libre.",
    "PROFITEZ-EN VITE, C'EST LE MOMENT OU JAMAIS !",
    "Nos clients nous disent que le support répond en moins d'une heure.",
    "Un grand merci pour vos 500 likes sur notre dernière publication !",
    "Découvrez comment une association locale a doublé ses bénévoles en six mois.",
    "Cliquez ici : https://exemple.fr/promo et partagez à vos amis #promo #soldes",
    "On vous explique pas à pas comment mesurer ce qui compte vraiment.",
    "Rendez-vous jeudi pour une session de questions-réponses en direct.",
]
EN = [
    "Planning your budget for next year?",
    "Here is our free five-step guide, with a spreadsheet template to download.",
    "Buy now!!! Limited offer, last chance.",
    "We are proud to announce that our company just reached 10,000 followers.",
    "Tell us in the comments what is holding you back and we will answer.",
    "According to a recent survey, 73% of customers read reviews before buying.",
    "Sign up for our newsletter so you never miss a thing.",
    "Thanks to Julie for sharing her experience, really useful for the whole community.",
    "Our new collection is live on our website, our blog and our shop.",
    "Three tips for answering criticism without losing your cool.",
    "I am a social media expert and a digital marketing guru.",
    "What is your biggest challenge this week?",
    "The recording of yesterday's workshop is up, slides free for everyone.",
    "HURRY UP, IT'S NOW OR NEVER!",
    "Our customers tell us support answers in under an hour.",
    "Huge thanks for the 500 likes on our last post!",
    "See how a local charity doubled its volunteers in six months.",
    "Click here: https://example.com/promo and share with your friends #promo #sale",
    "We walk you through measuring what really matters, step by step.",
    "Join us on Thursday for a live Q&A session.",
]


def drafts(count: int, size: int, seed: int = 7) -> list[str]:
    """`count` drafts of about `size` characters, half French, half English."""
    rng = random.Random(seed + size)
    out = []
    for i in range(count):
        bank = FR if i % 2 == 0 else EN
        parts: list[str] = []
        while sum(len(p) + 1 for p in parts) < size - 40:
            parts.append(rng.choice(bank))
        out.append(" ".join(parts))
    return out
