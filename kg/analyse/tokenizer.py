"""Tokenizer rules on top of spaCy's blank `ar` and `en` tokenizers.

spaCy's defaults leave a full stop glued to a word after tanween or a closing quote ("حاليا." and
"لأوكرانيا”.") and glue an opening quote to a word after a clitic ("ب“ما"). We add those splits.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

_QUOTES = r"[“”„«»‹›\"'’‘]"
_CLOSERS = r"[.!?؟۔،؛:,;)\]}]"


def customise_tokenizer(nlp: Language) -> None:
    defaults = nlp.Defaults
    prefixes = [_QUOTES, r"[(\[{]", *defaults.prefixes]
    # English defaults already split closers and know abbreviations ("U.S."); Arabic needs them.
    suffixes = [_QUOTES, *([_CLOSERS] if nlp.lang == "ar" else []), *defaults.suffixes]
    infixes = [*defaults.infixes, _QUOTES, r"(?<=\w)[،؛:](?=\w)", r"(?<=[\u0600-\u06ff])[.](?=[\u0600-\u06ff])"]
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
