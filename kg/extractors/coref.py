"""Light coreference, added as extra mentions before extraction.

- 我们 / 我司 inside a speaker's words → the organization the speaker speaks for (蔡崇信 → Alibaba);
- 他们 / 对方 inside those words → the last other organization named before it (苹果…他们 → Apple);
- 双方 / 两家公司 → handled by the extractors that need a pair (see rejected.py).
"""

from __future__ import annotations

import dataclasses
import re

from kg.extractors.cues import OTHER_PRONOUNS, SELF_PRONOUNS, lang_key
from kg.extractors.frames import org_id
from kg.extractors.speakers import find_speeches
from kg.model import Doc, EntityKind, Mention


def add_coreference(doc: Doc) -> Doc:
    """A copy of `doc` whose sentences also carry mentions for resolved pronouns."""
    lang = lang_key(doc.article.lang)
    self_rx = re.compile(SELF_PRONOUNS[lang], re.IGNORECASE)
    other_rx = re.compile(OTHER_PRONOUNS[lang], re.IGNORECASE)
    speaker_org: dict[int, str] = {}
    for speech in find_speeches(doc):
        if speech.speaker_org:
            for i in speech.scope:
                speaker_org.setdefault(i, speech.speaker_org)
    if not speaker_org:
        return doc
    sentences = list(doc.sentences)
    last_org: str | None = None
    last_para = -1
    for s in doc.sentences:
        if s.paragraph != last_para:
            last_para = s.paragraph
        own = speaker_org.get(s.index)
        norm = s.norm or s.text
        extra: list[Mention] = []
        taken = [(m.start, m.end) for m in s.mentions]
        events: list[tuple[int, str, int]] = []  # position, kind, end
        if own:
            events += [(m.start(), "self", m.end()) for m in self_rx.finditer(norm)]
            events += [(m.start(), "other", m.end()) for m in other_rx.finditer(norm)]
        for m in s.mentions:
            events.append((m.start, "mention", m.end))
        for start, kind, end in sorted(events):
            if kind == "mention":
                men = next(x for x in s.mentions if x.start == start)
                oid = org_id(doc, men)
                if oid and oid != own and men.kind is not EntityKind.PERSON:
                    last_org = oid
                continue
            if any(a < end and start < b for a, b in taken):
                continue
            target = own if kind == "self" else last_org
            if target and target in doc.entities:
                extra.append(Mention(s.text[start:end], start, end, EntityKind.ORG, target, "coref"))
        if extra:
            sentences[s.index] = dataclasses.replace(s, mentions=tuple(sorted((*s.mentions, *extra), key=lambda m: m.start)))
    return dataclasses.replace(doc, sentences=tuple(sentences))
