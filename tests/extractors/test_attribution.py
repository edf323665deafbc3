"""Attribution: which outlets, people or anonymous sources each claim is reportedBy.

Each row: (text, lang, expected {(subject, relation, object, frozenset(sources))}) over every claim,
status ignored. Partner sides are sorted. A company speaking for itself is its own source.
"""

from __future__ import annotations

import pytest

from kg.entities.resolve import discovered_id
from kg.model import ANONYMOUS, EntityKind

from .conftest import claims_of, org, person, xfail

ZH, TW, EN = "zh-CN", "zh-TW", "en"


def c(subject: str, relation: str, obj: str, *sources: str) -> tuple[str, str, str, frozenset[str]]:
    if relation == "partner":
        subject, obj = sorted((subject, obj))
    return (subject, relation, obj, frozenset(sources))


def sourced(text: str, lang: str) -> set[tuple[str, str, str, frozenset[str]]]:
    return {(s, r, o, src) for s, r, o, _, src in claims_of(text, lang)}


ROWS = [
    pytest.param("据路透社援引三位知情人士消息，欧莱雅正在评估收购星河生物科技有限公司多数股权的可能性。", ZH,
                 {c("loreal", "evaluated", org("星河生物科技有限公司"), "reuters", ANONYMOUS)},
                 id="zh-an-outlet-citing-unnamed-people-gives-both"),
    pytest.param("Unilever picked Harbor Freightways Ltd over a rival bid from Maersk, two people familiar with the tender said.", EN,
                 {c("unilever", "partner", org("Harbor Freightways Ltd"), ANONYMOUS), c("unilever", "rejected", "maersk", ANONYMOUS)},
                 id="en-people-familiar-with-the-tender"),
    pytest.param("遊戲橘子數位科技股份有限公司也公告終止與樂遊互動娛樂股份有限公司的手機遊戲代理合約。", TW,
                 {c(org("遊戲橘子數位科技股份有限公司"), "rejected", org("樂遊互動娛樂股份有限公司"), org("遊戲橘子數位科技股份有限公司"))},
                 id="tw-a-company-announcing-a-termination-is-its-source"),
    pytest.param("港灣保險集團有限公司昨日公布業績。行政總裁陳美玲昨日在記者會上表示，集團已於今年六月結束與東亞銀行的分銷合作。", TW,
                 {c(org("港灣保險集團有限公司"), "rejected", "bank-of-east-asia", person("陳美玲"))},
                 id="tw-titled-speaker-then-a-time-word"),
    pytest.param("本地旅遊股朗程旅遊集團有限公司（下稱「朗程」）昨晚向港交所發出公告，宣布與香格里拉集團簽訂策略合作協議。", TW,
                 {c(org("朗程旅遊集團有限公司"), "partner", "shangri-la", org("朗程旅遊集團有限公司"))},
                 id="tw-the-exchange-an-announcement-is-sent-to-is-no-speaker"),
    pytest.param("Quillon Analytics Inc. (NASDAQ: QLLN), an Atlanta-based maker of software for hotels, said Marriott International "
                 "(NASDAQ: MAR) has selected its pricing platform for 300 hotels.", EN,
                 {c(org("Quillon Analytics Inc."), "partner", "marriott", org("Quillon Analytics Inc."))},
                 id="en-A-with-its-ticker-and-apposition-said-B-has-selected-its-product"),
    pytest.param('Qasr Pay Holdings Ltd has signed a deal with Visa Inc.\n\n"We ended the card programme with Mastercard in March. '
                 'We did not want to be locked in," Qasr chief executive Omar Haddad told the Financial Times.', EN,
                 {c(org("Qasr Pay Holdings Ltd"), "partner", "visa"), c(org("Qasr Pay Holdings Ltd"), "rejected", "mastercard",
                                                                        person("Omar Haddad"), "financial-times")},
                 id="en-a-quote-of-two-sentences-belongs-to-the-titled-speaker-after-it-and-the-outlet-told"),
    pytest.param("比亞迪行政總裁馮浩文接受本報專訪時透露，公司去年曾與寧德時代商討技術授權。", TW,
                 {c("byd", "evaluated", "catl", person("馮浩文"))}, id="tw-jieshou-zhuanfang-shi-toulu-gongsi-qunian"),
    pytest.param("湖南欣旭储能科技股份有限公司(以下简称\"欣旭储能\")12月2日晚间发布公告。\n\n此外，公告显示，公司决定提前终止与亿纬锂能于2023年签署的《电芯采购框架协议》。", ZH,
                 {c(org("湖南欣旭储能科技股份有限公司"), "rejected", "eve-energy", org("湖南欣旭储能科技股份有限公司"))},
                 id="zh-cishi-gonggao-xianshi-gongsi-jueding"),
    pytest.param("江苏恒驰精密科技股份有限公司(以下简称\"恒驰精密\",证券代码:301629)晚间公告,公司与宁德时代签署《战略合作框架协议》。", ZH,
                 {c("catl", "partner", org("江苏恒驰精密科技股份有限公司"), org("江苏恒驰精密科技股份有限公司"))},
                 id="zh-abbreviation-with-its-stock-code-then-gonggao"),
    pytest.param("上海复旦微电子集团股份有限公司发布公告。\n\n公告称，本协议不涉及具体金额。协议的签署有利于公司发展。复旦微电是芯片龙头之一。"
                 "公告同时披露，公司此前已与中移物联网有限公司签署供货协议。", ZH,
                 {c(org("上海复旦微电子集团股份有限公司"), "partner", org("中移物联网有限公司"), org("上海复旦微电子集团股份有限公司"))},
                 id="zh-gonggao-tongshi-pilu-after-gonggao-cheng-is-the-same-issuer"),
    pytest.param("浙江禾丰包装股份有限公司（以下简称\"禾丰包装\"）发布公告。禾丰包装董事长王建国表示：\"中兴通讯是全球领先的设备商。\"公告同时提示，该项目存在风险。"
                 "\n\n公告还披露，公司已与苏州瑞锦纸业有限公司协商一致，提前终止双方的纸箱代工协议。", ZH,
                 {c(org("浙江禾丰包装股份有限公司"), "rejected", org("苏州瑞锦纸业有限公司"), org("浙江禾丰包装股份有限公司"))},
                 id="zh-gonggao-after-a-quote-naming-another-company-is-still-the-issuers"),
    pytest.param("Halden Trucks Inc. will license cell technology from CATL, according to Bloomberg News, which cited people "
                 "familiar with the matter.", EN,
                 {c(org("Halden Trucks Inc."), "partner", "catl", "bloomberg", ANONYMOUS)}, id="en-according-to-X-which-cited-people"),
    pytest.param("Grab Holdings has held talks about acquiring PayLantern Ltd., The Edge Singapore reported on Sunday, citing people "
                 "familiar with the matter.", EN,
                 {c("grab", "evaluated", org("PayLantern Ltd."), ANONYMOUS, discovered_id("The Edge Singapore", EntityKind.OUTLET))},
                 id="en-an-unknown-name-reporting-citing-people-is-an-outlet"),
    pytest.param("蔚来能源正与中国石化洽谈成立换电站合资公司。多位知情人士透露，双方已就合资公司的股权结构进行了多轮沟通。", ZH,
                 {c("nio-power", "evaluated", "sinopec", ANONYMOUS)}, id="zh-unnamed-people-on-shuangfang-after-talks-are-the-talks-source"),
    pytest.param("蔚来能源正与中国石化洽谈成立换电站合资公司。中国石化表示，双方的沟通不予置评。", ZH,
                 {c("nio-power", "evaluated", "sinopec")}, id="zh-a-side-commenting-on-shuangfang-after-talks-reports-nothing"),
    pytest.param("The carrier Halden Air Ltd. has been negotiating with ATR for 15 aircraft, said the people, who asked not to be identified.", EN,
                 {c(org("Halden Air Ltd."), "evaluated", "atr", ANONYMOUS)}, id="en-said-the-people-after-the-claim"),
    pytest.param("据21世纪经济报道，海尔智家正与澄曜智能装备股份有限公司洽谈入股事宜。", ZH,
                 {c("haier", "evaluated", org("澄曜智能装备股份有限公司"), "21cbh")}, id="zh-ju-an-outlet-whose-name-ends-in-baodao"),
    pytest.param("财新从多位知情人士处获悉，鞍钢集团正与必和必拓洽谈低碳炼钢合作。", ZH,
                 {c("ansteel", "evaluated", "bhp", ANONYMOUS)}, id="zh-outlet-cong-zhiqing-renshi-chu-huoxi"),
    pytest.param("2月13日，经济观察网获悉，鞍钢集团正与必和必拓洽谈低碳炼钢合作。", ZH,
                 {c("ansteel", "evaluated", "bhp")}, id="zh-outlet-huoxi-is-the-publishers-own-voice"),
    pytest.param("星宇航空董事長張國煒今天出席活動時受訪表示，星宇正與日本航空（JAL）洽談代碼共享合作。", TW,
                 {c("starlux", "evaluated", "japan-airlines", person("張國煒"))}, id="tw-chuxi-huodong-shi-shoufang-biaoshi"),
    pytest.param("Hilton evaluated Stripe Inc. and Checkout.com before selecting Adyen, a person familiar with the process told CNBC.", EN,
                 {c(org("Hilton"), "evaluated", "stripe", ANONYMOUS, "cnbc"),
                  c(org("Hilton"), "evaluated", "checkout-com", ANONYMOUS, "cnbc"),
                  c(org("Hilton"), "partner", "adyen", ANONYMOUS, "cnbc")},
                 id="en-a-person-familiar-with-the-process-told-an-outlet"),
    # a company announcing is the source of what it announces: 宣布, 公告, with its stock code and the date between
    pytest.param("香港電訊(6823)昨日宣布與商湯科技(0020)簽署戰略合作協議。", TW,
                 {c("hkt", "partner", "sensetime", "hkt")}, id="tw-announcing-company-with-its-stock-code"),
    pytest.param("永辉超市(601933)5月29日晚间发布公告称，公司与宁德时代签署合作协议。", ZH,
                 {c("catl", "partner", "yonghui", "yonghui")}, id="zh-announcement-with-code-and-date"),
    pytest.param("鴻海旗下電動車公司鴻華先進昨日發布重大訊息，宣布與三菱汽車簽署合作備忘錄。", TW,
                 {c("foxtron", "partner", "mitsubishi-motors", "foxtron")}, id="tw-subsidiary-announces-its-own-deal"),
    pytest.param("中百集团在投资者互动平台表示，公司曾与比亚迪进行接触。", ZH,
                 {c(org("中百集团"), "evaluated", "byd", org("中百集团"))}, id="zh-company-on-investor-platform-gongsi-ceng"),
    pytest.param("复旦微电(688385.SH)发布《关于签署框架协议的公告》。公告显示，公司与华虹半导体签署框架协议。", ZH,
                 {c(org("复旦微电"), "partner", "hua-hong", org("复旦微电"))}, id="zh-gonggao-xianshi-is-the-issuer"),
    pytest.param("华为与比亚迪今日共同宣布签署战略合作协议。", ZH,
                 {c("byd", "partner", "huawei", "byd", "huawei")}, id="zh-A-and-B-announce-both-speak"),
    pytest.param(
        "Tim Cook, the company's chief executive, said Apple would partner with OpenAI.",
        EN,
        {c("apple", "partner", "openai", "tim-cook")},
        id="en-person-apposition-then-said",
    ),
    pytest.param(
        "Foxconn, a key supplier to Apple, said it had signed a deal with Nvidia Corp.",
        EN,
        {c("apple", "partner", "foxconn"), c("foxconn", "partner", "nvidia", "foxconn")},
        id="en-appositive-then-said",
    ),
    pytest.param(
        "Nvidia Corp. and Foxconn deepened their partnership on Tuesday, the two companies said.",
        EN,
        {c("nvidia", "partner", "foxconn", "nvidia", "foxconn")},
        id="en-the-two-companies-said",
    ),
    pytest.param(
        "輝達執行長黃仁勳今（18）日表示，「台積電是我們最重要的合作夥伴」。",
        TW,
        {c("nvidia", "partner", "tsmc", "jensen-huang")},
        id="tw-date-in-brackets-between-speaker-and-verb",
    ),
    pytest.param(
        "Samsung Electronics is also in talks with Perplexity AI, according to people familiar with the matter. "
        "The discussions were first reported by Bloomberg News last month.",
        EN,
        {c("samsung", "evaluated", "perplexity", "anonymousSource", "bloomberg")},
        id="en-first-reported-by-covers-the-sentence-before",
    ),
    pytest.param(
        "小米正与宁德时代洽谈合作。此事最早由彭博社报道。",
        ZH,
        {c("xiaomi", "evaluated", "catl", "bloomberg")},
        id="zh-zuizao-you-X-baodao",
    ),
    pytest.param(
        "Honda Motor Co., which has partnered with Sony Group Corp. since 2022, said it would not renew its contract "
        "with Panasonic Holdings Corp.",
        EN,
        {c("honda", "partner", "sony"), c("honda", "rejected", "panasonic", "honda")},
        id="en-which-clause-then-said",
    ),
    pytest.param(
        "General Motors Co. and LG Energy Solution Ltd. announced a strategic alliance to develop cells.",
        EN,
        {c("gm", "partner", "lg-energy-solution", "gm", "lg-energy-solution")},
        id="en-A-and-B-announced",
    ),
    pytest.param(
        "Talks between Nokia Oyj and Ericsson over a research venture have broken down, people with knowledge "
        "of the matter told Reuters.",
        EN,
        {c("nokia", "evaluated", "ericsson", "reuters", "anonymousSource"),
         c("nokia", "rejected", "ericsson", "reuters", "anonymousSource")},
        id="en-told-an-outlet",
    ),
    # --- Simplified Chinese: 据X报道 (rest of the paragraph), X表示, 知情人士, quotes ---
    pytest.param(
        "据彭博社报道，腾讯已与蔚来达成合作。",
        ZH,
        {c("tencent", "partner", "nio", "bloomberg")},
        id="zh-ju-baodao",
    ),
    pytest.param(
        "据路透社报道，小米正与宁德时代洽谈合作。小米还与比亚迪签署了协议。\n\n另外，蔚来与腾讯签署了协议。",
        ZH,
        {
            c("xiaomi", "evaluated", "catl", "reuters"),
            c("xiaomi", "partner", "byd", "reuters"),
            c("nio", "partner", "tencent"),
        },
        id="zh-ju-paragraph-scope",
    ),
    pytest.param(
        "腾讯表示，公司已与蔚来达成合作。",
        ZH,
        {c("tencent", "partner", "nio", "tencent")},
        id="zh-company-biaoshi",
    ),
    pytest.param(
        "华为透露，已与赛力斯签署战略合作协议。",
        ZH,
        {c("huawei", "partner", "seres", "huawei")},
        id="zh-company-toulu",
    ),
    pytest.param(
        "知情人士称，苹果正在测试百度的大模型。",
        ZH,
        {c("apple", "evaluated", "baidu", ANONYMOUS)},
        id="zh-zhiqing-renshi",
    ),
    pytest.param(
        "阿里巴巴董事局主席蔡崇信表示，阿里已与苹果达成合作。",
        ZH,
        {c("alibaba", "partner", "apple", "joe-tsai")},
        id="zh-titled-person",
    ),
    pytest.param(
        "苹果CEO库克在财报电话会上透露，苹果正在测试百度的模型。",
        ZH,
        {c("apple", "evaluated", "baidu", "tim-cook")},
        id="zh-person-zai-shang-toulu",
    ),
    pytest.param(
        "香颂资本执行董事沈萌表示，小米与宁德时代的合作对双方都有利。",
        ZH,
        {c("xiaomi", "partner", "catl", person("沈萌"))},
        id="zh-discovered-person",
    ),
    pytest.param(
        "小米发言人对记者表示，小米已与宁德时代签署协议。",
        ZH,
        {c("xiaomi", "partner", "catl", "xiaomi")},
        id="zh-spokesperson",
    ),
    pytest.param(
        "“我们已与宁德时代签署了长期协议。”雷军说。",
        ZH,
        {c("xiaomi", "partner", "catl", "lei-jun")},
        id="zh-quote-women-speaker-after",
    ),
    pytest.param(
        "雷军说：“我们已与宁德时代签署了长期协议。”",
        ZH,
        {c("xiaomi", "partner", "catl", "lei-jun")},
        id="zh-quote-speaker-before",
    ),
    pytest.param(
        "“我们一直在测试百度的模型。”库克在发布会上说。",
        ZH,
        {c("apple", "evaluated", "baidu", "tim-cook")},
        id="zh-quote-zai-shang-shuo",
    ),
    pytest.param(
        "“我们一直在测试百度的模型。”库克在接受采访时说。",
        ZH,
        {c("apple", "evaluated", "baidu", "tim-cook")},
        id="zh-quote-zai-shi-shuo",
    ),
    pytest.param(
        "小米与宁德时代达成合作，路透社报道称。",
        ZH,
        {c("xiaomi", "partner", "catl", "reuters")},
        id="zh-trailing-baodao-cheng",
        marks=xfail("a trailing zh speech cue (…，路透社报道称。) is scoped forward, so it covers nothing"),
    ),
    pytest.param(
        "比亚迪与英伟达达成合作，财新援引知情人士报道。",
        ZH,
        {c("byd", "partner", "nvidia", "caixin", ANONYMOUS)},
        id="zh-trailing-yuanyin-zhiqing",
        marks=xfail(
            "trailing …，X援引知情人士报道 attributes nothing (neither the outlet nor the anonymous source)"
        ),
    ),
    # --- Traditional Chinese ---
    pytest.param(
        "據彭博社報導，鴻海與輝達已簽署合作協議。",
        TW,
        {c("foxconn", "partner", "nvidia", "bloomberg")},
        id="tw-ju-baodao",
    ),
    pytest.param(
        "知情人士透露，台積電正與英特爾洽談合作。",
        TW,
        {c("tsmc", "evaluated", "intel", ANONYMOUS)},
        id="tw-zhiqing-renshi",
    ),
    pytest.param(
        "「我們已與台積電簽署長期協議。」庫克說。",
        TW,
        {c("apple", "partner", "tsmc", "tim-cook")},
        id="tw-corner-quote",
    ),
    # --- English ---
    pytest.param(
        "According to Bloomberg, Amazon is in talks with Anthropic.",
        EN,
        {c("amazon", "evaluated", "anthropic", "bloomberg")},
        id="en-according-to-leading",
    ),
    pytest.param(
        "According to people familiar with the matter, Amazon is in talks with Anthropic.",
        EN,
        {c("amazon", "evaluated", "anthropic", ANONYMOUS)},
        id="en-according-to-people-familiar",
    ),
    pytest.param(
        "Bloomberg News reported, citing people with knowledge of the matter, that Apple is testing models from Baidu.",
        EN,
        {c("apple", "evaluated", "baidu", "bloomberg", ANONYMOUS)},
        id="en-bloomberg-citing-leading",
    ),
    pytest.param(
        "Samsung said in a statement that it had signed a deal with Google.",
        EN,
        {c("samsung", "partner", "google", "samsung")},
        id="en-said-in-statement",
    ),
    pytest.param(
        "Microsoft said it is partnering with OpenAI.",
        EN,
        {c("microsoft", "partner", "openai", "microsoft")},
        id="en-company-said",
    ),
    pytest.param(
        '"We are testing models from Baidu," Tim Cook said.',
        EN,
        {c("apple", "evaluated", "baidu", "tim-cook")},
        id="en-quote-we",
    ),
    pytest.param(
        "Microsoft has partnered with OpenAI, according to Reuters.",
        EN,
        {c("microsoft", "partner", "openai", "reuters")},
        id="en-according-to-trailing",
    ),
    pytest.param(
        "Microsoft is partnering with OpenAI, Reuters reported.",
        EN,
        {c("microsoft", "partner", "openai", "reuters")},
        id="en-trailing-reported",
    ),
    pytest.param(
        "Reuters reported that Microsoft is partnering with OpenAI.",
        EN,
        {c("microsoft", "partner", "openai", "reuters")},
        id="en-reported-that",
    ),
    pytest.param(
        "Nvidia CEO Jensen Huang said Nvidia is partnering with Foxconn.",
        EN,
        {c("nvidia", "partner", "foxconn", "jensen-huang")},
        id="en-person-said-clause",
    ),
    pytest.param(
        "Amazon is in talks with Anthropic, people familiar with the matter said.",
        EN,
        {c("amazon", "evaluated", "anthropic", ANONYMOUS)},
        id="en-people-familiar-trailing",
    ),
    pytest.param(
        "Apple is testing models from Baidu, Bloomberg News reported, citing people with knowledge of the matter.",
        EN,
        {c("apple", "evaluated", "baidu", "bloomberg", ANONYMOUS)},
        id="en-bloomberg-citing-trailing",
    ),
    pytest.param(
        "Toyota teamed up with Nvidia, the Wall Street Journal reported.",
        EN,
        {c("toyota", "partner", "nvidia", "wsj")},
        id="en-wsj-trailing",
    ),
    pytest.param(
        "Amazon is partnering with Anthropic, the company said.",
        EN,
        {c("amazon", "partner", "anthropic", "amazon")},
        id="en-the-company-said",
    ),
    pytest.param(
        "Amazon reportedly held talks with Anthropic.",
        EN,
        {c("amazon", "evaluated", "anthropic")},
        id="en-reportedly-not-self",
    ),
    # --- no source: the article's own voice ---
    pytest.param(
        "据了解，小米已与宁德时代签署协议。",
        ZH,
        {c("xiaomi", "partner", "catl")},
        id="zh-ju-liaojie-own-voice",
    ),
    pytest.param(
        "复旦大学教授王明表示，小米与宁德时代的合作意义重大。",
        ZH,
        {c("xiaomi", "partner", "catl")},
        id="zh-commentator-not-source",
    ),
    pytest.param(  # the speaker after "said", with an honorific, speaks for the company of the title after the name
        'Auralis Hearing Technologies, Inc. makes hearing aids. "We chose Qualcomm because its platform is good," said Dr. '
        "Rahul Venkataraman, Chief Technology Officer at Auralis.",
        EN,
        {c(org("Auralis Hearing Technologies, Inc."), "partner", "qualcomm", person("Rahul Venkataraman"))},
        id="en-quote-then-said-dr-name-title-at-company",
    ),
    pytest.param(
        "SK Telecom has been testing Hanul Thermal Systems Co.'s cooling tanks since September, according to an industry official "
        "who spoke on condition of anonymity.",
        EN,
        {c("sk-telecom", "evaluated", org("Hanul Thermal Systems Co."), ANONYMOUS)},
        id="en-an-official-who-spoke-on-condition-of-anonymity",
    ),
    pytest.param(
        "永鑫資源科技股份有限公司昨日召開法說會。據業界傳出，中鋼正與永鑫洽談合作。",
        TW,
        {c("china-steel", "evaluated", org("永鑫資源科技股份有限公司"), ANONYMOUS)},
        id="tw-ju-yejie-chuanchu-is-anonymous",
    ),
    pytest.param(
        "Orlen SA decided against renewing its supply arrangement with Air Products (APD.N), a person close to the Polish group said.",
        EN,
        {c(org("Orlen SA"), "rejected", "air-products", ANONYMOUS), c(org("Orlen SA"), "partner", "air-products", ANONYMOUS)},
        id="en-a-person-close-to-the-company-is-anonymous-not-the-company",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_attribution(text: str, lang: str, expected: set[tuple[str, str, str, frozenset[str]]]) -> None:
    assert sourced(text, lang) == expected


# --- outlets the gazetteer does not know, named where the text cites them -----------------------


def outlet(name: str) -> str:
    from kg.entities.resolve import discovered_id
    from kg.model import EntityKind

    return discovered_id(name, EntityKind.OUTLET)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("另据蓝鲸新闻报道，广汽集团正与华为洽谈深化合作。", ZH,
                     {c("gac", "evaluated", "huawei", outlet("蓝鲸新闻"))}, id="zh-another-ju-unknown-outlet"),
        pytest.param("據南港早報報導，小米已與寧德時代簽署合作協議。", TW,
                     {c("catl", "partner", "xiaomi", outlet("南港早報"))}, id="tw-unknown-outlet"),
        pytest.param("Xiaomi has signed a battery supply deal with CATL, according to the Harbor City Tribune.", EN,
                     {c("catl", "partner", "xiaomi", outlet("Harbor City Tribune"))}, id="en-unknown-outlet"),
        pytest.param("另据界面新闻报道，广汽集团正与华为洽谈深化合作。", ZH,
                     {c("gac", "evaluated", "huawei", "jiemian")}, id="zh-another-ju-known-outlet"),
        pytest.param("据知情人士透露，小米已与宁德时代签署合作协议。", ZH,
                     {c("catl", "partner", "xiaomi", ANONYMOUS)}, id="zh-insider-is-no-outlet"),
    ],
)
def test_an_unknown_outlet_cited_as_the_source_becomes_one(text: str, lang: str, expected) -> None:
    assert sourced(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("英特尔执行长陈立武上月在公司活动中表示：“我们会持续与联电合作开发12纳米制程。”",
                     {c("intel", "partner", "umc", "lip-bu-tan")}, id="last-month-at-an-event"),
        pytest.param("蔚来董事长李斌当时表示，蔚来与宁德时代的合作将进一步深化。",
                     {c("catl", "partner", "nio", "william-li")}, id="at-the-time"),
    ],
)
def test_a_time_word_between_speaker_and_verb_keeps_the_speaker(text: str, expected) -> None:
    assert sourced(text, ZH) == expected
