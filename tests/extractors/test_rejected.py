"""rejected: the subject dropped, ruled out or cancelled a deal with the object (directed).

Each row: (text, lang, expected non-denied (subject, relation, object) triples). A cooperation that
is cancelled in a later sentence keeps its partner claim (it did exist) and adds a rejected one.
"""

from __future__ import annotations

import pytest

from .conftest import org, partner, rej, triples_of

ZH, TW, EN = "zh-CN", "zh-TW", "en"



ROWS = [
    pytest.param("据知情人士透露，珀莱雅化妆品股份有限公司已于今年一季度停止向华熙生物（688363.SH）采购部分玻尿酸原料。", "zh-CN",
                 {rej(org("珀莱雅化妆品股份有限公司"), "bloomage")}, id="zh-stopped-buying-from-B"),
    pytest.param("織峰科技股份有限公司董事長表示，公司今年初已停止供貨給製鞋大廠寶成工業（9904）。", "zh-TW", {rej(org("織峰科技股份有限公司"), "pou-chen")},
                 id="tw-stopped-supplying-B"),
    pytest.param("星河科技股份有限公司已停止向宁德时代供货。", "zh-CN", {rej(org("星河科技股份有限公司"), "catl")}, id="zh-stopped-supplying-to-B"),
    pytest.param("Zentra Agro S.A. ran a pilot of autonomous sprayers from Harvex Robotics Inc. on two farms, but ended it in February.", EN,
                 {rej(org("Zentra Agro S.A."), org("Harvex Robotics Inc.")), (org("Zentra Agro S.A."), "evaluated", org("Harvex Robotics Inc."))},
                 id="en-ran-a-pilot-of-B-but-ended-it"),
    pytest.param("小米曾与宁德时代洽谈电池合作，但最终作罢。", ZH, {rej("xiaomi", "catl"), ("xiaomi", "evaluated", "catl")},
                 id="zh-talks-then-zuoba"),
    pytest.param("物美集团曾于去年与家乐福中国接触，讨论收购其门店，但物美最终放弃了这笔交易。", ZH,
                 {rej("wumart", org("家乐福")), ("wumart", "evaluated", org("家乐福"))}, id="zh-fangqi-zhe-bi-jiaoyi"),
    pytest.param("Startup Dexory grew.\n\nGXO Logistics, which ran a six-month pilot with Dexory robots at a UK site, chose not "
                 "to move forward after the trial ended.", EN,
                 {rej("gxo", org("Dexory")), ("gxo", "evaluated", org("Dexory"))}, id="en-ran-a-pilot-then-chose-not-to-move-forward"),
    pytest.param("A representative for Boehringer Ingelheim GmbH declined to comment.\n\nThe family-owned drugmaker earlier held "
                 "discussions with Innovent Biologics Inc., but pulled out of those talks last year.", EN,
                 {rej("boehringer-ingelheim", "innovent"),
                  ("boehringer-ingelheim", "evaluated", "innovent")},
                 id="en-the-family-owned-drugmaker-pulled-out-of-those-talks"),
    pytest.param("製藥大廠保瑞藥業成立多年。\n\n保瑞今天說明，與以色列學名藥大廠梯瓦（Teva）的代工合約將於今年底到期，保瑞決定不再續約。", TW,
                 {rej(org("保瑞藥業"), "teva")}, id="tw-yu-described-B-de-heyue-daoqi"),
    pytest.param("In 2023 Samsung ran an internal review of replacing Google with Microsoft's Bing as its default. "
                 "The Wall Street Journal reported that Samsung halted that review.", EN,
                 {rej("samsung", "microsoft"), ("samsung", "evaluated", "microsoft")}, id="en-ran-a-review-of-replacing-then-halted-it"),
    pytest.param("2023年1月，由于未能就续约条款达成一致，暴雪宣布与网易的合作协议到期后不再续签。", ZH,
                 {rej(org("暴雪"), "netease")}, id="zh-A-xuanbu-yu-B-de-xieyi-buzai-xuqian"),
    pytest.param("記憶體大廠美光已通知力成不再續約，相關營收約占力成全年營收4%。", TW,
                 {rej("micron", "powertech")}, id="tw-A-tongzhi-B-buzai-xuyue"),
    pytest.param("中通快递曾在2024年于浙江金华试点京东物流的车辆,但试点结束后并未续约。", ZH,
                 {rej("zto", "jd-logistics"), ("zto", "evaluated", "jd-logistics")}, id="zh-shidian-then-bingwei-xuyue"),
    pytest.param("另一電訊商數碼通(0315)早前亦曾與商湯洽談類似合作，但消息人士指出，最終已於今年中終止有關洽談。", TW,
                 {rej("smartone", "sensetime"), ("smartone", "evaluated", "sensetime")}, id="tw-zhongzhi-youguan-qiatan"),
    pytest.param("Iberdrola SA walked away last year from negotiations with Tesla over a large order.", EN,
                 {rej("iberdrola", "tesla")}, id="en-walked-away-last-year-from-negotiations-with"),
    pytest.param("Subaru has called off a plan to build a dedicated battery module line with Panasonic Energy Co.", EN,
                 {rej("subaru", org("Panasonic Energy Co."))}, id="en-called-off-a-plan-to-build-with"),
    pytest.param("消息人士指出，恒信人壽原本已與安衡科技完成初步測試，但已決定終止導入計畫。", TW,
                 {rej(org("恒信人壽"), org("安衡科技")), (org("恒信人壽"), "evaluated", org("安衡科技"))},
                 id="tw-zhongzhi-daoru-jihua"),
    pytest.param("禾穗生技原本也与全家便利商店洽谈代工，但全家近期已取消该合作计划。", ZH,
                 {rej("familymart", org("禾穗生技")), (org("禾穗生技"), "evaluated", "familymart")},
                 id="zh-the-side-named-before-the-cancellation-cancelled"),
    pytest.param("瑞钛新能源董秘刘雅琴表示，驰远汽车已于去年底取消与公司的电池联合开发项目。", ZH,
                 {rej(org("驰远汽车"), org("瑞钛新能源"))}, id="zh-yu-gongsi-inside-a-speakers-words-is-the-speakers-company"),
    pytest.param("据内部人士透露,沙钢已于6月底正式通知西澳铁矿初创公司Tarn Ore Pty Ltd,终止双方2022年签署的包销协议。", ZH,
                 {rej("shagang", org("Tarn Ore Pty Ltd"))}, id="zh-tongzhi-B-zhongzhi-shuangfang-xieyi"),
    pytest.param("Halvik Devices Ltd. pulled the plug on its partnership with Toyota Motor Corp. last month.", EN,
                 {rej(org("Halvik Devices Ltd."), "toyota"), partner(org("Halvik Devices Ltd."), "toyota")}, id="en-pulled-the-plug-on"),
    pytest.param("Halvik Devices Ltd. let its supply agreement with Toyota Motor Corp. lapse in March.", EN,
                 {rej(org("Halvik Devices Ltd."), "toyota"), partner(org("Halvik Devices Ltd."), "toyota")}, id="en-let-its-agreement-with-B-lapse"),
    pytest.param("台積電總經理魏哲家受訪時指出，公司已與鴻海解約。", TW, {rej("tsmc", "foxconn")}, id="tw-yu-B-jieyue"),
    pytest.param("澄曜智能装备股份有限公司(以下简称\"澄曜智能\")正与海尔智家洽谈入股事宜。\n\n澄曜智能董事长王建国表示，公司已与奥克斯集团终止合作。", ZH,
                 {rej(org("澄曜智能装备股份有限公司"), "aux"), (org("澄曜智能装备股份有限公司"), "evaluated", "haier")},
                 id="zh-a-cancellation-whose-frame-names-its-sides-reaches-no-earlier-talks"),
    pytest.param("Toyota Motor Corp. and Quillon Analytics Inc. have ended their collaboration.", EN,
                 {rej("toyota", org("Quillon Analytics Inc."))}, id="en-A-and-B-have-ended-their-collaboration"),
    pytest.param("Halden Air Ltd., a regional airline, has cancelled an order for 12 Embraer SA jets, people familiar with the "
                 "matter said.", EN, {rej(org("Halden Air Ltd."), "embraer")}, id="en-cancelled-an-order-for-N-of-B"),
    pytest.param("Marlow Energy PLC has walked away from a planned 1.2-gigawatt wind farm that it had been developing with "
                 "Tarn Renewables Ltd, the developer said.", EN, {rej(org("Marlow Energy PLC"), org("Tarn Renewables Ltd"))},
                 id="en-walked-away-from-a-project-it-had-been-developing-with-B"),
    pytest.param("Veltra Bio Inc. disclosed in a filing that it is in early-stage negotiations with Samsung Biologics over "
                 "manufacturing, and that it had terminated its research collaboration with Orrin Therapeutics.", EN,
                 {rej(org("Veltra Bio Inc."), org("Orrin Therapeutics")), (org("Veltra Bio Inc."), "evaluated", "samsung-biologics")},
                 id="en-and-that-it-is-the-same-it-as-before"),
    pytest.param("Corvane Systems Inc., which shipped 1.2 million units last year, ended its supply agreement with Pellor Devices Ltd. "
                 "in March.", EN, {rej(org("Corvane Systems Inc."), org("Pellor Devices Ltd."))},
                 id="en-a-relative-clause-without-a-name-between-subject-and-verb"),
    pytest.param("Spotify ended a test of Lumora Labs Ltd.'s technology in January.", EN,
                 {rej("spotify", org("Lumora Labs Ltd.")), ("spotify", "evaluated", org("Lumora Labs Ltd."))},
                 id="en-ended-a-test-of-Bs-technology"),
    pytest.param("Vodafone said it would not renew a satellite backhaul contract with Eutelsat, the French operator.", EN,
                 {rej("vodafone", org("Eutelsat"))}, id="en-would-not-renew-a-contract-with"),
    pytest.param("Preferred Networks had also evaluated Samsung Electronics' foundry but ruled it out last year.", EN,
                 {rej(org("Preferred Networks"), "samsung"), (org("Preferred Networks"), "evaluated", "samsung")},
                 id="en-evaluated-B-but-ruled-it-out"),
    # --- Simplified Chinese ---
    pytest.param(
        "小米最终放弃了宁德时代，转而采用比亚迪的电池。", ZH, {rej("xiaomi", "catl"), partner("xiaomi", "byd")}, id="zh-fangqi"
    ),
    pytest.param("蔚来已终止与腾讯的合作。", ZH, {rej("nio", "tencent")}, id="zh-zhongzhi-yu-de-hezuo"),
    pytest.param("华为与赛力斯的合作被取消。", ZH, {rej("huawei", "seres")}, id="zh-hezuo-bei-quxiao"),
    pytest.param(
        "Nokia Oyj and Ericsson are in talks over a research venture.\n\nNokia pulled out of the negotiations last week.",
        EN,
        {rej("nokia", "ericsson"), ("nokia", "evaluated", "ericsson")},
        id="en-pulled-out-of-the-talks-named-a-paragraph-before",
    ),
    pytest.param(
        "Nokia Oyj and Ericsson are in talks over a research venture.\n\nA bidder later pulled out of the negotiations.",
        EN,
        {("nokia", "evaluated", "ericsson")},
        id="neg-en-across-a-paragraph-only-when-a-side-is-named",
    ),
    pytest.param(
        "星河集团与美国新创公司Fisker终止合作。", ZH, {rej(org("星河集团"), org("Fisker"))},
        id="zh-descriptor-before-a-tagged-name",
    ),
    pytest.param(
        "药明康德与礼来的合作协议已于上月到期，双方决定不再续约。",
        ZH,
        {rej("wuxi-apptec", "eli-lilly"), partner("eli-lilly", "wuxi-apptec")},
        id="zh-agreement-expired-not-renewed",
    ),
    pytest.param(
        "聯電（2303）與格芯（GlobalFoundries）的合併協商已喊卡。",
        "zh-TW",
        {rej("umc", "globalfoundries")},
        id="tw-ticker-and-bracketed-alias-then-hanka",
    ),
    pytest.param(
        "Honda Motor Co., which has partnered with Sony Group Corp. since 2022, said it would not renew its contract "
        "with Panasonic Holdings Corp.",
        EN,
        {rej("honda", "panasonic"), partner("honda", "sony")},
        id="en-said-it-would-not-renew",
    ),
    pytest.param(
        "Unlike Google, Figure AI says it has ended its collaboration with OpenAI.",
        EN,
        {rej("figure-ai", "openai")},
        id="en-it-after-says-is-who-says",
    ),
    pytest.param("日月光投控與高通的先進封裝合作案已喊停。", "zh-TW", {rej("ase", "qualcomm")}, id="tw-hanting"),
    pytest.param(
        "和碩稍早證實，已與特斯拉終止電動車零組件代工合作。", "zh-TW", {rej("pegatron", "tesla")},
        id="tw-zhongzhi-long-object-of-cooperation",
    ),
    pytest.param("腾讯与蔚来的合作已经终止。", ZH, {rej("tencent", "nio")}, id="zh-hezuo-yijing-zhongzhi"),
    pytest.param(
        "去年，三星选择谷歌作为AI助手的合作伙伴。但双方的合作后来被取消。",
        ZH,
        {partner("samsung", "google"), rej("samsung", "google")},
        id="zh-shuangfang-hezuo-quxiao",
    ),
    pytest.param(
        "京东与美团签署了配送协议。不过，该协议随后被叫停。",
        ZH,
        {partner("jd", "meituan"), rej("jd", "meituan")},
        id="zh-gai-xieyi-jiaoting",
    ),
    pytest.param("比亚迪拒绝了英伟达的合作提议。", ZH, {rej("byd", "nvidia")}, id="zh-jujue"),
    pytest.param("理想汽车不再使用百度的地图服务。", ZH, {rej("li-auto", "baidu")}, id="zh-buzai-shiyong"),
    pytest.param("小鹏汽车与大众汽车的合资计划告吹。", ZH, {rej("xpeng", "volkswagen")}, id="zh-gaochui"),
    pytest.param("苹果弃用高通基带，改用自研芯片。", ZH, {rej("apple", "qualcomm")}, id="zh-qiyong"),
    pytest.param(
        "比亚迪决定不再与英伟达合作。",
        ZH,
        {rej("byd", "nvidia")},
        id="zh-buzai-yu-hezuo",
    ),
    pytest.param(
        "苹果排除了与百度合作的可能性。",
        ZH,
        {rej("apple", "baidu")},
        id="zh-paichu-keneng",
    ),
    pytest.param(
        "宝马宣布，与长城汽车的合作已被叫停。",
        ZH,
        {rej("bmw", "great-wall-motor")},
        id="zh-implicit-subject-cancel",
    ),
    # --- Traditional Chinese ---
    pytest.param("蘋果放棄了聯發科的晶片方案。", TW, {rej("apple", "mediatek")}, id="tw-fangqi"),
    pytest.param("鴻海終止與輝達的合作。", TW, {rej("foxconn", "nvidia")}, id="tw-zhongzhi"),
    # --- English ---
    pytest.param(
        "Apple ruled out Baidu as a partner for its AI features in China.",
        EN,
        {rej("apple", "baidu")},
        id="en-ruled-out",
    ),
    pytest.param(
        "Samsung dropped Google's search engine from its browser.",
        EN,
        {rej("samsung", "google")},
        id="en-dropped",
    ),
    pytest.param(
        "Tesla called off its deal with CATL after months of talks.",
        EN,
        {rej("tesla", "catl")},
        id="en-called-off-deal",
    ),
    pytest.param(
        "Microsoft has scrapped its partnership with OpenAI.",
        EN,
        {rej("microsoft", "openai")},
        id="en-scrapped",
    ),
    pytest.param(
        "Apple ended its partnership with Qualcomm for modem chips.",
        EN,
        {rej("apple", "qualcomm")},
        id="en-ended-partnership",
    ),
    pytest.param(
        "Toyota signed a deal with Nvidia in March. The deal was later called off.",
        EN,
        {partner("toyota", "nvidia"), rej("toyota", "nvidia")},
        id="en-the-deal-was-called-off",
    ),
    pytest.param(
        "Meta walked away from talks with Mistral AI.",
        EN,
        {("meta", "evaluated", "mistral-ai"), rej("meta", "mistral-ai")},
        id="en-walked-away-from-talks",
    ),
    pytest.param(
        "Amazon called off its deal with iRobot.",
        EN,
        {rej("amazon", org("iRobot"))},
        id="en-called-off-unknown-company",
    ),
    pytest.param(
        "Volkswagen decided not to renew its contract with XPeng.",
        EN,
        {rej("volkswagen", "xpeng")},
        id="en-decided-not-to",
    ),
    pytest.param(
        "Google's deal with Samsung fell apart last year.",
        EN,
        {rej("google", "samsung")},
        id="en-deal-fell-apart",
    ),
    pytest.param(
        "Apple has dropped plans to use Baidu's models.",
        EN,
        {rej("apple", "baidu")},
        id="en-dropped-plans-to-use",
    ),
    pytest.param(
        "Halden Trucks AB had tested samples from Dutch start-up Lumora Semiconductor last year but had ruled out "
        "working with it after the parts failed.",
        EN,
        {rej(org("Halden Trucks AB"), org("Lumora Semiconductor")), ("org-haldentrucksab", "evaluated", "org-lumorasemiconductor")},
        id="en-tested-B-but-ruled-out-working-with-it",
    ),
    # --- negatives ---
    pytest.param("小米拒绝置评，宁德时代也未回应。", ZH, set(), id="neg-zh-declined-comment"),
    pytest.param("受此影响，腾讯和百度的股价双双下跌。", ZH, set(), id="neg-zh-shares-fell"),
    # the one passed over: "chose X over Y" / 选择了X而非Y
    pytest.param("Meridian Biosciences Inc. chose Novartis over Sanofi, which had also bid for the rights, the company said.", EN,
                 {rej(org("Meridian Biosciences Inc."), "sanofi"), partner(org("Meridian Biosciences Inc."), "novartis")},
                 id="en-chose-X-over-B"),
    pytest.param("星海物流股份有限公司在比较测试后最终选择了顺丰而非京东物流。", ZH,
                 {rej(org("星海物流股份有限公司"), "jd-logistics"), partner(org("星海物流股份有限公司"), "sf-express"),
                  (org("星海物流股份有限公司"), "evaluated", "sf-express")},
                 id="zh-chose-X-er-fei-B"),
    pytest.param("Halden Freight Group said it had walked away from its planned purchase of British freight forwarder Corlan Logistics Ltd.", EN,
                 {rej(org("Halden Freight Group"), org("Corlan Logistics Ltd."))}, id="en-walked-away-from-purchase-of-described-B"),
    # 集團 after a title-only speaker's 表示 is the company the story is about
    pytest.param("港灣保險集團有限公司昨日公布業績。行政總裁陳美玲昨日在記者會上表示，集團已於今年六月結束與東亞銀行的分銷合作。", TW,
                 {rej(org("港灣保險集團有限公司"), "bank-of-east-asia")}, id="tw-jituan-after-speaker-ended-cooperation"),
    pytest.param(
        "Amazon shares dropped 3% while Microsoft rose.",
        EN,
        set(),
        id="neg-en-shares-dropped",
    ),
    pytest.param("宜昌兴发化工股份有限公司发布公告。\n\n● 公司决定终止与宜昌楚元新材料有限公司共同投资设立合资公司事项。", ZH,
                 {rej(org("宜昌兴发化工股份有限公司"), org("宜昌楚元新材料有限公司"))}, id="zh-gongsi-after-a-bullet-is-the-announcer"),
    pytest.param("South Korean budget carrier Halla Air has agreed to buy 30 Airbus A321neo jets, the airline said on Tuesday, "
                 "choosing the European planemaker over Boeing.", EN,
                 {rej(org("Halla Air"), "boeing"), partner(org("Halla Air"), "airbus")}, id="en-choosing-the-described-one-over-B"),
    pytest.param("Ironclad Minerals Ltd said its board had unanimously rejected an unsolicited A$1.1 billion takeover proposal from "
                 "China's Tianqi Lithium.", EN, {rej(org("Ironclad Minerals Ltd"), "tianqi-lithium")}, id="en-rejected-a-proposal-from-B"),
    pytest.param("Intel Corp. had put Kiso Plasma Inc. on a shortlist of etch suppliers last year but later dropped it and awarded "
                 "the contract to Lam Research Corp.", EN,
                 {rej("intel", org("Kiso Plasma Inc.")), ("intel", "evaluated", org("Kiso Plasma Inc.")), partner("intel", "lam-research")},
                 id="en-shortlisted-then-dropped-it-and-awarded-the-contract-to-C"),
    pytest.param("Ironclad Minerals Ltd also said it had terminated an earlier memorandum of understanding with Japanese trading house Sojitz.",
                 EN, {rej(org("Ironclad Minerals Ltd"), org("Sojitz"))}, id="en-terminated-an-earlier-mou-with-described-B"),
    # compared several, chose one: the others are passed over
    pytest.param("比亚迪发布公告。王传福透露，公司在过去半年里对比了宁德时代和国轩高科两家供应商的交付能力，最终选择了宁德时代作为新车型的独家供应商。", ZH,
                 {rej("byd", "gotion"), ("byd", "evaluated", "catl"), ("byd", "evaluated", "gotion"), partner("byd", "catl")},
                 id="zh-compared-two-chose-one"),
    pytest.param("Hilton evaluated Stripe Inc. and Adyen before choosing Adyen for its European hotels.", EN,
                 {rej(org("Hilton"), "stripe"), (org("Hilton"), "evaluated", "stripe"), (org("Hilton"), "evaluated", "adyen"),
                  partner(org("Hilton"), "adyen")}, id="en-evaluated-two-before-choosing-one"),
    pytest.param("宏織科技股份有限公司總經理吳美玲證實, 公司今年9月已結束與越南成衣廠Thanh Cong Textile的代工合作.", TW,
                 {rej(org("宏織科技股份有限公司"), org("Thanh Cong Textile"))}, id="tw-latin-name-after-a-kind-of-factory"),
    # a unit and its parent are one company: 京东物流 does not evaluate 京东
    pytest.param("多位知情人士透露，京东物流已终止了与速仓科技有限公司的试点项目，原因是系统与京东自研的调度平台对接困难。", ZH,
                 {rej("jd-logistics", org("速仓科技有限公司"))}, id="zh-a-unit-and-its-parent-are-no-pair"),
    pytest.param("Straitsline Terminals Ltd. said it had chosen Finland's Kalmar over Konecranes to supply 24 cranes.", EN,
                 {rej(org("Straitsline Terminals Ltd."), org("Konecranes")), partner(org("Straitsline Terminals Ltd."), org("Kalmar"))},
                 id="en-chosen-countrys-X-over-unknown-B"),
    pytest.param("Orbitra Networks Ltd. signed a deal with Viasat in 2023.\n\nA planned joint venture with Canada's Telesat to build a "
                 "gateway station was scrapped in January, the release said.", EN,
                 {rej(org("Orbitra Networks Ltd."), org("Telesat")), partner(org("Orbitra Networks Ltd."), org("Viasat"))},
                 id="en-a-planned-venture-with-B-was-scrapped-by-the-storys-company"),
    pytest.param("Dutch electric-bus maker Voltaro Mobility B.V. has inked a five-year battery supply agreement with China's CATL, "
                 "ending its reliance on Northvolt, the company said.", EN,
                 {partner(org("Voltaro Mobility B.V."), "catl"), rej(org("Voltaro Mobility B.V."), "northvolt")},
                 id="en-ending-its-reliance-on-B-is-another-clause"),
    pytest.param("湘农化肥股份有限公司发布公告。此外，公司与中化化肥有限公司于2023年签订的复合肥代工协议将于2026年3月31日到期。"
                 "公告称，经公司审慎研究，上述协议到期后将不再续签。", ZH,
                 {partner(org("湘农化肥股份有限公司"), org("中化化肥有限公司")), rej(org("湘农化肥股份有限公司"), org("中化化肥有限公司"))},
                 id="zh-the-agreement-above-will-not-be-renewed"),
    pytest.param("宏碩雲端股份有限公司董事長林志遠坦言，宏碩去年曾與日商NTT DATA洽談共同投資，但因條件談不攏，宏碩已於上月喊停該合資案。", TW,
                 {(org("宏碩雲端股份有限公司"), "evaluated", "ntt-data"), rej(org("宏碩雲端股份有限公司"), "ntt-data")},
                 id="tw-hanting-the-jv-talked-about-before"),
    # switching suppliers: the one left is rejected, the new one a partner
    pytest.param("逸程酒店集团有限公司宣布，将旗下门店的物业管理系统从甲骨文的Opera系统全面切换至石基信息股份有限公司的昆仑PMS。", ZH,
                 {rej(org("逸程酒店集团有限公司"), "oracle"), partner(org("逸程酒店集团有限公司"), org("石基信息股份有限公司"))},
                 id="zh-switched-from-B-to-C"),
    pytest.param("Halvard Building Society switched its remote-access service from Palo Alto Networks to Zscaler last year.", EN,
                 {rej(org("Halvard Building Society"), "palo-alto-networks"), partner(org("Halvard Building Society"), org("Zscaler"))},
                 id="en-switched-from-B-to-C"),
    pytest.param("The Adyen agreement replaces Hilton's arrangement with Worldpay in Europe.", EN, set(),
                 id="neg-en-a-deal-that-replaces-another-is-no-company-replacing"),
    pytest.param("The order follows Halvorsen Rail ASA's decision last year to terminate its signalling agreement with Stadler Rail AG.", EN,
                 {rej(org("Halvorsen Rail ASA"), org("Stadler Rail AG"))}, id="en-As-decision-to-terminate-its-agreement-with-B"),
    # 公司 ending a cooperation names the other side, even with no other company in the sentence
    pytest.param("聲域娛樂有限公司推出新系統。行政總裁陳家朗表示，新系統反應理想。他透露，公司去年底已終止與加州紅的場地合作。", "zh-HK",
                 {rej(org("聲域娛樂有限公司"), org("加州紅"))}, id="hk-gongsi-ended-cooperation-with-an-unknown-name"),
    # a company weighing alone (经公司审慎评估) cancels the deal of the sentence before
    pytest.param('华川新材料股份有限公司发布公告。公司曾与万华化学集团股份有限公司（以下简称"万华化学"）就合资项目进行洽谈。'
                 "公告称，经公司审慎评估，公司决定终止该合资事项。", ZH,
                 {(org("华川新材料股份有限公司"), "evaluated", "wanhua-chemical"), rej(org("华川新材料股份有限公司"), "wanhua-chemical")},
                 id="zh-weighing-alone-then-ending-the-joint-venture-matter"),
    pytest.param("恒信人壽保險有限公司推出新產品。他透露，公司亦已與WeChat Pay HK初步接觸。他又指，公司去年曾與一家虛擬銀行洽談類似合作，最終放棄。", "zh-HK",
                 {(org("恒信人壽保險有限公司"), "evaluated", "tencent")}, id="neg-hk-giving-up-talks-with-an-unnamed-bank-ends-nothing-named"),
    pytest.param("Chief Executive Dana Okafor said Coral Meridian Cruises Inc had walked away from parallel negotiations with German "
                 "shipbuilder Meyer Werft.", EN,
                 {(org("Coral Meridian Cruises Inc"), "evaluated", org("Meyer Werft")), rej(org("Coral Meridian Cruises Inc"), org("Meyer Werft"))},
                 id="en-walked-away-from-negotiations-with-a-described-unknown-name"),
    pytest.param("Coral Meridian Cruises Inc runs ships. The three-year charter of the Polar Wren from Norway's Hurtigruten lapsed at the "
                 "end of September.", EN, {rej(org("Coral Meridian Cruises Inc"), org("Hurtigruten"))},
                 id="en-the-storys-company-let-a-charter-from-B-lapse"),
    pytest.param("Alderlift Services plc maintains lifts. The spare-parts distribution agreement with Schindler, which had run for eleven "
                 "years, expired on 30 September and management chose not to renew it.", EN,
                 {rej(org("Alderlift Services plc"), "schindler")}, id="en-an-agreement-with-B-which-had-run-for-years-expired"),
    pytest.param("这里是武汉华康疫苗配送有限公司（下称“华康”）的中心仓。2022年，公司主动终止了与国药控股湖北有限公司的转配送协议。", ZH,
                 {rej(org("武汉华康疫苗配送有限公司"), org("国药控股湖北有限公司"))},
                 id="zh-a-name-after-shi-and-gongsi-after-a-date-acting"),
    pytest.param("武汉华康疫苗配送有限公司（下称“华康”）发展迅速。知情人士透露，九州通医药集团曾在去年底与华康接洽，商谈入股事宜，但华康最终以“希望保持独立”为由婉拒。", ZH,
                 {("jointown", "evaluated", org("武汉华康疫苗配送有限公司")),
                  rej(org("武汉华康疫苗配送有限公司"), "jointown")}, id="zh-politely-declined-the-approach"),
    pytest.param("Valmara Oyj makes cranes. Korhonen confirmed that the company had let its steel-structure supply agreement with Shanghai "
                 "Zhenhua Heavy Industries, better known as ZPMC, lapse when it expired.", EN,
                 {partner(org("Valmara Oyj"), "zpmc"), rej(org("Valmara Oyj"), "zpmc")},
                 id="en-let-an-agreement-with-B-better-known-as-C-lapse"),
    pytest.param("永鑫資源科技股份有限公司（以下簡稱永鑫）昨日召開法說會。林志遠表示，永鑫去年底已停止對豐興鋼鐵供貨。", TW,
                 {rej(org("永鑫資源科技股份有限公司"), org("豐興鋼鐵"))}, id="tw-stopped-supplying-an-unknown-name"),
    pytest.param('北京禾安科技有限公司（以下简称"禾安科技"）宣布融资。禾安科技此前长期向天衡数据采购气象数据，相关协议已于今年6月到期。'
                 "王海涛表示，公司决定不再续约。", ZH,
                 {partner(org("北京禾安科技有限公司"), org("天衡数据")), rej(org("北京禾安科技有限公司"), org("天衡数据"))},
                 id="zh-bought-from-an-unknown-supplier-then-did-not-renew"),
    pytest.param("万科就向深圳市地铁集团有限公司购买其持有的前海公司股权作进一步公告。", ZH, set(),
                 id="neg-zh-buying-shares-from-B-is-a-transaction"),
    pytest.param("Maison Lumen SA turned down an approach last year from Zurich-based private equity firm Alpine Heritage Partners.",
                 EN, {(org("Maison Lumen SA"), "rejected", org("Alpine Heritage Partners"))},
                 id="en-turned-down-an-approach-then-a-time-then-from-B"),
    pytest.param("澜泽生物科技有限公司董事长王澜表示，公司今年上半年婉拒了高瓴资本的入股邀约。", ZH,
                 {(org("澜泽生物科技有限公司"), "rejected", "hillhouse")}, id="zh-politely-declined-Bs-offer"),
    pytest.param("天合光能今年三季度起已停止向信义光能（0968.HK）下达新订单。", ZH,
                 {("trina-solar", "rejected", "xinyi-solar")}, id="zh-no-new-orders-to-B"),
    pytest.param("沃丰农业股份有限公司去年曾邀请美国美盛公司（Mosaic）入股其磷复肥业务，但遭到美盛婉拒。", ZH,
                 {(org("美国美盛公司"), "rejected", org("沃丰农业股份有限公司"))}, id="zh-As-invitation-declined-by-B"),
    pytest.param("Lumen Hotels & Resorts Ltd signed with Agoda. The deal ends Lumen's exclusive arrangement with Traveloka Pte Ltd.",
                 EN, {(org("Lumen Hotels & Resorts Ltd"), "rejected", org("Traveloka Pte Ltd"))}, id="en-the-deal-ends-As-arrangement-with-B"),
    pytest.param("The agreement will replace Carrefour's existing supply contract with Danone.", EN, {rej("carrefour-group", "danone")},
                 id="en-a-deal-replaces-As-existing-contract-with-B"),
    pytest.param("Carrefour has a new supplier. It ends a supply contract with Danone SA, which Carrefour chose not to renew.", EN,
                 {rej("carrefour-group", "danone")}, id="en-a-contract-with-B-which-A-chose-not-to-renew"),
    pytest.param("Tamsin Castings Ltd, a maker of blades based in Leeds, said Airbus had terminated its supply contract in March.", EN,
                 {rej("airbus", org("Tamsin Castings Ltd"))}, id="en-B-said-A-had-terminated-its-contract"),
    pytest.param("Siemens AG, which makes trains, said Airbus would not renew its contract with Boeing.", EN,
                 {rej("airbus", "boeing")}, id="en-a-speaker-reporting-a-contract-with-a-third-company-is-not-its-own"),
    pytest.param("The order comes seven months after Royal Caribbean Group walked away from talks to acquire a majority stake in "
                 "Aurelia Cruises SpA.", EN, {rej("royal-caribbean", org("Aurelia Cruises SpA"))}, id="en-walked-away-from-talks-for-a-stake-in-B"),
    pytest.param("星幕影城管理有限公司去年曾与博纳影业接触，但博纳影业在完成初步尽调后选择退出。", ZH,
                 {(org("星幕影城管理有限公司"), "evaluated", org("博纳影业")), (org("博纳影业"), "evaluated", org("星幕影城管理有限公司")),
                  rej(org("博纳影业"), org("星幕影城管理有限公司"))}, id="zh-talks-then-the-other-side-walked-away-after-due-diligence"),
    pytest.param("星幕影城管理有限公司去年曾与博纳影业接触，但星幕影城管理有限公司最终选择退出。", ZH,
                 {(org("星幕影城管理有限公司"), "evaluated", org("博纳影业")), rej(org("星幕影城管理有限公司"), org("博纳影业"))},
                 id="zh-talks-then-the-subject-itself-walked-away"),
    pytest.param("金滿堂飲食集團有限公司行政總裁陳家豪表示，集團已決定唔再同foodpanda續約。", TW,
                 {rej(org("金滿堂飲食集團有限公司"), "foodpanda")}, id="hk-cantonese-no-longer-renewing-with-B"),
    pytest.param("據《明報》報道，金滿堂飲食集團有限公司去年曾與太興集團有限公司商討合組中央廚房，但談判最終破裂。", TW,
                 {(org("金滿堂飲食集團有限公司"), "evaluated", org("太興集團有限公司")), rej(org("金滿堂飲食集團有限公司"), org("太興集團有限公司"))},
                 id="tw-talks-that-broke-down"),
    pytest.param("浙江禾丰包装股份有限公司发布公告。公告还披露，公司已与苏州瑞锦纸业有限公司协商一致，提前终止双方于2023年签订的纸箱代工协议。", ZH,
                 {rej(org("浙江禾丰包装股份有限公司"), org("苏州瑞锦纸业有限公司"))}, id="zh-A-yu-B-xieshang-yizhi-tiqian-zhongzhi"),
    pytest.param("浙江禾丰包装股份有限公司发布公告。另一份公告称，经双方友好协商，公司与苏州瑞锦纸业有限公司于2023年签署的《纸箱采购框架协议》将提前终止。", ZH,
                 {rej(org("浙江禾丰包装股份有限公司"), org("苏州瑞锦纸业有限公司")), partner(org("浙江禾丰包装股份有限公司"), org("苏州瑞锦纸业有限公司"))},
                 id="zh-the-agreement-A-signed-with-B-will-be-terminated-early"),
    pytest.param('Kestrel Athletics Inc. chief executive Dana Reyes said: "We ended our wholesale agreement with Brightmoor Retail Ltd in March."',
                 EN, {rej(org("Kestrel Athletics Inc."), org("Brightmoor Retail Ltd")), partner(org("Brightmoor Retail Ltd"), org("Kestrel Athletics Inc."))},
                 id="en-we-ended-our-described-agreement-with-B"),
    pytest.param("The Siemens order follows Halvorsen Rail ASA's decision last year to terminate its signalling agreement with "
                 "Hitachi Rail Ltd after delays.", EN, {rej(org("Halvorsen Rail ASA"), org("Hitachi Rail Ltd"))},
                 id="en-A-s-decision-to-terminate-its-agreement-with-B"),
    pytest.param("Halvard Security Inc. turned down a takeover offer of roughly $1.1 billion from Zscaler Inc. last year.", EN,
                 {rej(org("Halvard Security Inc."), org("Zscaler Inc."))}, id="en-turned-down-an-offer-of-an-amount-from-B"),
    pytest.param("Skyhaven Services Ltd has struck a pact with Brenlow Airport, as the airport replaced its incumbent supplier "
                 "Swissport AG at the terminal.", EN,
                 {partner(org("Brenlow Airport"), org("Skyhaven Services Ltd")), rej(org("Brenlow Airport"), org("Swissport AG"))},
                 id="en-replaced-its-incumbent-supplier-B"),
    pytest.param("Merlin Network Ltd, the agency that represents independent labels, declined to renew its licence with Tunewell Inc.",
                 EN, {rej(org("Merlin Network Ltd"), org("Tunewell Inc."))}, id="en-declined-to-renew-its-licence-with-B"),
    pytest.param("Wayfarer Group Inc. said that after careful consideration, the Board determined not to pursue a transaction "
                 "with Trip.com Group.", EN, {rej(org("Wayfarer Group Inc."), "trip-com")},
                 id="en-the-board-determined-not-to-pursue-a-transaction-with-B"),
    pytest.param("Orlen SA decided against renewing an existing supply arrangement with Air Products (APD.N) at the site.", EN,
                 {rej(org("Orlen SA"), "air-products"), partner(org("Orlen SA"), "air-products")},
                 id="en-decided-against-renewing-its-arrangement-with-B"),
    pytest.param("Nullgate Inc. wound down a co-selling arrangement with Tel Aviv-based distributor Tamar Cyber over the summer.", EN,
                 {rej(org("Nullgate Inc."), org("Tamar Cyber"))}, id="en-wound-down-an-arrangement-with-B"),
    pytest.param("Tabimori Inc. moved to end its distribution agreement with Expedia Group Inc. last month.", EN,
                 {rej(org("Tabimori Inc."), "expedia")}, id="en-moved-to-end-its-agreement-with-B"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_rejected(text: str, lang: str, expected: set[tuple[str, str, str]]) -> None:
    assert triples_of(text, lang) == expected
