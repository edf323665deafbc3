"""A capitalized word the article keeps using as a company is a company, and its fuller first mention names it."""

from __future__ import annotations

import pytest

from kg.entities.recurring import recurring_names


def names(*sentences: str) -> list[str]:
    return [f.text for here in recurring_names(sentences) for f in here]


def test_a_word_used_as_a_company_three_times_is_found_at_its_first_fuller_mention() -> None:
    found = recurring_names(["Lumora Health's demos drew crowds.", "Lumora confirmed the deal.", "Lumora has grown."])
    assert [(i, f.text, f.start) for i, here in enumerate(found) for f in here] == [(0, "Lumora Health", 0)]


@pytest.mark.parametrize(
    ("sentences", "why"),
    [
        (("Priya Nandakumar spoke.", "Nandakumar said no.", "Nandakumar has left."), "a surname after a given name"),
        (("Lumora said yes.", "Lumora has grown."), "used only twice"),
        (("Lumora said yes.", "Lumora grew.", "Lumora grew again."), "acts as a company only once"),
        (("Verde said yes.", "Verde has grown.", "The verde fields are green."), "also a lower-case word"),
        (("Analysts said so.", "Analysts have said.", "Analysts will say."), "a sentence-opening word"),
        (("The Company said so.", "The Company has grown.", "Acme Inc. (the Company) will say."), "a defined term after 'the'"),
    ],
)
def test_not_a_recurring_company(sentences: tuple[str, ...], why: str) -> None:
    assert names(*sentences) == [], why


def test_a_title_after_the_name_is_not_part_of_it() -> None:
    assert names("Verde CEO Ana Lopes spoke.", "Verde said yes.", "Verde has grown.") == ["Verde"]
