"""Web domains written in running text ("portal money.pl", "Скрийншот: example.com"): names of publications
and services, one name each, whatever the case of their letters.

Top-level domains: the country-code ones are the ISO 3166-1 alpha-2 codes (IANA delegates ccTLDs by that
list; pycountry ships it), plus the three IANA keeps outside it (uk, eu, su); the generic ones are the
original and sponsored gTLDs of the IANA root zone database and the most used of the new gTLDs
(https://www.iana.org/domains/root/db). A dot before a word of letters only is taken for a domain only
when that word is one of these: "itd.Potem" (a missing space) is none.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

_OUTSIDE_ISO = "uk eu su"
_GENERIC = ("com net org info biz edu gov mil int name pro mobi aero asia cat coop jobs museum tel travel "
            "app dev news online site tech store blog media shop live world agency press digital global cloud")


@lru_cache(maxsize=1)
def top_level_domains() -> frozenset[str]:
    """The top-level domains recognised, in lower case."""
    import pycountry

    return frozenset(c.alpha_2.lower() for c in pycountry.countries) | frozenset((_OUTSIDE_ISO + " " + _GENERIC).split())


# Labels of letters, digits and inner hyphens, joined by dots, the last one lower-case letters (the TLD).
# Not inside an address, a path or a longer dotted word: no word character, dot, "@", hyphen or "//" before
# it, no word character, "/", "@" or ".letter" after it.
_DOMAIN = re.compile(r"(?<![\w.@-])(?<!//)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([a-z]{2,12})"
                     r"(?![\w/@-])(?!\.[^\W\d_])")


def domains(text: str) -> Iterator[tuple[int, int]]:
    """The spans of web domain names in a text ("news.example.bg", "Ryanair.com")."""
    tlds = top_level_domains()
    for match in _DOMAIN.finditer(text):
        first = match.group().split(".")[0]
        if match.group(1) in tlds and any(c.isalpha() for c in first) and len(first) >= 2:
            yield match.start(), match.end()


def is_domain(word: str) -> bool:
    """Whether a whole word is a web domain name ("Ryanair.com", "money.pl"), found by its shape alone."""
    return any(start == 0 and end == len(word) for start, end in domains(word))
