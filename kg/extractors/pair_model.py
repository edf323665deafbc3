"""partner-model: a learned scorer for "do these two organizations cooperate?", as a fallback extractor.

The rule frames need a cue between or around both names (A与B合作); news often says it less
directly (雀巢与可口可乐已同意将…合资公司的业务范围缩小). A logistic regression over character n-grams
around the two names, trained on FinRE train (bench/train_partner_model.py), scores the two
organizations of a sentence that names exactly two and has a word of cooperation (with three or more,
its pairs were mostly list members: OPPO、vivo、小米…). It only fills gaps: assemble() drops
its claim wherever a rule extractor already made a claim about the same pair in the same sentence,
so a rule's `evaluated` or `rejected` is never contradicted by the model.

Weights are data keyed by language (kg/extractors/data/partner_<lang>.tsv); a language without a
file gets no model claims.

>>> feats = features("雀巢与可口可乐已同意合资", (0, 2), (3, 7))
>>> "M:与" in feats, "A_end:巢" in feats, "bias" in feats
(True, True, True)
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations

from kg.extractors import extractors
from kg.extractors.base import clause_status, is_question, one_company
from kg.extractors.cues import MODEL_GATE, NOT_PARTNER, compile_cue, lang_key
from kg.extractors.frames import org_id
from kg.model import Claim, Doc, Mention, Relation

A_MARK, B_MARK = "Ⓐ", "Ⓑ"  # the two names, masked so the model learns contexts, not companies
WINDOW = 12
TAIL = 6  # characters after the second name still read for exclusions (…与B解除了合作)
MAX_ORGS = 2  # with three or more names the sentence is a list or a story, and pairs multiply


def _ngrams(out: list[str], text: str, tag: str, sizes: tuple[int, ...]) -> None:
    for n in sizes:
        out.extend(f"{tag}:{text[i:i + n]}" for i in range(len(text) - n + 1))


def features(norm: str, a: tuple[int, int], b: tuple[int, int]) -> list[str]:
    """The features of a pair of name spans in one normalized sentence (order-free: earlier span first).

    Character 1–2-grams left of the first name and right of the second, 1–3-grams between them,
    2-grams of the masked sentence, the gap length, and the last character of each name (公司, 银行).
    """
    if a[0] > b[0]:
        a, b = b, a
    name_a, name_b = norm[a[0]:a[1]], norm[b[0]:b[1]]
    left, mid, right = norm[max(0, a[0] - WINDOW):a[0]], norm[a[1]:b[0]], norm[b[1]:b[1] + WINDOW]
    masked = norm[:a[0]] + A_MARK + mid + B_MARK + norm[b[1]:]
    out = ["bias", f"midlen:{min(len(mid), 30) // 3}", f"mid:{mid}" if len(mid) <= 4 else "midlong",
           f"A_end:{name_a[-1:]}", f"B_end:{name_b[-1:]}"]
    _ngrams(out, left, "L", (1, 2))
    _ngrams(out, mid, "M", (1, 2, 3))
    _ngrams(out, right, "R", (1, 2))
    _ngrams(out, masked, "S", (2,))
    return out


@dataclass(frozen=True, slots=True)
class PairModel:
    """Logistic regression weights by feature name, and the probability above which a pair is claimed."""

    weights: dict[str, float]
    threshold: float

    def probability(self, feats: list[str]) -> float:
        """P(partner) for one pair's features; unknown features weigh nothing.

        >>> round(PairModel({"bias": 0.0, "M:与": 2.0}, 0.5).probability(["bias", "M:与"]), 2)
        0.88
        """
        w = self.weights
        z = sum(w.get(f, 0.0) for f in dict.fromkeys(feats))  # each once, in a fixed order: a set's order (and
        # so the float sum's last digit) changes with PYTHONHASHSEED from one process to the next
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def dumps(self) -> str:
        """The model as TSV: a `#threshold` line, then one `feature<TAB>weight` line per feature."""
        lines = [f"#threshold\t{self.threshold}"]
        lines += [f"{k}\t{v:.5g}" for k, v in sorted(self.weights.items())]
        return "\n".join(lines) + "\n"

    @classmethod
    def loads(cls, text: str) -> PairModel:
        threshold, weights = 0.5, {}
        for line in text.splitlines():
            key, _, value = line.rpartition("\t")
            if key == "#threshold":
                threshold = float(value)
            elif key:
                weights[key] = float(value)
        return cls(weights, threshold)


@cache
def load_model(lang: str) -> PairModel | None:
    """The shipped model for a language key ("zh"), or None where there is none."""
    path = resources.files("kg.extractors") / "data" / f"partner_{lang}.tsv"
    if not path.is_file():
        return None
    return PairModel.loads(path.read_text(encoding="utf-8"))


@cache
def _gate(lang: str) -> re.Pattern[str] | None:
    return re.compile(MODEL_GATE[lang]) if lang in MODEL_GATE else None


@cache
def _not_partner(lang: str) -> re.Pattern[str]:
    return compile_cue(NOT_PARTNER[lang])


def _closest(a: list[Mention], b: list[Mention]) -> tuple[Mention, Mention]:
    return min(((x, y) for x in a for y in b), key=lambda p: (abs(p[0].start - p[1].start), p[0].start))


@extractors.register("partner-model")
def extract_partner_model(doc: Doc) -> Iterator[Claim]:
    """Claims for org pairs the model scores above its threshold, in gated sentences (see the module)."""
    lang = lang_key(doc.article.lang)
    model, gate = load_model(lang), _gate(lang)
    if model is None or gate is None:
        return
    for sentence in doc.sentences:
        norm = sentence.norm or sentence.text
        if not gate.search(norm) or is_question(sentence):
            continue
        by_org: dict[str, list[Mention]] = {}
        for m in sentence.mentions:
            oid = org_id(doc, m)
            if oid:
                by_org.setdefault(oid, []).append(m)
        if not 2 <= len(by_org) <= MAX_ORGS:
            continue
        for x, y in combinations(sorted(by_org), 2):
            if one_company(doc, x, y):
                continue
            mx, my = _closest(by_org[x], by_org[y])
            p = model.probability(features(norm, (mx.start, mx.end), (my.start, my.end)))
            if p < model.threshold:
                continue
            first, second = sorted((mx, my), key=lambda m: m.start)
            span = (first.start, second.end)
            if _not_partner(lang).search(norm, first.start, second.end + TAIL):
                continue  # talks, a takeover, a split: the rules' exclusions hold for the model too
            status, hedged = clause_status(doc, sentence, span)
            yield Claim(org_id(doc, first) or x, Relation.PARTNER, org_id(doc, second) or y, doc.article.id,
                        (sentence.index,), "partner-model", round(p, 2), status=status, hedged=hedged, span=span)


extract_partner_model.fallback = True  # type: ignore[attr-defined]

