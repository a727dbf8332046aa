"""Inflection: from a lexicon's citation forms to every surface form a news sentence may use.

Affixes come from `<language>/morphology.toml`; the rules here only say how to attach them.

>>> forms = arabic_verb_forms("زار", "يزور", {"past": {"suffixes_3rd": ["", "ت", "ا", "وا"]},
...     "present": {"prefixes_3rd": ["ي", "ت"], "suffixes": ["", "ون", "ان"]}})
>>> sorted(f for f, tense in forms.items() if tense == "past")
['زار', 'زارا', 'زارت', 'زاروا']
>>> forms["تزور"], forms["يزورون"]
('present', 'present')
>>> sorted(arabic_verb_forms("التقى", "", {"past": {"suffixes_3rd": ["", "ت", "وا"]}}))
['التقت', 'التقوا', 'التقى', 'التقيا']
>>> english_verb_forms("visit")["visited"], english_verb_forms("seize")["seizes"]
('past', 'present')
"""
from __future__ import annotations

from typing import Mapping


def arabic_verb_forms(past: str, present: str, affixes: Mapping) -> dict[str, str]:
    """Third-person (and common first-person) forms of a verb, mapped to 'past' or 'present'."""
    forms: dict[str, str] = {}
    if past:
        if past[-1] in "ىا":  # defective: التقى -> التقت, التقوا; دعا -> دعت, دعوا
            stem = past[:-1]
            for suffix in affixes.get("past", {}).get("suffixes_3rd", [""]):
                forms[past if suffix in ("", "ا") else stem + suffix] = "past"
            forms[stem + "يا" if past[-1] == "ى" else stem + "وا"] = "past"
        else:
            for suffix in [*affixes.get("past", {}).get("suffixes_3rd", [""]),
                           *affixes.get("past", {}).get("suffixes_1st_2nd", [])]:
                forms[past + suffix] = "past"
    if present and len(present) > 1:
        stem = present[1:]
        defective = stem.endswith(("ي", "و", "ى"))
        for prefix in affixes.get("present", {}).get("prefixes_3rd", ["ي"]):
            for suffix in affixes.get("present", {}).get("suffixes", [""]):
                body = stem[:-1] if defective and suffix in ("ون", "ن", "وا") else stem
                forms.setdefault(prefix + body + suffix, "present")
        for prefix in affixes.get("present", {}).get("prefixes_1st", []):  # أزور, نزور: no suffixes
            forms.setdefault(prefix + stem, "present")
    forms.update(arabic_participles(past, present, affixes))
    return forms


def arabic_participles(past: str, present: str, affixes: Mapping) -> dict[str, str]:
    """Indefinite active participles of derived verbs, used adverbially: طالب/يطالب -> مطالبا, مطالبين.

    Only derived forms (past of four letters or more), where the participle is م + the present
    stem; form I participles (قاتل, زائر) are too often plain nouns to be triggers.

    >>> sorted(arabic_participles("اتهم", "يتهم", {"participle": {"prefix": "م", "suffixes": ["ا", "ة", "ين"]}}))
    ['متهما', 'متهمة', 'متهمين']
    """
    table = affixes.get("participle", {})
    prefix, suffixes = table.get("prefix", ""), table.get("suffixes", [])
    if not (prefix and past and present and len(past) >= 4 and len(present) >= 4) or present[-1] in "يوى":
        return {}
    stem = present[1:]
    return {prefix + stem + suffix: "participle" for suffix in suffixes}


def english_verb_forms(base: str, past: str = "", participle: str = "") -> dict[str, str]:
    """Regular English inflection unless the lexicon gives the irregular past or participle."""
    if not base:
        return {}
    doubled = (len(base) >= 3 and base[-1] in "bdgklmnprt" and base[-2] in "aeiou" and base[-3] not in "aeiou"
               and len(base.split()) == 1 and len(base) <= 4)  # ban -> banned, banning; not visit -> visitted
    if doubled:
        regular_past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    elif base.endswith("e"):
        regular_past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        regular_past, ing = base[:-1] + "ied", base + "ing"
    else:
        regular_past, ing = base + "ed", base + "ing"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = base + "es"
    elif base.endswith("y") and base[-2:-1] not in "aeiou":
        third = base[:-1] + "ies"
    else:
        third = base + "s"
    forms = {base: "present", third: "present", ing: "present"}
    for form in (past or regular_past).split("|"):
        forms[form] = "past"
    for form in (participle or past or regular_past).split("|"):
        forms.setdefault(form, "participle")
    return forms
