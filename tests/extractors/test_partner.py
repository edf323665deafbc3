"""partner: cooperation between two organizations (symmetric), in Simplified, Traditional and English.

Each row: (text, lang, expected non-denied (subject, relation, object) triples). Partner sides are
sorted (see `partner`). Rows marked xfail document what the extractor misses today.
"""

from __future__ import annotations

import pytest

from .conftest import org, partner, rej, triples_of, xfail

ZH, TW, EN = "zh-CN", "zh-TW", "en"


ROWS = [
    pytest.param("澄曜智能装备股份有限公司发布公告称，公司全资子公司澄曜机器人（苏州）有限公司与宝山钢铁股份有限公司（以下简称“宝钢股份”，"
                 "600019.SH）签订《智能巡检机器人采购框架协议》。", ZH,
                 {partner(org("澄曜机器人（苏州）有限公司"), "baosteel")},
                 id="zh-a-subsidiary-signs-with-a-full-name-declaring-a-known-short-name-and-its-code"),
    pytest.param("織峰科技股份有限公司已與瑞士跑鞋品牌On昂跑簽訂三年供貨合約。", TW, {partner(org("織峰科技股份有限公司"), "on-holding")},
                 id="tw-with-a-brand-described-by-country-and-trade"),
    pytest.param("織峰科技股份有限公司積極轉型。\n\n公司同時與工研院合作開發無溶劑貼合技術。", TW,
                 {partner(org("織峰科技股份有限公司"), "itri")}, id="tw-gongsi-opening-a-sentence-is-the-company-before"),
    pytest.param("德國運動品牌adidas將直接與織峰科技股份有限公司合作開發新款鞋材。", TW, {partner("adidas", org("織峰科技股份有限公司"))},
                 id="tw-a-brand-written-lower-case-and-an-adverb-before-yu"),
    # --- Simplified Chinese ---
    pytest.param("小米与宁德时代在电池领域展开合作。", ZH, {partner("xiaomi", "catl")}, id="zh-yu-hezuo"),
    pytest.param(
        "腾讯将与蔚来合作开发车载智能助手。", ZH, {partner("tencent", "nio")}, id="zh-jiang-yu-hezuo"
    ),
    pytest.param("华为携手赛力斯推出全新智能汽车品牌。", ZH, {partner("huawei", "seres")}, id="zh-xieshou"),
    pytest.param("星河科技股份有限公司去年启动的国产化替代招标中，最终选择了中望软件（688083.SH），而非长期合作的达索系统。", ZH,
                 {partner(org("星河科技股份有限公司"), org("中望软件")), rej(org("星河科技股份有限公司"), "dassault-systemes")},
                 id="zh-chose-B-with-its-code-in-a-later-clause-of-its-tender-rather-than-C"),
    pytest.param("星河科技股份有限公司已正式打入宁德时代供应链。", ZH, {partner(org("星河科技股份有限公司"), "catl")},
                 id="zh-entered-Bs-supply-chain"),
    pytest.param("星河科技股份有限公司今年把跨太平洋航线的订舱从中远海运换成了马士基。", ZH,
                 {partner(org("星河科技股份有限公司"), "maersk"), rej(org("星河科技股份有限公司"), "cosco-shipping")},
                 id="zh-switched-from-A-to-B"),
    pytest.param("星河科技股份有限公司去年九月起停用阿里云的香港数据中心，将全部系统迁往微软Azure。", ZH,
                 {partner(org("星河科技股份有限公司"), "microsoft"), rej(org("星河科技股份有限公司"), "alibaba")},
                 id="zh-stopped-using-A-and-moved-its-systems-to-B"),
    pytest.param("知情人士透露，星河科技股份有限公司正评估将部分订单由联电转往世界先进。", ZH,
                 {(org("星河科技股份有限公司"), "evaluated", "vis"), (org("星河科技股份有限公司"), "evaluated", "umc")},
                 id="zh-weighing-moving-orders-from-A-to-B-is-no-move-of-A"),
    pytest.param("星河乳业股份有限公司的鲜奶目前主要在盒马和山姆会员店卖。", ZH,
                 {partner(org("星河乳业股份有限公司"), "freshippo"), partner(org("星河乳业股份有限公司"), "sams-club")},
                 id="zh-sold-at-the-retailers-B-and-C"),
    pytest.param("星河食品股份有限公司的菜品在山姆会员店有售。\n\n公司在公告中披露，盒马已于今年7月通知公司终止双方的代工合作。", ZH,
                 {partner(org("星河食品股份有限公司"), "sams-club")},
                 id="zh-both-sides-cooperation-that-is-ended-is-no-partnership"),
    pytest.param("星河科技股份有限公司砍掉了一家供应商的订单，并把相应的份额转给了恩捷股份。", ZH,
                 {partner(org("星河科技股份有限公司"), "semcorp")}, id="zh-and-handed-its-share-to-B"),
    pytest.param("星河科技股份有限公司放弃了原定的供应商，改为向恩捷股份（SEMCORP）下单。", ZH,
                 {partner(org("星河科技股份有限公司"), "semcorp")}, id="zh-ordering-from-B-instead"),
    pytest.param("星河科技股份有限公司表示，若公司顺利打入苹果供应链，营收有望倍增。", ZH, set(), id="zh-if-it-entered-Bs-supply-chain-is-no-deal"),
    pytest.param("分析师称：“星河科技股份有限公司若能打入苹果供应链，估值有望重塑。”", ZH, set(),
                 id="zh-a-condition-after-the-subject-is-no-deal"),
    pytest.param("沈若溪表示，星河科技股份有限公司已与宁德时代签署合作协议。", ZH, {partner(org("星河科技股份有限公司"), "catl")},
                 id="zh-ruo-in-a-persons-name-is-no-condition"),
    pytest.param("星河科技股份有限公司在今年初的物流招标中选择了顺丰，放弃了合作三年的德邦物流。", ZH,
                 {partner(org("星河科技股份有限公司"), "sf-express"), rej(org("星河科技股份有限公司"), "deppon")},
                 id="zh-chose-B-in-its-tender-and-a-dropped-one-in-the-next-clause-does-not-block-it"),
    pytest.param(
        "比亚迪牵手英伟达，共同打造自动驾驶平台。", ZH, {partner("byd", "nvidia")}, id="zh-qianshou"
    ),
    pytest.param(
        "京东与美团签署了一份即时配送合作协议。", ZH, {partner("jd", "meituan")}, id="zh-qianshu-xieyi"
    ),
    pytest.param(
        "聯晶半導體股份有限公司宣布，與日月光投控（3711）旗下矽品精密簽訂長期合作協議，雙方將共同開發封裝製程。",
        TW,
        {partner(org("聯晶半導體股份有限公司"), "spil")},
        id="tw-shuangfang-after-a-frame-is-its-pair-not-parent-and-child",
    ),
    pytest.param(
        "禾鲜食品集团股份有限公司已于去年底停止与润通冷链的仓配合作。",
        ZH,
        {partner(org("禾鲜食品集团股份有限公司"), org("润通冷链")), (org("禾鲜食品集团股份有限公司"), "rejected", org("润通冷链"))},
        id="zh-yu-B-de-kind-of-cooperation",
    ),
    pytest.param(
        "中電控股有限公司宣布，與本地氫能初創氫騰能源科技有限公司（Hytron Energy，下稱氫騰）成立合資公司。",
        TW,
        {partner("clp", org("氫騰能源科技有限公司"))},
        id="tw-B-with-its-latin-and-short-names-in-brackets",
    ),
    pytest.param(
        "Texas Freightworks Holdings Inc., the Pasadena-based trucking and warehousing company, has entered a strategic "
        "cooperation agreement with A.P. Moller-Maersk.",
        EN,
        {partner(org("Texas Freightworks Holdings Inc."), "maersk")},
        id="en-entered-an-agreement-with-after-an-apposition",
    ),
    pytest.param(
        "Standard Chartered PLC (STAN.L) and Singapore-based fintech Lumen Pay Pte. Ltd. (hereafter Lumen) have agreed to set "
        "up a joint venture.",
        EN,
        {partner("standard-chartered", org("Lumen Pay Pte. Ltd."))},
        id="en-A-ticker-and-B-hereafter-have-agreed",
    ),
    pytest.param(
        "Halden Grid AB has agreed with state-owned utility Ostra Power to build 20 charging sites, the company said.",
        EN,
        {partner(org("Halden Grid AB"), org("Ostra Power"))},
        id="en-agreed-with-B-to-build",
    ),
    pytest.param(
        "知情人士透露，晶亮科技股份有限公司去年曾考慮將部分訂單交由力積電生產，但最終作罷，目前仍以台積電為主要代工夥伴。",
        TW,
        {partner(org("晶亮科技股份有限公司"), "tsmc"), (org("晶亮科技股份有限公司"), "rejected", "psmc"),
         (org("晶亮科技股份有限公司"), "evaluated", "psmc")},
        id="tw-yi-B-wei-zhuyao-huoban-continues-the-sentences-subject",
    ),
    pytest.param(
        "杭州岚序数字科技股份有限公司成立于2015年，目前客户包括南京银行和宁波银行，相关合同仍在履行中。",
        ZH,
        {partner(org("杭州岚序数字科技股份有限公司"), "bank-of-nanjing"), partner(org("杭州岚序数字科技股份有限公司"), "bank-of-ningbo")},
        id="zh-kehu-baokuo-names-customers-of-the-subject",
    ),
    pytest.param(
        "美团旗下小象超市与鲜筑农业股份有限公司签署采购合作协议。",
        ZH,
        {partner(org("小象超市"), org("鲜筑农业股份有限公司"))},
        id="zh-a-company-named-after-qixia-acts-for-itself",
    ),
    pytest.param(
        "Halden Trucks Inc. has scrapped its battery venture with LG Energy Solution and will instead license cell "
        "technology from China's CATL, people said.",
        EN,
        {partner(org("Halden Trucks Inc."), "catl"), (org("Halden Trucks Inc."), "rejected", "lg-energy-solution")},
        id="en-and-will-instead-license-from-B-is-the-subjects-second-verb",
    ),
    pytest.param(
        "Tolvane Robotics Ltd said on Monday. It will not extend its camera supply deal with Ohio-based Brightlens Inc. when "
        "the contract expires in May and will instead buy vision modules from Japan's Sony, the chief executive said.",
        EN,
        {partner(org("Tolvane Robotics Ltd"), "sony"), (org("Tolvane Robotics Ltd"), "rejected", org("Brightlens Inc."))},
        id="en-a-negation-before-and-will-instead-buy-from-B-denies-only-the-first-verb",
    ),
    pytest.param("If Halden Media Ltd licensed that engine from Corvex Systems Inc., it could cut costs, an analyst said.", EN, set(),
                 id="en-if-A-licensed-from-B-is-no-deal"),
    pytest.param("Kawasaki Heavy Industries (7012) agreed to co-develop a version of Ladlework Ltd's hand for its two-armed robot.", EN,
                 {partner("kawasaki-heavy", org("Ladlework Ltd"))}, id="en-co-develop-a-version-of-Bs-product"),
    pytest.param("Nissin Foods Holdings retired the palletizing arms at its Shiga plant and brought in Fanuc (6954) robots, a "
                 "spokesperson said.", EN, {partner("nissin-foods", "fanuc")}, id="en-and-brought-in-B"),
    pytest.param("Netflix has separately pre-bought French and Polish rights to the series from Fremantle Media Ltd.", EN,
                 {partner("netflix", org("Fremantle Media Ltd"))}, id="en-pre-bought-rights-from-B"),
    pytest.param("Halden Media Ltd has agreed to rent about 12,000 Nvidia graphics processors from Amsterdam-based cloud startup "
                 "Kilnworks, people said.", EN, {partner(org("Halden Media Ltd"), org("Kilnworks"))},
                 id="en-rent-the-products-of-a-third-company-from-B"),
    pytest.param("Kilnworks Ltd stopped ordering servers from Super Micro Computer last summer and gave its entire 2027 build-out "
                 "to Dell Technologies, its chief executive said.", EN,
                 {partner(org("Kilnworks Ltd"), "dell"), rej(org("Kilnworks Ltd"), "supermicro")},
                 id="en-and-gave-its-build-out-to-B"),
    pytest.param("Streamline Sports Ltd has won the global media rights to the European Floorball League's club competition for "
                 "five seasons.", EN, {partner(org("Streamline Sports Ltd"), org("European Floorball League"))},
                 id="en-won-the-rights-to-Bs-competition"),
    pytest.param("Should Halden Media Ltd choose Corvex Systems Inc. as its supplier, the order book could double.", EN, set(),
                 id="en-should-A-choose-B-is-no-deal"),
    pytest.param("Halden Media Ltd terminated its contract with Relay Software Inc. in March and moved its European live encoding to "
                 "France's Ateme (ATEME.PA).", EN,
                 {partner(org("Halden Media Ltd"), org("Ateme")), (org("Halden Media Ltd"), "rejected", org("Relay Software Inc."))},
                 id="en-and-moved-whatever-it-moved-to-B"),
    pytest.param("Brightlens Optics Ltd, a maker of camera modules based in Leeds, said Halden Media Ltd had terminated its supply "
                 "contract and moved the volumes to U.S.-based Corvex Systems (CVX.N).", EN,
                 {partner(org("Halden Media Ltd"), org("Corvex Systems")), (org("Halden Media Ltd"), "rejected", org("Brightlens Optics Ltd"))},
                 id="en-and-moved-after-X-said-Y-is-Ys-second-verb"),
    pytest.param("Crestline Catering Group has chosen Finnish food group Fazer as its supplier of bread.", EN,
                 {partner(org("Crestline Catering Group"), org("Fazer"))}, id="en-chosen-a-described-B-as-its-supplier"),
    pytest.param(
        "Ostra Motor Corp. has agreed to jointly develop power chips for electric vehicles with Halvik Devices Ltd., the two companies said.",
        EN,
        {partner(org("Ostra Motor Corp."), org("Halvik Devices Ltd."))},
        id="en-agreed-to-jointly-develop-with-B",
    ),
    pytest.param(
        "Dubwise Labs Ltd., a London-based startup that dubs films into dozens of languages while keeping the actors' voices, "
        "has signed a licensing agreement with Warner Bros. Discovery.",
        EN,
        {partner(org("Dubwise Labs Ltd."), "warner-bros-discovery")},
        id="en-a-long-apposition-with-while-inside-is-skipped-whole",
    ),
    pytest.param(
        "Dubwise Labs Ltd. runs its models on Google Cloud under a multi-year agreement signed last year.",
        EN,
        {partner(org("Dubwise Labs Ltd."), "google")},  # a unit (Google Cloud) stands for its parent
        id="en-runs-its-models-on-B",
    ),
    pytest.param("據了解，星宇航空目前已與阿拉斯加航空等多家業者簽有代碼共享協議。", TW,
                 {partner("starlux", org("阿拉斯加航空"))}, id="tw-yu-B-qianyou-xieyi"),
    pytest.param("丰禾种业股份有限公司与清华大学签署产学研合作协议。", ZH,
                 {partner(org("丰禾种业股份有限公司"), org("清华大学"))}, id="zh-a-university-is-an-organization"),
    pytest.param("澄曜智能装备股份有限公司获得宁德时代的定点通知。", ZH,
                 {partner(org("澄曜智能装备股份有限公司"), "catl")}, id="zh-huode-B-de-dingdian-tongzhi"),
    pytest.param(
        "BP and Japan's JERA combined their offshore wind businesses into a joint venture last year.",
        EN,
        {partner("bp", "jera")},
        id="en-A-and-B-combined-their-businesses-into-a-joint-venture",
    ),
    pytest.param(
        "Tarsier Therapeutics Inc. said it had granted Halvard Pharma AB exclusive worldwide rights to its lead antibody.",
        EN,
        {partner(org("Tarsier Therapeutics Inc."), org("Halvard Pharma AB"))},
        id="en-granted-B-rights-is-a-licensing-deal",
    ),
    pytest.param(
        "Brightleaf Grocers Inc. ended its contract with a local courier and moved that business to Quickhaul Logistics Ltd.",
        EN,
        {partner(org("Brightleaf Grocers Inc."), org("Quickhaul Logistics Ltd."))},
        id="en-moved-that-business-to-B",
    ),
    pytest.param(
        "Orvik Shipping ASA, the Oslo-based tanker operator that has spent three years looking for a partner for its fleet, "
        "has signed a vessel-sharing agreement with Tamsen Lines Ltd. covering two routes.",
        EN,
        {partner(org("Orvik Shipping ASA"), org("Tamsen Lines Ltd."))},
        id="en-a-long-apposition-between-subject-and-verb",
    ),
    pytest.param(
        "赣锋锂业与纳米比亚锂矿开发商Kalahari Lithium Resources签署长期包销协议。",
        ZH,
        {partner("ganfeng-lithium", org("Kalahari Lithium Resources"))},
        id="zh-a-long-description-before-the-partner",
    ),
    pytest.param(
        "吉利汽车今日与高通签订战略合作协议。", ZH, {partner("geely", "qualcomm")}, id="zh-qianding-xieyi"
    ),
    pytest.param(
        "荣耀终端选择智谱作为其端侧大模型的合作伙伴。", ZH, {partner("honor", "zhipu")}, id="zh-xuanze-zuowei"
    ),
    pytest.param(
        "OPPO选定百度为手机助手的合作方。", ZH, {partner("oppo", "baidu")}, id="zh-xuanding-wei-hezuofang"
    ),
    pytest.param(
        "月之暗面成为小鹏汽车的合作伙伴，为其提供大模型能力。",
        ZH,
        {partner("moonshot", "xpeng")},
        id="zh-chengwei-hezuohuoban",
    ),
    pytest.param(
        "业内普遍关注腾讯与理想汽车的合作进展。", ZH, {partner("tencent", "li-auto")}, id="zh-X-yu-Y-de-hezuo"
    ),
    pytest.param(
        "阿里巴巴与小米、vivo和OPPO达成合作，将通义千问接入手机。",
        ZH,
        {partner("alibaba", "xiaomi"), partner("alibaba", "vivo"), partner("alibaba", "oppo")},
        id="zh-enumeration-three",
    ),
    pytest.param(
        "联想集团联手微软，在中国市场推出AI电脑。", ZH, {partner("lenovo", "microsoft")}, id="zh-lianshou"
    ),
    pytest.param(
        "三星与谷歌宣布共同开发新一代XR头显。", ZH, {partner("samsung", "google")}, id="zh-gongtong-kaifa"
    ),
    pytest.param(
        "杭州云图科技有限公司与字节跳动签署合作协议。",
        ZH,
        {partner(org("杭州云图科技有限公司"), "bytedance")},
        id="zh-discovered-company",
    ),
    pytest.param(
        "吉利汽车和大众汽车结成战略联盟。",
        ZH,
        {partner("geely", "volkswagen")},
        id="zh-jiecheng-lianmeng",
    ),
    pytest.param(
        "据悉，宁德时代将在未来三年内与小米在多个车型上展开合作。",
        ZH,
        {partner("catl", "xiaomi")},
        id="zh-long-gap",
    ),
    pytest.param(
        "腾讯宣布，已与蔚来达成战略合作。", ZH, {partner("tencent", "nio")}, id="zh-subject-before-comma"
    ),
    pytest.param("宁德时代向小米供应电池。", ZH, {partner("catl", "xiaomi")}, id="zh-supplier"),
    pytest.param(
        "小米汽车的电池由宁德时代供应。",
        ZH,
        {partner("catl", "xiaomi")},
        id="zh-supplier-passive",
    ),
    pytest.param(
        "小米不仅与宁德时代合作，还与比亚迪合作。",
        ZH,
        {partner("xiaomi", "catl"), partner("xiaomi", "byd")},
        id="zh-bujin-haiyu",
    ),
    pytest.param(
        "小米与宁德时代共同成立合资公司。",
        ZH,
        {partner("xiaomi", "catl")},
        id="zh-chengli-hezi-gongsi",
    ),
    # --- Traditional Chinese ---
    pytest.param("鴻海與輝達宣布合作，打造AI工廠。", TW, {partner("foxconn", "nvidia")}, id="tw-yu-hezuo"),
    pytest.param("台積電與蘋果簽署長期供貨協議。", TW, {partner("tsmc", "apple")}, id="tw-qianshu-xieyi"),
    pytest.param("聯發科攜手輝達開發車用晶片。", TW, {partner("mediatek", "nvidia")}, id="tw-xieshou"),
    pytest.param("華碩選擇英特爾作為合作夥伴。", TW, {partner("asus", "intel")}, id="tw-xuanze-zuowei"),
    # --- English ---
    pytest.param(
        "Microsoft teamed up with OpenAI to build a new supercomputer.",
        EN,
        {partner("microsoft", "openai")},
        id="en-teamed-up",
    ),
    pytest.param(
        "Amazon has partnered with Anthropic on custom AI chips.",
        EN,
        {partner("amazon", "anthropic")},
        id="en-partnered-with",
    ),
    pytest.param(
        "Samsung signed a deal with Google to bring Gemini to its phones.",
        EN,
        {partner("samsung", "google")},
        id="en-signed-deal",
    ),
    pytest.param(
        "Sony and Honda agreed to form an electric vehicle joint venture.",
        EN,
        {partner("sony", "honda")},
        id="en-A-and-B-agreed",
    ),
    pytest.param(
        "Toyota and Nvidia agreed to jointly develop self-driving software.",
        EN,
        {partner("toyota", "nvidia")},
        id="en-A-and-B-agreed-to",
    ),
    pytest.param(
        "The partnership between Oracle and OpenAI covers data centres in Texas.",
        EN,
        {partner("oracle", "openai")},
        id="en-partnership-between",
    ),
    pytest.param(
        "Meta is partnering with Qualcomm, MediaTek and Intel to run its Llama models on devices.",
        EN,
        {partner("meta", "qualcomm"), partner("meta", "mediatek"), partner("meta", "intel")},
        id="en-enumeration",
    ),
    pytest.param(
        "IBM announced a partnership with Salesforce on enterprise AI agents.",
        EN,
        {partner("ibm", "salesforce")},
        id="en-announced-partnership-with",
    ),
    pytest.param(
        "Google struck a deal with Samsung to preinstall Gemini.",
        EN,
        {partner("google", "samsung")},
        id="en-struck-deal",
    ),
    pytest.param(
        "Nvidia's partnership with Foxconn will produce AI servers in Mexico.",
        EN,
        {partner("nvidia", "foxconn")},
        id="en-possessive-partnership",
    ),
    pytest.param(
        "Foxconn will work with Nvidia on a new factory.",
        EN,
        {partner("foxconn", "nvidia")},
        id="en-work-with",
    ),
    pytest.param(
        "OpenAI and Microsoft said on Tuesday they had signed a new agreement.",
        EN,
        {partner("openai", "microsoft")},
        id="en-said-they-signed",
    ),
    pytest.param(
        "Tesla and CATL announced a new battery deal on Monday.",
        EN,
        {partner("tesla", "catl")},
        id="en-A-and-B-announced-deal",
    ),
    pytest.param(
        "Google not only partnered with Samsung but also with Qualcomm.",
        EN,
        {partner("google", "samsung"), partner("google", "qualcomm")},
        id="en-not-only-but-also",
        marks=xfail("the second object of 'not only … but also with B' is missed"),
    ),
    # --- negatives ---
    pytest.param("小米和宁德时代的股价今日均上涨超过3%。", ZH, set(), id="neg-zh-stock-co-mention"),
    pytest.param("比亚迪与特斯拉在欧洲市场展开激烈竞争。", ZH, set(), id="neg-zh-competitors"),
    pytest.param("小米发布了新手机，搭载高通最新芯片。", ZH, set(), id="neg-zh-product-launch"),
    pytest.param(
        "Apple and Google reported quarterly earnings on Thursday.", EN, set(), id="neg-en-earnings"
    ),
    pytest.param(
        "Samsung competes with Apple in the premium smartphone market.", EN, set(), id="neg-en-competes"
    ),
    pytest.param("今日涨幅居前的个股有：腾讯、美团、京东、百度。", ZH, set(), id="neg-zh-stock-list"),
    pytest.param(
        "为实现与星河集团的合作，远航科技作出了不少让步。",
        ZH,
        {partner(org("星河集团"), org("远航科技"))},
        id="zh-yu-B-de-hezuo-then-A",
    ),
    pytest.param(
        "与小米的合作，是比亚迪落实战略迈出的一步。", ZH, {partner("byd", "xiaomi")}, id="zh-yu-B-de-hezuo-shi-A"
    ),
    pytest.param(
        "星河集团的子公司远航科技有限公司与腾讯签署合作协议。",
        ZH,
        {partner(org("远航科技有限公司"), "tencent")},  # a subsidiary company acts for itself (linked to its parent)
        id="zh-a-subsidiary-acts-for-itself",
    ),
    pytest.param("哈电国际与沙特电力联合体预中标了电站项目。", ZH, {partner(org("哈电国际"), org("沙特电力"))}, id="zh-lianheti"),
    pytest.param(
        "联想与中国电信的合作也会加强。", ZH, {partner("china-telecom", "lenovo")}, id="zh-cue-inside-a-name-is-no-cue"
    ),
    pytest.param(
        "Lumen Health Inc. tested chatbots from Baidu and Tencent for months before settling on Tencent's model.",
        EN,
        {partner(org("Lumen Health Inc."), "tencent"), (org("Lumen Health Inc."), "evaluated", "baidu"),
         (org("Lumen Health Inc."), "evaluated", "tencent"), (org("Lumen Health Inc."), "rejected", "baidu")},
        id="en-before-settling-on",
    ),
    pytest.param(
        "The startup tested chatbots from Baidu and Tencent for months before settling on Tencent's model.",
        EN,
        set(),
        id="neg-en-settling-on-subject-unknown",
    ),
    pytest.param(
        "Mercedes-Benz said in a statement that it remains committed to its partnership with Automotive Cells Co.",
        EN,
        {partner("mercedes-benz", org("Automotive Cells Co."))},
        id="en-its-partnership-with",
    ),
    pytest.param(
        "Volkswagen is said to be considering a tie-up with Xpeng for software.",
        EN,
        {("volkswagen", "evaluated", "xpeng")},
        id="en-considering-a-tie-up-is-talks",
    ),
    pytest.param(
        "Vodafone Group Plc signed a memorandum of understanding with Samsung Electronics Co. to deploy sites.",
        EN,
        {partner("samsung", "vodafone")},
        id="en-signed-mou-with",
    ),
    pytest.param("Maison Lumen SA reached an agreement earlier this month with Watches of Switzerland Group Plc to sell its line.",
                 EN, {partner(org("Maison Lumen SA"), org("Watches of Switzerland Group"))},
                 id="en-a-time-phrase-before-with"),
    pytest.param("星屿文化传媒有限公司已与字节跳动旗下短剧平台红果短剧达成独家分账合作。", ZH,
                 {partner(org("星屿文化传媒有限公司"), org("红果短剧"))}, id="zh-with-the-unit-of-a-parent-is-with-the-unit"),
    pytest.param("灣景教育出版集團有限公司昨日宣布夥拍微軟，將電子課本整合至Teams。", TW,
                 {partner(org("灣景教育出版集團有限公司"), "microsoft")}, id="hk-huopai-is-teaming-up"),
    pytest.param("资料显示，澜泽生物科技有限公司目前的主要客户包括上美股份，公司为其代工部分单品。", ZH,
                 {partner(org("澜泽生物科技有限公司"), org("上美股份"))}, id="zh-As-current-customers-include-B"),
    pytest.param("晶耀玻璃股份有限公司9月又中标晶科能源2027年度光伏玻璃集中采购项目。", ZH,
                 {partner(org("晶耀玻璃股份有限公司"), "jinkosolar")}, id="zh-won-a-tender-of-B"),
    pytest.param("恒藝國際控股有限公司已為泡泡瑪特生產部分搪膠公仔。", TW,
                 {partner(org("恒藝國際控股有限公司"), "pop-mart")}, id="tw-making-goods-for-B"),
    pytest.param("台積電並未與任何公司討論合資。", TW, set(), id="neg-tw-any-company-is-no-name"),
    pytest.param(
        "三一重工也表示不排除未来与西门子合作的可能。", ZH, {partner("sany", "siemens")}, id="zh-not-ruling-out-is-no-rejection"
    ),
    pytest.param("对于市场关注的与特斯拉合作事宜，华为未予回应。", ZH, set(), id="neg-zh-market-attention-is-no-name"),
    pytest.param(
        "星河集团发布公告称，公司控股子公司远航制药与辉瑞签署许可协议。",
        ZH,
        {partner(org("远航制药"), "pfizer")},
        id="zh-the-announcers-own-subsidiary-acts-for-itself",
    ),
    pytest.param(
        "鴻海旗下鴻華先進宣布與三菱汽車簽署合作備忘錄。", TW, {partner("foxtron", "mitsubishi-motors")},
        id="zh-a-listed-subsidiary-the-gazetteer-knows-acts-for-itself",
    ),
    pytest.param(
        "阿里云与小米签署战略合作协议。", ZH, {partner("alibaba", "xiaomi")}, id="zh-a-unit-acts-for-its-parent",
    ),
    pytest.param("製藥大廠保瑞藥業今天宣布，旗下美國子公司與日本第一三共（Daiichi Sankyo）簽署無菌針劑委託製造合約。", TW,
                 {partner(org("保瑞藥業"), "daiichi-sankyo")}, id="tw-described-name-signs-a-contract-heyue"),
    pytest.param("藥廠台康生技正評估將部分產品委由保瑞代工。", TW, set(), id="neg-tw-evaluating-outsourcing-is-no-partnership-yet"),
    pytest.param("全聯今年已與台新銀行續簽聯名卡合約。", TW, {partner("px-mart", "taishin-financial")}, id="tw-yu-B-xuqian-heyue-renews"),
    pytest.param("Mazda Motor has agreed to jointly develop power chips with Rohm, the two companies said.", EN,
                 {partner("mazda", "rohm")}, id="en-agreed-to-jointly-develop-with"),
    pytest.param("中銀香港昨日宣布，與螞蟻集團旗下的螞蟻國際（Ant International）簽署策略合作協議。", TW,
                 {partner("ant-international", "boc-hk")}, id="tw-A-with-X-qixia-de-Y-is-with-Y"),
    pytest.param("阳明海运今年2月起与韩国HMM、日本ONE组成\"Premier Alliance\"。", ZH,
                 {partner("hmm-co", "yang-ming"), partner(org("ONE"), "yang-ming")}, id="zh-yu-B-zucheng-lianmeng"),
    pytest.param("据知情人士透露，鞍钢集团近期已与必和必拓就长协矿价格和合资开发进行多轮接触。", ZH, {("ansteel", "evaluated", "bhp")},
                 id="zh-talks-about-a-joint-venture-are-talks"),
    pytest.param("富衞集團（FWD）昨日宣布，與虛擬銀行眾安銀行（ZA Bank）簽署為期十年的獨家分銷協議。", TW,
                 {partner("fwd-group", "za-bank")}, id="tw-a-kind-of-bank-then-the-bank-with-its-latin-name"),
    pytest.param("美國博弈設備商 Light & Wonder 正評估與鈊象合作。", TW, set(), id="neg-tw-evaluating-cooperation-latin-name-with-ampersand"),
    pytest.param("高通最终仍选择台积电。", ZH, {partner("qualcomm", "tsmc")}, id="zh-zuizhong-xuanze"),
    pytest.param(
        "Microsoft Corp. and OpenAI have renegotiated their partnership.",
        EN,
        {partner("microsoft", "openai")},
        id="en-renegotiated-their-partnership",
    ),
    pytest.param(
        "Tesla Inc. has chosen Taiwan Semiconductor Manufacturing Co. to make its next self-driving chip.",
        EN,
        {partner("tesla", "tsmc")},
        id="en-chosen-to-make-known-name-spelled-out",
    ),
    pytest.param(
        "Sony Group Corp. and Honda Motor Co. said their electric-vehicle joint venture will start deliveries.",
        EN,
        {partner("honda", "sony")},
        id="en-A-and-B-said-their-joint-venture",
    ),
    pytest.param(
        "前海人寿主要与工商银行、建设银行和农业银行等银行合作。",
        ZH,
        {partner(org("前海人寿"), "icbc"), partner(org("前海人寿"), "ccb"), partner(org("前海人寿"), "agricultural-bank")},
        id="zh-zhuyao-yu-is-no-wish-and-deng-ends-a-list",
    ),
    pytest.param(
        "在成功发展国际品牌的基础上，达能将进一步强化与蒙牛乳业及雅士利的合作。",
        ZH,
        {partner("danone", "mengniu"), partner("danone", org("雅士利"))},
        id="zh-implicit-subject-with-a-list",
    ),
    pytest.param(
        "康师傅饮品控股将成为百事公司的在华特许经营瓶装商。",
        ZH,
        {partner(org("康师傅饮品控股"), "pepsico")},
        id="zh-becomes-bottler-of",
    ),
    pytest.param(
        "据悉，作为中国联通战略合作伙伴，苏宁电器优先获得了新机的发售权。",
        ZH,
        {partner("china-unicom", "suning")},
        id="zh-zuowei-B-de-hezuohuoban-A",
    ),
    pytest.param(
        "法国巴黎银行和星河集团在住房保险领域的合作可能性增加。",
        ZH,
        {partner("bnp-paribas", org("星河集团"))},
        id="zh-A-he-B-zai-lingyu-de-hezuo",
    ),
    pytest.param(
        "广海公司由星河集团有限公司与深圳市远航房地产开发有限公司（下称“远航”）合作设立。",
        ZH,
        {partner(org("星河集团有限公司"), org("深圳市远航房地产开发有限公司"))},
        id="zh-declared-short-name-in-brackets-stays-in-the-placeholder",
    ),
    pytest.param(
        "中国联通与宇龙酷派共同宣布，推出双网双待手机。", ZH, {partner("china-unicom", org("宇龙酷派"))}, id="zh-gongtong-xuanbu"
    ),
    pytest.param(
        "振华重工发布公告称，公司与Petrofac Limited签订了《铺管船建造及销售合同》。",
        ZH,
        {partner("zpmc", org("Petrofac Limited"))},
        id="zh-company-in-its-own-announcement",
    ),
    pytest.param("苹果的合作伙伴富士康今日宣布扩产。", ZH, {partner("apple", "foxconn")}, id="zh-A-de-hezuohuoban-B"),
    pytest.param("苹果的竞争对手三星发布新机。", ZH, set(), id="neg-zh-A-de-jingzhengduishou-B"),
    pytest.param("Apple's longtime supplier Foxconn said sales rose.", EN, {partner("apple", "foxconn")}, id="en-As-supplier-B"),
    pytest.param("Foxconn, a key supplier to Apple, said sales rose.", EN, {partner("apple", "foxconn")}, id="en-B-a-supplier-to-A"),
    pytest.param("Apple's rival Samsung said sales rose.", EN, set(), id="neg-en-As-rival-B"),
    pytest.param("Apple Inc. awarded the contract to Foxconn.", EN, {partner("apple", "foxconn")}, id="en-awarded-contract-to"),
    pytest.param("Luxshare won a large order from Apple Inc. last month.", EN, {partner("apple", "luxshare")}, id="en-won-order-from"),
    pytest.param("Marisol Voyages Ltd said Sabre Corp. has been running our reservations platform since September.", EN,
                 {partner(org("Marisol Voyages Ltd"), org("Sabre Corp."))}, id="en-B-has-been-running-our-platform"),
    pytest.param('Harvest Hound Foods Inc. chief executive Tom Whitfield said: "We moved our e-commerce business to Petco Inc. under a '
                 'new three-year contract."', EN, {partner(org("Harvest Hound Foods Inc."), org("Petco Inc."))},
                 id="en-we-moved-our-business-to-B"),
    pytest.param("Turkish Airlines picks CFM over Pratt & Whitney Inc. - sources Sheffield supplier says Rolls moved work to Howmet "
                 "Aerospace Inc.", EN, set(), id="en-a-headline-list-moves-no-work-from-its-first-name"),
    pytest.param("Infosys Ltd.'s Finacle unit won a mandate from Emirates NBD PJSC in March to run the lender's retail core.", EN,
                 {partner("infosys", org("Emirates NBD PJSC"))}, id="en-As-unit-won-a-mandate-from-B"),
    pytest.param("鴻海與輝達敲定合作，將共同打造AI工廠。", TW, {partner("foxconn", "nvidia")}, id="tw-qiaoding-hezuo"),
    pytest.param("宏碁與微軟結為策略聯盟。", TW, {partner("acer", "microsoft")}, id="tw-jiewei-lianmeng"),
    pytest.param("Microsoft agreed to buy Activision from its shareholders.", EN, set(), id="neg-en-buying-a-company"),
    pytest.param("CATL will supply batteries to Ford Motor Co. from 2026.", EN, {partner("catl", "ford")}, id="en-supply-to"),
    pytest.param("LG Energy Solution supplies Tesla Inc. with cells.", EN, {partner("lg-energy-solution", "tesla")}, id="en-supply-with"),
    pytest.param("Apple provided no details to Reuters.", EN, set(), id="neg-en-provided-details-to-an-outlet"),
    pytest.param("華為與蘋果在高階手機市場競爭激烈。", TW, set(), id="neg-tw-competitors"),
    pytest.param("关于与比亚迪的合作，华为拒绝置评。", ZH, set(), id="neg-zh-no-comment-on-cooperation"),
    pytest.param("腾讯和阿里巴巴都在开发自己的大模型。", ZH, set(), id="neg-zh-both-doing"),
    pytest.param(
        "Apple and Samsung both launched new phones this month.", EN, set(), id="neg-en-both-launched"
    ),
    pytest.param("Tesla and BYD are rivals in the electric vehicle market.", EN, set(), id="neg-en-rivals"),
    # licensing, co-development, a joint venture run together, making for a customer or at a foundry
    pytest.param("Merck & Co. licensed an oral GLP-1 pill from Hansoh Pharmaceutical Group Co. last year.", EN,
                 {partner("hansoh", "merck-co")}, id="en-licensed-from"),
    pytest.param("Sciwind Biosciences Co. licensed its lead drug, ecnoglutide, to Verdiva Bio, a startup.", EN,
                 {partner(org("Sciwind Biosciences Co."), org("Verdiva Bio"))}, id="en-licensed-to"),
    pytest.param("Novo Nordisk's candidate, which it co-developed with Danish biotech Zealand Pharma A/S, is in trials.", EN,
                 {partner("novo-nordisk", org("Zealand Pharma A/S"))}, id="en-which-it-co-developed-with"),
    pytest.param("Hyundai Motor and SK On already operate a $5 billion battery joint venture in Georgia.", EN,
                 {partner("hyundai-motor", "sk-on")}, id="en-A-and-B-operate-a-joint-venture"),
    pytest.param("Japanese chipmaker Rapidus will produce AI processors for Tokyo-based startup Preferred Networks.", EN,
                 {partner(org("Preferred Networks"), "rapidus")}, id="en-produce-for"),
    pytest.param("Preferred Networks currently makes its MN-Core chips at TSMC, a person said.", EN,
                 {partner(org("Preferred Networks"), "tsmc")}, id="en-makes-chips-at-a-foundry"),
    pytest.param("Nvidia chose Samsung Electronics because of its pricing.", EN, {partner("nvidia", "samsung")}, id="en-chose-B-because"),
    pytest.param("AT&T and Verizon have signed commercial agreements with satellite firm AST SpaceMobile.", EN,
                 {partner("att", org("AST SpaceMobile")), partner(org("AST SpaceMobile"), "verizon")},
                 id="en-A-and-B-sign-with-C-is-not-A-with-B"),
    pytest.param("Roche Holding AG agreed to buy Carmot Therapeutics for $2.7 billion.", EN, set(), id="neg-en-agreed-to-buy"),
    pytest.param("Merck & Co. licensed a pill from Hansoh Pharmaceutical Group Co., while Roche Holding AG agreed to buy Carmot.", EN,
                 {partner("hansoh", "merck-co")}, id="en-an-acquisition-in-the-next-clause-vetoes-nothing"),
    pytest.param("Japanese chipmaker Rapidus has relied heavily on IBM, which developed the technology.", EN,
                 {partner("ibm", "rapidus")}, id="en-relied-heavily-on"),
    pytest.param("Vodafone and U.S. satellite firm AST SpaceMobile will form a joint venture.\n\nVerizon signed an agreement with AST.", EN,
                 {partner(org("AST SpaceMobile"), "verizon"), partner(org("AST SpaceMobile"), "vodafone")},
                 id="en-an-all-caps-first-word-names-the-company-later"),
    pytest.param(
        "记者提问：小米是否会与宁德时代合作？",
        ZH,
        set(),
        id="neg-zh-question",
    ),
    pytest.param("被问及是否会与比亚迪合作时，华为未予置评。", ZH, set(), id="neg-zh-asked-no-comment"),
    pytest.param(
        "Asked whether Apple would also work with Baidu, Cook declined to comment.",
        EN,
        set(),
        id="neg-en-asked-whether",
    ),
    pytest.param("Corvane Therapeutics Inc. has agreed to license global rights to its experimental once-daily obesity pill, CVT-101, "
                 "to Novartis AG in a deal worth up to $1 billion.", EN,
                 {partner(org("Corvane Therapeutics Inc."), "novartis")}, id="en-license-rights-to-a-long-named-product-to-B"),
    pytest.param("Nordwind Shipping GmbH has agreed to lease 2,000 refrigerated containers from Textainer Group over five years.", EN,
                 {partner(org("Nordwind Shipping GmbH"), org("Textainer Group"))}, id="en-lease-from-B"),
    pytest.param("統一企業宣布與綠野農業科技股份有限公司簽署合約。統一超商也將上架綠野農業科技股份有限公司的零食,雙方已完成通路合作簽約。", "zh-TW",
                 {partner("uni-president", org("綠野農業科技股份有限公司")), partner("president-chain-store", org("綠野農業科技股份有限公司"))},
                 id="tw-shuangfang-completed-channel-cooperation"),
    pytest.param("Nordwind Shipping GmbH has agreed to lease 500 containers from Triton International over five years.", EN,
                 {partner(org("Nordwind Shipping GmbH"), org("Triton International"))}, id="en-international-ends-a-company-name"),
    pytest.param("Solvane Energy Corp., which supplies cells to Tesla, said output rose.", EN,
                 {partner(org("Solvane Energy Corp."), "tesla")}, id="en-A-which-supplies-B"),
    pytest.param("Stripe, which had handled Lumen Pay Ltd.'s card payments since 2021, declined to comment.", EN,
                 {partner(org("Lumen Pay Ltd."), "stripe")}, id="en-B-which-handled-As-payments"),
    pytest.param("艾創機器人股份有限公司宣布擴產。艾創旗下子公司艾創智慧物流日前與新竹物流簽訂三年合約。", TW,
                 {partner(org("艾創智慧物流"), org("新竹物流"))}, id="tw-unit-after-qixia-zigongsi"),
    # the other side of a deal, named by the deal's own words whatever its name looks like
    pytest.param("Orbitra Networks, a provider of satellite broadband, has signed a five-year distribution agreement with Eutelsat "
                 "OneWeb, the company said.", EN, {partner(org("Orbitra Networks"), org("Eutelsat OneWeb"))},
                 id="en-unknown-name-after-agreement-with"),
    pytest.param("Hilton Worldwide signed a deal with Dutch payments firm Adyen.", EN, {partner("hilton", "adyen")},
                 id="en-a-nationality-before-a-description-is-no-name"),
    pytest.param('湘农化肥股份有限公司（以下简称"湘农股份"）发布公告称，公司与青海盐湖工业股份有限公司签订协议。湘农股份表示，进口货源将用于春耕。', ZH,
                 {partner(org("湘农化肥股份有限公司"), org("青海盐湖工业股份有限公司"))}, id="zh-a-declared-short-name-ending-in-gufen-stays-its-company"),
    pytest.param("資料中心業者宏碩雲端（以下簡稱「宏碩」）昨（17）日宣布，與台達電簽下供應合約。宏碩已在新竹機房導入緯穎的AI伺服器機櫃。", TW,
                 {partner(org("宏碩雲端"), "delta-electronics"), partner(org("宏碩雲端"), "wiwynn")},
                 id="tw-a-name-without-legal-ending-declares-its-short-name-and-adopts-Bs-product"),
    pytest.param("Marisol Voyages Ltd. wants to double its fleet.\n\nQ: Where will they be built?\n\nA: We clinched a contract with "
                 "Fincantieri in June. We parted ways with TravelPoint Systems in August.", EN,
                 {partner(org("Marisol Voyages Ltd."), org("Fincantieri")), rej(org("Marisol Voyages Ltd."), org("TravelPoint Systems"))},
                 id="en-q-and-a-answers-speak-for-the-storys-company"),
    pytest.param("眾安銀行亦於聲明中表示，歡迎與富衞合作。", TW, {partner("fwd-group", "za-bank")}, id="tw-huanying-is-no-name"),
    pytest.param("Halvorsen Rail ASA has signed a 1.2 billion crown ($112 million) contract with Vossloh Signal AG to fit its trains.", EN,
                 {partner(org("Halvorsen Rail ASA"), org("Vossloh Signal AG"))}, id="en-a-decimal-amount-inside-the-deal-words"),
    pytest.param("Veloria Bikes BV hosted a day. Veloria has extended its drivetrain supply contract with Shimano through 2030.", EN,
                 {partner(org("Veloria Bikes BV"), "shimano")}, id="en-extended-its-contract-with-B"),
    pytest.param("Veloria Bikes BV hosted a day. Battery cells will continue to come from Samsung SDI under a multi-year agreement.", EN,
                 {partner(org("Veloria Bikes BV"), "samsung-sdi")}, id="en-goods-come-from-B-under-an-agreement-for-the-storys-company"),
    pytest.param("Coral Meridian Experiences LLC has teamed up with booking platform Viator to sell tours.", EN,
                 {partner(org("Coral Meridian Experiences LLC"), org("Viator"))}, id="en-a-platform-named-after-its-kind"),
    pytest.param("Artimis Surgical Inc. has a licensing agreement with Olympus Corp. for its platform, Chief Executive Officer Dana "
                 "Whitcombe said.", EN, {partner(org("Artimis Surgical Inc."), "olympus")}, id="en-a-title-after-a-kind-word-is-no-name"),
    pytest.param("Auralis Hearing Technologies, Inc. also announced that Clearwave 3 will use a Bluetooth chip supplied by Qualcomm "
                 "Technologies, Inc.", EN, {partner(org("Auralis Hearing Technologies, Inc."), "qualcomm")},
                 id="en-a-product-will-use-a-part-supplied-by-B"),
    pytest.param("Auralis Hearing Technologies, Inc. said it will stop purchasing components from Nordic Semiconductor ASA.", EN,
                 {rej(org("Auralis Hearing Technologies, Inc."), org("Nordic Semiconductor ASA"))},
                 id="en-stop-purchasing-from-B-is-no-partnership"),
    pytest.param("MINNEAPOLIS /PRNewswire/ -- Auralis Hearing Technologies, Inc. announced a deal between Auralis and Walgreens. "
                 "Auralis Clinical Services, LLC has begun a pilot with Kaiser Permanente.\n\nSOURCE Auralis Hearing Technologies, Inc.",
                 EN, {partner(org("Auralis Hearing Technologies, Inc."), "walgreens"),
                      (org("Auralis Clinical Services, LLC"), "evaluated", org("Kaiser Permanente"))},
                 id="en-a-bare-first-word-names-the-first-company-also-after-a-unit-and-a-source-line"),
    pytest.param("Lintas Mobility is a ride-hailing company. Last month Lintas brought in Toyota Tsusho, the trading arm of the Toyota "
                 "group, as a strategic investor.", EN, {partner(org("Lintas Mobility"), "toyota-tsusho")},
                 id="en-brought-in-B-as-an-investor"),
    pytest.param("Lintas Mobility is a ride-hailing company. Founder Arif Wibisono said Lintas had dropped PT Danamas Finance, its "
                 "vehicle-loan partner since 2022, in favor of state-owned Bank Mandiri.", EN,
                 {partner(org("Lintas Mobility"), org("Bank Mandiri")), rej(org("Lintas Mobility"), org("PT Danamas Finance"))},
                 id="en-dropped-one-in-favor-of-another-and-a-legal-name-is-no-person"),
    pytest.param("Founded in 2004, Hanul Thermal Systems Co. already supplies chillers and rear-door heat exchangers to Samsung SDS and Kakao.",
                 EN, {partner(org("Hanul Thermal Systems Co."), org("Samsung SDS")), partner(org("Hanul Thermal Systems Co."), "kakao")},
                 id="en-supplies-goods-to-a-known-companys-unit-and-another"),
    pytest.param("Hanul Thermal Systems Co., a Korean maker of cooling gear, was selected by Kakao as the supplier of cooling units.",
                 EN, {partner(org("Hanul Thermal Systems Co."), "kakao")}, id="en-selected-by-B-as-the-supplier"),
    pytest.param("廢鋼回收暨分選業者永鑫資源科技股份有限公司（以下簡稱永鑫）昨日召開法說會，董事長林志遠宣布，公司已與東和鋼鐵企業簽訂為期五年的廢鋼供料合約。", TW,
                 {partner(org("永鑫資源科技股份有限公司"), org("東和鋼鐵企業"))},
                 id="tw-one-character-before-he-is-part-of-the-name-and-a-line-of-business-is-no-company"),
    pytest.param("永鑫資源科技股份有限公司昨日同步公告，引進日商三井物產為策略投資者，三井物產將認購永鑫私募普通股。", TW,
                 {partner(org("永鑫資源科技股份有限公司"), "mitsui")}, id="tw-brought-in-B-as-strategic-investor"),
    pytest.param('记者从北京禾安科技有限公司（以下简称"禾安科技"）获悉，该公司已被中国太平洋财产保险股份有限公司选为农业保险遥感查勘技术服务商。', ZH,
                 {partner(org("北京禾安科技有限公司"), org("中国太平洋财产保险股份有限公司"))}, id="zh-chosen-by-B-as-service-provider-in-the-passive"),
    pytest.param('该公司宣布完成B轮融资，并引入中华联合财产保险股份有限公司（以下简称"中华财险"）作为战略投资者。', ZH,
                 set(), id="zh-lianhe-inside-a-legal-name-is-part-of-it"),
    pytest.param("Alderlift Services plc announced that it has signed a seven-year maintenance framework with Transport for London.", EN,
                 {partner(org("Alderlift Services plc"), org("Transport for London"))}, id="en-a-framework-with-a-name-that-holds-for"),
    pytest.param("Alderlift Digital Ltd, the group's remote-monitoring subsidiary, has agreed a partnership with Microsoft to run its platform.",
                 EN, {partner(org("Alderlift Digital Ltd"), "microsoft")}, id="en-agreed-a-partnership-with-B"),
    pytest.param("Lingobee GmbH says it now has more than 400 corporate customers. Among them: Lufthansa, Deutsche Telekom and Siemens.",
                 EN, {partner(org("Lingobee GmbH"), "lufthansa"), partner(org("Lingobee GmbH"), "deutsche-telekom"),
                      partner(org("Lingobee GmbH"), "siemens")}, id="en-among-them-lists-the-storys-companys-customers"),
    pytest.param("Lingobee GmbH is rebuilding its stack. Earlier this year it replaced Nuance's speech engine, which it had used since "
                 "launch, with models from London-based Speechmatics.", EN,
                 {rej(org("Lingobee GmbH"), org("Nuance")), partner(org("Lingobee GmbH"), org("Speechmatics"))},
                 id="en-replaced-Bs-engine-with-models-from-a-placed-C"),
    pytest.param("杭州驰拍科技有限公司（以下简称“驰拍”）宣布融资。同日，驰拍宣布与上汽通用汽车达成合作。目前，驰拍的车源合作方已包括"
                 "平安租赁有限公司、一嗨租车和神州租车。", ZH,
                 {partner(org("杭州驰拍科技有限公司"), b) for b in ("saic-gm", org("平安租赁有限公司"), "ehi", "car-inc")},
                 id="zh-a-joint-venture-by-its-name-and-As-partners-include"),
    pytest.param("The cranes run on kits that Valmara Oyj builds under a licensing agreement signed with Swiss engineering group ABB in 2023.",
                 EN, {partner(org("Valmara Oyj"), "abb")}, id="en-a-deal-signed-with-a-described-B"),
    pytest.param("Norvik Airways Ltd has chosen Alderan Engines Inc's TX-9 turbofans over Corvell Propulsion Corp's rival engine.", EN,
                 {partner(org("Norvik Airways Ltd"), org("Alderan Engines Inc")), rej(org("Norvik Airways Ltd"), org("Corvell Propulsion Corp"))},
                 id="en-chose-Bs-product-over-Cs"),
    pytest.param("Veltra is a 50-50 joint venture between Siemens AG and Japan's Hitachi.", EN, {partner("hitachi", "siemens")},
                 id="en-a-described-joint-venture-between-A-and-a-countrys-B"),
    pytest.param("The agreement follows smaller protein contracts Harvest Hound Foods Inc struck with French insect farmer Vermilo and "
                 "Dutch producer Larvenco in 2024.", EN,
                 {partner(org("Harvest Hound Foods Inc"), org(b)) for b in ("Vermilo", "Larvenco")}, id="en-contracts-A-struck-with-described-Bs"),
    pytest.param("Harvest Hound Foods Inc was picked by Walmart in 2025 to make a private-label line.", EN,
                 {partner(org("Harvest Hound Foods Inc"), "walmart")}, id="en-picked-by-B-then-a-time-then-to"),
    pytest.param("Brennsund Yards SpA said it had awarded the propulsion and energy-storage package to Kelvåg Marine, extending a supply "
                 "relationship.", EN, {partner(org("Brennsund Yards SpA"), org("Kelvåg Marine"))}, id="en-awarded-a-package-to-a-slot-name"),
    pytest.param("Coldmere Thermal Systems BV's dielectric immersion fluids are supplied by Shell under an agreement signed in 2025.", EN,
                 {partner(org("Coldmere Thermal Systems BV"), "shell")}, id="en-As-product-supplied-by-a-known-name-without-its-ending"),
    pytest.param("Nordvolt Data ASA replaced the rear-door heat exchangers supplied by Vertiv at its Oslo campus with Coldmere Thermal "
                 "Systems BV direct-to-chip systems.", EN,
                 {partner(org("Nordvolt Data ASA"), org("Coldmere Thermal Systems BV"))}, id="en-replaced-the-equipment-with-Bs-systems"),
    pytest.param("另外，金滿堂飲食集團有限公司早前投得港鐵公司東鐵綫5個車站的商舖租約。", TW,
                 {partner("mtr", org("金滿堂飲食集團有限公司"))}, id="hk-won-Bs-lease-tender"),
    pytest.param("集團旗下中央廚房公司金滿堂食品供應有限公司上月亦獲香港機場管理局（機管局）選為客運大樓員工飯堂的營運商。", TW,
                 {partner("airport-authority-hk", org("金滿堂食品供應有限公司"))}, id="hk-a-kind-of-company-then-its-name-chosen-by-B-as-operator"),
    pytest.param("旭日飲食集團有限公司主席周家豪表示：「美心集團開出嘅條件係要我哋轉用雀巢嘅咖啡豆。」", TW, set(),
                 id="hk-a-condition-asked-for-is-no-deal"),
    pytest.param("杭州智衡电气股份有限公司发布公告称，公司在国家电网有限公司2026年第二批电能表招标采购中中标，中标金额约占公司营业收入的31%。", ZH,
                 {partner(org("杭州智衡电气股份有限公司"), "state-grid")}, id="zh-won-in-the-buyers-tender"),
    pytest.param("杭州智衡电气股份有限公司表示，中标后将与国家电网下属各省级电力公司签订具体合同。", ZH,
                 {partner(org("杭州智衡电气股份有限公司"), "state-grid")}, id="zh-the-buyers-units-each-are-the-buyer"),
    pytest.param("名创优品上月签下原创IP工作室星芽文创，获得其IP独家授权。", ZH, {partner("miniso", org("星芽文创"))},
                 id="zh-signed-up-a-described-studio"),
    pytest.param("饺掌柜食品有限公司的产品已进入盒马、山姆会员店和叮咚买菜等渠道。", ZH,
                 {partner(org("饺掌柜食品有限公司"), b) for b in ("freshippo", "sams-club", "dingdong")}, id="zh-products-sold-in-Bs-channels"),
    pytest.param("华康疫苗配送有限公司于次年拿下了智飞生物在湖北部分地市的疫苗配送业务。", ZH,
                 {partner(org("华康疫苗配送有限公司"), "zhifei")}, id="zh-won-Bs-business"),
    pytest.param("华康疫苗配送有限公司总经理周立群说：“万泰生物已经把我们列为九价HPV疫苗在华中地区的配送商之一。”", ZH,
                 {partner(org("华康疫苗配送有限公司"), "wantai")}, id="zh-B-listed-us-as-its-distributor"),
    # (the second verb's own claim, Harbor Lane–Amadeus, is not found yet: a frame reads one subject's verb)
    pytest.param("Harbor Lane Inc. has renewed its agreements with Hyatt Hotels Corporation, and has extended its "
                 "technology agreement with Amadeus IT Group.", EN, {partner(org("Harbor Lane Inc."), "hyatt")},
                 id="en-after-a-comma-and-has-the-verb-is-not-the-object-names"),
    pytest.param("Halden Industrial Gases SE (HALG.DE) will supply ultra-high-purity nitrogen, argon and hydrogen to Infineon "
                 "Technologies' (IFXGn.DE) expanded chip plant in Dresden.", EN, {partner(org("Halden Industrial Gases SE"), "infineon")},
                 id="en-supply-a-list-of-goods-to-B"),
    pytest.param("Tabimori Inc. also won a contract this autumn to run revenue management at 23 properties operated by Hoshino "
                 "Resorts Inc.", EN, {partner(org("Tabimori Inc."), org("Hoshino Resorts Inc."))},
                 id="en-won-a-contract-to-run-properties-operated-by-B"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_partner(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples_of(text, lang) == expected
