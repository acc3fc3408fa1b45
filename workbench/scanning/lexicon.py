"""Common Chinese words, to tell a name candidate (王建业) from a word (应当, 陈述, 都很满意).

The word list is jieba's dictionary file (``jieba/dict.txt``, 349,046 words with corpus
frequencies), read directly: jieba itself (its tokenizer and one-second model load) is never
imported. The file is read on first use only, i.e. only by a scan that produced a name
candidate; reading it costs about 0.2 s once per process.
"""

from __future__ import annotations

import functools
import importlib.util
import logging
from pathlib import Path

log = logging.getLogger("workbench.scanning")

#: A word at least this frequent in jieba's corpus counts as a common word. Real given names
#: that are also words (高峰, 江涛) fall below it much more often than function words and verbs
#: (应当 6476, 陈述 763, 马上 2306) do.
COMMON_FREQ = 300
#: Two characters this frequent (明确, 高度, 方便) do not start a three-character name; 王国 (2631,
#: as in 王国华) stays below it.
VERY_COMMON_FREQ = 3000
#: A "given name" this frequent as a word (代表 32777, 会议 28363, 委员 9071) is that word;
#: given names that are words too (和平 7998, 胜利 8904, 建国 3083) stay below it.
GIVEN_WORD_FREQ = 9000


@functools.cache
def _words() -> dict[str, int]:
    """Words of two to four characters with their frequency (empty if jieba is missing)."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        log.warning("jieba's dictionary is not installed: names are not checked against words")
        return {}
    path = Path(spec.origin).with_name("dict.txt")
    out: dict[str, int] = {}
    try:
        with path.open(encoding="utf-8") as f:
            for line in f:
                parts = line.split(" ")
                if len(parts) >= 2 and 2 <= len(parts[0]) <= 4:
                    freq = int(parts[1])
                    if freq >= 50:
                        out[parts[0]] = freq
    except (OSError, ValueError) as exc:  # a damaged install must not break a scan
        log.warning("cannot read jieba's dictionary %s: %s", path, exc)
        return {}
    return out


def word_count() -> int:
    """How many words the list holds (reads it if needed); 0 when the dictionary is missing."""
    return len(_words())


def loaded() -> bool:
    """Whether the word list has been read in this process (for tests and benchmarks)."""
    return _words.cache_info().currsize > 0


def frequency(word: str) -> int:
    """How common ``word`` is (0 if it is not a dictionary word)."""
    return _words().get(word, 0)


def is_common_word(word: str) -> bool:
    return frequency(word) >= COMMON_FREQ


def crosses_word(text: str, end: int) -> bool:
    """Whether the character before ``end`` forms a common word with the one after it.

    ``居民都很满意``: the candidate 都很满 ends inside 满意, so it is not a name.
    """
    if end <= 0 or end >= len(text):
        return False
    return is_common_word(text[end - 1:end + 1]) or is_common_word(text[end - 1:end + 2])
