"""Word lists that drive organization discovery, keyed by what they mark. Data, not logic."""

# ruff: noqa: SIM905 (space-separated word lists are the readable form of this data)

# Chinese company-name endings, longest first when compiled. A name is prefix + one of these.
ZH_ORG_SUFFIXES = (
    "股份有限公司 有限责任公司 集团有限公司 集团股份有限公司 有限公司 总公司 分公司 子公司 公司 集团 集團 股份 保险顾问 保险经纪 保险代理 "
    "控股 银行 证券 保险 期货 基金 信托 资本 投资 创投 资管 财险 寿险 人寿 科技 技术 电子 电器 电气 电力 "
    "电信 通信 通讯 网络 软件 信息 数据 智能 半导体 微电子 光电 汽车 航空 航运 海运 物流 快递 铁路 高速 "
    "港口 机场 地产 置业 置地 实业 建设 建工 建筑 工程 重工 机械 装备 制造 钢铁 矿业 有色 煤业 化工 石化 "
    "石油 能源 新能源 水泥 材料 纺织 服饰 家居 家电 食品 乳业 酒业 啤酒 饮料 粮油 农业 牧业 医药 药业 制药 "
    "生物 医疗 健康 传媒 文化 影视 娱乐 游戏 教育 出版 商城 超市 百货 商业 零售 电商 酒店 旅游 研究院 "
    "研究所 实验室 事业群 事业部 工作室 大学 医院 人民政府 管委会 管理委员会 管理局"  # 与祁东县人民政府签订投资协议: a local government signs as a party
).split()

# Endings that make a whole name on their own too generic to be an organization.
ZH_GENERIC_NAMES = frozenset(
    (
        "公司 该公司 本公司 上市公司 子公司 分公司 母公司 控股公司 集团 该集团 本集团 银行 证券 保险 科技 技术 "
        "股份 基金 投资 资本 能源 电力 汽车 航空 传媒 文化 网络 软件 信息 数据 智能 医药 生物 地产 商业 零售 "
        "工程 建设 发行股份 定向发行股份 两家公司 多家公司 其他公司 这家公司 那家公司 一家公司 科技公司 互联网公司 双方 对方 合作方 "
        "合作伙伴 国内公司 中国公司 美国公司 外资银行 商业银行 中资银行 国有银行 大型银行 券商 保险公司 基金公司 "
        "实验室 研究院 研究所 事业群 事业部 工作室 新能源 半导体 材料 "
        "设计 大模型 电动车 创业 发卡 集成电路 机器人 芯片 代工 晶圆 晶圆代工 模型 人工智能 "
        "虚拟银行 数字银行 网络银行 民营银行 互联网银行 城商行 农商行 美妆 化妆品 游戏 大厂 厂商 寿险 产险 财险 再保险 寿险公司 产险公司 财险公司 "
        "医院 该医院 本医院 大医院 公立医院 私立医院 民营医院 教学医院 医学中心 人民政府 管委会 管理委员会 当地人民政府 市人民政府 县人民政府"
    ).split()
)

# Common words that open company names (长城汽车, 未来科技集团) and so are no short name of one on their own.
ZH_COMMON_STEMS = frozenset(
    "长城 未来 东方 中华 国家 世纪 联合 全球 环球 天然 新兴 首都 北方 南方 西部 东部 中部 现代 时代 国际 中国 "
    "华夏 太平洋 大陆 海外 城市 人民 光明 长江 黄河 星星 阳光 希望 创新 发展 建设 安全 和平 平安 金融 第一".split()
)

# Text that precedes a name without being part of it: time, discourse markers, adverbs, verbs of report.
ZH_LEFT_NOISE = (
    "其他 其它 其余 本地 本港 当地 先前 早前 稍早 日前 据悉 据了解 据报道 据介绍 网传 传闻 据传 盛传 外传 传出 有效补齐 补齐 事实上 实际上 与此同时 同时 此外 另外 其中 不过 但是 然而 因此 所以 而且 并且 "
    "今年 去年 明年 前年 近日 日前 昨日 昨天 今天 今日 目前 当前 此前 此次 本次 这次 随后 近期 最近 早在 "
    "首先 最终 终于 公告称 公告显示 宣布 表示 透露 指出 称 发布公告称 发布 消息 报道 还 也 又 将 已经 已 "
    "正式 再次 就 并 而 但 则 旗下 下属 控股子公司 全资子公司 子公司 包括 如 例如 比如 以及 及 和 与 同 "
    "跟 向 对 由 为 被 把 在 于 从 是 让 给 其 该 本 这 那 各 每 由于 因为 通过 作为 随着 针对 关于 "
    "对于 根据 按照 就是 即 即将 都 均 共同 联合 携手 牵手 联手 当 据 了 再 曾 首家 唯一 最大 最早"
).split()

# Words that end a name on the right in a relation slot.
ZH_RIGHT_STOPS = (
    "将 已 正式 签订 签署 签约 达成 共同 在 于 的 就 进行 开展 合作 建立 成立 等 之间 双方 also 宣布 "
    "发布 近日 日前 今日 昨日 昨天 今天 此前 已经 还 也 又 再 为 向 对 与 和 及 同 跟 携手 牵手 联手 "
    "联合"
).split()

# English corporate endings.
EN_ORG_SUFFIXES = (
    "Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Fund Ventures Investments Logistics "
    "Ltd Ltd. Limited LLC L.L.C. PLC plc AG SA S.A. SE NV N.V. "
    "GmbH Group Holdings Holding Technologies Technology Tech "
    "Motors Bank Bancorp Capital Partners Systems Labs Airlines "
    "Airways Pharmaceuticals Pharma Electronics Semiconductor "
    "Networks Software Solutions Industries Enterprises Ventures "
    "Energy Entertainment Media Financial Insurance Securities "
    "Investments Robotics Therapeutics International Interactive Studios Biosciences Biologics Shipping Brands Mining "
    "Resources Materials Communications Healthcare Aerospace Chemicals Society Mutual "
    "AB Oyj Oy ASA AS A/S KK K.K. Pte Bhd Berhad Pty BV B.V. SpA S.p.A. "  # Nordic, Japanese, Southeast Asian, Dutch, Italian legal forms
    "Bio Biotech Biosciences Biologics Healthcare Lithium Mining Resources Shipping Foods Telecom Communications "
    "Clinic Hospital Health Mobility Finance Aerospace Automotive Utilities Publishing Studios Renewables Marine Lines Aviation Chemicals Materials "
    "Petroleum Diagnostics Genetics Engineering Infrastructure Freight Cargo Brands Beverages Payments Analytics "
    # heads of names that carry no legal form ("Heathrow Airport", "Kestrel Athletics", "Lumen Hotels & Resorts")
    "Airport Airports Athletics Rail Railway Railways Hotels Resorts Apparel Brewing Brewery Breweries Dairy "
    "Textiles Packaging Steel Cement Semiconductors Devices Instruments Optics Cables Metals Minerals Nutrition "
    "Cosmetics Broadcasting Wireless Construction Properties Realty Laboratories Clinics Cruises Rentals Leasing "
    "Manufacturing Machinery Appliances Furniture Restaurants Spirits Wines Services Consulting Security Sports "
    # institutions that sign research, supply and media deals ("Wageningen University", "the USDA's Agricultural
    # Research Service", "European Handball League")
    "University College Institute Service Agency League Federation Association Foundation"
).split()

# Capitalized words that start English sentences or name places, never organizations alone.
EN_NOT_ORG = frozenset(
    (
        "The A An In On At For And But Or Nor So Yet It Its This That "
        "These Those He She They We I You His Her Their Our However "
        "Meanwhile Moreover Also According After Before When While If "
        "As By From With Without Under Over Since Last Next Earlier "
        "Later Today Yesterday Tomorrow Monday Tuesday Wednesday "
        "Thursday Friday Saturday Sunday January February March April "
        "May June July August September October November December "
        "China Chinese U.S. US USA America American Americans Europe "
        "European Japan Japanese Korea Korean Taiwan Hong Kong "
        "Beijing Shanghai Shenzhen Hangzhou Washington California "
        "Silicon Valley New York London Paris Tokyo Seoul Germany "
        "German France French Britain British UK India Indian Russia "
        "Russian Asia Asian Singapore CEO CFO CTO AI Mr Mrs Ms Dr "
        "President Chairman Chief Executive Officer Minister Reuters "
        "Bloomberg Read More Share Opens Advertisement Photo Image "
        "Video Click Subscribe Sign Log Home News Business Tech "
        "Markets Q1 Q2 Q3 Q4 Inc Ltd Corp Group About Related Media Contact Christmas Easter "
        "Instead Still Now Then Overall Together Elsewhere Further Furthermore Nevertheless Nonetheless "
        "Separately Additionally Finally Currently Recently Previously Similarly Initially"
    ).split()
)

# Acronyms of kinds of business or of terms, never a company's name or stock code: (MOU), (CDMO), "EV sales".
NOT_NAME_ACRONYMS = frozenset(
    "mou loi cdmo cmo cro oem odm ai genai agi llm ev nev bev phev ceo cfo cto coo ipo esg gpu cpu npu lfp adas noa "
    "saas paas iaas api b2b b2c".split()
)

# First words that many company names share (Nippon Steel, Nippon Yusen; Deutsche Bank, Deutsche Telekom):
# never declared as a short name of one of them.
EN_SHARED_FIRST_WORDS = frozenset(
    (
        "Nippon Japan Japanese China Chinese Deutsche General United American National First International "
        "Global New Royal British Asia Asian Pacific Korea Korean Taiwan Hong Singapore Indian India Saudi "
        "Bank Banco Banca Mitsubishi Mitsui Sumitomo Air Trans Standard Western Eastern Southern Northern "
        "Central Great Grand Universal Digital Advanced Applied Capital Golden Silver Blue Green Red Black "
        "Sun Star Delta Alpha Beta Omega Hong-Kong South North East West European Euro Tata Reliance"
    ).split()
)

# Role nouns that describe a company before its name: 轴承企业FAG公司, 天然气生产商伍德赛德石油公司.
ZH_ROLE_NOUNS = (
    "企业 厂商 生产商 制造商 经销商 供应商 运营商 服务商 开发商 提供商 零售商 代理商 承包商 分销商 设备商 品牌 "
    "巨头 龙头 公司旗下 集团旗下 旗下 子公司 控股子公司 全资子公司 合作伙伴 对手 竞争对手 客户 股东 大股东 "
    "新创公司 初创公司 创业公司 新创企业 初创企业 新创 初创 科技公司 芯片公司 车企 药企 房企 "  # 美国新创公司Fisker
    "代工厂 大厂 车厂 药厂 设计厂 封测厂 晶圆厂 面板厂 组装厂 电讯商 电信商 经纪行 经纪商 券商 投行 母公司 设计商 芯片商 晶片商 电池商 材料商 面板商 通路商 贸易商 营运商 "  # 晶圆代工厂力积电, 学名药大厂梯瓦
    "出版商 发行商 集成商 出口商 进口商 批发商 物流商 营造商 建商 "  # 教科书出版商湾景教育出版集团有限公司
    "厂 平台 同业 业者 旅游股 概念股 龙头股 科技股 金融股 银行股 地产股 医药股 航空股 汽车股 消费股 蓝筹股 中资股"  # 医材厂瀚霆生医股份有限公司, 国内OTT影音平台映川数位娱乐股份有限公司, 医疗器材同业雃博
).split()

# Verbs that cannot sit inside a company name: text up to and including the last one is cut off
# (出资设立唐山首钢西山焦化有限责任公司 → 唐山首钢西山焦化有限责任公司, 丰田成立了一家合资公司 → rejected).
ZH_NAME_VERBS = (
    "成立 设立 组建 创立 创办 筹建 收购 洽购 并购 入股 参股 出资 装配 打造成 打造 洽谈 谈判 抵制 要求 阻止 起诉 "
    "状告 选择 选为 选定 选中 指定为 聘为 引入 引进 加入 支持 帮助 推动 促使 宣布 表示 透露 指出 拟将 获悉 采购 购买 买下 卖给 出售 提供 负责 提问 询问 问及 试用 使用 采用 停止 暂停 转而 "
    "转让 上架 下架 列入 纳入 入选 入围 叫停 喊停 喊卡 切换至 切换到 切换 迁移至 迁移到 迁移 转换至 转换 转向 换成 成为 联合 携手 牵手 联手 告诉 认为 发现 看好 称 "
    "作为 通过 已由 曾长期 倾向 落实 又一个 "  # 中行曾长期作为中远集团, 九鼎集团通过九州证券
    "实现 加强 深化 推进 促进 寻求 谋求 拓展 扩大 保持 维持 加深 开启 启动 恢复 终止 中止 暂停 结束 "  # 为实现与X的合作
    "关注 关心 期待 欢迎 看到 听说 传出 曝出 热议 猜测 "  # 市场关注的与特斯拉合作事宜
    "结盟 联姻 获得 提升 委托 召开 "  # 雪松控股结盟浦发银行, 长江电力获得了中国三峡总公司
    "强调 回应 否认 证实 确认 澄清 包括 符合 担心 有利于 保障 用于 涉及 披露 评估 测试 考虑 讨论 协商 商讨 探讨 重启 参与 派出 转向 转与 改与 改由 决定转 取件 有过 签订 签署 签约 签下 达成 缔结 交由 交给 转给 转交 移交 外包给 通知 婉拒 拒绝 谢绝 回绝 邀请 中标 得标 夺标 续签 续约 续订 续期 重签 解除 决定 放弃 弃用 退出 约占 影响"  # 鸿海强调集团持续…, 对象包括银行
).split()

# Words the left-trimmer must not strip although they start with a noise word (当代集团, 当当网).
ZH_NOISE_KEEP = (
    "当代 当当 同方 同花顺 同仁堂 在线 由你 其乐 新华 联合利华 联合健康 联合航空 共同体 将军 和记 和黄 和讯 同程"
).split()

# Nouns that fill a relation slot without naming an organization.
ZH_SLOT_GENERIC = frozenset(
    (
        "我们 他们 你们 她们 它们 我 你 他 她 它 其 对方 双方 各方 多方 三方 客户 用户 政府 企业 公司 银行 "
        "伙伴 合作伙伴 技术 管理 产品 业务 服务 市场 资本 资金 人才 平台 行业 产业 项目 团队 机构 媒体 消费者 "
        "投资者 供应商 经销商 厂商 厂家 商家 商户 同行 对手 股东 员工 地方 国家 国际 国内 海外 全球 高校 大学 "
        "医院 学校 社会 各界 有关方面 当地 当地政府 地方政府 中方 外方 美方 日方 韩方 欧方 港方 台方 这家 该行 "
        "该集团 该公司 本公司 上市公司 集团 此前 之前 之后 以后 以来 目前 今年 去年 明年 今天 昨天 今日 昨日 "
        "近日 日前 未来 过去 现在 当时 同时 期间 "
        "院线 影院 车企 药企 房企 险企 券商 电商 运营商 零售商 品牌 品牌商 品牌方 门店 工厂 酒店 航司 船东 农户 餐厅 酒企 乳企"  # 公司与各院线的合作
    ).split()
)

# Places that fill a relation slot as governments or markets, not as organizations.
ZH_PLACES = frozenset(
    (
        "中国 美国 日本 韩国 德国 法国 英国 俄罗斯 印度 欧洲 亚洲 非洲 欧盟 东盟 全球 世界 国内 海外 台湾 香港 "
        "澳门 北京 上海 天津 重庆 广州 深圳 杭州 南京 武汉 成都 西安 苏州 青岛 厦门 大连 宁波 长沙 郑州 济南 "
        "沈阳 合肥 福州 广东 江苏 浙江 山东 河南 河北 湖南 湖北 四川 福建 安徽 江西 云南 贵州 广西 海南 山西 "
        "陕西 甘肃 辽宁 吉林 黑龙江 内蒙古 新疆 西藏 宁夏 青海 两岸 中美 中日 中欧 "
        "加拿大 澳大利亚 澳洲 新西兰 新加坡 马来西亚 泰国 越南 印尼 印度尼西亚 菲律宾 巴西 墨西哥 阿根廷 智利 秘鲁 "
        "意大利 西班牙 荷兰 比利时 瑞士 瑞典 挪威 丹麦 芬兰 波兰 土耳其 以色列 沙特 阿联酋 卡塔尔 伊朗 埃及 南非 "
        "尼日利亚 拉美 北美 南美 中东 东南亚 东欧 西欧 北欧 中亚 大洋洲 美洲 亚太 硅谷 华尔街"
    ).split()
)

# Verbs of report or thought: a slot span that contains one is a clause, not a name.
ZH_REPORT_VERBS = ("表示 称 透露 指出 认为 获悉 报道 了解 显示 公告 介绍 强调 说 知道 认识").split()

# Chinese cue words that follow the second slot of X与Y…: X与Y签署/达成/合作/联手…
ZH_SLOT_CUES = (
    "签署 签订 签下 签约 达成 建立 开展 展开 进行 合作 联手 携手 牵手 联合 共同 合资 结盟 联姻 共建 洽谈 "
    "谈判 商谈 磋商 接洽 接触 沟通 商讨 协商 探讨 会谈 对接 组建 组成 缔结 强强联合 战略合作 终止 取消 中止 解除 暂停 退出 "
    "一同入围 同时入围 一起入围 共同入围 均入围 入围"  # 云梭智能与极智嘉一同入围最终短名单
).split()

# Adverbs and time words that may stand between a slot and its connector or cue (汇付天下再次与苏宁易购达成…).
ZH_SLOT_ADVERBS = (
    "再次 已经 已 将 将会 正式 也 还 又 曾 曾经 此前 早前 稍早 亦 亦曾 日前 近日 今日 昨日 今天 昨天 首次 率先 拟 计划 "
    "有望 即将 成功 决定 愿意 宣布 此次 今年 去年 就 于 日 双方 之间 的 了 曾与 均 并未 未 没有 从未 尚未 不会 不 并 正在 正 现正 仍在 还在 也在 目前 近期 同时 主动 积极 有意 一直 都 仍 继续 还将 也将 或 或将 可能 有望 不再 原本 原先 本来 早已 原来 直接 间接 分别 共同 单独 独家 进一步 持续 长期 深度 全面"
).split()

# English cues whose slots are organizations: "Cohere partnered with iRobot", "X signed a deal with Y".
EN_SLOT_CUES = (
    "partnered with|partners with|partnering with|teamed up with|teams up with|teaming up with|is in talks with|"
    "are in talks with|was in talks with|held talks with|signed an agreement with|signed a deal with|"
    "struck a deal with|inked a deal with|signed a partnership with|formed a partnership with|"
    "entered into a partnership with|joined forces with|joins forces with|collaborates with|collaborated with|"
    "acquired|acquires|has acquired|agreed to acquire|invested in|dropped|ditched|rejected|chose|selected|evaluated|tested|"
    "held preliminary discussions with|held discussions with|held exploratory conversations with|held conversations with|"
    "is in early talks with|is in advanced talks with|ended a pilot with|ran a pilot with|is running a pilot with"
)

# Endings that extend a known short name into one of its company names (海尔 + 电器 → 海尔电器 = haier).
# Verb-like endings (投资, 控股, 建设) are left out: 腾讯投资京东 is a verb, not a name.
ZH_NAME_EXTENSIONS = (
    "电器 易购 集团 集團 股份 科技 电子 电气 汽车 航空 银行 证券 地产 置业 实业 医药 药业 制药 乳业 酒业 "
    "能源 通信 网络 软件 传媒 物流 重工 机械 钢铁 矿业 化工 石化 食品 生物 电商 商城 国际 中国 控股集团 超市 零售 百货"
).split()

# Legal endings written straight after a known name (中国石油 + 公司, 宏碁 + 股份有限公司): still that
# company, spelled in full. Applied last, where no discovered full name took the text.
ZH_LEGAL_TAILS = "集团股份有限公司 集团有限公司 股份有限公司 有限责任公司 控股有限公司 有限公司 集团公司 公司".split()
# The same after a Latin name (Nokia Oyj, Vodafone Group Plc, Samsung Electronics Co., Ltd.), matched on
# normalized (lower-case) text.
EN_LEGAL_TAIL = (
    r"(?:,?\s(?:group|holdings?|international))?(?:,?\s(?:inc\.?|incorporated|corp\.?|corporation|co\.,? ltd\.?|co\.|ltd\.?|"
    r"limited|plc|llc|ag|se|sa|s\.a\.|nv|n\.v\.|oyj|oy|asa|ab|gmbh|kk|k\.k\.|spa|s\.p\.a\.|bv|b\.v\.))"
)

# Countries and regions written straight before a company's name (美国波音, 日本罗姆, 韩国现代): part of
# that spelling of its name, not another entity. 中国 is left out: 中国苹果 reads as Apple's China arm.
ZH_COUNTRY_PREFIXES = (
    "美国 日本 韩国 德国 英国 法国 瑞士 瑞典 荷兰 意大利 西班牙 加拿大 澳大利亚 澳洲 新加坡 印度 俄罗斯 芬兰 "
    "丹麦 挪威 比利时 以色列 新西兰 沙特 阿联酋 巴西 墨西哥 爱尔兰 奥地利 卢森堡 马来西亚 泰国 印尼 越南 "
    "台湾 香港 澳门 欧洲 英美 美國 日本 韓國 德國 英國 法國 台灣"
).split()

# What stands between a company and a subsidiary it names (阿里巴巴集团旗下支付宝, 广州药业的子公司广州潘高寿药业,
# 美的集团全资子公司美的电器): the second organization is the first one's unit, so its claims are the parent's.
# Words that name one company as another's subsidiary: 旗下, 子公司 …
ZH_SUBSIDIARY_WORDS = "旗下|下属|子公司|孙公司|附属"
ZH_SUBSIDIARY_GAP = (
    r"(?:的|之)?(?:旗下|下属)?(?:的)?(?:全资|控股|全资控股|间接控股|直接控股|境外|境内|一家)?"
    r"(?:子公司|孙公司|附属公司|附属企业|下属公司|下属企业|旗下公司|旗下企业)?(?:的)?"
    # 鸿海旗下电动车公司鸿华先进: a kind of company between
    r"|(?:的|之)?(?:旗下|下属)(?:的)?[^\ue000-\uf8ff,。;:!?\s]{1,8}?(?:公司|企业|品牌|车企|厂商)"
)

# Words that a short (≤2-char) alias hit straddles when it sits inside another word, not a name:
# 南航 in 云南航天 (云南, 航天), 国航 in 中国航天 (中国), 联电 in 百联电子 (电子). Places are added in code.
ZH_STRADDLE_WORDS = (
    "航天 航空 航运 电子 电气 电力 电信 电视 电脑 电器 电商 电池 电网 电话 电影 电动 国家 国际 国内 国外 全国 "
    "中国 美国 外国 各国 联合 联网 联通 联盟 联想 商务 商业 商城 科技 技术 银行 网络 网站 集团 公司 股份 大学 学院 "
    "医院 研究 信息 数据 能源 汽车 工业 实业 发展 建设 投资 控股 "
    "算力 能力 实力 动力 压力 人力 努力 力度 力量 成本 成为 成功 成长 完成 达成 形成 造成 组成 快乐 欢乐 高效 高端 高速"  # 力成 in 算力成本, 乐高 in 快乐高效
).split()

# How a news outlet's name ends, for outlets the gazetteer does not know, found only where the text
# cites a source (据界面新闻报道, according to the Nikkei Asian Review): kg.entities.outlets.
OUTLET_ENDINGS = {
    "zh": ("新闻", "报", "网", "社", "电视台", "电台", "财经", "在线", "观察", "资讯", "传媒", "周刊", "杂志", "频道"),
    "en": ("News", "Times", "Journal", "Post", "Daily", "Herald", "Tribune", "Wire", "Insider", "Review",
           "Magazine", "Gazette", "Telegraph", "Press", "Chronicle", "Observer", "Agency"),
}
# Words that start a cited source that is not an outlet: 据本报记者, 据该公司, 据外媒, 据多家媒体报道.
OUTLET_NOT_START = ("本", "该", "此", "这", "外", "有", "多家", "媒体", "官方", "相关", "知情", "消息", "公司")

# Company names that are common English words, capitalized at the start of a sentence: never named
# by the word alone (Target Corp. is not "Target revenue", Shell plc not "a shell company").
EN_COMMON_WORD_NAMES = frozenset(
    "target total sea fox news block square strategy shell orange sharp continental mars dow puma carnival arm "
    "vale visa lawson kao aeon vinci linde intuit workday snowflake chubb".split()
)
