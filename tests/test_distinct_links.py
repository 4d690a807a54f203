"""too-many-links counts links as a reader meets them (metric `distinct_links`): the same address
once, a brand written as a domain in running prose not at all, a picture's address not at all."""

from __future__ import annotations

import pytest

from bot.engine.links import address, distinct_links, is_name
from bot.engine.text import Doc
from tests.review_helpers import fires, quiet

RULE = "self-promotion.too-many-links"


def _counted(text: str) -> list[str]:
    doc = Doc(text, "en")
    return [text[s:e] for s, e in distinct_links(text, doc.links)]


@pytest.mark.parametrize(("one", "other"), [
    ("https://www.example.com/", "example.com"),
    ("http://Example.com/guide", "www.example.com/guide/"),
    ("www . example . com", "example.com"),
])
def test_one_address_however_it_is_written(one: str, other: str):
    assert address(one) == address(other)


def test_a_path_or_a_subdomain_is_another_address():
    assert address("example.com/a") != address("example.com/b")
    assert address("mail.example.com") != address("example.com")


@pytest.mark.parametrize("name", ["News.com", "Download.com", "ASP.NET", "NEWS.COM", "Boursorama.com", "Lefigaro.fr"])
def test_a_capitalised_bare_domain_is_a_name(name: str):
    assert is_name(name)


@pytest.mark.parametrize("link", ["news.com", "https://News.com", "www.News.com", "News.com/tech", "tinyurl.com/x"])
def test_a_scheme_www_a_path_or_lower_case_make_it_a_link(link: str):
    assert not is_name(link)


def test_repeats_names_and_pictures_are_not_counted():
    text = ("CNET's Download.com says: see https://a.example.com/x, again https://a.example.com/x, "
            "the photo http://img.example.com/p.jpg] and b.example.org")
    assert _counted(text) == ["https://a.example.com/x", "b.example.org"]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Read it on https://example.com/guide, then https://example.com/guide again, and https://example.com/guide."),
    ("en", "News.com and Download.com both covered the launch of Buy.com's store, as did ZDNet.com."),
    ("en", "Shot of the day: http://pics.example.com/a.png http://pics.example.com/b.gif, story at https://example.com/day"),
    ("fr", "Le programme : https://exemple.fr/prog, encore https://exemple.fr/prog, et toujours https://www.exemple.fr/prog/"),
    ("fr", "Selon Lefigaro.fr, Boursorama.com et Lemonde.fr, le salon ouvre jeudi à Lyon."),
])
def test_a_post_that_points_to_one_or_two_places_is_quiet(lang: str, text: str):
    quiet(text, lang, RULE)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Our stuff: shop-a.com, shop-b.com and shop-c.com"),
    ("en", "Links: https://example.com/a https://example.com/b https://example.com/c https://example.com/a"),
    ("fr", "Nos pages : https://exemple.fr/a, https://exemple.fr/b et www.exemple.fr/c"),
    ("fr", "Tout est là : boutique-a.fr, boutique-b.fr, boutique-c.fr"),
])
def test_three_places_to_go_still_count(lang: str, text: str):
    fires(text, lang, RULE)
