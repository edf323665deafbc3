"""Status: Reported / Confirmed / Rumored / Denied, from clause cues and from later denials.

Each row: (text, lang, expected {(subject, relation, object): status}). Only the listed claims are
checked (other tables check which claims exist); a listed claim that is missing reads as None.
"""

from __future__ import annotations

import pytest

from .conftest import claims_of, org

ZH, TW, EN = "zh-CN", "zh-TW", "en"
REP, CON, RUM, DEN = "Reported", "Confirmed", "Rumored", "Denied"


def p(a: str, b: str) -> tuple[str, str, str]:
    x, y = sorted((a, b))
    return (x, "partner", y)


def statuses(text: str, lang: str) -> dict[tuple[str, str, str], str]:
    return {(s, r, o): status for s, r, o, status, _ in claims_of(text, lang)}


ROWS = [
    pytest.param("對於市場傳出adidas將直接與織峰科技股份有限公司合作，織峰發言人澄清，「目前與adidas並無任何接觸」。", TW,
                 {p("adidas", org("織峰科技股份有限公司")): DEN}, id="tw-no-contact-of-any-kind-denies-what-the-sentence-reported"),
    pytest.param('Glencore said in a statement that it "is not and has not been in discussions" with Karoo Ridge Minerals Ltd, '
                 "after outlet Business Day said the Swiss group had approached the miner.", EN,
                 {("glencore", "evaluated", org("Karoo Ridge Minerals Ltd")): DEN},
                 id="en-a-denial-answers-the-report-its-sentence-tells-after-it"),
    pytest.param("此前有媒体报道称，迈瑞医疗将与联影医疗在超声AI领域展开合作。对此，相关人士向界面新闻否认称，\"没有此事\"。", ZH,
                 {p("mindray", "united-imaging"): DEN}, id="zh-fouren-cheng-meiyou-cishi"),
    pytest.param("近日网传贝泰妮(300957.SZ)将与拜耳在护肤领域合作。对此，贝泰妮方面回应称，\"网传消息不实，公司未与拜耳进行任何合作洽谈\"。", ZH,
                 {p("bayer", "botanee"): DEN}, id="zh-a-denial-opening-the-next-sentence-answers-the-rumour"),
    pytest.param("市場日前傳出智冠將與騰訊合資成立遊戲發行公司，智冠11日澄清，否認有此計畫。", TW,
                 {p(org("智冠"), "tencent"): DEN}, id="tw-fouren-youci-jihua"),
    pytest.param("近日网传贝泰妮(300957.SZ)将与拜耳在护肤领域合作。", ZH, {p("bayer", "botanee"): RUM}, id="zh-wangchuan-is-a-rumour"),
    pytest.param(
        "苹果的合作伙伴富士康今日宣布扩产。", ZH, {p("apple", "foxconn"): REP}, id="zh-a-later-announcement-confirms-nothing"
    ),
    pytest.param(
        "Xiaomi Corp. denied a report that it had agreed to buy batteries from BYD Co.",
        EN,
        {p("xiaomi", "byd"): DEN},
        id="en-denied-buying-from-a-supplier",
    ),
    pytest.param(
        "Meta Platforms Inc. and Google are not in talks about a cloud deal, a Meta spokesperson said.",
        EN,
        {("meta", "evaluated", "google"): DEN},
        id="en-A-and-B-are-not-in-talks",
    ),
    pytest.param("SAO PAULO, May 3 (Reuters) - Apple Inc. has signed an agreement with Baidu Inc. to use its models.", EN,
                 {p("apple", "baidu"): CON}, id="en-the-month-may-in-a-dateline-is-no-hedge"),
    pytest.param(
        "Apple Inc. has dropped a plan to use Baidu Inc.'s models for iPhones sold in China.",
        EN,
        {("apple", "rejected", "baidu"): REP},
        id="en-dropping-a-plan-is-no-hedge",
    ),
    pytest.param("針對港媒報導國泰航空正與長榮航空洽談代碼共享，國泰航空發言人今天回應，「目前沒有相關計畫」，否認雙方正在洽談。", TW,
                 {("cathay-pacific", "evaluated", "eva-air"): DEN}, id="tw-the-same-sentence-denies-the-talks-it-reports"),
    pytest.param("針對外媒報導台積電將與英特爾成立合資公司一事，台積電在聲明中表示，公司「未與任何公司討論合資」。", TW,
                 {p("intel", "tsmc"): DEN}, id="tw-discussed-it-with-no-company"),
    pytest.param("有消息称米哈游也在与网易洽谈合作。对此，米哈游相关人士否认了这一说法，表示“目前没有与网易的合作计划”。", ZH,
                 {("mihoyo", "evaluated", "netease"): DEN}, id="zh-a-denial-restated-in-a-claim-still-answers-the-sentence-before"),
    pytest.param("针对“小米将与伊利成立合资公司”的市场传闻，小米明确表示，公司从未与伊利就此进行过任何接触。", ZH,
                 {p("xiaomi", "yili"): DEN}, id="zh-never-had-any-contact-about-it"),
    # --- Denied ---
    pytest.param("小米否认与宁德时代合作。", ZH, {p("xiaomi", "catl"): DEN}, id="zh-fouren-yu-hezuo"),
    pytest.param(
        "腾讯否认正在与蔚来洽谈。", ZH, {("tencent", "evaluated", "nio"): DEN}, id="zh-fouren-qiatan"
    ),
    pytest.param("小米与宁德时代从未有过合作。", ZH, {p("xiaomi", "catl"): DEN}, id="zh-congwei"),
    pytest.param("小米表示，公司并未与宁德时代合作。", ZH, {p("xiaomi", "catl"): DEN}, id="zh-bingwei"),
    pytest.param("小米尚未与宁德时代签署协议。", ZH, {p("xiaomi", "catl"): DEN}, id="zh-shangwei"),
    pytest.param("鴻海否認與輝達合作。", TW, {p("foxconn", "nvidia"): DEN}, id="tw-fouren"),
    pytest.param(
        "Microsoft denied that it was in talks with OpenAI.",
        EN,
        {("microsoft", "evaluated", "openai"): DEN},
        id="en-denied-that",
    ),
    pytest.param(
        "Samsung denied partnering with Google.", EN, {p("samsung", "google"): DEN}, id="en-denied-partnering"
    ),
    pytest.param(
        "Apple is not partnering with Baidu, the company said.",
        EN,
        {p("apple", "baidu"): DEN},
        id="en-not-partnering",
    ),
    pytest.param(
        "Microsoft and OpenAI have not partnered on the project.",
        EN,
        {p("microsoft", "openai"): DEN},
        id="en-have-not-partnered",
    ),
    pytest.param(
        "小米否认了与宁德时代终止合作的传闻。",
        ZH,
        {("xiaomi", "rejected", "catl"): DEN},
        id="zh-fouren-zhongzhi",
    ),
    # --- a later sentence denies the report ---
    pytest.param(
        "据36氪报道，小米正与宁德时代洽谈合作。小米否认了这一报道。",
        ZH,
        {("xiaomi", "evaluated", "catl"): DEN},
        id="zh-next-sentence-denies",
    ),
    pytest.param(
        "据36氪报道，小米与宁德时代已达成合作。对此，宁德时代回应称消息不实。",
        ZH,
        {p("xiaomi", "catl"): DEN},
        id="zh-xiaoxi-bushi",
    ),
    pytest.param(
        "Reuters reported that Microsoft is in talks with OpenAI. Microsoft denied the report.",
        EN,
        {("microsoft", "evaluated", "openai"): DEN},
        id="en-denied-the-report",
    ),
    pytest.param(
        "杭州岚序数字科技股份有限公司(以下简称\"岚序数科\")成立于2015年，目前客户包括南京银行。此外，有消息称岚序数科拟与蚂蚁集团成立合资公司。对此，岚序数科相关负责人否认称\"没有这回事\"。",
        ZH,
        {p(org("杭州岚序数字科技股份有限公司"), "bank-of-nanjing"): REP, p(org("杭州岚序数字科技股份有限公司"), "ant-group"): DEN},
        id="zh-duici-fouren-answers-the-sentence-right-before-only",
    ),
    pytest.param(
        "至於市場盛傳聯晶科技將與格羅方德洽談策略入股，聯晶發言人昨日澄清，「純屬市場臆測，雙方並無任何合作計畫」。",
        TW,
        {(org("聯晶科技"), "evaluated", "globalfoundries"): DEN},
        id="tw-chunshu-shichang-yice-denies-the-rumour-before-it",
    ),
    pytest.param("澄曜智能装备股份有限公司在投资者互动平台回复称，公司与华为暂无合作。", ZH,
                 {p(org("澄曜智能装备股份有限公司"), "huawei"): DEN}, id="zh-zanwu-hezuo-denies"),
    pytest.param("Reports that Toyota Motor Corp. would team up with Quillon Analytics Inc. are inaccurate, a Toyota spokesperson said.", EN,
                 {p("toyota", org("Quillon Analytics Inc.")): DEN}, id="en-reports-that-are-inaccurate"),
    pytest.param(
        "Pfizer also approached Kestrel Biosciences Inc. this spring, the Journal reported. A Pfizer spokesman denied that, "
        "saying the company \"has had no discussions with Kestrel.\"",
        EN,
        {("pfizer", "evaluated", org("Kestrel Biosciences Inc.")): DEN},
        id="en-denied-that-in-a-sentence-of-its-own",
    ),
    pytest.param(
        "腾讯与蔚来签署了合作协议。另外，百度否认了与小米合作的传闻。",
        ZH,
        {p("tencent", "nio"): CON, p("baidu", "xiaomi"): DEN},
        id="zh-denial-of-other-pair",
    ),
    pytest.param(
        "据36氪报道，小米正与宁德时代洽谈合作。\n\n小米随后否认了这一报道。",
        ZH,
        {("xiaomi", "evaluated", "catl"): DEN},
        id="zh-denial-next-paragraph",
    ),
    # --- Rumored ---
    pytest.param("华为或将与赛力斯合作推出新品牌。", ZH, {p("huawei", "seres"): RUM}, id="zh-huojiang"),
    pytest.param("有消息称，京东可能与美团合作。", ZH, {p("jd", "meituan"): RUM}, id="zh-keneng"),
    pytest.param("傳聞台積電將與英特爾合作。", TW, {p("tsmc", "intel"): RUM}, id="tw-chuanwen-same-clause"),
    pytest.param(
        "Amazon is said to be considering a partnership with Anthropic.",
        EN,
        {("amazon", "evaluated", "anthropic"): RUM},
        id="en-is-said-to-be-considering",
    ),
    pytest.param("Apple may partner with Baidu in China.", EN, {p("apple", "baidu"): RUM}, id="en-may"),
    pytest.param(
        "Apple is reportedly partnering with Baidu.", EN, {p("apple", "baidu"): RUM}, id="en-reportedly"
    ),
    pytest.param(
        "Rumors suggest Apple will partner with Baidu.", EN, {p("apple", "baidu"): RUM}, id="en-rumors"
    ),
    pytest.param(
        "市场传闻，小米将与宁德时代合作。",
        ZH,
        {p("xiaomi", "catl"): RUM},
        id="zh-chuanwen-lead-clause",
    ),
    pytest.param(
        "据传，京东将与美团合作。",
        ZH,
        {p("jd", "meituan"): RUM},
        id="zh-juchuan-lead-clause",
    ),
    # --- Confirmed ---
    pytest.param("小米宣布与宁德时代达成合作。", ZH, {p("xiaomi", "catl"): CON}, id="zh-xuanbu"),
    pytest.param("比亚迪证实已与英伟达合作。", ZH, {p("byd", "nvidia"): CON}, id="zh-zhengshi"),
    pytest.param("小米与宁德时代签署了合作协议。", ZH, {p("xiaomi", "catl"): CON}, id="zh-qianshu"),
    pytest.param("鴻海宣布與輝達合作。", TW, {p("foxconn", "nvidia"): CON}, id="tw-xuanbu"),
    pytest.param(
        "Apple confirmed it had partnered with Alibaba.", EN, {p("apple", "alibaba"): CON}, id="en-confirmed"
    ),
    pytest.param(
        "Samsung announced a partnership with Google.", EN, {p("samsung", "google"): CON}, id="en-announced"
    ),
    # --- Reported (no cue) ---
    pytest.param(
        "据彭博社报道，腾讯正与蔚来洽谈。", ZH, {("tencent", "evaluated", "nio"): REP}, id="zh-plain-reported"
    ),
    pytest.param(
        "Microsoft is in talks with OpenAI.",
        EN,
        {("microsoft", "evaluated", "openai"): REP},
        id="en-plain-reported",
    ),
    pytest.param(
        "小鹏汽车与大众汽车的合资计划告吹。",
        ZH,
        {("xpeng", "rejected", "volkswagen"): REP},
        id="zh-jihua-gaochui-not-hedge",
    ),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_status(text: str, lang: str, expected: dict[tuple[str, str, str], str]) -> None:
    got = statuses(text, lang)
    assert {t: got.get(t) for t in expected} == expected
