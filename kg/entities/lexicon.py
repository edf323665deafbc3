"""Word lists that drive organization discovery, keyed by what they mark. Data, not logic."""

# Chinese company-name endings, longest first when compiled. A name is prefix + one of these.
ZH_ORG_SUFFIXES = (
    "股份有限公司 有限责任公司 集团有限公司 集团股份有限公司 有限公司 总公司 分公司 子公司 公司 集团 集團 股份 控股 "
    "银行 证券 保险 期货 基金 信托 资本 投资 创投 资管 财险 寿险 人寿 "
    "科技 技术 电子 电器 电气 电力 电信 通信 通讯 网络 软件 信息 数据 智能 半导体 微电子 光电 "
    "汽车 航空 航运 海运 物流 快递 铁路 高速 港口 机场 "
    "地产 置业 置地 实业 建设 建工 建筑 工程 重工 机械 装备 制造 钢铁 矿业 有色 煤业 化工 石化 石油 能源 新能源 "
    "水泥 材料 纺织 服饰 家居 家电 食品 乳业 酒业 啤酒 饮料 粮油 农业 牧业 医药 药业 制药 生物 医疗 健康 "
    "传媒 文化 影视 娱乐 游戏 教育 出版 商城 超市 百货 商业 零售 电商 酒店 旅游 "
    "研究院 研究所 实验室 事业群 事业部 工作室"
).split()

# Endings that make a whole name on their own too generic to be an organization.
ZH_GENERIC_NAMES = frozenset(
    "公司 该公司 本公司 上市公司 子公司 分公司 母公司 控股公司 集团 该集团 本集团 银行 证券 保险 科技 技术 股份 基金 "
    "投资 资本 能源 电力 汽车 航空 传媒 文化 网络 软件 信息 数据 智能 医药 生物 地产 商业 零售 工程 建设 "
    "两家公司 多家公司 其他公司 这家公司 那家公司 一家公司 科技公司 互联网公司 双方 对方 合作方 合作伙伴 "
    "国内公司 中国公司 美国公司 外资银行 商业银行 中资银行 国有银行 大型银行 券商 保险公司 基金公司 "
    "实验室 研究院 研究所 事业群 事业部 工作室 新能源 半导体 材料".split()
)

# Text that precedes a name without being part of it: time, discourse markers, adverbs, verbs of report.
ZH_LEFT_NOISE = (
    "据悉 据了解 据报道 据介绍 事实上 实际上 与此同时 同时 此外 另外 其中 不过 但是 然而 因此 所以 而且 并且 "
    "今年 去年 明年 前年 近日 日前 昨日 昨天 今天 今日 目前 当前 此前 此次 本次 这次 随后 近期 最近 早在 首先 最终 终于 "
    "公告称 公告显示 宣布 表示 透露 指出 称 发布公告称 发布 消息 报道 还 也 又 将 已经 已 正式 再次 就 并 而 但 则 "
    "旗下 下属 控股子公司 全资子公司 子公司 包括 如 例如 比如 以及 及 和 与 同 跟 向 对 由 为 被 把 在 于 从 是 让 给 "
    "其 该 本 这 那 各 每 由于 因为 通过 作为 随着 针对 关于 对于 根据 按照 就是 即 即将 都 均 共同 联合 携手 牵手 联手"
).split()

# Words that end a name on the right in a relation slot.
ZH_RIGHT_STOPS = (
    "将 已 正式 签订 签署 签约 达成 共同 在 于 的 就 进行 开展 合作 建立 成立 等 之间 双方 also 宣布 发布 "
    "近日 日前 今日 昨日 昨天 今天 此前 已经 还 也 又 再 为 向 对 与 和 及 同 跟 携手 牵手 联手 联合"
).split()

# English corporate endings.
EN_ORG_SUFFIXES = (
    "Inc Inc. Incorporated Corp Corp. Corporation Co Co. Company Ltd Ltd. Limited LLC L.L.C. PLC plc AG SA S.A. SE NV N.V. "
    "GmbH Group Holdings Holding Technologies Technology Tech Motors Bank Bancorp Capital Partners Systems Labs "
    "Airlines Airways Pharmaceuticals Pharma Electronics Semiconductor Networks Software Solutions Industries "
    "Enterprises Ventures Energy Entertainment Media Financial Insurance Securities Investments Robotics Therapeutics"
).split()

# Capitalized words that start English sentences or name places, never organizations alone.
EN_NOT_ORG = frozenset(
    "The A An In On At For And But Or Nor So Yet It Its This That These Those He She They We I You His Her Their Our "
    "However Meanwhile Moreover Also According After Before When While If As By From With Without Under Over Since "
    "Last Next Earlier Later Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
    "January February March April May June July August September October November December "
    "China Chinese U.S. US USA America American Americans Europe European Japan Japanese Korea Korean Taiwan Hong Kong "
    "Beijing Shanghai Shenzhen Hangzhou Washington California Silicon Valley New York London Paris Tokyo Seoul "
    "Germany German France French Britain British UK India Indian Russia Russian Asia Asian Singapore "
    "CEO CFO CTO AI Mr Mrs Ms Dr President Chairman Chief Executive Officer Minister Reuters Bloomberg "
    "Read More Share Opens Advertisement Photo Image Video Click Subscribe Sign Log Home News Business Tech Markets "
    "Q1 Q2 Q3 Q4 Inc Ltd Corp Group".split()
)
