"""core_name: a company name without its legal endings, the key short and full names meet on."""

import pytest

from kg.entities.resolve import core_name


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("雪松控股集团有限公司", "雪松"),
        ("Alibaba Group Holding Ltd.", "Alibaba"),
        ("阿里巴巴（中国）有限公司", "阿里巴巴"),
        ("Samsung Electronics Co., Ltd.", "Samsung Electronics"),
        ("Deutsche Lufthansa AG", "Deutsche Lufthansa"),
        # a Latin ending is a word of its own: not the "sa" of Lufthansa or the "co" of Costco
        ("Lufthansa", "Lufthansa"),
        ("Costco", "Costco"),
        ("Tesco PLC", "Tesco"),
        # Nordic, Japanese, Southeast Asian, Dutch and Italian legal forms
        ("Nordhavn Motors AB", "Nordhavn Motors"),
        ("Nokia Oyj", "Nokia"),
        ("A.P. Moller-Maersk A/S", "A.P. Moller-Maersk"),
        ("Lumen Pay Pte. Ltd.", "Lumen Pay"),
        ("Asahi Kasei KK", "Asahi Kasei"),
        ("Absa", "Absa"),
    ],
)
def test_core_name(name: str, core: str) -> None:
    assert core_name(name) == core
