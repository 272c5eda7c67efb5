"""Words people write: wordfreq's short lists (words at least about once in a million), read on first
need. One place answers "is this a word of a language?" for the readers that must tell a word from a
name or a slip: a misspelt heading ("Experiance" is in no list, "Contract" is), a fuzzy language name
("Core" is a word, not a misspelt "Corse")."""
from __future__ import annotations

from functools import lru_cache

__all__ = ["DICTIONARY_LANGS", "known_word", "word_list"]

DICTIONARY_LANGS = ("en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr")  # the Latin-script vocabularies wordfreq lists


@lru_cache(maxsize=None)
def word_list(lang: str) -> dict[str, float]:
    """wordfreq's short list of ``lang`` (word -> frequency); empty for a language it lacks (it would
    answer with the nearest language it has)."""
    import wordfreq  # read on first need: most documents never ask
    if lang not in wordfreq.available_languages("small"):
        return {}
    return wordfreq.get_frequency_dict(lang, wordlist="small")


@lru_cache(maxsize=1024)
def known_word(word: str) -> bool:
    """Whether ``word`` (lower case) is in the short list of any dictionary language."""
    return any(word in word_list(lang) for lang in DICTIONARY_LANGS)
