"""Searching the catalogue, one rule for the dock and the search bar: an entry is found by the words of its
theme's title, its title, abstract and keywords; a query matches when every one of its words occurs in that
text (in any order), case and accents ignored."""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, List

if TYPE_CHECKING:
    from .catalogue import LayerEntry


def fold(text: str) -> str:
    """Lower-case and strip accents, so 'Énergie' and 'energie' match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_fold(text: str) -> str:
    """`fold`, with whitespace collapsed to single spaces (the dock's pattern must not meet a newline).

    Fast path, same result: for ASCII NFKD changes nothing and casefold equals lower, so only words with
    other characters go through `fold` (cached: catalogue text repeats its words). This keeps filling the
    dock with 1,000 entries well inside its time budget.
    """
    if text.isascii():
        return " ".join(text.lower().split())
    return " ".join(word.lower() if word.isascii() else _fold_word(word) for word in text.split())


@lru_cache(maxsize=4096)
def _fold_word(word: str) -> str:
    return " ".join(fold(word).split())


def query_words(text: str) -> List[str]:
    """The words a query asks for, folded."""
    return search_fold(text).split()


def entry_text(entry: LayerEntry, theme_title: str = "") -> str:
    """The folded text an entry is found by: its theme's title, then its own title, abstract and keywords."""
    own = search_fold(" ".join((entry.title, entry.abstract, *entry.keywords)))
    return f"{search_fold(theme_title)} {own}" if theme_title else own


def matches(text: str, words: List[str]) -> bool:
    return all(word in text for word in words)
