"""English company names that no rule knows, found because the article keeps using them as a company.

A story about a young company names it a dozen times, mostly bare ("Lumora confirmed", "Lumora ended
its reseller arrangement", "Lumora's stroke-triage software") after one fuller mention ("Lumora
Health's chest CT demos"). No single sentence proves it is a company, but the article does: a
capitalized word that never appears in lower case, that is used at least twice as the subject or
owner of something a company does, at least three times in all, and that first appears at the
start of a name rather than after a given name (as "Nandakumar" of "Priya Nandakumar" does), and
mostly without "the" (a press release's "the Company" is a defined term).

>>> [(f.text, f.rule) for f in recurring_names(["Lumora Health's demos drew crowds.", "Lumora said so.", "Lumora has grown."])[0]]
[('Lumora Health', 'en-recurring')]
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from kg.entities.discovery import Found
from kg.entities.lexicon import EN_NOT_ORG
from kg.entities.people import EN_TITLE_WORDS, NOT_PERSON_EN

_WORD = r"[A-Z][A-Za-z0-9&-]{2,}"
# What a company does in the next word: it says, signs, has; or owns something ("Lumora's software").
_COMPANY_VERB = re.compile(
    r"(?:'s|’s)\s[a-z]|\s(?:said|says|confirmed|signed|ended|agreed|announced|terminated|declined|plans|planned|expects|"
    r"keeps|kept|will|would|has|had|is|was|did|does|also|chose|picked|selected|added|told|struck|inked|won|launched|"
    r"bought|acquired|sold|owns|uses|used|began|started|hopes|wants|aims|shares|could|may|might|can)\b"
)
_OCCURRENCE = re.compile(rf"(?<![\w.'’&-]){_WORD}(?![\w&-])")
_RUN_AFTER = re.compile(r"(?:\s[A-Z][A-Za-z0-9&-]*){0,2}")  # "Lumora" → "Lumora Health"
_GIVEN_BEFORE = re.compile(r"[A-Z][a-z]+\s$")  # "Priya " before "Nandakumar"
_NEVER = EN_NOT_ORG | NOT_PERSON_EN | EN_TITLE_WORDS | frozenset(
    ["Analysts", "Officials", "Investors", "Customers", "Shares", "Sources", "Executives", "Regulators", "Critics", "Separately", "Still", "Then", "There", "Here", "What", "Why", "How", "Where", "Who", "Which", "Whether", "Despite", "Although", "Though", "Because", "Once", "Both", "Each", "Every", "Some", "Many", "Most", "Several", "Others", "Neither", "Either", "Such", "Under", "Until", "Unlike", "Like", "Instead", "Rather", "Now", "Even", "Only", "Just", "Yes", "No", "Not"]
)


def recurring_names(sentences: Sequence[str], found: Sequence[Sequence[Found]] = ()) -> list[list[Found]]:
    """For each sentence, the recurring company names (rule "en-recurring") whose first use it holds; none
    for a word that starts a name other rules `found` (Lintas of Lintas Mobility: that name declares it)."""
    out: list[list[Found]] = [[] for _ in sentences]
    starting = {f.text.split()[0] for here in found for f in here if f.text.split()}
    text = "\n".join(sentences)
    if not re.search(_WORD, text):
        return out
    total = Counter(m.group(0) for m in _OCCURRENCE.finditer(text))
    acting = Counter(m.group(0) for m in _OCCURRENCE.finditer(text) if _COMPANY_VERB.match(text, m.end()))
    names = {
        w for w, n in acting.items()
        if n >= 2 and total[w] >= 3 and w not in _NEVER and w not in starting and not re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", text)
        and 2 * len(re.findall(rf"\b[Tt]he {re.escape(w)}\b", text)) < total[w]  # "the Company", "the Board": a defined term
    }
    for w in sorted(names):
        for i, sentence in enumerate(sentences):
            m = re.search(rf"(?<![\w.'’&-]){re.escape(w)}(?![\w&-])", sentence)
            if not m:
                continue
            if _GIVEN_BEFORE.search(sentence, 0, m.start()) and sentence[: m.start()].split()[-1] not in _NEVER:
                break  # first seen after a given name: a person's surname
            run = _RUN_AFTER.match(sentence, m.end())
            words = sentence[m.start() : run.end() if run else m.end()].split()
            cut = next((k for k, word in enumerate(words[1:], 1) if word in _NEVER), len(words))
            words = words[:cut]  # "Verde CEO Ana Lopes" → "Verde"
            name = " ".join(words)
            out[i].append(Found(m.start(), m.start() + len(name), name, "en-recurring"))
            break
    return out
