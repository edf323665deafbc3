"""Light coreference: pronouns inside a speaker's words and definite descriptions resolve to companies.

Each row: (text, lang, pronoun, expected organization it stands for, in the last sentence that has it).
"""

from __future__ import annotations

import pytest

from .conftest import article, extracted, org

EN = "en"

ROWS = [
    pytest.param('Banco Rural S.A. will finance the leases of Brisa Verde Agro S.A.\n\nBrisa Verde ran a pilot of sprayers from CNH '
                 'Industrial N.V. last year.\n\n"We tested them for a full season," Brisa Verde chief executive Renata Albuquerque said.',
                 EN, "them", org("CNH Industrial N.V."), id="en-them-is-the-latest-other-company-named-not-the-latest-topic"),
    pytest.param('Brisa Verde Agro S.A. ran a pilot of sprayers from CNH Industrial N.V. last year.\n\n"We tested them for a full '
                 'season," Brisa Verde chief executive Renata Albuquerque said.', EN, "We", org("Brisa Verde Agro S.A."),
                 id="en-we-is-the-speakers-company"),
    pytest.param("Netflix is bringing more games to its app.\n\nThe streaming company announced that it signed a deal with Ubisoft.",
                 EN, "The streaming company", "netflix", id="en-the-ing-company-is-the-topic"),
    pytest.param("Corvane Energy Inc ditched SolarEdge as its main inverter supplier.\n\nSolarEdge had supplied 70% of Corvane's "
                 "inverters since 2022.\n\nThe company began a pilot of Fronius string inverters.", EN, "The company",
                 org("Corvane Energy Inc"), id="en-the-company-after-a-sentence-naming-the-storys-company-is-it"),
    pytest.param("港灣保險集團有限公司昨日公布業績。行政總裁陳美玲表示，集團已於六月結束與東亞銀行的合作。", "zh-TW", "集團",
                 org("港灣保險集團有限公司"), id="tw-jituan-after-a-title-only-speaker-is-the-topic"),
    pytest.param("明澈玻璃股份有限公司成立于2001年。\n\n这家总部位于浙江台州的民营瓶企今年10月与Verallia签署技术合作协议。", "zh-CN",
                 "这家总部位于浙江台州的民营瓶企", org("明澈玻璃股份有限公司"), id="zh-this-described-company-is-the-topic"),
    pytest.param("British start-up Skyhaven Services Ltd has struck a pact with Brenlow Airport, the company said, as the airport "
                 "replaced its incumbent supplier Swissport.", EN, "the airport", org("Brenlow Airport"),
                 id="en-the-airport-is-the-one-whose-name-ends-in-airport"),
    pytest.param("Trip.com Group denied it was in talks with Wanderlyn Pte Ltd.\n\nIt is not the first time Wanderlyn has drawn "
                 "interest. In 2025, its board rejected a takeover offer from Expedia Group.", EN, "its", org("Wanderlyn Pte Ltd"),
                 id="en-its-board-is-the-latest-topic-and-it-is-not-the-first-time-names-no-company"),
    pytest.param('Wayfarer Group, Inc. (NASDAQ: WYFR) ("Wayfarer" or "the Company") announced a deal with Marriott International, '
                 'Inc.\n\nUnder the agreement, Marriott members earn points.\n\nThe Company also renewed its deal with Hilton.',
                 EN, "The Company", org("Wayfarer Group, Inc."), id="en-the-company-a-press-release-defines-is-its-issuer"),
    pytest.param("Halden Foods Inc. is in advanced talks to acquire Brightfarm, a closely held developer of vertical farms, in a deal "
                 "that could value the startup at $1.2 billion, people said.", EN, "the startup", org("Brightfarm"),
                 id="en-the-startup-a-subject-values-is-the-one-it-acts-on-not-itself"),
    pytest.param("French developer Mistral AI will rent chips from Amsterdam-based cloud startup Kilnworks.\n\nThe Amsterdam firm "
                 "raised debt last year.", EN, "The Amsterdam firm", org("Kilnworks"), id="en-the-amsterdam-firm-is-the-one-placed-there"),
    pytest.param("French developer Mistral AI will rent chips from Amsterdam-based cloud startup Kilnworks.\n\nThe Paris-based "
                 "startup ran a tender.", EN, "The Paris-based startup", "mistral-ai",
                 id="en-the-paris-based-startup-is-not-one-based-elsewhere"),
    pytest.param("Kilnworks Ltd was founded in 2023.\n\nIt currently operates about 9,000 Nvidia chips.", EN, "It", org("Kilnworks Ltd"),
                 id="en-it-then-an-adverb-and-a-verb-is-the-latest-company"),
    pytest.param("Sportradar AG signed a data agreement with the Nordic Floorball League in 2025.\n\nThe league said the deal "
                 "runs until 2030.", EN, "The league", org("Nordic Floorball League"),
                 id="en-the-league-is-the-one-whose-name-ends-in-league"),
]


def test_a_nationality_is_no_short_name_of_a_company() -> None:
    text = ("Western Australian lithium developer Ironbark Lithium Ltd rejected a proposal from Tianqi Lithium. "
            "Ironbark is in talks with Albemarle, The Australian Financial Review reported.")
    doc, _ = extracted(article(text, "en"))
    assert "Australian" not in [m.text for s in doc.sentences for m in s.mentions]


def test_the_us_in_capitals_is_the_country_not_the_speakers_company() -> None:
    text = ("Maison Lumen SA reached a deal with Watches of Switzerland Group Plc to sell the line in the UK and the US, "
            "the companies said in a joint statement.")
    doc, _ = extracted(article(text, "en"))
    assert not [m for s in doc.sentences for m in s.mentions if m.text == "US"]


@pytest.mark.parametrize(("text", "lang", "pronoun", "expected"), ROWS)
def test_pronoun_resolves(text: str, lang: str, pronoun: str, expected: str) -> None:
    doc, _ = extracted(article(text, lang))
    found = [m.entity_id for s in doc.sentences for m in s.mentions if m.text == pronoun and m.source == "coref"]
    assert found and found[-1] == expected
