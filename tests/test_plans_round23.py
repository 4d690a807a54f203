"""Round 23 of issue 15: the kinds of statement behind the misses of fresh26, read in general form (sentences of our
own, in other trades and words; bench/plans/probe23 holds more of them).

- A tool: a name subscribed to or signed with is a product, not a person (« on a souscrit à Postia, une plateforme
  qui… »); a tool at the wheel of our communication, handed the keys, or leaving no plan to write.
- Presence as being one scroll, tap or click away wherever people look (« à portée de pouce, partout où… »).
- Everyone after a singular label of whom the place draws ("Our crowd:", « Nos habitués : »).
- Cadence: the end of the season, then what we post (« quand la saison ferme, on garde… »), and not letting the page
  go quiet; a season that ends with nothing posted after it is no continuity.
- Owners: a checkbox before "Name:", and « faire les stories » / "do the stories" as a task; "I" who does not know
  how, or who rang or writes to the reader, takes no task.
- Purpose: what people are or how old (« en vacances », "aged 8 to 12") is no horizon of an aim.
"""

from __future__ import annotations

import pytest

from tests.plan_helpers import (
    EVERYONE,
    PRESENCE,
    TOOL,
    VANITY,
    counterfeits_and_covered,
    covered,
    fired,
)


@pytest.mark.parametrize("kind, counterfeit, twin", [
    (TOOL, "Notre méthode : on a souscrit à Postia, une plateforme qui rédige les textes et les publie à notre place.",
     "Notre méthode : on a souscrit à Postia pour programmer ; Léa rédige les textes et les publie le mardi."),
    (TOOL, "Our method: we signed with Postnova, a platform that writes the captions and posts them in our place.",
     "Our method: we signed with Postnova for scheduling; Jade writes the captions and posts them on Tuesdays."),
    (TOOL, "On a pris Scribo, une appli. On lui a confié les clés : c'est l'appli qui pilote notre communication.",
     "On a pris Scribo, une appli. Léa pilote notre communication et publie le jeudi."),
    (TOOL, "We took on Scribo, an app. We handed it the keys: it's the app that steers our marketing now.",
     "We took on Scribo, an app. Lena steers our marketing and posts on Thursdays."),
    (TOOL, "Notre plan : on a pris Scribo, une appli. Plus de plan à écrire.",
     "Notre plan : 30 inscriptions de plus d'ici juin ; Scribo nous sert à programmer, Léa écrit."),
    (TOOL, "Our plan: we signed up to Scribo. No more plan to write.",
     "Our plan: 30 more sign-ups by June; Scribo schedules, Lena writes."),
    (PRESENCE, "Our mission: wherever a phone gets unlocked in town, the bakery should be one scroll away.",
     "Our mission: 40 more cake orders a month by June; ordering is one tap away from every post."),
    (PRESENCE, "Notre mission : partout où un téléphone s'allume en ville, que la boulangerie soit à portée de pouce.",
     "Notre mission : 40 commandes de gâteaux de plus par mois d'ici juin ; la commande est à un clic depuis chaque publication."),
    (EVERYONE, "Our crowd: people from every walk of life, the general public.",
     "Our crowd: league bowlers over 60 who can't manage the long lanes at the big centre."),
    (EVERYONE, "Nos habitués : des gens de tous les milieux, le grand public.",
     "Nos habitués : les joueurs de ligue de plus de 60 ans qui ne supportent plus les longues pistes."),
])  # fmt: skip
def test_counterfeits_said_in_new_words_are_found_and_their_twins_are_not(advice, kind, counterfeit, twin):
    assert kind in fired(advice, counterfeit)
    assert kind not in fired(advice, twin)


@pytest.mark.parametrize("text", [
    "Objectif : 40 réservations de plus d'ici mai, le lien de réservation à portée de main sur chaque publication.",
    "Goal: 40 more bookings by May, with the booking link within reach on every post.",
])  # fmt: skip
def test_within_reach_is_no_reach_figure(advice, text):
    found, sections = counterfeits_and_covered(advice, text)
    assert VANITY not in found
    assert "purpose" in sections


def test_a_name_subscribed_to_names_no_owner(advice):
    assert "sustainability" not in covered(advice, "On a souscrit à Postia, une plateforme qui rédige et publie nos posts.")
    assert "sustainability" not in covered(advice, "We signed with Postnova, which writes and posts our captions.")
    assert "sustainability" in covered(advice, "Léa, qui rédige nos posts, les publie le mardi.")


@pytest.mark.parametrize("after, nothing_after", [
    ("On publie le mardi et le vendredi. Quand les soldes se terminent, une publication par semaine jusqu'à la rentrée.",
     "On publie le mardi et le vendredi. Quand la saison ferme, on ferme aussi les commentaires."),
    ("On publie le mardi et le vendredi sur Instagram. On ne laisse jamais le compte s'endormir.",
     "On publie le mardi et le vendredi sur Instagram."),
    ("We post on Tuesdays and Fridays on Instagram. We never let the account go quiet, even in August.",
     "We post on Tuesdays and Fridays on Instagram."),
    ("On publie le lundi. Une fois la saison terminée, on garde une publication par semaine.",
     "On publie le lundi. La saison se termine en octobre."),
])  # fmt: skip
def test_the_end_of_the_season_then_what_we_post_is_continuity(advice, after, nothing_after):
    assert "consistency" in covered(advice, after)
    assert "consistency" not in covered(advice, nothing_after)


@pytest.mark.parametrize("owner, nobody", [
    ("À faire pour le compte du salon :\n- [ ] Chloé : faire les stories le samedi",
     "À faire pour le compte du salon :\n- [ ] acheter la lumière\n- [ ] refaire la bio"),
    ("To do for the shop's account:\n- [ ] Dan: do the stories on Saturdays",
     "To do for the shop's account:\n- [ ] buy the ring light\n- [ ] redo the bio"),
    ("[x] Inès : faire les photos du marché", "[x] Samedi : faire les photos du marché"),
    ("Pour le reste, c'est moi : je publie les réparations chaque vendredi.",
     "Je ne sais pas publier sur Instagram, c'est pour ça que je vous appelle."),
    ("As for the rest, I'll post the repairs every Friday.",
     "I don't really know about the posting and all that, that's why I rang you."),
])  # fmt: skip
def test_a_checked_task_has_its_owner_and_an_i_who_does_not_know_has_none(advice, owner, nobody):
    assert "sustainability" in covered(advice, owner)
    assert "sustainability" not in covered(advice, nobody)


@pytest.mark.parametrize("who, aim", [
    ("Ceux qu'on veut attirer : les familles en vacances, avec des enfants de 8 à 12 ans, qui ont peur de se perdre.",
     "Objectif : attirer 40 familles en vacances de plus d'ici juillet."),
    ("Who we want to attract: families on holiday with children aged 8 to 12, who are afraid of getting lost.",
     "Goal: 40 more families on holiday booking a canoe by July."),
    ("On veut attirer des retraités de plus de 65 ans qui n'osent pas monter sur un vélo électrique.",
     "On veut 25 retraités de plus de 65 ans inscrits à l'atelier vélo d'ici mars, contre 10 aujourd'hui."),
    ("We want to attract retirees over 65 who don't dare get on an e-bike.",
     "We want 25 retirees over 65 signed up for the bike workshop by March, up from 10."),
])  # fmt: skip
def test_what_people_are_or_how_old_is_no_horizon(advice, who, aim):
    assert "purpose" not in covered(advice, who)
    assert "relevance" in covered(advice, who)
    assert "purpose" in covered(advice, aim)


@pytest.mark.parametrize("text", ["To do: buy a ring light, redo the bio.", "À faire : acheter une lumière, refaire la bio."])
def test_a_to_do_heading_is_nobody(advice, text):
    assert "sustainability" not in covered(advice, text)


@pytest.mark.parametrize("tool, person", [
    ("Pour les réseaux, plus besoin de stratégie : l'appli Postimo s'en charge.",
     "Pour les réseaux, Julie s'en charge : deux posts par semaine."),
    ("For the socials, no need for a strategy: the app Postimo takes care of everything.",
     "For the socials, Julie takes care of it: two posts a week."),
])  # fmt: skip
def test_a_name_after_its_kind_of_tool_is_the_tool(advice, tool, person):
    """The counterfeit is found (the name is no one beside the tool); the owners rule's own name-and-verb pattern
    still reads the name as an owner, which this round leaves open."""
    assert TOOL in fired(advice, tool)
    assert TOOL not in fired(advice, person)
    assert "sustainability" in covered(advice, person)


@pytest.mark.parametrize("text", ["Our customers: couples over 50 who no longer dare go out in town at night.",
                                  "Nos clients : les couples de plus de 50 ans qui n'osent plus sortir le soir en ville."])
def test_what_people_no_longer_dare_is_their_problem(advice, text):
    assert "relevance" in covered(advice, text)
