"""Stage 2, normalise: clean the text spaCy sees while remembering where every character came from.

Machine translation and copy-paste leave debris: split UTF-8 sequences ("â € Â Â"), diacritics that
break dictionary look-ups, tatweel, Persian letter forms, presentation forms, invisible marks. We
remove or fold them, and keep `offsets` so that every span found in the clean text maps back to the
exact characters of the original article.

>>> n = normalise("سي إن إن â € Â Â زار الرئيسُ بوتين")
>>> n.text
'سي إن إن زار الرئيس بوتين'
>>> n.original_span(9, 12)
(17, 20)
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Split-UTF-8 debris: a run of tokens made only of Latin-1 high characters, holding one of â Â Ã
# (a lone "€" before a number is a currency sign, not debris).
_DEBRIS_RUN = re.compile(r"(?:(?<=\s)|^)(?:[âÂÃ€\u0080-\u00bf™œž]+(?:\s+|$))+")
_DEBRIS_MARK = re.compile("[âÂÃ]")
_DROP = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_FOLD = str.maketrans({
    "ک": "ك", "ڪ": "ك", "ګ": "ك", "ی": "ي", "ې": "ي", "ۍ": "ي", "ۀ": "ه", "ە": "ه", "ہ": "ه", "ھ": "ه",
    "\u00a0": " ", "\u202f": " ", "\u2007": " ",
})


@dataclass(frozen=True)
class NormalisedText:
    text: str
    offsets: tuple[int, ...]  # offsets[i] = index in the original of text[i]; one extra at the end
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Map [start, end) in the clean text to [start, end) in the original."""
        if end <= start:
            at = self.offsets[start]
            return at, at
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(original: str) -> NormalisedText:
    kept: list[str] = []
    offsets: list[int] = []
    skip_until = -1
    junk = {m.start(): m.end() for m in _DEBRIS_RUN.finditer(original) if _DEBRIS_MARK.search(m.group())}
    for index, char in enumerate(original):
        if index < skip_until:
            continue
        if index in junk:
            skip_until = junk[index]
            continue
        if "\ufb50" <= char <= "\ufeff":  # Arabic presentation forms: one glyph, maybe two letters
            char = unicodedata.normalize("NFKC", char)  # first, so its letters and marks are folded/dropped below
        for piece in char:
            if _DROP.match(piece):
                continue
            kept.append(piece.translate(_FOLD))
            offsets.append(index)
    offsets.append(len(original))
    return NormalisedText("".join(kept), tuple(offsets), original)
