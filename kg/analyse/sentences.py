"""`kg_sentences`: sentence boundaries at . ! ? ؟ ۔ and at line breaks.

News text is often one paragraph per line with no final stop, and Arabic uses its own question mark;
spaCy's sentencizer knows neither line breaks nor every closer after a quote.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_ENDERS = frozenset(".!?؟۔")
_CLOSERS = frozenset("”\"»’)")


@Language.factory("kg_sentences")
def make_sentence_splitter(nlp: Language, name: str):
    return SentenceSplitter()


class SentenceSplitter:
    def __call__(self, doc: Doc) -> Doc:
        start_next = True
        for token in doc:
            if token.is_space:  # whitespace belongs to the sentence before it
                token.is_sent_start = token.i == 0
                start_next = start_next or "\n" in token.text
                continue
            token.is_sent_start = start_next
            start_next = False
            if "\n" in token.whitespace_:
                start_next = True
            elif token.text in _ENDERS and not self._inside_number(doc, token.i):
                nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
                start_next = not (nxt is not None and nxt.text in _CLOSERS)
            elif token.text in _CLOSERS and token.i > 0 and doc[token.i - 1].text in _ENDERS:
                start_next = True
        return doc

    @staticmethod
    def _inside_number(doc: Doc, i: int) -> bool:
        return 0 < i < len(doc) - 1 and doc[i - 1].like_num and doc[i + 1].like_num and not doc[i - 1].whitespace_
