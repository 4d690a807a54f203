"""Talking to the reader counts imperatives and chat address, not only "you"; names in capitals are not shouting."""

from __future__ import annotations

from bot.engine.review import ReviewContext, review

REQUIRE = dict(check="type: require\nmin_words: 6",
               fr="phrases: [vous, votre, tu]\nimperative: [rejoindre, amener, abonner, partager]",
               en="phrases: [you, your]\nimperative: [join, bring, share, subscribe]")


def fired(pack, text: str, language: str, **rule) -> bool:
    pack.rule(**rule)
    return bool(review(text, ReviewContext(pack.load(), language=language)).findings)


def test_an_imperative_that_opens_a_clause_talks_to_the_reader(pack):
    assert not fired(pack, "Join the workshop on Thursday and bring a friend along", "en", **REQUIRE)
    assert fired(pack, "The team will join the workshop on Thursday with a friend", "en", **REQUIRE)
    assert not fired(pack, "Great session today, pls share it with the team tonight", "en", **REQUIRE)
    assert not fired(pack, "Rejoignez l'atelier jeudi et amenez un ami avec vous", "fr", **REQUIRE)
    assert not fired(pack, "Super atelier jeudi ! Abonnez-vous pour le prochain épisode", "fr", **REQUIRE)
    assert fired(pack, "L'équipe va rejoindre l'atelier jeudi avec des amis", "fr", **REQUIRE)


def test_chat_address_counts_as_the_reader(pack):
    assert not fired(pack, "Thinking of u all today, hope ur week is going well", "en", **REQUIRE)


def test_reader_focus_counts_imperatives_on_the_reader_s_side(pack):
    rule = dict(check="type: metric\nmetric: reader_focus\nmin: 2\nratio: 1",
                fr="self: [nous, notre]\nreader: [vous]\nimperative: [rejoindre]",
                en="self: [we, our]\nreader: [you]\nimperative: [join, try]")
    assert fired(pack, "We built our tool and we love it", "en", **rule)
    assert not fired(pack, "We built our tool. Join the beta, try it today", "en", **rule)


def test_names_in_capitals_are_not_shouting_a_run_is(pack):
    rule = dict(check="type: metric\nmetric: caps_ratio\nmax: 0.2")
    assert not fired(pack, "Meet the NASA team at the BBC studio", "en", **rule)
    assert not fired(pack, "Rendez-vous chez IKEA avec la SNCF", "fr", **rule)
    assert fired(pack, "HUGE SALE ON EVERYTHING at the shop", "en", **rule)
    assert fired(pack, "BIG SALE for EVERYONE, come IN NOW", "en", **rule)  # many short runs: a tone
