"""Name normalisation shared by the dictionary builder and run-time lookups."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_WS = re.compile(r"\s+")
_POSS = re.compile(r"['’]s?$")
_LEAD = ("the ", "a ", "an ")


@lru_cache(maxsize=200_000)
def norm_key(text: str) -> str:
    """Lookup key: NFKC, case-folded, curly quotes straightened, no leading article/possessive."""
    key = unicodedata.normalize("NFKC", text).replace("’", "'").casefold()
    key = _WS.sub(" ", key.replace("_", " ")).strip(" ,;:\"")
    for lead in _LEAD:
        if key.startswith(lead):
            key = key[len(lead):]
    return _POSS.sub("", key).strip()


def name_variants(key: str) -> list[str]:
    """The key, then a dot-less variant ('u.s.' -> 'us') and a hyphen-less one."""
    out = [key]
    for alt in (key.replace(".", ""), key.replace("-", " ")):
        if alt not in out:
            out.append(alt)
    return out
