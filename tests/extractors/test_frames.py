"""Frames and cues compile for normalized text, and a frame's gate never hides one of its matches."""

from __future__ import annotations

import re

import pytest

from kg.extractors import cues
from kg.extractors.cues import FRAMES, compile_cue
from kg.extractors.frames import compile_frame, frame_gate

ALL_FRAMES = [(rel, lang, p) for rel, by_lang in FRAMES.items() for lang, frames in by_lang.items() for p, _, _ in frames]


def test_a_cue_matches_lower_case_text_without_ignorecase():
    rx = compile_cue(r"\bteamed up with\b")
    assert not rx.flags & re.IGNORECASE
    assert rx.search("apple teamed up with baidu")


def test_a_cue_with_a_capital_letter_is_refused_since_normalized_text_has_none():
    with pytest.raises(ValueError, match="capital"):
        compile_cue(r"\bTeamed up\b")


def test_escapes_and_group_names_are_not_capital_letters():
    assert compile_cue(r"(?P<A>\w+)\W\s(?P=A)\b").search("ab, ab")


@pytest.mark.parametrize(("relation", "lang", "pattern"), ALL_FRAMES)
def test_every_frame_compiles_for_normalized_text(relation, lang, pattern):
    assert not compile_frame(pattern).flags & re.IGNORECASE


@pytest.mark.parametrize("name", ["DENIAL", "DENIAL_STRONG", "HEDGE", "CONFIRM", "NOT_PARTNER", "LEADING_HEDGE",
                                  "DENY_REPORT", "ACCORDING_TO", "REPORT_VERBS", "ANONYMOUS", "OWN_VOICE",
                                  "SELF_PRONOUNS", "OTHER_PRONOUNS", "PAIR_PARTNER", "TRIGGERS"])
def test_every_cue_table_compiles_for_normalized_text(name):
    table = getattr(cues, name)
    for value in table.values():
        for source in value.values() if isinstance(value, dict) else [value]:
            compile_cue(source)


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (r"{A}{W}\b(?:use|uses) {B}", r"\b(?:use|uses)"),
        (r"{A}{W}\b(?:will |to )?(?:use|uses) {B}", "(?:use|uses)"),  # the optional group is skipped
        (r"{A}{G}(?:与|和)(?:了)?{g}{B}", "(?:与|和)"),
        (r"{A}{G}(?:评估|测试){0,2}(?:洽谈|谈判){B}", "(?:洽谈|谈判)"),
        (r"{A}{G}由{B}{g}(?:供应|提供)", None),  # no group straight after the gap
        (r"\b(?:talks) between {A1} and {B1}", None),  # does not start with an organization
    ],
)
def test_a_frame_gate_is_its_first_required_word_group(pattern, gate):
    found = frame_gate(pattern)
    assert (found.pattern if found else None) == gate


SKELETONS = [
    "\ue000与\ue001签署战略合作协议", "\ue000携手\ue001推出新品", "\ue000最终选择了\ue001作为合作伙伴",
    "\ue000与\ue001的谈判已经终止", "\ue000曾评估\ue001的方案", "\ue000放弃了\ue001",
    "\ue000 will use \ue001's models in china", "\ue000 has teamed up with \ue001",
    "\ue000 is in talks with \ue001 about a deal", "\ue000 ruled out \ue001 as a partner",
    "\ue000 said it chose \ue001 to supply chips", "\ue000 and \ue001 signed a deal",
]


@pytest.mark.parametrize(("relation", "lang", "pattern"), [f for f in ALL_FRAMES if frame_gate(f[2])])
def test_a_gate_never_hides_a_match_of_its_frame(relation, lang, pattern):
    gate, frame = frame_gate(pattern), compile_frame(pattern)
    for text in SKELETONS:
        if frame.search(text):
            assert gate.search(text), text
