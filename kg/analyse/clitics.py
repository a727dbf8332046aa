"""`kg_clitics`: split Arabic proclitics and pronoun suffixes off words (see `kg.lang.segment`),
and set every token's `norm_` to its folded form, which is what every later matcher reads.
For other languages it only sets the norms.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..lang.fold import fold
from .resources import Resources, resources


@Language.factory("kg_clitics", default_config={"kb_files": []})
def make_clitic_splitter(nlp: Language, name: str, *, kb_files: list[str]):
    return CliticSplitter(resources(nlp.lang, tuple(kb_files)))


class CliticSplitter:
    def __init__(self, res: Resources):
        self.language = res.language
        self.segmenter = res.segmenter

    def __call__(self, doc: Doc) -> Doc:
        if self.segmenter is None:
            for token in doc:
                token.norm_ = fold(token.text, self.language)
            return doc
        splits = []
        for token in doc:
            if len(token.text) >= 3 and "\u0621" <= token.text[0] <= "\u064a":
                pieces = self.segmenter.split(token.text)
                if pieces is None and token.i + 1 < len(doc):
                    pieces = self.segmenter.split_before(token.text, doc[token.i + 1].text)
                if pieces:
                    splits.append((token.i, pieces))
        if splits:
            with doc.retokenize() as retokenizer:
                for i, pieces in splits:
                    token = doc[i]
                    orths = [orth for orth, _ in pieces]
                    retokenizer.split(token, orths, heads=[(token, len(orths) - 1)] * len(orths))
        norms: dict[int, str] = {}
        shift = 0
        for i, pieces in splits:
            for k, (_, norm) in enumerate(pieces):
                norms[i + shift + k] = norm
            shift += len(pieces) - 1
        for token in doc:
            token.norm_ = norms.get(token.i) or fold(token.text, self.language)
        return doc
