"""`kg_clitics`: split Arabic proclitics and pronoun suffixes off words, checked against what we know.

والكرملين -> و + الكرملين, لأوكرانيا -> ل + أوكرانيا, للاتحاد -> ل + لاتحاد (norm الاتحاد),
إنها -> إن + ها, but بوتين stays whole: وتين is no word we know, while بوتين is a KB name.
A split is made only when the remainder is in the lexicons or the KB, or is a definite noun, so names
are not cut. Every token's `norm_` is set to its folded form (alef, ya, ta marbuta, digits), which is
what every later matcher reads.
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
        self.res = res
        clitics = res.lexicon.affixes.get("clitics", {})
        self.conjunctions = tuple(clitics.get("prefixes", ["و", "ف"]))
        self.prepositions = tuple(clitics.get("prepositions", ["ب", "ل", "ك"]))
        self.future = tuple(clitics.get("future", ["س"]))
        self.article = clitics.get("article", "ال")
        self.suffixes = sorted(clitics.get("suffix_pronouns", []), key=len, reverse=True)
        self.vocabulary = res.vocabulary
        self.cache: dict[str, list[tuple[str, str]] | None] = {}

    def __call__(self, doc: Doc) -> Doc:
        if self.res.language != "ar":
            for token in doc:
                token.norm_ = fold(token.text, self.res.language)
            return doc
        splits = []
        for token in doc:
            if len(token.text) >= 3 and "\u0621" <= token.text[0] <= "\u064a":
                pieces = self.split(token.text)
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
            token.norm_ = norms.get(token.i) or fold(token.text, "ar")
        return doc

    def known(self, word: str) -> bool:
        return fold(word, "ar") in self.vocabulary

    def split(self, word: str) -> list[tuple[str, str]] | None:
        """[(orth, norm), ...] or None when the word stays whole."""
        if word in self.cache:
            return self.cache[word]
        result = None if self.known(word) else self._split(word)
        self.cache[word] = result
        return result

    def _split(self, word: str) -> list[tuple[str, str]] | None:
        for prefix_len in range(0, min(3, len(word) - 2) + 1):
            head, rest = word[:prefix_len], word[prefix_len:]
            pieces = self._prefix_pieces(head)
            if pieces is None:
                continue
            core = self._core(rest, restore_article=head.endswith("ل") and rest.startswith("ل") and
                              not self.known(rest))
            if core is None:
                continue
            if not pieces and len(core) == 1:
                return None
            return [*pieces, *core]
        return None

    def _prefix_pieces(self, head: str) -> list[tuple[str, str]] | None:
        """و, ف, ب, ل, ك, وب, فل, وس ... as separate pieces, or None if `head` is no clitic chain."""
        pieces, rest = [], head
        if rest[:1] in self.conjunctions:
            pieces.append((rest[0], rest[0]))
            rest = rest[1:]
        if rest[:1] in self.prepositions or rest[:1] in self.future:
            pieces.append((rest[0], rest[0]))
            rest = rest[1:]
        return pieces if not rest else None

    def _core(self, rest: str, restore_article: bool) -> list[tuple[str, str]] | None:
        """The remainder as one known word, or a known word plus a pronoun suffix."""
        norm = fold("ا" + rest if restore_article else rest, "ar")
        if len(rest) >= 2 and (norm in self.vocabulary or (norm.startswith("ال") and len(norm) >= 5)):
            return [(rest, norm)]
        for suffix in self.suffixes:
            stem = rest[: -len(suffix)]
            if rest.endswith(suffix) and len(stem) >= 2 and not (suffix == "ه" and rest.endswith("ة")):
                stem_norm = fold("ا" + stem if restore_article else stem, "ar")
                if stem_norm in self.vocabulary:
                    return [(stem, stem_norm), (suffix, suffix)]
        return None
