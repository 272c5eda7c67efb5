"""Words people write: wordfreq's short lists (words at least about once in a million) of the
dictionary languages. One place answers "is this a word of a language?" for the readers that must
tell a word from a name or a slip: a misspelt heading ("Experiance" is in no list, "Contract" is),
a fuzzy language name ("Core" is a word, not a misspelt "Corse"), a misspelt month ("Bremen" is a
word, not a misspelt Czech "březen"). The lists are read once and kept on disk as one set
(:mod:`resumekit.cache`): reading nine lists from wordfreq takes about a second, the kept set a
small part of that."""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from importlib import metadata

from rapidfuzz.distance import OSA

from .cache import kept

__all__ = ["DICTIONARY_LANGS", "known_word", "slips", "word_list"]

DICTIONARY_LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr")  # the Latin-script vocabularies wordfreq lists
_CACHE_FORMAT = 2
_LONGEST = 14  # the words asked about are short: a heading's word, a language's or a month's name


@lru_cache(maxsize=None)
def word_list(lang: str) -> dict[str, float]:
    """wordfreq's short list of ``lang`` (word -> frequency); empty for a language it lacks (it would
    answer with the nearest language it has)."""
    import wordfreq  # read on first need: most documents never ask
    if lang not in wordfreq.available_languages("small"):
        return {}
    return wordfreq.get_frequency_dict(lang, wordlist="small")


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    try:
        version = metadata.version("wordfreq")
    except metadata.PackageNotFoundError:
        version = "-"
    key = f"{_CACHE_FORMAT}-{version}-{'.'.join(DICTIONARY_LANGS)}"
    return kept("words", key, lambda: frozenset(w for lang in DICTIONARY_LANGS for w in word_list(lang)
                                               if 3 <= len(w) <= _LONGEST and w.isalpha()))


def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is in the short list of any dictionary language."""
    return word in _known()


def slips(word: str, names: Iterable[str]) -> list[str]:
    """The ``names`` that ``word`` misspells by one slip (optimal string alignment distance at most
    1: a letter added, dropped or changed, or two neighbours swapped), beginning with its letter and
    of its length within one, nearest first (in their order among equals); none when ``word`` is a
    word people write ("Contract" is no misspelt "Contact", "Bremen" no misspelt "březen"). The word
    lists are read only when a name is that near."""
    hits = [(d, k, n) for k, n in enumerate(names) if n[:1] == word[:1] and abs(len(n) - len(word)) <= 1
            and (d := OSA.distance(word, n, score_cutoff=1)) <= 1]
    return [n for _d, _k, n in sorted(hits)] if hits and not known_word(word) else []
