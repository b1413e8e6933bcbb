"""Derives each language pack's word data from pyspellchecker's word-frequency lists.

    python tools/build_lexicon.py            write wizard/data/lang/<code>/lexicon/*.txt
    python tools/build_lexicon.py --check    exit 1 when a written file differs (the tests)
    python tools/build_lexicon.py --measure  how the thresholds fare on the persona files

pyspellchecker (MIT, https://github.com/barrust/pyspellchecker) ships offline, lower-case word
frequency lists for each language (built from OpenSubtitles and Wiktionary). Loading one costs
0.15-0.6 s and 50-100 MB, too much for a render, so it is a test extra only, and this tool
writes what the grammar needs into the packs, as small sorted text files:

- common.txt (every language): the lower-case words seen at least COMMON_MIN times. A
  capitalised word that is not one of them is a name (Grammar.is_common_word).
- accents.txt (French, Italian): a word typed without its accents and the one way to write it
  ("equipe équipe", "perche perché"). Only accented words seen ACCENT_MIN times; only when the
  bare form is not a word of the list at all and no other listed word that loses its accents
  to the same bare form is more than a tenth as frequent ("e"/"è", "ou"/"où", "a"/"à" are
  never there; nor "sara", a first name), and the bare form is no English word as frequent
  as half the accented one ("media", "reels", "role": an English phrase in the text)
  (Grammar.restore_accents).
- shared_accents.txt (French): the pairs left out of accents.txt only because the bare form
  is also an English word ("experience expérience", "decision décision", "role rôle"), and only
  those of the endings SHARED_ENDINGS, whose English and French words are the same noun or
  adjective (never "the thé", "hate hâte", "trainee traînée"). Restored only in a French
  sentence, never beside an English word or inside quotes (packwords.restore_accents).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import unicodedata
from collections import defaultdict
from functools import cache
from importlib import metadata, resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKS = ROOT / "wizard" / "data" / "lang"
LANGS = ("en", "nl", "it", "fr")
ACCENT_LANGS = ("fr", "it", "nl")
# the packs that also list the bare forms no single word answers (unaccented.txt)
UNACCENTED_LANGS = ("fr", "it")
# chosen on the persona files (--measure): of the words typed there in small letters, the whole
# list (its floor is 50) holds en 99.1%, nl 97.9%, fr 97.5%, it 92.9%; from 100 up, nl 91.9%
# (it puts everyday words at the floor: "aan", "aandacht"), fr 94.8%, en 98.2%
COMMON_MIN = {"en": 50, "nl": 50, "it": 50, "fr": 50}
# Dutch: the list holds every accented word at its floor (50: "ideeën", "coördinator",
# "café" alike), so a frequency tells nothing there and the floor is the threshold
ACCENT_MIN = {"fr": 200, "it": 200, "nl": 50}
# a bare form flagged (unaccented.txt): its accented words seen this often together
UNACCENTED_MIN = 50
# another word with the same bare form must be less than 1/RIVAL_SHARE as frequent
RIVAL_SHARE = 10
ENGLISH_SHARE = 2
# first names the lists (lower-case, from subtitles) do not hold, whose bare form a profile
# may say as a name
NOT_RESTORED = {"it": ("sara",), "nl": ("indie", "loss"), "fr": ("dependent",)}
# Dutch writes the loans English shares with a diaeresis ("coördinator", "efficiënt",
# "cliënt", "patiënt"), and its flat list cannot weigh them against English: such a word is
# in the index marked "english", restored only typed in small letters (in Title Case it may be an
# English title, "Project Coordinator", or a name, "Ariel"); not a word of three letters or
# fewer ("noe", "ais"). An English word that would take another accent ("trace"/"tracé",
# "double"/"doublé") stays English.
ENGLISH_HOMOGRAPHS = {"nl": "\u0308"}
# the languages whose accent index has a second part, the words English shares
SHARED_LANGS = ("fr",)
# the endings of the words English and French share as the same noun or adjective
# ("creation", "experience", "reference", "general", "episode", "role", "procedure")
SHARED_ENDINGS = ("ion", "ions", "ence", "ences", "ance", "ances", "ment", "ments", "al",
                  "ure", "ures", "ies", "ive", "ives", "eme", "emes", "able", "ables", "ible",
                  "ibles", "ode", "odes", "ole", "oles", "ent", "ents", "ete", "etes", "ide",
                  "ides", "tre", "tres")
# and these words, of other endings, that say the same in both ("hotel", "video", "detail")
SHARED_WORDS = ("hotel", "hotels", "video", "videos", "cinema", "cinemas", "scene", "scenes",
                "telephone", "metro", "detail", "details", "zero", "heritage", "scenario",
                "scenarios", "interim")
WORD = re.compile(r"^[^\W\d_]+$")


def strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if not unicodedata.combining(c))


@cache
def frequencies(code: str) -> dict[str, int]:
    path = resources.files("spellchecker") / "resources" / f"{code}.json.gz"
    table: dict[str, int] = json.loads(gzip.decompress(path.read_bytes()))
    return {w: n for w, n in table.items() if WORD.match(w) and w == w.lower()}


def header(code: str, what: str, rule: str, count: int) -> str:
    version = metadata.version("pyspellchecker")
    return (f"# {what} ({code}), written by tools/build_lexicon.py: do not edit.\n"
            f"# Source: pyspellchecker {version} word frequency list (MIT licence,\n"
            "# https://github.com/barrust/pyspellchecker; from OpenSubtitles and Wiktionary).\n"
            f"# {rule}; {count} words.\n")


def common_words(freq: dict[str, int], code: str) -> list[str]:
    return sorted(w for w, n in freq.items() if n >= COMMON_MIN[code] and len(w) > 1)


def only_mark(word: str, mark: str) -> bool:
    """Every accent of the word is `mark` (a combining character: the diaeresis)."""
    return all(c == mark for c in unicodedata.normalize("NFD", word) if unicodedata.combining(c))


def accent_index(freq: dict[str, int], code: str, english: dict[str, int],
                 shared: bool = False) -> dict[str, str]:
    """Bare form -> accented word (see the module's accents.txt); an accented word followed
    by " english" is also an English word's bare form (ENGLISH_HOMOGRAPHS); `shared`: only
    the pairs left out because the bare form is an English word, of the SHARED_ENDINGS."""
    bare_to: dict[str, list[str]] = defaultdict(list)
    for w in freq:
        bare = strip_accents(w)
        if bare != w:
            bare_to[bare].append(w)
    index = {}
    for bare, accented in bare_to.items():
        best = max(accented, key=lambda w: (freq[w], w))
        others = sum(freq[w] for w in accented if w != best)
        # the bare form is a word itself ("ou", "a", "e"), a name the list does not hold
        # ("Sara"), or another accented word is more than a tenth as frequent ("équipé" is
        # 6% of "équipe": kept; "sarà"/"sarò" strip to two bare forms)
        if bare in freq or bare in NOT_RESTORED.get(code, ()) or freq[best] < ACCENT_MIN[code] \
                or others * RIVAL_SHARE > freq[best]:
            continue
        # an English word the text may quote ("social media", "Reels", "role"), seen at least
        # half as often in English as the accented word in its language ("siege": 4,860
        # against "siège" 12,770, is restored)
        marker = ""
        is_english = english.get(bare, 0) * ENGLISH_SHARE >= freq[best]
        if shared:
            if not is_english or (not bare.endswith(SHARED_ENDINGS)
                                  and bare not in SHARED_WORDS):
                continue
        elif is_english:
            mark = ENGLISH_HOMOGRAPHS.get(code)
            if mark is None or not only_mark(best, mark) or len(bare) <= 3:
                continue
            marker = " english"
        if len(best) != len(bare):
            continue  # the writer's capitals are kept letter by letter
        index[bare] = best + marker
    return index


def unaccented(freq: dict[str, int], code: str, english: dict[str, int]) -> list[str]:
    """The bare forms of the accented words seen at least UNACCENTED_MIN times that are no word
    themselves ("tracabilite", "decision", "sara"): typed in a text, a word lost its accents,
    even where which word it was cannot be told; not a frequent English word ("role")."""
    bare_freq: dict[str, int] = defaultdict(int)
    for w, n in freq.items():
        bare = strip_accents(w)
        if bare != w:
            bare_freq[bare] += n
    return sorted(bare for bare, n in bare_freq.items()
                  if n >= UNACCENTED_MIN and bare not in freq and len(bare) > 1
                  and english.get(bare, 0) * ENGLISH_SHARE < n)


def files() -> dict[Path, str]:
    out = {}
    for code in LANGS:
        freq = frequencies(code)
        words = common_words(freq, code)
        out[PACKS / code / "lexicon" / "common.txt"] = header(
            code, "Common words", f"lower-case words seen at least {COMMON_MIN[code]} times",
            len(words)) + "\n".join(words) + "\n"
        if code in ACCENT_LANGS:
            index = accent_index(freq, code, frequencies("en"))
            out[PACKS / code / "lexicon" / "accents.txt"] = header(
                code, "Words typed without their accents",
                f"accented words seen at least {ACCENT_MIN[code]} times whose bare form is "
                "no word, "
                "no other word's and no frequent English word", len(index)) + "".join(
                f"{bare} {index[bare]}\n" for bare in sorted(index))
        if code in SHARED_LANGS:
            index = accent_index(freq, code, frequencies("en"), shared=True)
            out[PACKS / code / "lexicon" / "shared_accents.txt"] = header(
                code, "Words typed without their accents that English shares",
                f"accented words seen at least {ACCENT_MIN[code]} times whose bare form is no word "
                "of the list and no other word's but a frequent English word, of the endings "
                "English and French share; restored in a French sentence only", len(index)) + \
                "".join(f"{bare} {index[bare]}\n" for bare in sorted(index))
        if code in UNACCENTED_LANGS:
            bare = unaccented(freq, code, frequencies("en"))
            out[PACKS / code / "lexicon" / "unaccented.txt"] = header(
                code, "Words that lost their accents",
                f"bare forms of accented words seen at least {UNACCENTED_MIN} times that are no "
                "word and no frequent English word", len(bare)) + "\n".join(bare) + "\n"
    return out


def measure() -> None:
    """For each threshold, the share of the persona files' small-letter words it calls common,
    and the share of their capitalised words inside a sentence it calls common."""
    personas = ROOT / "tests" / "fixtures"
    for code in LANGS:
        freq = frequencies(code)
        small: list[str] = []
        capital: list[str] = []
        for path in [*personas.glob(f"answers/{code}-*"), *personas.glob(f"personas/{code}-*")]:
            for line in path.read_text(encoding="utf-8").splitlines():
                if "=" not in line:
                    continue
                text = line.split("=", 1)[1]
                for m in re.finditer(r"(?<=[\w,] )([^\W\d_]{2,})(?![\w'’.-])", text):
                    w = m.group(1)
                    if w.islower():
                        small.append(w)
                    elif w[0].isupper() and w[1:].islower():
                        capital.append(w.lower())
        for n in (50, 100, 200, 500, 1000):
            s = sum(freq.get(w, 0) >= n for w in small) / max(1, len(small))
            c = sum(freq.get(w, 0) >= n for w in capital) / max(1, len(capital))
            size = sum(v >= n for v in freq.values())
            print(f"{code} >= {n:4}: {size:6} words; small letters common {s:.1%} "
                  f"of {len(small)}; capitals common {c:.1%} of {len(capital)}")
        missed = sorted({w for w in small if freq.get(w, 0) < COMMON_MIN[code]})
        print(f"  small-letter words below {COMMON_MIN[code]}: {' '.join(missed[:40])}")
        kept = sorted({w for w in capital if freq.get(w, 0) < COMMON_MIN[code]})
        print(f"  capitalised words below {COMMON_MIN[code]}: {' '.join(kept[:60])}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--measure", action="store_true")
    args = parser.parse_args(argv)
    if args.measure:
        measure()
        return 0
    stale = []
    for path, text in files().items():
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(path)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for path in stale:
        print(f"{path.relative_to(ROOT)} differs from what tools/build_lexicon.py writes",
              file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
