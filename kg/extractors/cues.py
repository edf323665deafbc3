"""Cue lexicons and relation frames, keyed by language. Data, not logic: adding a language is mostly
adding its entries here. Frames use the tokens of `kg.extractors.frames` ({A} {B} {G} {g} {s} {W} {w});
matching runs on normalized text (Simplified, half-width punctuation, lower-case Latin).

A frame is (pattern, confidence, implicit_subject): with implicit_subject the frame has no {A} and the
subject is the nearest organization before it in the sentence.
"""

from __future__ import annotations

import re

Frame = tuple[str, float, bool]

_ZH_PARTNER_VERB = (
    "合作|签约|结盟|联姻|联手|携手|牵手|做生意|共建|共同开发|共同打造|共同推出|共同发布|共同成立|共同出资|共同投资|合资|"
    "达成协议|达成合作|达成战略|建立[^,。]{0,6}?关系|展开合作|开展合作|深化合作|战略合作|结成[^,。]{0,6}?联盟|"
    "(?:共同|联合|一起|一同)[^,。]{0,3}?(?:开发|打造|推出|发布|宣布|成立|出资|投资|研发|建设|生产|装配|运营|组建|发起|设立|探索|推进|聘请|委托)|"
    "续签|续约|组建|成立合资|协同|互补|联合体|结为[^,。]{0,6}?(?:联盟|伙伴)|敲定(?:了)?(?:合作|协议|合约)|"
    "(?:组成|合组|共组)[^,。]{0,16}?(?:联盟|联营|财团|alliance|cooperation)"
)
_EN_PARTNER_VERB = (
    r"partner(?:ed|s|ing)?|team(?:ed|s|ing)? up|join(?:ed|s|ing)? forces|collaborat(?:e|ed|es|ing)|"
    r"cooperat(?:e|ed|es|ing)|work(?:ed|s|ing)?(?: closely| together)?|allied|"
    r"(?:sign(?:ed|s|ing)?|strik(?:e|es|ing)|struck|seal(?:ed|s|ing)?|ink(?:ed|s|ing)?|reach(?:ed|es|ing)?|agreed|agrees|enter(?:ed|s|ing)?(?: into)?) (?:a |an )?{w}(?:deal|agreement|pact|contract|memorandum(?: of understanding)?|letter of intent|partnership|mou|framework|framework agreement)s?|"
    r"(?<!not )(?<!not to )(?<!never )(?<!n't )(?<!n’t )(?:extend(?:ed|s|ing)?|renew(?:ed|s|ing)?|expand(?:ed|s|ing)?|deepen(?:ed|s|ing)?|broaden(?:ed|s|ing)?) (?:its |their |the |a |an )?{w}(?:deal|agreement|pact|contract|partnership|alliance|collaboration|arrangement)s?|"
    r"(?:form(?:ed|s|ing)?|announc(?:e|ed|es|ing)|launch(?:ed|es|ing)?|establish(?:ed|es|ing)?|unveil(?:ed|s|ing)?) (?:a |an )?{w}(?:partnership|alliance|joint venture|collaboration|tie-up|deal|agreement)s?"
)
# "ran a pilot of autonomous sprayers from …": trying a vendor's product (evaluated, and rejected when ended)
_EN_PILOT_OF = (
    r"(?:ran|runs|run|running|conducted|conducts|conducting|carried out|held|began|begun|started|launched|completed) "
    r"(?:an? |the |its )?(?:[\w/-]+ ){0,3}?(?:pilot|trial|test|tests|evaluation|proof[- ]of[- ]concept)s? (?:of|on|for) "
    r"(?:[\w-]+ ){0,4}?(?:(?:from|by|made by|built by|developed by|supplied by) )?"
)
_EN_DEAL_NOUN = r"partnership|alliance|deal|tie-up|tie up|collaboration|agreement|joint venture|pact|cooperation"

FRAMES: dict[str, dict[str, list[Frame]]] = {
    "partner": {
        "zh": [
            (r"{A}{G}(?:将|把){g}(?:供应商|供货商|代工厂|代工商|合作方|服务商|合作伙伴)由{g}[\ue000-\uf8ff](?:更换|替换|切换|转换|换|改)(?:为|成){B1}", 0.75, False),
            (rf"{{A}}{{G}}(?:与|和|同|跟|联合|携手|牵手|联手|、)(?:了)?{{g}}{{B}}{{g}}(?:{_ZH_PARTNER_VERB})", 0.9, False),
            (r"{A}{G}(?:携手|牵手|联手|联姻|结盟|联合|拥抱|伙拍|夥拍)(?:了)?{s}{B}", 0.85, False),  # 伙拍: Hong Kong
            (r"{A}{G}(?:选择|选定|选中|选了|挑选|拣选|确定|敲定|锁定)(?:了)?{g}{B}{g}(?:作为|成为|为|进行|展开|开展)?{g}(?:合作伙伴|合作方|伙伴|合作|供应商|提供商|代工方|代工厂|代工商|供货商|服务商|经销商|承包商)", 0.85, False),
            (r"{A}(?:与|和|跟|同|、){B}(?:之间)?(?:(?:在|关于|就|对)[^,。;\ue000-\uf8ff]{1,12}?)?的{g}(?:合作|联合|联盟|结盟|伙伴关系|合资|牵手|携手|联手)", 0.85, False),
            (r"{B}{G}成为(?:了)?{g}{A}{g}(?:合作方|合作伙伴|伙伴|供应商|合作对象|提供商|经销商|代理商|瓶装商|代工商|合作商|服务商|独家代理)", 0.85, False),
            (r"{B}(?:一直|始终|也|仍|仍然|依然)?(?:是|为)(?:{A}){s}(?:的)?{s}(?:合作方|合作伙伴|伙伴|供应商|合作对象|提供商)", 0.8, False),
            (r"{A}{s}(?:最终|最后)(?:仍|还是|仍然|依然)?(?:选择|选定|选中|敲定)(?:了)?{B1}(?=[,。;!]|$|而非|而不是)", 0.7, False),
            # 栖木在今年初的大件物流招标中选择了顺丰: the winner of its tender
            (r"{A}{G}(?:招标|评选|比选|遴选|竞标|招募|投标)(?:中|当中|过程中|之中)?,?(?:最终|最后)?(?:选择|选定|选中|敲定|选用|确定)(?:了)?{B1}(?=[,。;!(]|$|而非|而不是|作为|为)", 0.75, False),
            # 沧澜新材已正式打入宁德时代供应链: it became one of B's suppliers
            (r"{A}{G}(?:打入|打进|进入|切入|挤进|跻身|导入|纳入)(?:了)?{s}{B1}(?:的)?(?:全球|核心|主要)?(?:供应链|供应体系|供应商体系|采购体系|供应商名单|合格供应商名录|合格供应商)", 0.8, False),
            # …并把相应的份额转给了恩捷股份 / …, 改为向日本制钢所下单: the subject's work goes to B
            (r"(?:^|[,;:]|并|并且|同时|随后|转而)(?:已|已经|将|则|也)?(?:把|将)[^\ue000-\uf8ff,。;]{0,16}?(?:转给|转交给|转交|交给|转移给|转至|转到|改给)(?:了)?{s}{B1}", 0.65, True),
            (r"(?:^|[,;:]|并|并且|同时|随后)(?:已|已经|将|则|也)?(?:改为|改而|转而|改)(?:向|从){s}{B1}(?:\([\ue000-\uf8ff]\))?{g}(?:下单|采购|订购|购买|进货|订货|拿货)", 0.65, True),
            # 苹果的合作伙伴富士康 / 宁德时代的长期客户特斯拉
            (r"{A1}(?:的|旗下的)?(?:长期|重要|核心|主要|战略|独家|最大的?)?(?:合作伙伴|合作方|供应商|代工厂|代工商|客户)(?:之一)?[,、]?{B1}", 0.7, False),
            # 岚序数科…主要为中小银行提供风控服务，目前客户包括南京银行和宁波银行
            (r"(?:^|[,:;]){s}(?:目前|现有|现|主要|重要|核心)*(?:的)?(?:客户|合作伙伴|合作方)(?:主要)?(?:包括|涵盖|覆盖|有|包含)(?:了)?{B}", 0.7, True),
            # …最终作罢，目前仍以台积电为主要代工伙伴: the subject named before keeps its partner
            (r"(?:^|[,:]){s}(?:仍|仍然|依然|主要|目前|现|现在)*以{B1}(?:作)?为(?:其)?(?:主要|核心|首要|唯一|重要|长期|最大)?(?:的)?(?:晶圆)?(?:代工|合作|供货|策略|战略)?(?:伙伴|合作伙伴|供应商|代工厂|合作方)", 0.65, True),
            # 作为中国联通战略合作伙伴，苏宁电器…
            (r"(?:^|[,:\"]){s}作为{B1}(?:的)?{s}(?:合作伙伴|合作方|伙伴|供应商|经销商|代理商)[,]?{G}{A1}", 0.7, False),
            (r"{A}{g}(?:有了|拿下|获得|赢得|斩获)(?:了)?{s}{B}(?:这个|这一|这家)?{s}(?:客户|订单|大单)", 0.6, False),
            # 拿下了智飞生物在湖北部分地市的疫苗配送业务: B's business, won
            (r"{A}{G}(?:拿下|获得|赢得|斩获|承接|接下)(?:了)?{s}{B}(?:在|的)[^\ue000-\uf8ff,。;!?]{0,20}?(?:业务|订单|大单|合同|合约|代理权|配送权|经销权|独家代理)", 0.7, False),
            # 万泰生物已经把我们列为…的配送商之一 (the active of 被B列为…供应商)
            (r"{B}{G}(?:已|已经|正式)?(?:把|将){s}{A1}(?:选为|选定为|列为|确定为|指定为|纳入)(?:其)?[^\ue000-\uf8ff,。;!?]{0,16}?(?:配送商|服务商|供应商|合作伙伴|合作方|提供商|承包商|代理商|经销商|伙伴|营运商|运营商)", 0.75, False),
            # 饺掌柜的产品已进入盒马、山姆会员店和叮咚买菜等渠道: sold through B
            (r"{A1}(?:的|旗下)?(?:产品|商品|全系产品|多款产品|系列产品)(?:已|已经|目前|相继|先后|陆续|均|也)*(?:进入|入驻|上架|登陆|打入|进驻)(?:了)?{s}{B}{g}(?:等)?(?:渠道|门店|平台|商超|超市|卖场|货架)", 0.65, False),
            # 禾安科技已被…人保财险选为农业保险技术服务商: chosen, in the passive
            (r"{A}{G}(?:已|已经|正式|成功|亦|也)?(?:被|获|获得|得到){s}{B}(?:\([^()\ue000-\uf8ff]{1,12}\))?{g}(?:选为|选定为|选中为|确定为|指定为|列为|聘为|选作|纳入)(?:其)?[^\ue000-\uf8ff,。;!?]{0,16}?(?:服务商|供应商|合作伙伴|合作方|提供商|承包商|代理商|经销商|伙伴|营运商|运营商|经营者)", 0.8, False),
            # 禾安科技此前长期向天衡数据采购气象数据: a buyer and its supplier
            (r"{A}{G}(?:长期|一直|主要|此前|曾|已)*(?:向|从){B}{g}(?:采购|订购|进货|租用|租赁|采买)(?![^,。;]{0,20}?(?:股权|股份|资产))", 0.6, False),
            # 驰拍的车源合作方已包括平安租赁、一嗨租车和神州租车 / 澜泽生物目前的主要客户包括上美股份: A's partners, listed
            (r"{A1}(?:目前|现在|现|此前|过去)?(?:的|之)[^\ue000-\uf8ff,。;]{0,6}?(?:客户|合作伙伴|合作方|供应商|伙伴|渠道)(?:已|目前|主要|还)*(?:包括|涵盖|覆盖|包含)(?:了)?{B}", 0.7, False),
            # 永鑫引进日商三井物产为策略投资者 / 引入红杉中国作为战略投资方
            (r"{A}{G}(?:引进|引入|迎来|获得)(?:了)?{s}{B}(?:作)?为(?:其|公司)?(?:的)?{s}(?:策略|战略|产业|财务)?(?:投资者|投资人|投资方|股东|合作伙伴)", 0.8, False),
            # 澄曜智能获得宁德时代的定点通知: nominated as the customer's supplier
            (r"{A}{G}(?:获得|收到|取得|拿到|获)(?:了)?{s}{B}(?:的|发出的|下发的)?{g}(?:项目)?(?:定点通知书?|定点信|供应商定点|定点)", 0.7, False),
            (r"{A}{G}(?:与|和|跟|同){s}{B}{g}(?:签署|签订|签下|签了|签有|达成|缔结){G}(?:合作|协议|合同|合约|备忘录|订单)", 0.85, False),
            (r"{A}{G}(?:向|为|替){B}{g}(?:供应|提供|供货|生产|代工|制造|加工|组装|代为生产)", 0.55, False),
            # 公司又中标晶科能源2027年度…集中采购项目 / 已得标台塑河静钢铁…标案: a tender of B's, won
            (r"{A}{G}(?:又|再次|再度|成功|顺利|已|已经|还|也|此前|先后|接连)*(?:中标|得标|夺标|投得|投中|夺得)(?:了)?{s}{B}", 0.7, False),
            # 公司在国家电网有限公司2026年第二批电能表招标采购中中标: won the buyer's tender
            (r"{A}{G}在{s}{B}[^\ue000-\uf8ff。;!?]{0,30}?(?:招标|采购|集采|竞标|投标)(?:项目|活动)?中(?:成功|顺利)?(?:中标|得标|胜出)", 0.75, False),
            (r"{A}{G}(?:改用|改由|转用|换用|改为采用|转而采用|转而使用|签下)(?:了)?{s}{B}", 0.65, False),
            # 将全部系统迁往微软Azure: where it moved its systems
            (r"{A}{G}(?:将|把)[^\ue000-\uf8ff,。;!?]{0,12}?(?:迁往|迁移至|迁移到|迁至|转移至|转移到|搬迁至|搬到|搬往|移至|转往)(?:了)?{s}{B1}", 0.65, False),
            (r"(?:^|[,;:]|并|并且|同时|随后)(?:已|已经|则|也)?(?:将|把)[^\ue000-\uf8ff,。;!?]{0,12}?(?:迁往|迁移至|迁移到|迁至|转移至|转移到|搬迁至|搬到|搬往|移至|转往)(?:了)?{s}{B1}", 0.6, True),
            # 迅帆今年把订舱从中远海运换成了马士基: the one switched to (the one switched from is rejected)
            (r"{A}{G}从{s}[\ue000-\uf8ff](?:的)?[^\ue000-\uf8ff。;!?]{0,20}?(?:切换|转换|迁移|转移|转向|换成|改为|改成|换为|转为)(?:至|到|为|成)?(?:了)?{s}{B1}", 0.7, False),
            # 禾沐的鲜奶目前主要在盒马和山姆会员店卖: the retailers that sell its products
            (r"{A}(?:的)?[^\ue000-\uf8ff,。;!?]{0,12}?(?:主要|目前|已|已经|均|都|也|同时|还)*在{B}(?:等)?(?:渠道|平台|门店|超市|卖场|商超)?(?:上)?(?:卖|销售|售卖|出售|上架|铺货|发售|有售|开售)", 0.65, False),
            (r"{A}{G}从{s}[\ue000-\uf8ff][^\ue000-\uf8ff。;!?]{0,20}?(?:切换|转换|迁移|转移|转向|换成)(?:至|到|为|成)(?:了)?{s}{B}", 0.7, False),
            # 宏硕已在新竹机房导入纬颖的AI服务器机柜: adopting B's product
            (r"{A}{G}(?:已|已经|正式|全面|陆续)?(?:导入|采用|选用|引进|部署)(?:了)?{s}{B}(?:的|之|所)", 0.6, False),
            (r"{A}{G}由{B}{g}(?:供应|提供|供货|代工|独家供应)", 0.55, False),
            (rf"(?:^|[,:]){{s}}(?:与|和|跟|同){{B}}{{g}}(?:{_ZH_PARTNER_VERB})", 0.6, True),
            # 为实现与苹果的合作，中国联通… / 与联通的合作，是联想…: the clause after names the other side
            (r"(?:^|[,:\"]){s}(?:与|和|跟|同){B1}(?:之间)?的{s}(?:合作|联手|携手|结盟|联盟|合资|伙伴关系|合作关系)[,:]?{G}{A1}", 0.6, False),
        ],
        "en": [
            (rf"{{A}}{{W}}\b(?:{_EN_PARTNER_VERB}) {{t}}with {{w}}{{B}}", 0.9, False),
            # …but not "AT&T and Verizon have signed agreements with AST": both with a third company
            (rf"{{A}}(?:\s*\([^()\ue000-\uf8ff]{{1,20}}\))?\s*(?:and|&)\s*{{d}}{{B}}{{W}}\b(?:(?:renegotiat|expand|extend|deepen|renew|broaden|strengthen|revis)\w* (?:their|its|a|the) (?:[\w-]+ ){{0,2}}?(?:{_EN_DEAL_NOUN}|ties)|{_EN_PARTNER_VERB}|(?:will|to|would) (?:jointly )?(?:work together|cooperate|collaborate|develop|build|launch)|(?:have|has) agreed|agreed to)(?![\w-])(?!\s+with\b)", 0.9, False),
            (rf"(?:{_EN_DEAL_NOUN}) (?:between|among|of) {{d}}{{A}}\s*(?:and|&)\s*{{d}}{{B}}", 0.9, False),
            # "smaller protein contracts Harvest Hound struck with French insect farmer Ynsect and Dutch producer Protix"
            (rf"\b(?:{_EN_DEAL_NOUN}|contract|order|supply deal)s? (?:that |which )?{{A1}} (?:had |has )?(?:signed|struck|inked|reached|agreed|clinched|won) {{t}}with {{d}}{{B}}", 0.8, False),
            (rf"{{A}}(?:'s|’s)? {{w}}(?:{_EN_DEAL_NOUN})(?: (?:signed|struck|reached|inked|agreed))? with {{d}}{{B}}", 0.85, False),
            # "Mercedes-Benz said … it remains committed to its partnership with ACC"
            (rf"{{A1}}{{W}}\b(?:its|their) (?:[\w-]+ ){{0,2}}?(?:{_EN_DEAL_NOUN}) with {{B}}", 0.75, False),
            (rf"{{A1}}\s*[-–/]\s*{{B1}} (?:{_EN_DEAL_NOUN})", 0.85, False),
            (r"{A}{W}\b(?:chose|chosen|choose|picked|selected|tapped|chooses|picks|selects|taps|enlisted|hired) {d}{B}{W}\b(?:as (?:its|a|the|their) {w}(?:partner|supplier|provider|vendor)|to (?:power|provide|supply|help|develop|build|bring|integrate|run|make|manufacture|produce|design|host))", 0.85, False),
            (r"{B}{W}\b(?:became|becomes|become|will become|will be|is|was|has become) {w}{A1}(?:'s|’s) {w}(?:partner|supplier|provider|vendor)", 0.85, False),
            # "Hanul Thermal Systems … was selected by Naver Cloud as the supplier of …": chosen, in the passive
            (r"{A}{W}\b(?:was|were|has been|have been|had been|is|are|will be|got) (?:also )?(?:selected|chosen|picked|tapped|appointed|named|hired|awarded|contracted) by {d}{B1}(?:,[^.;!?]{1,60}?,)? {t}(?:as|to)\b", 0.8, False),
            (r"{A}{W}\b(?:chose|choose|chooses|chosen|picked|selected|decided|agreed) (?:to )?(?:do business|partner|work|team up|cooperate|collaborate) with {B}", 0.85, False),
            (r"{B} (?:is|was|remains|has become|has been|will be|became) {A1} (?:\w+ ){0,3}?(?:partner|supplier|provider|vendor)\b", 0.8, False),
            (rf"{{A1}}, (?:which|who) (?:\w+ ){{0,4}}?(?:{_EN_PARTNER_VERB}) with {{w}}{{B}}", 0.8, False),
            (r"{A}{W}\b(?:work|build|develop|do)(?:ing|ed|s)? (?:\w+ )?together with {B}", 0.8, False),
            # "Panasonic Energy, which supplies cells to Tesla," / "Stripe, which had handled PayLantern's acquiring"
            (r"{A1}, (?:which|who) (?:also |already |currently |now |still )?(?:supplies|supplied|provides|provided|makes|made|builds|built|delivers|delivered|ships|shipped|manufactures|manufactured) [^\ue000-\uf8ff.!?;]{0,50}?\b(?:to|for) {d}{B1}", 0.7, False),
            (r"{B1}, (?:which|who) (?:has |had |have )?(?:long |also )?(?:handled|handles|ran|runs|run|managed|manages|processed|processes|operated|operates|powered|powers|hosted|hosts) {A1}(?:'s|’s) ", 0.7, False),
            # "Lintas brought in Toyota Tsusho, the trading arm of the Toyota group, as a strategic investor"
            (r"{A}{W}\b(?:brought in|brings in|bringing in|has brought in|welcomed|welcomes|took on|takes on|signed up|signs up|added|adds|named|names|appointed|appoints) {d}{B1}(?:,[^.;!?]{1,80}?,)? as (?:a |an |its |their |the )?(?:new )?(?:[\w-]+ ){0,2}?(?:investor|partner|shareholder|backer|supplier|provider|distributor|licensee|customer|anchor tenant)\b", 0.8, False),
            # "Lintas had dropped PT Danamas Finance, its partner since 2022, in favor of state-owned Bank Mandiri": the
            # clause's subject chose Bank Mandiri
            (r",\s(?:and\s)?in favou?r of {d}{B1}", 0.7, True),
            # "…more than 400 corporate customers. Among them: Lufthansa, Deutsche Telekom and Siemens": the story's company's
            (r"^(?:among them|among its (?:customers|clients|partners)|its (?:customers|clients) include|customers include|clients include)[:,]?\s{d}{B}", 0.6, True),
            # "Clearwave 3 will use a Bluetooth system-on-chip supplied by Qualcomm": the product's maker buys from B
            (r"{A}{W}\b(?:will use|uses|used|to use|using|will adopt|adopted|adopts|will run on|runs on|will be built on|is built on) (?:a|an|the) (?:[\w-]+ ){0,5}?(?:supplied|made|provided|built|developed|designed|manufactured|licensed) by {d}{B}", 0.6, False),
            # "Battery cells will continue to come from Samsung SDI under a multi-year agreement": the story's company buys
            (r"(?:^|[,;:]\s*)(?:[\w-]+ ){0,6}?(?:come|comes|came|coming|be sourced|are sourced|is sourced|were sourced|be supplied|are supplied|is supplied|were supplied|be bought|are bought) (?:exclusively |solely |mainly )?(?:from|by) {d}{B} under (?:a|an|the|its|their) {w}(?:deal|agreement|contract|partnership|supply deal)\b", 0.6, True),
            # "Mazda Motor has agreed to jointly develop silicon carbide power chips for EVs with Rohm"
            (r"{A}{W}\b(?:agreed|agrees|plans|planned|will|would|to|is set|are set) (?:to )?jointly (?:develop|build|produce|make|design|research|invest in|operate|market|manufacture)\b[^\ue000-\uf8ff.!?;]{0,80}? with {d}{B}", 0.8, False),
            # "Lumora runs its models on Google Cloud under a multi-year agreement"
            (r"{A}{W}\b(?:runs|ran|run|running|hosts|hosted|host|hosting) (?:its|their) (?:[\w-]+ ){0,3}?(?:models?|services?|workloads?|platform|systems?|apps?|operations?|software|infrastructure) on {d}{B}", 0.6, False),
            # "Nordhavn Charging AB has agreed with state-owned utility Vattenfall to build 40 charging sites"
            (r"{A}{W}\bagree(?:d|s)? with {d}{B}(?:\s*\([^()\ue000-\uf8ff]{1,20}\))? to (?:jointly )?(?:build|develop|co-develop|supply|provide|launch|create|set up|form|deploy|produce|manufacture|make|work|cooperate|collaborate|invest|operate|install|open|run|roll out|market|sell|distribute)\b", 0.8, False),
            # running a customer's operations: "Sabre has been running our reservations platform since September"
            (r"{B}{W}\b(?:has |have |had |will |would )?(?:been |also |now )?(?:run|runs|running|ran|operates|operated|operating|handles|handled|handling|manages|managed|managing|hosts|hosted|hosting|powers|powered|powering|processes|processed|processing) {A1}(?:'s|’s)? (?:[\w-]+ ){0,3}?(?:platform|platforms|systems?|operations|network|business|payments|acquiring|logistics|warehouses?|fleet|data cent(?:er|re)s?|infrastructure|app|website|reservations|bookings?|kitchens?|stores|cloud|payroll|checkout|deliveries|support)\b", 0.6, False),
            # "We moved our e-commerce business to Petco under a new three-year contract"
            (r"{A}(?:\s(?:has|have|had|will|would|also|then|recently|now))*\s(?:moved|moves|moving|shifted|shifts|shifting|transferred|transfers|outsourced|outsources|handed|hands) (?:[\ue000-\uf8ff] |its |their |our |the )?(?:[\w-]+ ){0,3}?(?:business|operations|logistics|production|manufacturing|accounts?|orders|work|distribution|sales|payments|processing|hosting|workloads?|data) to {d}{B}", 0.65, False),
            # supplying a customer: "CATL will supply batteries to Ford" / "LG supplies Tesla with cells"
            (r"{A}{W}\b(?:supply|supplies|supplied|supplying|deliver|delivers|delivered|delivering|provide|provides|provided|providing|ship|ships|shipped|shipping) (?:[\w-]+,? ){0,8}?(?:to|for) {B}", 0.6, False),  # "supply nitrogen, argon and hydrogen to B"
            (r"{A}{W}\b(?:supply|supplies|supplied|supplying|provide|provides|provided|providing) {B1} with\b", 0.6, False),
            # buying from a supplier: "Xiaomi agreed to buy batteries from BYD"
            (r"{A}{W}\b(?:buy|buys|bought|buying|pre-bought|pre-buys|pre-bought|purchase|purchases|purchased|purchasing|source|sources|sourced|sourcing|procure|procures|procured|lease|leases|leased|leasing|rent|rents|rented|renting|charter|charters|chartered|chartering) (?:[\w,.-]+ |[\ue000-\uf8ff] ){0,7}?from {d}{B}", 0.6, False),
            # "Coldstream's dielectric fluids are supplied by Shell under an agreement signed in 2025"
            (r"{A1}(?:'s|’s) (?:[\w-]+ ){0,4}?(?:is|are|was|were|will be|have been|has been) (?:also )?(?:supplied|provided|made|manufactured|built|produced|assembled|sourced) by {d}{B1}", 0.7, False),
            # contracts: "Apple awarded the contract to Foxconn" / "Foxconn won an order from Apple"
            (r"{A}{W}\b(?:awarded|awards|gave|handed|placed) (?:a |an |the |its )?{w}(?:contract|order|deal|package|work|business|project|tender)s? (?:to|with) {d}{B}", 0.75, False),
            (r"{B}{W}\b(?:won|wins|secured|secures|landed|lands|bagged|clinched) (?:a |an |the )?{w}(?:contract|order|deal|mandate|concession|tender)s? (?:from|with) {A}", 0.75, False),
            # "DAZN has won the global media rights to the European Handball League's club competition"
            (r"{A}{W}\b(?:won|wins|secured|secures|acquired|acquires|bought|buys|landed|lands|clinched|picked up) (?:the |a |an )?(?:[\w-]+ ){0,3}?(?:rights|licen[cs]e|licen[cs]es|franchise) (?:to|for) (?:the )?{B1}(?:'s|’s)", 0.7, False),
            # "Tabimori won a contract this autumn to run revenue management at 23 properties operated by Hoshino Resorts"
            (r"{B}{W}\b(?:won|wins|secured|secures|landed|lands|bagged|clinched) (?:a |an |the )?{w}(?:contract|order|deal|mandate|concession|tender)s? {t}to (?:run|manage|operate|supply|serve|equip|handle|power) [^\ue000-\uf8ff.;!?]{0,80}?\b(?:operated|owned|run|managed) by {d}{A1}", 0.7, False),
            (r"\band (?:later |then |instead |eventually |ultimately )?(?:awarded|awards|gave|handed) (?:a |an |the |its )?{w}(?:contract|order|deal)s? to {d}{B}", 0.7, True),
            (r"{A}(?:,[^\ue000-\uf8ff,.;]{1,80},)?\s(?:has |had |have |will |would |also |then |recently |quietly |eventually |later |last year |this year )*(?:switched|switches|switching|moved|moves|moving|migrated|migrates|migrating|shifted|shifts|shifting) (?:[\w-]+ ){0,4}?from [\ue000-\uf8ff](?:(?:'s|’s)?(?: [\w-]+){0,3}?)? to {d}{B}", 0.7, False),
            (r"{A}(?:,[^\ue000-\uf8ff,.;]{1,80},)?\s(?:has |had |have |will |would |also |then |recently |quietly |eventually |later |last year |this year )*(?:replaced|replaces|replacing|swapped|swaps|swapping) [\ue000-\uf8ff](?:(?:'s|’s)?(?: [\w-]+){0,3}?)?(?:,[^.;!?]{1,80}?,)? (?:with|for) (?:(?:[\w-]+ ){0,3}?(?:from|by) )?{d}{B}", 0.7, False),
            # "Nordvolt … replaced the rear-door heat exchangers supplied by Vertiv at its Oslo campus with Coldstream systems"
            (r"{A}{W}\b(?:replaced|replaces|replacing|swapped|swaps|swapping) (?:the|its|their|our|all|some) (?:[\w-]+ ){0,5}?(?:(?:supplied|provided|made|built|sold|installed) by [^.;!?]{1,80}? )?with (?:(?:[\w-]+ ){0,3}?(?:from|by) )?{d}{B1}", 0.7, False),
            # "Korvia Air has agreed to buy 30 Airbus A321neo jets": a buyer of B's products
            (r"{A}{W}\b(?:buy|buys|bought|buying|order|orders|ordered|ordering|purchase|purchases|purchased|purchasing|lease|leases|leased) (?:up to |about |another |an additional |a further )?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of) (?:more |new |additional |used )?{B}(?:'s|’s)?\s(?:[\w-]+ ){0,2}?(?:jets?|aircraft|planes?|airplanes?|trucks?|vehicles?|cars?|buses|ships?|vessels?|turbines?|locomotives?|trains?|engines?|units|systems|machines|robots?|satellites?|[a-z0-9][\w-]*\d[\w-]*)\b", 0.7, False),
            # "Apple's longtime supplier Foxconn" / "Foxconn, a key supplier to Apple,"
            (r"{A1}(?:'s|’s) (?:[\w-]+ ){0,2}?(?:partner|supplier|customer|client|contract manufacturer)s? {B1}", 0.7, False),
            (r"{B1}, (?:a|an|the|its) (?:[\w-]+ ){0,3}?(?:partner|supplier|customer|client|contract manufacturer) (?:of|to|for) {A1}", 0.7, False),
            # "Sony and Honda said their joint venture Afeela …"
            (r"{A1}\s*(?:and|&)\s*{B1}{W}\btheir (?:[\w-]+ ){0,3}?(?:joint venture|partnership|alliance|collaboration|tie-up)\b", 0.8, False),
            # "{A} tested models from X, Y and Z before settling on Z's …": the clause's subject chose
            (r"(?<!from )(?<!by )(?<!of )(?<!with )(?<!and ){A}[^.!?;]{0,200}?\b(?:before|after|eventually|ultimately|finally) (?:settling on|settled on|opting for|opted for|choosing|chose|picking|picked|selecting|selected|going with|went with) (?:the |a )?{w}{B}", 0.7, False),
            (r"{A}{W}\b(?:will |to |would )?(?:use|uses|used|using|integrate|integrates|integrated|integrating|adopt|adopts|adopted|deploy|deploys|deployed|run|runs|ship with|ships with|rel(?:y|ies|ied|ying) on) {w}{B}(?:'s|’s)? {w}(?:models?|technology|chips?|ai|services?|cloud|features?|for)", 0.55, False),
            # "DHL eCommerce has signed a multiyear agreement to roll out Parcelwise's routing engine"
            (r"{A}{W}\b(?:signed|signs|inked|inks|struck|strikes|agreed|reached) (?:a|an) (?:[\w-]+ ){0,3}?(?:agreement|deal|contract) (?:to|for) (?:[\w-]+ ){1,3}?{d}{B}(?:'s|’s)", 0.75, False),
            # "Rapidus has relied heavily on IBM"
            (r"{A}{W}\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?) (?:heavily |largely |mostly |entirely |partly )?on {d}{B1}(?!(?:'s|’s)? (?:rivals?|competitors?))", 0.55, False),
            # licensing: "Merck licensed an oral GLP-1 pill from Hansoh" / "Sciwind licensed its lead drug, X, to Verdiva"
            (r"{A}{W}\b(?:licens(?:ed|es|ing)|in-licens(?:ed|es|ing)|sublicens(?:ed|es|ing)|(?:agreed to|will|would|plans to|is to) license)\b[^\ue000-\uf8ff.!?;]{0,100}?\b(?:from|to) {d}{B}", 0.7, False),
            # "Ridgeline has scrapped its venture with LG and will instead license cell technology from CATL",
            # "… will not renew its agreement with Lumetra … and will instead source sensors from Hesai": a
            # second verb of the sentence's subject
            (r"\band (?:will |would |plans to |agreed to |is set to |has |had )?(?:instead |now |also )?(?:license|licenses|licensed|in-license|in-licensed|source|sources|sourced|buy|buys|bought|purchase|purchases|purchased|procure|procures|procured) [^\ue000-\uf8ff.!?;,]{0,60}?\bfrom {d}{B}", 0.65, True),
            # "Kestrel said it had granted Merck & Co. exclusive worldwide rights to KST-207"
            (r"{A}{W}\b(?:granted|grants|granting|gave|gives|sold|sells) {d}{B1} (?:an? |the |its )?(?:[\w-]+ ){0,3}?(?:rights|licen[cs]es?|option)\b", 0.7, False),
            # "… and moved that business to Adyen": the customer took its work to a new provider
            (r"\b(?:moved|moves|shifted|shifts|switched|switches|transferred|transfers) (?:that|its|the|their|this) (?:[\w-]+ ){0,3}?(?:business|work|account|contracts?|orders?|production|processing) to {d}{B1}", 0.6, True),
            # "… terminated its contract with Relay and moved its European live encoding to Ateme": whatever it moved
            (r"\band (?:has |had |then |later |instead )?(?:moved|moves|shifted|shifts|switched|switches|transferred|transfers|handed|hands|gave|gives|awarded|awards) (?:that|its|the|their|this|those|these|all) (?:[\w-]+ ){0,4}?to {d}{B1}", 0.6, True),
            # "… survodutide, which it co-developed with Zealand Pharma": the subject is the organization before
            (r"\b(?:co-develop(?:ed|s|ing)?|jointly develop(?:ed|s|ing)?|co-invent(?:ed|s)?|co-design(?:ed|s)?) (?:[\w-]+ ){0,3}?with {d}{B}", 0.65, True),
            # "The gripper was developed together with Kyoto University": the story's company made it with B
            (r"\b(?:was|were|is|are|has been|had been) (?:developed|designed|built|co-developed|created) (?:together |jointly )with {d}{B}", 0.6, True),
            # "Kawasaki Heavy Industries agreed to co-develop a version of Ladle's hand"
            (r"{A}{W}\b(?:co-develop(?:ed|s|ing)?|jointly develop(?:ed|s|ing)?|co-design(?:ed|s)?) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:of|on|for) {d}{B1}(?:'s|’s)", 0.7, False),
            # "… retired the KUKA arms … and brought in Fanuc robots": the second verb of the subject
            (r"\band (?:has |had |then |later |instead )?(?:brought in|brings in|bringing in|switched to|turned to|went with|chose|picked) {d}{B1}", 0.6, True),
            # "BP and Japan's JERA combined their offshore wind businesses into a joint venture"
            (r"{A1}\s*(?:and|&)\s*{d}{B1}{W}\b(?:combined|combine|combines|combining|merged|merge|merges|merging|pooled|pool|pools|folded|fold|folds) (?:their|its) (?:[\w-]+ ){0,4}?(?:businesses|business|operations|units|assets|portfolios)\s(?:in)?to (?:a|an|the) (?:[\w-]+ ){0,2}?(?:joint venture|jv|venture)\b", 0.8, False),
            # "Hyundai and SK On already operate a $5 billion battery joint venture"
            (r"{A1}\s*(?:and|&)\s*{d}{B1}{W}\b(?:operate|operates|operated|run|runs|ran|own|owns|owned|have|has|had|set up|sets up|formed|form|forms|established|launched|created|built)\s(?:a|an|the|their)\s(?:[\w$.,-]+\s){0,4}?(?:joint venture|jv|partnership|alliance)\b", 0.8, False),
            # making for a customer: "Rapidus will produce AI processors for Preferred Networks" / "… manufacture PFN's accelerator"
            (r"{A}{W}\b(?:will |to |would )?(?:produce|produces|produced|producing|make|makes|made|making|manufacture|manufactures|manufactured|manufacturing|build|builds|built|building|fabricate|fabricates|fabricated|assemble|assembles|assembled) (?:[\w-]+ ){0,5}?for {d}{B}", 0.6, False),
            (r"{A}{W}\b(?:will |to |would )?(?:manufactur|produc|fabricat|assembl)\w* {B1}(?:'s|’s|')(?=\s)", 0.6, False),
            # at a foundry: "PFN currently makes its MN-Core chips at TSMC"
            (r"{A}{W}\b(?:makes|made|make|produces|produced|manufactures|manufactured|fabricates|fabricated|builds|built) (?:[\w-]+ ){0,4}?(?:chips?|processors?|products?|devices?|cells?|batteries|components?|phones?|cars?|vehicles?) at {d}{B}", 0.6, False),
            # "Quillon Analytics said Marriott International has selected its pricing platform": the speaker's customer
            (r"{A1}{W}\b(?:said|says|announced|announces|disclosed|discloses)(?: that)? {d}{B1} (?:has |had |have |will |would )?(?:selected|chosen|chose|picked|adopted|licensed|deployed|bought|purchased|ordered|signed up for|(?:agreed|agrees|decided|decides) to (?:use|deploy|adopt|license|buy)) (?:its|their) ", 0.75, False),
            # "the company chose Rapidus because of its short turnaround times"
            # "Turkish Airlines has chosen CFM International's LEAP-1A engines over Pratt & Whitney's": its product
            (r"{A}{W}\b(?:chose|chosen|choose|chooses|picked|selected|tapped) (?:\w+(?:'s|’s) )?{B1}(?:(?:'s|’s) (?:[\w-]+ ){0,3}?[\w-]+)?\s(?:because|for its|over)\b", 0.75, False),
        ],
    },
    "evaluated": {
        "zh": [
            (r"{A}{G}(?:评估|测试|考察|考量|试用|试点|测评|评测|对比|比较|接触|洽谈|洽商|谈判|商谈|磋商|接洽|考虑|研究|试验|调研|权衡)(?!平台|机构|结果|数据|报告|中心|工具|标准|版|榜)(?:了|过)?(?!(?:将|把)?(?:其|公司)?旗下){s}(?:包括|来自|与|和)?{s}{B}", 0.8, False),
            (r"{A}{G}(?:评估|测试|考察|测评|评测|接触|洽谈|谈判|商谈|磋商|接洽)(?:了|过)?[^\ue000-\uf8ff。;!?]{0,24}?(?:包括|例如|比如|其中有)[^\ue000-\uf8ff。;!?]{0,4}?{B}", 0.7, False),
            # 公司正与潍柴动力就氢燃料发动机在大吨位装载机上的应用进行技术交流: a long matter between B and the talks
            (r"{A}{G}(?:与|和|跟|同){s}{B}就[^\ue000-\uf8ff。;!?]{0,40}?(?:进行|开展|展开)(?:了)?(?:技术|深入|初步|多轮|密切|详细)?(?:交流|洽谈|磋商|沟通|探讨|讨论|谈判|商谈|接洽)", 0.8, False),
            # 英特尔已向晶钻索取样品，正评估导入: asking a supplier for samples
            (r"{A}{G}(?:已|已经|正|正在|曾)?向{s}{B}{g}(?:索取|索要|申请|要求提供|采购了?少量)(?:了)?(?:测试)?样品", 0.75, False),
            (r"{A}{G}(?:与|和|跟|同){g}{B}{g}(?:洽谈|洽商|谈判|商谈|商讨|磋商|倾紧|倾谈|倾过|(?<![的之])试点(?!协议|项目|合约|计划)|开展可行性研究|可行性研究|协商|接洽|接触|谈合作|进行测试|测试|试行|概念验证|poc|对接|探讨|讨论|会谈|会面|沟通|交流|谈)", 0.85, False),
            # 南方电网公布的…招标入围名单显示，智衡电气、威胜信息、海兴电力三家企业入围: the buyer weighs the shortlisted
            (r"{A1}(?:公布|发布|披露|公示)(?:的)?[^\ue000-\uf8ff。;!?]{0,30}?(?:入围|中标候选人|候选)名单(?:显示)?,{B}{g}(?:入围|进入)", 0.75, False),
            # 星幕影城去年曾与博纳影业接触，但博纳影业在完成初步尽调后选择退出: the one that did the due diligence weighed the other
            (r"{B1}{g}(?:与|和|跟|同)[\ue000-\uf8ff](?:有过|进行过?|展开)?(?:接触|洽谈|谈判|磋商|商谈|沟通)(?:过)?{g},(?:但|不过|然而)?{A1}{g}(?:完成|进行|开展)(?:了)?(?:初步|全面)?(?:的)?(?:尽调|尽职调查|评估|考察)", 0.75, False),
            (r"{A}{G}在{B}{g}(?:当中|之中|中间|中)(?:选择|选定|选中|挑选|选出)", 0.8, False),
            # 港卫已将众安银行及Mox Bank列入虚拟银行合作伙伴的候选名单
            (r"{A}{G}(?:将|把){s}{B}{g}(?:列入|纳入|放入|加入|列为)(?:了)?[^\ue000-\uf8ff。;!?]{0,30}?(?:候选|入围|备选|短)(?:名单|对象|之列)", 0.75, False),
            # 鲜果链已进入霸王茶姬的候选供应商名单 / …已进入其三家候选供应商名单 (其: the organization before)
            (r"{B}{G}(?:进入|入选|入围|跻身|列入|纳入)(?:了)?{A1}(?:的)?[^\ue000-\uf8ff,。;!?]{0,12}?(?:候选|入围|备选|短)[^\ue000-\uf8ff,。;!?]{0,6}?(?:名单|之列)", 0.7, False),
            (r"{B}{G}(?:进入|入选|入围|跻身|列入|纳入)(?:了)?其[^\ue000-\uf8ff,。;!?]{0,12}?(?:候选|入围|备选|短)[^\ue000-\uf8ff,。;!?]{0,6}?(?:名单|之列)", 0.65, True),
            # 在中国邮政集团启动的…集中采购项目中，云梭智能与极智嘉一同入围最终短名单: the buyer weighs the shortlisted
            (r"{A1}(?:近期|近日|日前|上月|今年|去年|此前)?(?:启动|公布|发布|推出|举办|进行)?的?[^\ue000-\uf8ff。;!?]{0,30}?(?:采购|招标|标案|遴选|比选|选型|评选)(?:项目|案)?(?:中|当中)?[,:]?[^\ue000-\uf8ff。;!?,]{0,8}?{B}{g}(?:入围|入选|跻身|进入)(?:了)?[^\ue000-\uf8ff,。;!?]{0,10}?(?:名单|之列|候选)", 0.7, False),
            # 云梭智能正在与两家欧洲电商洽谈直接供货，其中包括德国时尚电商Zalando: talks with several, B among them
            (r"{A}{G}(?:与|和|同|跟)(?:[两三四五六七八九十几多数]|\d+)(?:家|个)[^\ue000-\uf8ff,。;!?]{0,10}?(?:洽谈|洽商|谈判|商谈|接洽|接触|磋商|测试|评估)[^\ue000-\uf8ff。;!?]{0,20}?,(?:其中|当中)?(?:包括|包含|就有|有){s}{B}", 0.65, False),
            # 泡泡玛特已在恒嘉的工厂试产新品线: trying B's production
            (r"{A}{G}(?:已|已经|正|正在|目前)?在{s}{B}(?:的)?[^\ue000-\uf8ff,。;!?]{0,12}?(?:试产|试用|测试|试点|验证|试运行|试营运)", 0.7, False),
            # 瑞思微电子正评估将部分订单由联电转往世界先进: weighing a move of its orders to B (or handing work to B:
            # 欧莱雅正在考虑将…灌装生产外包给澜泽生物)
            (r"{A}{G}(?:评估|考虑|研究|计划|拟|打算|有意|正研议|研议)(?:将|把)[^。;!?]{0,40}?(?:转往|转至|转到|转移至|转移到|移转至|移转到|移至|移往|转给|转交|改由|改给|改交|交由|交给|外包给|委托给|授权给)(?:了)?{s}{B}", 0.7, False),
            # 沧澜新材正在给LG新能源送样: B tests what A sends it
            (r"{B}{G}(?:正在|正|已|已经|开始|陆续|也)?(?:给|向|为){s}{A1}(?:送样|送测|提供样品|寄送样品)", 0.7, False),
            # 比亚迪半导体目前正对复旦微电的车规级FPGA产品进行验证测试
            (r"{A}{G}(?:正|正在|已|已经|也|还)?对{s}{B}(?:的)?[^\ue000-\uf8ff,。;!?]{0,16}?(?:进行|开展|展开)(?:了)?[^\ue000-\uf8ff,。;!?]{0,8}?(?:测试|验证|评估|试用|认证|测评|试验|尽职调查|尽调|审核|考察)", 0.75, False),
            # 首创环保正洽购碧水源部分股权 / 集团早前曾与现代教育洽购其两间分校: talks to buy
            (r"{A}{G}(?<![不未没])(?:洽购|洽購|商洽收购|洽谈收购|寻求收购|考虑收购|有意收购)(?:了)?{s}{B}", 0.75, False),
            (r"{A}{G}(?:与|和|跟|同){s}{B}{g}(?:洽购|洽購|商洽收购|洽谈收购)", 0.75, False),
            # 新瑞鹏曾于今年上半年向爪爪宠物提出收购要约: an offer made to B
            (r"{A}{G}向{s}{B}{g}(?:提出|发出|提交|递交)(?:了)?(?:收购|并购|合并|入股|投资|全面|私有化)[^\ue000-\uf8ff,。;!?]{0,6}?(?:要约|邀约|提议|建议|方案|报价|意向)", 0.75, False),
        ],
        "en": [
            (r"{A}{W}\b(?:(?:is|are|was|were|has been|had been|have been) )?(?:in (?:advanced |early |preliminary |exclusive |early-stage |late-stage |initial |formal |detailed |final |direct )?(?:talks|negotiations|discussions)|(?:holding|held|holds|hold) (?:(?:one|two|three|four|five|several|multiple|many|\d+) rounds? of )?(?:(?:preliminary|early|initial|advanced|exploratory|informal|formal|several|further|detailed|secret|private|[\w-]+-stage) )?(?:talks|discussions|negotiations)|negotiating|negotiated|discussing (?:a |an )?{w}(?:deal|partnership)) with (?:(?:\w+ ){0,2}\w+(?:'s|’s) )?{d}{B}", 0.85, False),
            # "Volkswagen is conducting due diligence on Corvane", "concluded its review of a potential business combination with B"
            (r"{A}{W}\b(?:is |are |was |were |has been |had been |have been )?(?:conducting|conducted|conducts|carrying out|carried out|doing|did|performing|performed|began|begun|started|completed|completing|launched) (?:a |its |their )?(?:[\w-]+ ){0,2}?due diligence (?:on|of|into) {d}{B}", 0.8, False),
            (r"{A}{W}\b(?:review|evaluation|assessment|exploration|study)(?:,[^\ue000-\uf8ff.!?;]{1,60}?,)? of (?:a |the )?(?:potential |possible |proposed )?(?:business combination|merger|transaction|deal|tie-up|partnership|sale|acquisition) with {d}{B}", 0.75, False),
            # "software from Ledgerwing is being tested by AeroNordic": the one testing is after "by"
            (r"{B}{W}\b(?:is|are|was|were|has been|have been|had been|will be) (?:being |also |now |currently )*(?:tested|trialled|trialed|piloted|evaluated|assessed|reviewed|considered|weighed|benchmarked|vetted) by {d}{A1}", 0.75, False),
            (r"{A}{W}\b(?:(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )(?<!\bbeing )(?<!\bbeen )(?<!\bbe )|(?=\w+ing\b))(?:evaluated|evaluating|evaluates|evaluate|tested|testing|tests|test|considered|considering|considers|assessed|assessing|weighed|weighing|explored|exploring|looked at|looking at|trialed|trialled|trialing|trialling|piloted|piloting|benchmarked|benchmarking|benchmarks|reviewed|vetted|courted|approached) (?!(?:its|their|our) )(?!whether to (?:end|terminate|cancel|drop|exit|scrap|quit|not)\b){w}(?:(?:models?|offerings?|products?|options?|technology|services?|chips?|ai|tools?|bids?) )?(?:(?:from|by|of|with|on|developed by|made by|built by|supplied by|provided by|offered by|sold by|including|such as|like)\s*{d})?{B}", 0.8, False),
            # "Dexory is testing its robots in warehouses run by Maersk": the customer tries the vendor's product
            # "Ladle is now running trials at a Saga Prefecture plant of Ajinomoto Frozen Foods": B tries it out
            (r"{B}{W}\b(?:is |are |was |were |has been |have been )?(?:now |also |currently )?(?:running|conducting|carrying out|ran|conducted|began|started) (?:a |its |their )?(?:[\w-]+ ){0,2}?(?:trials?|tests?|pilots?) at (?:a |an |the |its |one of )?(?:[\w-]+ ){0,4}?(?:plants?|factory|factories|sites?|facility|facilities|warehouses?|stores?|hospitals?|mines?|farms?|kitchens?) (?:of|run by|owned by|operated by) {d}{A1}", 0.7, False),
            (r"{B}{W}\b(?:is |are |was |were )?(?:testing|tested|trialing|trialling|trialed|trialled|piloting|piloted) (?:its|their) (?:[\w-]+ ){1,10}?(?:run by|operated by|owned by|of|at|with|for) {d}{A}", 0.75, False),
            # "Tasman Skylink is in talks to buy turboprops from ATR": a buyer weighing a supplier
            (r"{A}(?:,\s[^\ue000-\uf8ff.!?;]{1,80}?,)?\s(?:is |are |was |were |has been |had been )?(?:also |now )?in (?:advanced |early |preliminary |exclusive |early-stage )?(?:talks|negotiations|discussions) to (?:buy|acquire|purchase|source|license|lease|order) (?:[\w-]+ ){0,4}?from {d}{B}", 0.8, False),
            (r"\band (?:is |are |was |were |has been |had been )?(?:also |now )?in (?:advanced |early |preliminary |exclusive |early-stage )?(?:talks|negotiations|discussions) to (?:buy|acquire|purchase|source|license|lease|order) (?:[\w-]+ ){0,4}?from {d}{B}", 0.75, True),
            # "Samsung ran an internal review of replacing Google with Microsoft's Bing"
            (r"{A}{W}\b(?:ran|runs|conducted|launched|began|started|carried out|undertook) (?:an? )?(?:internal |formal |months-long |detailed )?(?:review|evaluation|assessment|study) of [^.!?;]{0,60}?\b(?:with|to|for) {d}{B}", 0.75, False),
            # "Brisa Verde ran a pilot of autonomous sprayers from CNH Industrial on two farms"
            (rf"{{A}}{{W}}\b{_EN_PILOT_OF}{{d}}{{B}}", 0.75, False),
            # "GXO Logistics, which ran a six-month pilot with Dexory robots"
            (r"{A1}, (?:which|who) (?:ran|conducted|carried out|held|began|started|launched) an? (?:[\w-]+ ){0,2}?(?:pilot|trial|test|tests|evaluation) with {d}{B1}", 0.7, False),
            # "SK On is in talks to supply LFP batteries to Hyundai": the customer weighs the supplier
            (r"{B}{W}\b(?:is |are |was |were )?in (?:advanced |early |preliminary |exclusive )?(?:talks|negotiations|discussions) to (?:supply|sell|provide|deliver|build|make|produce|license)\b[^\ue000-\uf8ff.!?;]{0,60}?\b(?:to|for) {d}{A}", 0.8, False),
            (r"{A}(?:'s|’s)? (?:\w+ ){0,4}?(?:talks|negotiations|discussions|meetings) with {B}", 0.75, False),
            # "Alderlift is in talks to sell its Irish business, Alderlift Ireland, to KONE": the buyer is the other side
            (r"{A}{W}\b(?:is |are |was |were |has been |had been )?(?:also |now )?in (?:advanced |early |preliminary |exclusive |early-stage |late-stage )?(?:talks|negotiations|discussions) to (?:sell|divest|offload|dispose of) (?:[^\ue000-\uf8ff.;!?,]{1,60}?)(?:,[^.;!?]{1,60}?,)? to {d}{B}", 0.75, False),
            # "Grab Holdings is in early talks to acquire Saigon Ride Technologies": a deal being weighed
            (r"{A}{W}\b(?:is |are |was |were |has been |had been )?(?:also |now )?in (?:advanced |early |preliminary |exclusive |early-stage |late-stage |initial )?(?:talks|negotiations|discussions) to (?:acquire|buy|take over|merge with|invest in|take a stake in|buy a stake in|combine with) {d}{B}", 0.8, False),
            # "Auralis Clinical Services … has begun a six-month pilot with Kaiser Permanente"
            (r"{A}{W}\b(?:has begun|have begun|had begun|began|begins|started|starts|launched|launches|kicked off|is running|are running|ran|runs|is conducting|conducted|has completed|completed|entered|entered into|will begin|will start|will launch|will run) (?:a|an|the|its|their) (?:[\w-]+ ){0,3}?(?:pilot|trial|test|proof[- ]of[- ]concept|pilot program|pilot programme|pilot project|field test)s? with {d}{B}", 0.75, False),
            # "Coral Meridian had walked away from parallel negotiations with German shipbuilder Meyer Werft": talks, ended
            (r"{A}{W}\b(?:walked away from|walking away from|pulled out of|withdrew from|broke off|breaking off|ended|ending|terminated|abandoned|called off|exited|suspended|halted) (?:its |their |the )?(?:[\w-]+ ){0,2}?(?:talks|negotiations|discussions) with {d}{B}", 0.7, False),
            # "Grab has held early-stage talks about acquiring PayLantern"
            (r"{A}{W}\b(?:held|holds|holding|has held|had held|is in|are in|was in|were in|entered) (?:[\w-]+-stage |advanced |early |preliminary |exclusive |initial )?(?:talks|discussions|negotiations) (?:about|over|on|regarding|concerning) (?:acquiring|buying|investing in|taking a stake in|merging with|combining with|a (?:possible |potential )?(?:deal|partnership|merger|tie-up|alliance|investment) with) {d}{B}", 0.8, False),
            # "Denso is also weighing whether to source silicon carbide substrates for the venture from Coherent Corp."
            (r"{A}{W}\b(?:is |are |was |were )?(?:also )?(?:weighing|considering|exploring|studying|mulling|evaluating|assessing) whether to (?:source|buy|use|license|procure|order|adopt|partner|work|team up)\b[^\ue000-\uf8ff.!?;]{0,80}?\b(?:from|with) {d}{B}", 0.75, False),
            (r"\b(?:talks|negotiations|discussions) between {A1}\s*(?:and|&)\s*{B1}", 0.75, False),
            # "Corvane is said to be close to a deal with SMA Solar"
            (r"{A}{W}\b(?:is|are|was|were) (?:said to be |reportedly |believed to be |now |also )?(?:close to|nearing|near) (?:a |an )?(?:[\w-]+ ){0,2}?(?:deal|agreement|partnership|pact|tie-up) with {d}{B}", 0.75, False),
            # "Harbourguard has shortlisted ZA Bank and Mox Bank" / "added Lonza to its shortlist"
            (r"{A}{W}\b(?:shortlisted|short-listed|shortlisting|short-listing|shortlists) {d}{B}", 0.75, False),
            (r"{A}{W}\b(?:added|adds|adding|put|puts|putting|placed|places|named|names) {d}{B} (?:to|on) (?:its|their|a|the) (?:[\w-]+ ){0,3}?short-?list", 0.75, False),
            (r"{B}{W}\b(?:is|are|was|were|has been|have been|remains|remain) (?:among (?:the )?(?:[\w-]+ ){0,3}?(?:candidates|bidders|finalists|contenders) |one of (?:the )?(?:[\w-]+ ){0,3}?(?:candidates|bidders|finalists|contenders) )?(?:on|in) {A1}(?:'s|’s) (?:[\w-]+ ){0,3}?short-?list", 0.7, False),
            # "Stellantis and CATL are in talks to build …"
            (r"{A1}\s*(?:and|&)\s*{B1}[^\ue000-\uf8ff.!?;]{0,40}?\b(?:are|were|have been|had been|remain|is|was) (?:(?:also|now|still|reportedly|currently|not|no longer) )?(?:in (?:advanced |early |preliminary |exclusive |late-stage )?(?:talks|negotiations|discussions)|holding talks|negotiating)\b", 0.8, False),
        ],
    },
    "rejected": {
        "zh": [
            # 将奶粉罐供应商由合作多年的昌荣制罐更换为奥瑞金: the one replaced (the one replacing it is a partner)
            (r"{A}{G}(?:将|把){g}(?:供应商|供货商|代工厂|代工商|合作方|服务商|合作伙伴)由{g}{B1}(?:更换|替换|切换|转换|换|改)(?:为|成)[\ue000-\uf8ff]", 0.75, False),
            # 永鑫去年底已停止对丰兴钢铁供货: it stopped supplying B
            (r"{A}{G}(?:停止|暂停|终止|中止|不再)(?:了)?(?:对|向|为|给){s}{B}{g}(?:供货|供应|出货|交货|代工|供料)", 0.8, False),
            (r"{A}{G}(?<![不未没别])(?:放弃|弃用|停用|抛弃|舍弃|否决|排除|拒绝|婉拒|谢绝|回绝|淘汰|踢出|不再使用|不再采用|不再与|停止与|停止使用|终止与|终止了与|取消与|取消了与|中止与|结束与|退出与|解除与|暂停与|断绝与|抛开|撤换|替换掉|换掉)(?:了)?{g}{B}", 0.8, False),
            (r"{A}(?:此前|之前|早前|先前|曾|曾经)?(?:与|和|跟|同){B}{g}(?:的)?{g}(?:合作|合约|协议|合同|交易|合资|合并|并购|协商|谈判|磋商){g}(?:被|已|已经|遭|宣告|正式|最终|后来|传出)?{s}(?:取消|终止|告吹|破裂|叫停|喊停|喊卡|破局|到期|期满|不再续约|不再续签|搁浅|中止|结束|暂停|解除|失败|黄了|掰了|分手)", 0.85, False),
            (r"{A}{G}(?:跟|与|和){s}{B}{s}(?:掰了|分手|闹翻|决裂|分道扬镳)", 0.7, False),
            # 将门店系统从甲骨文的Opera系统全面切换至石基信息的昆仑PMS: the one switched away from
            (r"{A}{G}从{s}{B}(?:的)?[^\ue000-\uf8ff。;!?]{0,20}?(?:切换|转换|迁移|转移|转向|换成|改为|改用)(?:至|到|为|成)?", 0.7, False),
            # 塔斯汀改用禾盛的鸡腿排，取代原供应商凤祥股份: the replaced supplier (the sentence's subject replaced it)
            (r"(?:^|[,:]){s}(?:以|用)?(?:取代|替代|替换|换掉)(?:了)?(?:原|原有|原来的|此前的|之前的)?(?:的)?(?:供应商|合作方|合作伙伴|服务商|代工厂|供货商)?{s}{B}", 0.65, True),
            # 丰禾种业最终选择了中粮集团而非隆平高科: the one passed over
            (r"{A}{G}(?:选择|选定|选中|选用|挑选|敲定|锁定|采用|看中|青睐)(?:了)?{s}[\ue000-\uf8ff](?:\([^()\ue000-\uf8ff]{1,16}\))?{g},?(?:而非|而不是|而没有选择|而没选|而放弃了?|而弃用了?|而舍弃了?)(?:了)?{s}{B}", 0.75, False),
            # 公司今年初已停止供货给制鞋大厂宝成工业 / 已停止向宝成供货
            (r"{A}{G}(?<![不未没别])(?:停止|暂停|终止|中止|不再)(?:了)?(?:供货|出货|供应|交货|代工|接单)(?:给|予){s}{B}", 0.75, False),
            (r"{A}{G}(?<![不未没别])(?:停止|暂停|终止|中止|不再)(?:了)?(?:向|对|为|帮|从){s}{B}{g}(?:供货|出货|供应|交货|代工|下单|下达|采购|购买|进货|订货)", 0.75, False),
            # 公司决定终止以现金方式收购湖南正源种猪育种有限公司51%股权的事项: a called-off acquisition of B
            (r"{A}{G}(?<![不未没别])(?:终止|中止|取消|放弃|撤回)(?:了)?(?:本次|此次|筹划|推进|实施)?(?:以[^\ue000-\uf8ff,。;]{1,12}?方式|通过[^\ue000-\uf8ff,。;]{1,12}?方式)?(?:收购|购买|入股|增资|参股|并购|合并|吸收合并)(?:了)?{s}{B}", 0.8, False),
            # 集团会停止采购韩国奥齿泰(Osstem)植体: it stops buying B's products
            (r"{A}{G}(?<![不未没别])(?:停止|暂停|终止|中止|不再)(?:了)?(?:采购|购买|进货|订购|使用|采用|选用)(?:了)?{s}{B}", 0.75, False),
            # 沃丰农业去年曾邀请美盛入股，但遭到美盛婉拒: B's invitation, declined by A
            (r"{B}{G}(?:邀请|提议|提出|希望|寻求|洽请)[^。;!?]{0,40}?(?:遭到|遭|被|获)(?:了)?{A1}(?:的)?(?:创办人|创始人|管理层|董事会|股东|大股东|高层|老板|方面)?(?:以[^\ue000-\uf8ff。;!?]{1,24}?为由)?(?:婉拒|拒绝|回绝|谢绝|否决)", 0.75, False),
            # 美光已通知力成不再续约
            (r"{A}{s}(?:已|已经)?(?:正式)?(?:书面)?通知{B}{g}(?:不再续约|不再续签|终止合作|终止合约|终止协议|解约|解除合约)", 0.8, False),
            # 公司已与鸿海解约
            (r"{A}{G}(?:与|和|跟|同){s}{B}{g}(?:解约|提前解约|解除合约|解除协议|解除合作|断绝合作|中止合约)", 0.8, False),
            # 集團已決定唔再同foodpanda續約 (Cantonese, read as 不再同…续约)
            (r"{A}{G}(?:决定|将|会|已|已经)*不再(?:与|和|跟|同){s}{B}{g}(?:续约|续签|续期|合作|签约)", 0.8, False),
            # 星幕影城去年曾与博纳影业接触，但博纳影业在完成初步尽调后选择退出: the one named again walked away
            # (the one after 但 is the other side's counterpart only when it is the one after 与; else A = B, no claim)
            (r"{B1}{g}(?:与|和|跟|同)[\ue000-\uf8ff](?:有过|进行过?|展开)?(?:接触|洽谈|谈判|磋商|商谈|沟通)(?:过)?{g},(?:但|不过|然而){A1}{G}(?:选择|决定|最终|已|主动)*(?:退出|放弃|婉拒|拒绝|终止|作罢)", 0.8, False),
            # 沙钢已于6月底正式通知Kestrel Ore(下称"Kestrel"),终止双方2022年签署的包销协议
            (r"{A}{G}通知(?:了)?{s}{B}[^\ue000-\uf8ff。;!?]{0,8}?(?:不再续约|不再续签|终止|解约|解除)", 0.75, False),
            # 暴雪宣布与网易的合作协议到期后不再续签
            (r"{A}{s}(?:宣布|表示|决定|称|透露|证实)(?:与|和|跟|同){s}{B}{g}(?:的)?{g}(?:合作|合约|协议|合同|交易|合资)[^\ue000-\uf8ff。;!?]{0,12}?(?:不再续约|不再续签|终止|取消|结束|解除|中止)", 0.8, False),
            (r"{A}{G}(?:与|和|跟|同){s}{B}{g}(?:终止|取消|中止|结束|暂停|解除|停止|退出)(?:了)?{g}(?:合作|合约|协议|合同|交易|合资|合并|协商|谈判|磋商|计划|项目)", 0.85, False),
            # 公司已与舜达钢构协商一致,提前终止双方于2024年签订的…协议 (an announcement's agreed termination)
            (r"{A}{G}(?:与|和|同){s}{B}{g}(?:经)?(?:友好)?(?:协商一致|友好协商|协商|达成一致|商定),?(?:决定|同意|一致同意)?(?:提前)?(?:终止|解除|结束|中止)", 0.8, False),
            # 公司与中复神鹰…于2024年签署的《碳纤维采购框架协议》将提前终止
            (r"{A}{G}(?:与|和|同){s}{B}[^\ue000-\uf8ff。;!?]{0,30}?(?:签署|签订|订立|签定)的[^\ue000-\uf8ff。;!?]{0,24}?(?:协议|合同|合约)》?(?:将|已|已经|拟|决定|于[^,。;]{0,10}?)*(?:提前)?(?:终止|解除)", 0.8, False),
            (r"{A}{G}(?:终止|取消|放弃|退出|叫停|中止)(?:了)?[^\ue000-\uf8ff,。;!?]{0,28}?{B}[^\ue000-\uf8ff,。;!?]{0,24}?(?:的)?(?:交易|合作|合约|协议|合同|计划|方案|谈判|协商|项目|收购|合并|订单|重组)", 0.75, False),
            (r"(?:^|[,:]){s}(?:与|和|跟|同)(?:[^\ue000-\uf8ff,。;:!?]{0,12}?){B1}(?:的|之间的){g}(?:合作|合约|协议|合同|交易|合资){g}(?:被|已|已经|遭|宣告|正式)?{s}(?:取消|终止|告吹|破裂|叫停|喊停|喊卡|破局|到期|期满|不再续约|不再续签|搁浅|中止|结束|暂停|解除)", 0.6, True),
        ],
        "en": [
            (r"{A}{W}\b(?:let go of|lets go of|letting go of|ruled out|rules out|ruling out|rejected|rejects|dropped|drops|dropping|scrapped|scraps|abandoned|abandons|ditched|ditches|passed on|walked away from|pulled out of|backed out of|ended|ends|terminated|terminates|cancell?ed|cancels|called off|calls off|severed|cut ties with|parted ways with|parts ways with|parting ways with|split with|broke up with|turned down|snubbed|shelved|replaced|halted|suspended|wound down|winds down|winding down|unwound|(?:decided|decides|chose|opted|would|will|did|does) not (?:to )?(?:renew|extend|continue|pursue|use|work with)|(?:decided|decides|voted|ruled) against (?:renewing|extending|continuing|pursuing)|(?:moved|moves|moving|voted|agreed) to (?:end|terminate|scrap|exit|cancel)) (?:(?:its|our|the|a|an|their|[\ue000-\uf8ff](?=\s(?:[a-z][\w-]*\s){0,2}(?:partnership|deal|agreement|contract|arrangement|relationship|alliance|collaboration)\b)|plans? (?:for|to use)|(?:\w+-)?(?:year|month)s?-?(?:long|old)?)\s)*(?:(?:earlier|previous|existing|original|former|prior|initial)\s)?(?:(?:ai|chip|supply|cloud|battery|licensing|planned|proposed|exclusive|strategic|codeshare|\w+ing|[a-z][\w-]*(?=\s(?:partnership|deal|agreement|contract|arrangement|relationship|alliance|collaboration)\s))\s)?(?:(?:partnership|deal|agreement|talks|collaboration|relationship|contract|alliance|cooperation|joint venture|negotiations|plans?|bid|offer|test|trial|pilot|review|evaluation|orders?|purchase|memorandum of understanding|memorandum|mou|letter of intent|arrangement)\s)?(?:(?:with|from|of|for(?:\s(?:\d[\d,]*|a|an|its|the|all))?)\s{d})?{B}", 0.8, False),
            # "Shell has walked away from a planned wind farm that it had been developing with Corvane"
            (r"{A}{W}\b(?:walked away from|walks away from|pulled out of|pulls out of|withdrew from|withdraws from|exited|quit|abandoned|abandons) (?:[^\ue000-\uf8ff!?;,.]|(?<=\d)\.(?=\d)){0,120}?\b(?:that|which) (?:[\ue000-\uf8ff] )?(?:had|has|have) (?:been )?(?:develop|build|plann|work|run|operat)\w*(?: on)? (?:jointly )?with {d}{B}", 0.75, False),
            # "…, choosing the European planemaker over Boeing": the sentence's subject passed Boeing over
            (r",\s(?:choosing|picking|selecting|opting for|favou?ring|preferring|going with) (?:the |a |an )?(?:(?:[\w-]+ ){0,3}?[\w-]+|[\ue000-\uf8ff](?:(?:'s|’s) (?:[\w-]+ ){0,3}?[\w-]+)?) (?:over|instead of|rather than|ahead of) {o}{d}{B}", 0.7, True),
            # "The deal ends Lumen's exclusive distribution arrangement with Traveloka": the possessor ends it
            (r"\b(?:ends|ended|ending|terminates|terminated|replaces|replaced) {A1}(?:'s|’s) (?:[\w-]+ ){0,4}?(?:agreement|contract|deal|partnership|arrangement|relationship|alliance|tie-up) with {d}{B}", 0.7, False),
            # "Halvorsen's decision last year to terminate its signalling agreement with Hitachi Rail"
            (r"{A1}(?:'s|’s) (?:decision|move|plan|choice)\s(?:[\w-]+ ){0,3}?to (?:terminate|end|scrap|cancel|exit|drop|abandon|not renew|not extend) (?:its|their|the) (?:[\w-]+ ){0,3}?(?:agreement|contract|deal|partnership|arrangement|relationship|alliance|tie-up) with {d}{B}", 0.75, False),
            # "turned down a takeover offer of roughly $1.1 billion from Zscaler" / "rebuffed an approach last year from"
            (r"{A}{W}\b(?:rejected|rejects|turned down|turns down|rebuffed|rebuffs|spurned|spurns|declined|declines|snubbed) (?:an? |the |its |their )?(?:unsolicited |informal |formal |improved |revised |sweetened |rival |cash |all-cash |takeover |buyout |acquisition |merger |investment )*(?:offer|bid|proposal|approach|overture)s?\b(?:[^\ue000-\uf8ff.;!?]|(?<=\d)\.(?=\d)){0,50}? from {d}{B}", 0.75, False),
            # "as the airport replaced its incumbent supplier Swissport": the one it had used
            (r"{A}{W}\b(?:replaced|replaces|replacing|dropped|drops|dropping|ditched|ditches|dumped|dumps|ousted|ousts|switched from|switches from|swapped out) (?:its|their|the) (?:incumbent|existing|previous|current|former|longtime|long-time|long-standing|previous sole|sole) (?:[\w-]+ ){0,2}?(?:supplier|provider|vendor|operator|partner|contractor|manufacturer|maker|distributor|handler|caterer|processor|lender|auditor|insurer|carrier)\s{d}{B}", 0.75, False),
            # "its board had unanimously rejected an unsolicited A$1.1 billion takeover proposal from China's Tianqi"
            (r"{A}{W}\b(?:rejected|rejects|rejecting|turned down|turns down|rebuffed|rebuffs|spurned|spurns|declined|declines) (?:an? |the |its |their )?(?:[\w$.,-]+ ){0,6}?(?:proposal|bid|offer|approach|overture)s? {t}(?:from|by) (?:(?:\w+ ){0,2}\w+(?:'s|’s) )?{d}{B}", 0.8, False),
            # "Intel had put Aokawa on a shortlist … but later dropped it"
            (r"{A}{W}\b(?:put|placed|added|named|included) {d}{B} (?:on|in|to) (?:a|an|its|the|their) (?:[\w-]+ ){0,4}?short-?list[^\ue000-\uf8ff.!?;]{0,80}?\bbut (?:later |eventually |ultimately |then )?(?:dropped|rejected|removed|eliminated|excluded|passed over|ruled out) (?:it|them)\b", 0.75, False),
            # "the deal would replace Disney's previous distribution agreement with Vodafone"; "… agreement with
            # Vodafone GmbH, which Disney chose not to renew"
            (r"\b(?:replace|replaces|replaced|replacing|supersede|supersedes|superseded|superseding|end|ends|ending) {A1}(?:'s|’s) (?:previous|existing|current|former|earlier|old|prior|expiring) (?:[\w-]+ ){0,2}?(?:agreement|deal|contract|partnership|arrangement)s? with {d}{B}", 0.7, False),
            (r"\b(?:agreement|deal|contract|partnership|arrangement)s? with {d}{B1}[^\ue000-\uf8ff.;!?]{0,40}?\bwhich {A1} (?:had )?(?:(?:chose|chosen|decided|opted) not to renew|declined to renew|did not renew|ended|terminated|scrapped|cancell?ed)\b", 0.75, False),
            # "Keswick … said Rolls-Royce had terminated its supply contract": the speaker's contract
            (r"(?<!with )(?<!from )(?<!by )(?<!of )(?<!and ){B1}{W}\b(?:said|says|disclosed|confirmed|announced)(?: that)? {d}{A1} (?:had |has |have )?(?:terminated|ended|cancell?ed|scrapped|pulled|withdrawn|withdrew|did not renew|would not renew|will not renew) (?:its|our|their) (?:[\w-]+ ){0,2}?(?:contract|agreement|deal|orders?|partnership|licen[cs]e)s?\b(?!\s+(?:with|for)\b)", 0.75, False),
            # "The biotech chose Novartis over Sanofi": the one passed over
            (r"{A}{W}\b(?:chose|chosen|choose|chooses|picked|picks|selected|selects|preferred|prefers|favou?red|went with|goes with|opted for|opts for|settled on) {d}[\ue000-\uf8ff](?:(?:'s|’s) (?:[\w-]+ ){0,3}?[\w-]+)?\s(?:over|instead of|rather than|ahead of) {o}{d}{B}", 0.75, False),
            (r"{A}{W}\b(?:decided|decides|chose|opted) (?:not to use|not to work with|not to partner with|against (?:using|working with|partnering with)) {B}", 0.75, False),
            # "JFE Steel decided not to proceed with a planned joint venture … with Pilbara Green Iron"
            (r"{A}{W}\b(?:decided|decides|chose|opted) not to (?:proceed|go ahead|move forward) with (?:[^\ue000-\uf8ff.!?;]{0,80}?\bwith )?{d}{B}", 0.8, False),
            # "Vodafone would not renew a satellite backhaul contract with Eutelsat"
            # "Merlin … declined to renew its licence with Tunewell"
            (r"{A}{W}\b(?:(?:would|will|did|does|decided|decides|determined|chose|opted|elected) not (?:to )?|(?:declined|declines|refused|refuses) to )(?:renew|extend|continue) (?:its|the|a|an|their) (?:[\w-]+ ){0,3}?(?:partnership|deal|agreement|collaboration|relationship|contract|alliance|cooperation|joint venture|licen[cs]e|lease)s? with {d}{B}", 0.8, False),
            # "the Board determined not to pursue a transaction with Trip.com Group"
            # "CoreWeave's offer was cheaper per GPU-hour, but Mistral turned it down": the offer's maker, turned down
            (r"{B1}(?:'s|’s) (?:[\w-]+ ){0,2}?(?:offer|bid|proposal|pitch|approach|tender)s? [^\ue000-\uf8ff.;!?]{0,100}?\b(?:but|and|yet) {A1} (?:turned (?:it|them) down|turns (?:it|them) down|rejected (?:it|them)|declined (?:it|them)|refused (?:it|them)|passed on (?:it|them)|walked away)", 0.75, False),
            # "Crestwing has terminated discussions regarding the possible acquisition of Galley AS"
            (r"{A}{W}\b(?:terminated|terminates|ended|ends|ceased|broke off|breaks off|called off|calls off|abandoned|abandons|discontinued) (?:its |the |all |further )?(?:discussions|talks|negotiations) (?:regarding|about|on|over|concerning|relating to|in relation to) (?:a |an |the )?(?:possible |potential |proposed )?(?:acquisition|purchase|takeover|merger|sale|combination|investment) (?:of|with|in) {d}{B}", 0.8, False),
            (r"{A}{W}\b(?:determined|decided|chose|opted|elected|resolved|agreed) not to (?:pursue|proceed with|go ahead with|move forward with) (?:a|an|the|any) (?:[\w-]+ ){0,3}?(?:transaction|deal|merger|combination|bid|offer|acquisition|partnership|tie-up|talks|agreement) with {d}{B}", 0.8, False),
            # "PFN had also evaluated Samsung's foundry … but ruled it out last year"
            # "…the company had tested samples from Dutch start-up Qorvion … but had ruled out working with it"
            (r"{A}{W}\b(?:evaluated|tested|considered|looked at|assessed|weighed|trialed|trialled|piloted) {w}(?:(?:from|of|by) )?{d}{B}[^\ue000-\uf8ff.!?;]{0,80}?\bbut (?:had |has |have )?(?:later |eventually |ultimately |then )?(?:ruled (?:it|them) out|ruled out (?:(?:working|partnering|going ahead) with |using |buying from )?(?:it|them|[\ue000-\uf8ff])|rejected (?:it|them|[\ue000-\uf8ff])|dropped (?:it|them|the idea|that plan|[\ue000-\uf8ff])|passed|decided against)", 0.7, False),
            # "Brisa Verde ran a pilot of sprayers from CNH Industrial …, but ended it in February"
            (rf"{{A}}{{W}}\b{_EN_PILOT_OF}{{d}}{{B}}[^\ue000-\uf8ff.!?;]{{0,80}}?\bbut (?:later |eventually |ultimately |then )?(?:ended|terminated|scrapped|dropped|halted|stopped|cancell?ed|abandoned|discontinued) (?:it|them|the (?:pilot|trial|test|tests|evaluation))\b", 0.7, False),
            (r"{A}{W}\b(?:pulled the plug on|pulls the plug on|pulling the plug on|pulled out of|pulls out of|pulling out of|backed out of|backing out of|walked away (?:last year |this year |earlier this year |in \w+ )?from|walking away from|withdrawing from|walks away from|withdrew from|withdraws from|exited|quit|dropped|drops|scrapped|scraps|abandoned|abandons|ditched|shelved|ended|ends|terminated|terminates|cancell?ed|cancels|called off|calls off|halted|halts|ruled out) (?:(?:a |the |its )?plans? (?:to|for) )?(?:(?!and (?:moved|moves|shifted|switched|transferred|signed|chose|picked|selected|went|turned|gave|handed|awarded)\b)[^\ue000-\uf8ff!?;,\s]+ ){0,10}?(?:with|from|by|to|involving|(?:stake|investment|holding|interest) in) (?:(?:\w+ ){0,2}\w+(?:'s|’s) )?{d}{B}", 0.75, False),
            (r"{A}{W}\b(?:replaced|replaces|replacing|swapped|swaps|swapping) (?:the|its|their|our|all|some) (?:[\w-]+ ){0,5}?(?:supplied|provided|made|built|sold|installed) by {d}{B1}[^\ue000-\uf8ff.;!?]{0,60}? with\b", 0.7, False),
            # "switched its payments from Worldpay to Adyen" / "replaced Prisma Access with Zscaler": the one left
            (r"{A}(?:,[^\ue000-\uf8ff,.;]{1,80},)?\s(?:has |had |have |will |would |also |then |recently |quietly |eventually |later |last year |this year )*(?:switched|switches|switching|moved|moves|moving|migrated|migrates|migrating|shifted|shifts|shifting) (?:[\w-]+ ){0,4}?from {d}{B}(?:'s|’s)?(?: [\w-]+){0,3}? to\b", 0.7, False),
            (r"{A}(?:,[^\ue000-\uf8ff,.;]{1,80},)?\s(?:has |had |have |will |would |also |then |recently |quietly |eventually |later |last year |this year )*(?:replaced|replaces|replacing|swapped|swaps|swapping) {d}{B}(?:'s|’s)?(?: [\w-]+){0,3}? (?:with|for)\b", 0.7, False),
            # "A planned joint venture with Canada's Telesat … was scrapped in January": the story's company ended it
            # "… when its planned 30 billion yen takeover of Osaka maker Miyabe Kikai was scrapped"
            (r"\b(?:its|their) (?:planned |proposed |previously announced |earlier |mooted )(?:[\w$¥€£.,-]+ ){0,4}?(?:takeover|acquisition|purchase|merger|deal|partnership|joint venture|tie-up|investment) (?:of|with|in) {d}{B1} (?:was|were|had been|has been|got) (?:later |eventually |ultimately )?(?:scrapped|called off|cancell?ed|abandoned|dropped|terminated|shelved|blocked)", 0.7, True),
            (rf"^(?:a|an|the|its|their) (?:planned |proposed |previously announced |earlier )?(?:[\w-]+ ){{0,2}}?(?:{_EN_DEAL_NOUN}|merger|memorandum of understanding|mou) with (?:(?:\w+ ){{0,2}}\w+(?:'s|’s) )?{{d}}{{B}}[^\ue000-\uf8ff.!?;]{{0,100}}?\b(?:was|were|has been|had been) (?:later |eventually |ultimately |quietly )?(?:scrapped|cancell?ed|called off|terminated|abandoned|dropped|shelved|ended)\b", 0.65, True),
            # "Lintas had dropped PT Danamas Finance, its vehicle-loan partner, in favor of Bank Mandiri": the one dropped
            (r"{A}{W}\b(?:dropped|drops|dropping|ditched|ditches|replaced|replaces|abandoned|dumped|dumps|left|shelved|passed over|switched away from) {d}{B1}(?:,[^\ue000-\uf8ff.;!?]{1,100}?,)? in favou?r of\b", 0.8, False),
            # "Auralis said it will stop purchasing components from Nordic Semiconductor"
            (r"{A}{W}\b(?:stop|stops|stopped|stopping|cease|ceases|ceased|ceasing|phase out|phases out|phased out|phasing out) (?:purchasing|buying|sourcing|ordering|procuring|using|working with|doing business with)\b (?:[\w-]+ ){0,3}?(?:(?:from|by) )?{d}{B}", 0.75, False),
            # "The three-year charter of the Polar Wren from Norway's Hurtigruten lapsed …": the story's company let it
            (rf"^(?:a|an|the|its|their) (?:[\w-]+ ){{0,3}}?(?:{_EN_DEAL_NOUN}|contract|charter|lease|licen[cs]e|arrangement|supply deal) (?:[\w-]+ ){{0,5}}?(?:from|with) {{d}}{{B}}(?:'s|’s)?(?:,[^.;!?]{{1,80}}?,)? (?:[\w-]+ ){{0,4}}?(?:lapsed|expired|ran out|was not renewed|was terminated|ended)\b", 0.65, True),
            # "…, ending its reliance on Northvolt": the clause's subject stops depending on B
            (r",\s(?:ending|ended|cutting|reducing|ends) (?:its|their) (?:reliance|dependence|dependency) on {d}{B1}", 0.65, True),
            # "Halvorsen's decision last year to terminate its signalling agreement with Hitachi Rail"
            (rf"{{A1}}(?:'s|’s) decision (?:[\w-]+ ){{0,3}}?to (?:terminate|end|drop|cancel|exit|scrap|abandon|not renew|walk away from) (?:its|the|a|an|their) (?:[\w-]+ ){{0,3}}?(?:{_EN_DEAL_NOUN}|contract|arrangement) with {{d}}{{B}}", 0.75, False),
            # "Halvik let its supply agreement with Toyota lapse in March"
            (rf"{{A}}{{W}}\b(?:let|lets|letting|allowed|allows) (?:its|the|their|a) (?:[\w-]+ ){{0,3}}?(?:{_EN_DEAL_NOUN}|contract|arrangement) with {{d}}{{B}}(?:,[^.;!?]{{1,60}}?,)? (?:to )?(?:lapse|expire|run out|end)\b", 0.8, False),
            (rf"{{A}}(?:'s|’s)? {{w}}(?:{_EN_DEAL_NOUN}) with {{B}}{{W}}\b(?:collapsed|fell apart|fell through|was called off|was cancell?ed|was scrapped|ended|was terminated|was dropped)", 0.8, False),
            # "Toyota and Quillon have ended their collaboration"
            (r"{A1}\s*(?:and|&)\s*{d}{B1}{W}\b(?:have |has |had )?(?:ended|terminated|dissolved|scrapped|called off|unwound|abandoned) (?:their|the) (?:[\w-]+ ){0,2}?(?:partnership|collaboration|alliance|joint venture|tie-up|cooperation|agreement|deal)\b", 0.75, False),
            (r"\b(?:talks|negotiations|discussions) between {A1}\s*(?:and|&)\s*{B1}{W}\b(?:have |has |had )?(?:broken down|broke down|collapsed|fell apart|fell through|ended|were called off|were terminated|were abandoned)", 0.8, False),
        ],
    },
}

# A sentence with none of its relation's trigger words cannot match any of its frames: a cheap pre-check.
TRIGGERS: dict[str, dict[str, str]] = {
    "partner": {
        "zh": "合作|伙拍|夥拍|转给|交给|转交|下单|供应链|打入|迁往|迁移|迁至|转移|搬到|搬往|移至|转往|换成|换为|改成|卖|售|上架|铺货|中标|得标|夺标|投得|投中|选为|营运商|运营商|生产|制造|加工|组装|签|续约|采购|购买|订购|进货|租用|投资者|投资人|投资方|切换|转换|迁移|转移|转向|换成|改用|改由|转用|换用|导入|采用|引进|部署|结盟|联姻|联手|携手|牵手|生意|共|合资|协议|关系|战略|联盟|联合|组建|组成|合组|协同|互补|拥抱|伙伴|合作方|选|"
              "客户|订单|大单|定点|供应|提供|供货|代工|一起|一同|经销商|代理|瓶装商|服务商|合作商|拿下|承接|接下|配送商|进入|入驻|上架|登陆|打入|进驻",
        "en": r"partner|team|forces|collaborat|cooperat|work|allied|ally|deal|agreement|pact|contract|memorandum|\bmou\b|"
              r"alliance|venture|tie-up|tie up|chose|chosen|choose|picked|selected|tapped|enlisted|hired|supplier|provider|"
              r"vendor|use|integrat|adopt|deploy|business with|agree|jointly|together|develop|build|launch|partner|run|ship|rel|"
              r"settl|opt|select|pick|choos|went with|going with|award|order|won|wins|secur|landed|lands|bagged|clinch|buy|bought|purchas|sourc|procur|suppl|deliver|provid|ship|"
              r"favou?r|among|include|brought in|brings in|bringing in|investor|shareholder|backer|welcom|took on|takes on|signed up|signs up|handl|manag|process|power|host|leas|switch|moved|moving|migrat|shift|replac|swap|licens|co-develop|co-invent|co-design|operat|own|produc|mak|made|manufactur|fabricat|assembl|chose|picked|\brights\b|option|(?:business|work|account|contracts?|orders?|production|processing) to\b",
    },
    "evaluated": {
        "zh": "评估|洽商|测试|尽职调查|尽调|试行|概念验证|试产|试运行|试营运|验证|考察|考量|试用|试点|测评|评测|对比|比较|接触|洽谈|谈判|商谈|商讨|磋商|接洽|考虑|研究|试验|调研|权衡|对接|探讨|"
              "讨论|会谈|会面|沟通|交流|谈|倾|选择|选定|选中|挑选|选出|名单|之列|洽购|洽購|要约|邀约|审核|审查|认证|送样|送测|样品",
        "en": r"talks|negotiat|discuss|close to|nearing|evaluat|test|consider|assess|weigh|explor|look|trial|pilot|review|vett|court|approach|meeting|short-?list|benchmark|diligence",
    },
    "rejected": {
        "zh": "放弃|弃用|停用|取代|更换|切换|转换|迁移|转移|转向|换成|改为|改用|替代|抛弃|舍弃|否决|排除|拒绝|婉拒|谢绝|回绝|淘汰|踢出|解约|不再|停止|终止|取消|中止|结束|退出|解除|暂停|断绝|抛开|撤换|替换|叫停|"
              "换掉|告吹|破裂|叫停|喊停|喊卡|破局|到期|期满|不再续约|不再续签|搁浅|失败|黄了|掰了|分手|闹翻|决裂|分道扬镳|而非|而不是|而没|而弃|而舍",
        "en": r"rul|reject|stop|let go of|lets go of|turned (?:it|them) down|turns (?:it|them) down|ceas|phas|dump|\bleft\b|passed over|favou?r|drop|scrap|abandon|ditch|passed on|walked away|walking away|pulled out|pulling out|backed out|backing out|withdrawing|end|terminat|cancel|called off|"
              r"calls off|sever|cut ties|switch|moved|moving|migrat|shift|swap|parted ways|parts ways|parting ways|split with|broke up|turned down|snub|shelv|replac|halt|suspend|not to|against|collaps|fell|withdr|exit|quit|"
              r"broke|broken|renew|the plug|lapse|expire|run out|rebuff|spurn|declin|\bover\b|instead of|rather than|ahead of",
    },
}

# Cancellation of a cooperation named earlier: 双方的合作被取消 / 该合作后来被取消 / "the deal was called off".
CANCELLED = {
    "zh": r"(?:已经|已|最终|决定|主动|宣布|于[^,。]{0,8}?)*(?:终止|叫停|喊停|喊卡|取消|放弃|中止|退出)(?:了)?(?:相关|有关|这一|该|此|上述|这项|此项|这笔|该笔|此笔|那笔)?(?:(?:导入|引入|采购|供货|代工|开发|合作|试点|测试|投资|建设)(?:计划|计画|项目|方案)|谈判|计划|计画|合作|项目|方案|协商|交易|合约|洽谈|磋商|商谈|接触|试点|(?:合资|合作|投资)?(?:案|事项))?(?=[,。;!?]|$)|(?:最终|最后|后来|随后|但)(?:均|都)?(?:作罢|告吹|不了了之)|(?:双方|两家|两者|二者|该|这一|这项|此项|上述|这个|相关)?(?:公司)?(?:的|之间的)?(?:合作|合约|协议|交易|谈判|洽谈|磋商|商谈){s}(?:后来|随后|最终|已|已经|也)?(?:被|遭|宣告)?(?:取消|终止|告吹|破裂|叫停|喊停|喊卡|破局|到期|期满|届满|不再续约|不再续签|搁浅|中止)|(?:并未|未|没有|未再)续约(?=[,。;!?]|$)|(?:决定|将|会|已)?不再续(?:约|签)(?=[,。;!?]|$)|(?:最终|最后|随后|但)?(?:以[^,。;]{0,20}?为由)?(?:婉拒|谢绝|回绝)(?:了)?(?=[,。;!?]|$)",
    "en": r"\b(?:the|that|this|their|its)\s(?:\w+\s){0,2}?(?:partnership|deal|agreement|collaboration|talks|alliance|plan|review|pilot|discussions|negotiations)\s(?:was|were|has been|had been|got)\s(?:later\s|eventually\s|ultimately\s)?(?:called off|cancell?ed|scrapped|terminated|dropped|abandoned|shelved|halted|ended)|\b(?:halted|ended|scrapped|abandoned|dropped|called off|terminated|shelved|pulled out of|walked away from|withdrew from|broke off|exited)\s(?:that|the|those|these|its|the)\s(?:\w+\s)?(?:review|talks|plan|plans|deal|pilot|discussions|negotiations|partnership|effort)\b|\b(?:chose|decided|opted) not to (?:move forward|proceed|go ahead|continue)\b(?!\s+with\b)|\bbut (?:later |eventually |ultimately |then )?(?:walked away|pulled out|backed out|withdrew)\b",
}

# A choice after a comparison (对比了A和B…最终选择了A / "before choosing A"): the others were passed over.
# The outcome of a tender told of one bidder, after its evaluation: 最终由钰齐拿下，劲邦未获青睐 / 台达电此次并未获得青睐.
# Matched on the skeleton; the evaluator is the subject of the evaluation frame naming that bidder (kg.extractors.base).
# Chinese only so far: a language without an entry has no such cue.
TENDER_OUTCOME = {
    "won": {
        "zh": r"(?:最终|最后|结果)(?:由|是)?(?P<B>[\ue000-\uf8ff])(?:\([^()]{1,16}\))?(?:拿下|胜出|获选|中标|夺标|得标|拔得头筹|雀屏中选|脱颖而出)",
    },
    "lost": {
        "zh": r"(?P<B>[\ue000-\uf8ff])(?:\([^()]{1,16}\))?(?:此次|这次|本次|最终|则|也)?(?:并)?(?:未(?:能)?(?:获得?|获)(?:青睐|采用|选用)|落选|出局|未能中标|未中标|未入选|未能入选|败北|未能胜出|铩羽而归)",
    },
}
CHOSE = {
    "zh": r"(?:最终|最后|决定|才)(?:还是)?(?:选择|选定|选中|选用|敲定|锁定|择定)|选择了|选定了|选中了|敲定了",
    "en": r"\b(?:chose|chosen|choosing|selected|selecting|picked|picking|opted for|opting for|went with|going with|settled on|settling on)\b",
}

# A partner frame whose match reaches one of these is talks (evaluated) or a termination (rejected).
# Sentences the learned partner scorer (kg/extractors/pair_model.py) reads: a word of cooperation somewhere.
MODEL_GATE = {
    "zh": "合作|联手|携手|牵手|联合|结盟|联盟|联姻|合资|签署|签订|签约|协议|伙伴|共同|共建|战略|入股|参股|联营|代工|供应商|授权",
}

NOT_PARTNER = {
    "zh": r"(?:停止|暂停)(?=向|对|为|帮|给|供|出货|交货|代工|接单)|(?:正|正在|仍在|还在)(?:评估|考虑|测试)|评估(?:是否|将|把)|(?:测试|试验|试用)合作|候选|入围|洽谈|谈判|商谈|商讨|磋商|协商|接洽|探讨|讨论|谈合作|取消|终止|告吹|破裂|叫停|喊停|喊卡|破局|到期|期满|不再续约|不再续签|搁浅|中止|掰了|解除|暂停|结束合作|结束(?:了)?与|寻求|寻找|希望与|有望与|想与|愿意与|(?<![主重必])要与|考虑|需要|不再|(?<![不未])(?:排除|放弃|拒绝|否决)|并购|收购|合并|转让|入股|增持|减持|竞争|起诉|诉讼|纠纷",
    "en": r"\btalks\b|(?<!re)negotiat|discuss|\bsought\b|\bseek|explor|consider|\bweigh|\bmull|called off|cancel|terminat|scrapp|\bended\b|ending|\bend\b|walked away|pulled out|fell apart|collapsed|fell through|\bdropp?(?:ed|s|ing)?\b|ruled out|abandon|ditch|(?<!-)acquir|acquisition|merger|\bbuy(?!s?\s(?:[\w-]+\s){0,3}?from\b)(?!s?\s(?:up to |about |another )?\d)|\bsued\b|lawsuit|compet(?!itions?\b)|\bstop(?:s|ped|ping)?\b|\bceas(?:e|es|ed|ing)\b|\bphas(?:e|es|ed|ing) out\b",
}

# Clause-level status cues: a denial makes a claim Denied (no entity-level triple); a hedge, Rumored.
DENIAL = {
    "zh": r"否认|暂无|暂未|尚无|并未|并没有|没有与|没有和|没有跟|没有同|未与|未和|从未|从没|不会与|不会和|不是跟|不是与|不是和|辟谣|不实|纯属|谣言|没有计划|无意|并非|不存在|没有达成|未达成|没有任何|并无|毫无|没有(?=合作|协议|计划|接触|洽谈)",
    "en": r"\bden(?:y|ies|ied|ying)\b|\bdismiss(?:ed|es)?\b|\brefut|\bnot\b(?! only)|n't\b|\bnever\b|\bno plans?\b|\bno longer\b|\bfalse\b|\bbaseless\b|\bunfounded\b",
}
DENIAL_STRONG = {
    "zh": r"否认|辟谣|不实|纯属|谣言|并非|不是跟|不是与|不是和",
    "en": r"\bden(?:y|ies|ied|ying)\b|\bdismiss(?:ed|es)?\b|\brefut|\bfalse\b|\bbaseless\b|\bunfounded\b",
}
# A leading clause that makes the whole sentence hearsay: 市场传闻，… / 据传，…
LEADING_HEDGE = {"zh": r"^[^,。]{0,8}?(?:传闻|传言|据传|消息称|有消息|坊间)[^,。]{0,4}?[,:]", "en": r"^(?:rumou?rs? (?:has it|say|suggest)|it is (?:rumou?red|said|understood))"}
HEDGE = {
    "zh": r"传闻|传言|据传|网传|传出|或将|或许|或会|可能|也许|有望|合作空间|合作潜力|合作机会|不排除|拟|计划(?=与|和|同|跟|将|在|于|收购|投资|合作|推出)|打算|意向|预计|将会|考虑|寻求|据说|疑似|猜测|消息称",
    "en": r"\breportedly\b|\bis said to\b|\bare said to\b|\bwas said to\b|\brumou?r|\bcould\b|(?<!\d )\bmay\b(?!\s?\d)|\bmight\b|\bplans? to\b|\bplanning to\b|\bconsidering\b|\bexpected to\b|\bpotential\b|\bpossible\b|\bpossibly\b|\blikely\b|\bspeculat",
}
CONFIRM = {
    "zh": r"确认|证实|官宣|正式宣布|宣布|正式|签署|签订|签约|公告",
    "en": r"\bconfirm(?:ed|s)?\b|\bannounc(?:ed|es)\b|\bofficially\b|\bsigned\b|\bsigns\b",
}
# A whole sentence that denies what came before: 阿里否认了这一报道 / "Alibaba denied the report".
DENY_REPORT = {
    "zh": r"(?:否认|辟谣|驳斥|澄清)(?:了)?[^,。]{0,12}(?:报道|传闻|消息|说法|传言|合作|计划|计画|此事|有此|洽谈|谈判|商谈|商讨|磋商|协商|接触)|纯属(?:市场|外界|媒体)?(?:臆测|猜测|揣测|传闻|谣言|误读)|(?:报道|传闻|消息|说法|传言)[^,。]{0,6}(?:不实|不属实|是假的|纯属谣言)|否认(?:了)?(?=\s*[,。;:\"]|$)|否认(?:称|说|表示)|(?:没有|并无|没有这回|并没有)此事|(?:不存在|并无|没有)(?:该|此|这|这一|这个|相关)(?:事项|事|回事|计划|计画|情况)|(?:未|没有|从未|并未)(?:与|和|跟)任何(?:公司|企业|厂商|一方)|(?:从未|并未|未曾|从来没有)[^,。;]{0,14}?(?:进行过?|有过)任何(?:接触|洽谈|谈判|合作|商讨|讨论|沟通)|(?:并无|并没有|没有|毫无)任何(?:接触|洽谈|谈判|合作|商讨|讨论|沟通)",
    "en": r"\b(?:denied|denies|dismissed|refuted|rejected)\b[^.]{0,20}\b(?:report|reports|rumou?rs?|claims?|speculation)\b"
          # "A Medtronic spokesman denied that, saying the company 'has had no discussions with Artimis'"
          r"|\b(?:denied|denies) (?:that|this|it)\s*(?:[,.;:]|$)"
          r"|\b(?:has|have|had) (?:had )?no (?:talks|discussions|negotiations|contact|dealings)\b"
          r"|\b(?:has|have|had) (?:not|never) (?:had|held|been in) any (?:talks|discussions|negotiations|contact)\b"
          r"|\b(?:is|are|was|were) not in (?:talks|discussions|negotiations)\b"
          # "… said it \"is not and has not been in discussions\" with Karoo Ridge"
          r"|\b(?:is|are|was|were|has|have|had) (?:not|never)(?: and (?:has|have|had) (?:not|never))? been in (?:any )?(?:talks|discussions|negotiations)\b"
          # "Reports that Toyota would team up with Quillon are inaccurate, a spokesperson said"
          r"|\b(?:reports?|claims?|rumou?rs?|speculation|the (?:story|article))\b[^;]{0,120}?\b(?P<cue>(?:are|were|is|was) (?:inaccurate|untrue|false|incorrect|baseless|groundless|not true|unfounded))\b",
}

# ---- attribution --------------------------------------------------------------------------------

# 据X报道, / 据X, / 根据X的说法,   (X is resolved to an outlet, person, organization or anonymous)
ACCORDING_TO = {
    "zh": r"(?:^|[,。;:\"\s])(?:另|又|亦)?(?:据|根据|援引|引述|来自)(?P<src>[^,。;:]{1,30}?)(?:的)?(?:报道|报导|消息|说法|披露|爆料|援引|透露|文章|独家报道|称|表示|指出|获悉)?(?=[,:])",
    "en": r"\b(?:according to|citing|cited by|as reported by|reported by|per)\s(?P<src>[^,.;]{2,80}?)(?=[,.;]|\s(?:said|says|reported)\b|$)",
}
# 财新从多位知情人士处获悉，…: an outlet learned it from unnamed people
LEARNED_FROM = {
    "zh": r"(?:从|自|向)[^,。;:]{0,10}?(?:知情人士|消息人士|接近[^,。;]{1,12}人士|业内人士|相关人士|内部人士|人士)(?:处)?(?:独家)?(?:获悉|了解到|得知)(?=\s*[,:])",
    "en": r"(?!x)x",
}
# X表示 / X透露 / X报道称 (speaker before the verb, adverbs and 对…记者 allowed in between)
REPORT_VERBS = {
    "zh": r"(?:表示|称|说|透露|指出|确认|证实|回应|直言|坦言|强调|介绍|告诉|爆料|报道|报导|提到|披露|援引|消息称|独家报道|发文|撰文|写道|补充说|补充道|补充|否认|宣布|公告(?=\s*[,:]|称|指出|表示|显示|宣布|披露|终止|取消|解除|中止|暂停|结束|与|和|将|拟|已)|指(?=\s*[,:]))",
    "en": r"\b(?:said|says|told|tells|reported|reports|wrote|writes|confirmed|confirms|added|adds|noted|notes|disclosed|revealed|announced|stated|claimed|acknowledged|acknowledges|admitted|admits|explained|explains)\b",
}
OPINION_VERBS = {
    "zh": r"(?:认为|分析称|分析|看来|预计|预测|判断|觉得|估计|评价|点评|研报|分析指出)",
    "en": r"(?:believes?|thinks?|argues?|expects?|estimated|predicts?|wrote in a (?:research )?note|analy[sz]ed)",
}
SPEAKER_GAP = {
    "zh": r"(?:也|还|则|又|亦|便|更|曾|共同|联合|一同|正式|此前|近日|日前|随后|今天|今日|昨日|昨天|当天|当日|同日|同一天|当时|上月|上周|本月|本周|早前|稍早|再次|进一步|最后|此外|同时|方面|官方|发言人|内部|(?:今|昨|前)?\s?\(?\s?(?:(?:\d{1,2}|<n>)月)?(?:\d{1,2}|<n>)\s?\)?\s?日|晚间|盘后|早间|\s?\(\s*(?:\d{4,6}|[a-z]{1,5})(?:[.-][a-z]{1,3})?\s*\)\s?|\"?\s*[,;]\s*(?:证券代码|股票代码|代码)\s*:?\s*\d{4,6}\s*\)|(?:晚间|盘后|早间)?(?:发布|发出|披露)?(?:澄清|提示性)?(?:公告|声明|重大讯息|重大消息|新闻稿)[,]?)*(?:在[^,。\"]{1,16}?)?(?:(?:出席[^,。]{1,12}?时)?(?:接受[^,。]{0,10}?)?(?:采访|专访|访问|受访)时?)?(?:[对向](?!此)[^,。]{1,40}?)?(?:也|还|则|又|亦|曾)?",
    "en": r"(?:\s(?:also|later|previously|earlier|on \w+|in a (?:statement|blog post|filing|post|note|interview)|on (?:x|twitter|linkedin)))*",
}
# An English apposition or relative clause between a subject and its verb of saying: "Foxconn, a
# supplier to Apple, said …" / "Honda, which partners with Sony, said …" (matched on the text before the verb).
APPOSITION_BEFORE_VERB = r"(?:\s*\([^()]{1,20}\))?,\s(?:which|who|a|an|the|its|one of)\s[^,]{2,80},\s*$"

# A sentence that only says who first reported what the sentence before it told; the outlet named
# right after this cue is that sentence's source.
# "The filing said …" / 公告显示，…: the announcement last named speaks, through the company that issued it.
ANNOUNCEMENT_SAYS = {
    "zh": r"(?:(?:此外|另外|同时|同日|另|但|而)\s*,?\s*)?(?:据|根据|从)?(?:该|上述|此份|这份)?公告(?:还|亦|同时)?(?:显示|称|指出|表示|中称|中表示|披露|内容显示|提到|介绍)",
    "en": r"(?:the |that |its )?(?:filing|statement|announcement|press release|regulatory filing) (?:said|showed|shows|says|stated)\b",
}
REPORTED_EARLIER = {
    "zh": r"^(?:此事|该消息|这一消息|上述消息|相关消息|消息|这一交易|该交易|此次合作|上述合作)[^,。]{0,6}?(?:最早|最先|首先|率先|此前)?由",
    "en": r"^(?:the|those|these|that|this)\s(?:[\w-]+\s){0,2}?(?:talks|discussions|negotiations|deal|plans?|partnership|"
          r"agreement|news|review|tie-up|venture|move|decision|report)\s(?:were|was|had been|has been|have been)\s"
          r"(?:first\s|earlier\s|previously\s|initially\s|originally\s)?reported\s(?:earlier\s|first\s)?(?:on\s\w+\s)?by\s",
}
# Both parties speaking at once: "…, the two companies said."
BOTH_SAID = {
    "zh": r"(?!x)x",
    "en": r"\b(?:the (?:two )?(?:companies|firms|groups)|both (?:companies|firms)) (?:said|say|says|announced|confirmed)\b",
}
# A verb of saying right before a pronoun: "X said it …" (the pronoun is the one who said it).
AFTER_SAYING = {
    "zh": r"(?!x)x",
    "en": r"\b(?:said|says|added|announced|stated|noted|confirmed|told \w+)(?: on \w+)?(?: that)?\s$",
}

# Unnamed sources: 知情人士 / "people familiar with the matter" → the anonymous source.
ANONYMOUS = {
    "zh": r"知情人士|消息人士|业界传出|业内传出|市场传出|坊间传出|市场传闻|知情者|消息源|消息来源|外电|外媒|接近[^,。]{1,12}人士|相关人士|业内消息|有媒体|媒体报道|外媒|多家媒体|报道|有消息|消息|人士|负责人|内部人士|员工|高管|研究负责人",
    "en": r"(?:people|persons?|sources?|insiders?|officials?|executives?|employees?)\s(?:\w+\s){0,3}?(?:familiar with|with (?:direct )?knowledge of|close to|briefed on|aware of|knowledgeable about|involved in)(?:\s(?:the|this|that|its|their)\s(?:[\w'’-]+\s){0,2}?(?:matters?|situation|talks|deal|plans?|discussions|negotiations|thinking|decision|process|transaction|project|arrangement|agreement|company|companies|review|bids?|tender|pilot|changes?|terms|offer|sale|contract|bidding|program(?:me)?|proposal|selection|probe|deliberations|approach|order|shift|move|switch|purchase|investment|search|effort|partnership))?|\b(?:an?|one|two|three|several) (?:[\w-]+ )?(?:officials?|executives?|sources?|insiders?|persons?|people) (?:who|speaking) (?:spoke |asked |requested |declined to be |was not |were not )?(?:on condition of anonymity|not to be (?:named|identified)|anonymously)|\b(?:anonymous|unnamed|people familiar|a source|the sources|insiders?|(?:one of )?the (?:people|persons?|sources?)|a person|people|sources)\b|\b(?:media )?reports?\b|\bthe report\b",
}
# Phrases that look like attribution but are the article's own voice (据了解 = "it is understood").
OWN_VOICE = {
    "zh": r"^(?:了解|悉|介绍|统计|数据|调查|研究|测算|估算|不完全统计|记者了解|记者观察|本报记者|记者)$",
    "en": r"^(?:data|figures|estimates|the company's (?:website|filing))$",
}
# Pronouns inside a speaker's words: 我们 → the speaker's organization; 他们 → the organization talked about.
SELF_PRONOUNS = {"zh": r"我们公司|我们|我司|本公司|咱们|(?<=试用|使用|采用|测试|评估|采购|选用|导入)公司(?=的)|(?<=与|和|跟|同)公司(?=的|之间|签|合作)|(?<![\u4e00-\u9fff])公司(?=并|将|已|正|目前|与|和|没|未|不|也|还|一直|此前|曾|近期|今年|去年|前年|早前|日前|近日|先前|亦|于|决定|拟|计划|提前)", "en": r"\b(?:our company|we|us|our)\b"}
OTHER_PRONOUNS = {"zh": r"他们|对方|它(?=的?(?:合作伙伴|合作方|客户|供应商))|其(?=(?:合作伙伴|合作方|客户|供应商))", "en": r"\bthey\b|\bthem\b"}
# 该公司 / "the company": the subject of the latest sentence that named an organization.
DEFINITE_ORG = {
    # …and 公司 opening a sentence, before an adverb (matched on the text as written, so both scripts)
    # 这家总部位于浙江台州的民营瓶企: "this" and a description of the company ending in a word for one
    "zh": r"该公司|这家公司|该集团|该企业|这家企业|公司方面|该行|这家银行|該公司|這家公司|該集團|該企業|這家企業|該行|這家銀行|"
          r"(?:这|這)家[^,，。;；!?！？、\ue000-\uf8ff]{2,24}?(?:公司|企业|企業|集团|集團|厂商|廠商|[瓶车車药藥房]企|厂|廠|商)(?=[^\u4e00-\u9fff]|今|去|近|日|于|於|在|与|與|已|正|将|將|也|还|還|曾|此前|目前|一直|是|的)|"
          r"(?:^|(?<=^[●•■◆▪*])|(?<=^[●•■◆▪*] )|(?<=[。;；])|(?<=表示[，,:：])|(?<=[說说称稱指][，,:：])|(?<=指出[，,:：])|(?<=透露[，,:：])|(?<=披露[，,:：])|(?<=协商[，,])|(?<=協商[，,])|(?<=据悉[，,])|(?<=據悉[，,])|(?<=此外[，,])|(?<=另外[，,])|(?<=同时[，,])|(?<=同時[，,])|(?<=研究[，,])|(?<=显示[，,])|(?<=顯示[，,])|(?<=年[，,])|(?<=月[，,])|(?<=日[，,])|(?<=此后[，,])|(?<=此後[，,])|(?<=随后[，,])|(?<=隨後[，,]))(?:公司|集团|集團|董事会|董事會)(?=主动|主動|随即|隨即|于|於|在|与|與|同时|同時|并|並|将|將|已|正|目前|也|还|還|又|再|一直|此前|曾|近期|今年|去年|前年|早前|日前|亦|决定|決定|拟|擬|计划|計畫|计画|中标|中標|得标|得標)"
          # 鏡片採購亦有所調整，集團去年起改由…, 視博昨日公布，董事會已一致決定: the group, its board
          r"|(?<=[，,])(?:集团|集團|董事会|董事會)(?=主动|主動|随即|隨即|于|於|在|与|與|同时|同時|并|並|将|將|已|正|目前|也|还|還|又|再|一直|此前|曾|近期|今年|去年|前年|早前|日前|亦|决定|決定|拟|擬|计划|計畫|计画|中标|中標|得标|得標)",
    "en": r"\b[Tt]he (?:[A-Z][\w.-]+, )?(?:(?:[A-Z][\w-]+|south|north|chinese|american|japanese|korean|german|taiwanese|u\.s\.|tech|e-commerce|internet|(?!being\b)[a-z]{3,}ing|\w+-(?:based|owned|listed|backed|controlled)) ){0,2}(?:company|firm|group|giant|maker|drugmaker|biotech|conglomerate|startup|team|utility|streamer|brewer|studio|publisher|operator|developer|carrier|label|lessor|shipbuilder|brand|chain|platform|airport|airline|league|university|agency|authority|broadcaster|caterer|association|federation|institute|hospital|foundation)\b(?!'s? (?:shares|stock))",
}
# "it" and kinds of company ("the retailer", "the chipmaker"): the latest organization named before them
# in the sentence (Figure AI says it has ended …), else the topic.
NEAREST_ORG = {
    "zh": r"(?!x)x",
    # …but not the "it" of "It is not the first time …", "It is unclear whether …" (no company)
    "en": r"\b[Ii]t\b(?!\s(?:is|was) (?:not |also |still |now )?(?:the first|the second|the latest|unclear|not clear|clear|likely|unlikely|possible|expected|understood|thought|believed|worth|hard|difficult|easy|too early|time)\b)(?=\s(?:(?:currently|now|still|already|first|only)\s)?(?:has|had|is|was|will|would|also|then|later|recently|previously|pulled|dropped|signed|agreed|ended|walked|chose|selected|picked|teamed|partnered|struck|reached|ruled|scrapped|abandoned|halted|terminated|evaluated|tested|considered|replaced|switched|moved|migrated|bought|acquired|launched|began|started|won|lost|raised|sold|uses|used|says|said|plans|expects|operates|runs|owns|employs|rents|supplies|provides|builds|develops|produces|stopped|retired|brought|gave|hired)\b)|(?:(?<=\bworking with )|(?<=\bwork with )|(?<=\bdeal with )|(?<=\bties with ))it\b|\b[Tt]he (?:retailer|carmaker|automaker|chipmaker|lender|bank|insurer|manufacturer|supplier|airline|miner|broker)\b"
          # "its board rejected an offer": the company whose board it is
          r"|\b[Ii]ts\b(?=\s(?:board|shareholders|directors|management|founders?)\s(?:has |have |had |also |then |unanimously )?[a-z]+ed\b)"
          # "the Board determined not to pursue …": a press release's board is its company's
          r"|\b[Tt]he Board(?: of Directors)?(?=\s(?:has |have |had |also |then |unanimously )?[a-z]+ed\b)",
}
PERSON_PRONOUNS = {"zh": r"他|她", "en": r"\bhe\b|\bshe\b"}
# 双方 / 两家公司 / "the two companies": the last two organizations named.
PAIR_PARTNER = {
    "zh": r"(?:双方|两家公司|两家企业|两者|二者)(?:将|已|已经|正|还|也|计划|拟|此前)*(?:在[^,。;]{1,16}?)?(?:展开|开展|深化|加强|进行|达成|建立|签署|签订|完成)?(?:深度|全面|战略|长期)?"
          r"(?:(?!终止|结束|解除|暂停|停止|取消|中止|退出|测试|试点|洽谈|谈判)[^,。;:!?\ue000-\uf8ff不未没]){0,4}?(?:合作|携手|联手|共同开发|共同推出|共同打造|结盟)",
    "en": r"\b(?:the two (?:companies|firms|groups)|both companies)\s(?:\w+\s){0,4}?(?:would|will|to|have|had|agreed to|plan to|plans to)?\s?(?:work together|cooperate|collaborate|partner|team up|jointly develop)",
}


def lang_key(lang: str) -> str:
    """The lexicon key for an article language: zh-CN / zh-TW → zh, en-* → en."""
    return "zh" if lang.lower().startswith("zh") else "en"


_ESCAPES_AND_NAMES = re.compile(r"\\.|\(\?P[<=][A-Za-z_]\w*>?|\{[A-Za-z]\w*\}")


def compile_cue(source: str) -> re.Pattern[str]:
    """A cue or frame regex for normalized text, which is lower case already (kg.normalize), so it is
    compiled without IGNORECASE: that flag makes an English alternation 1.5–3× slower to scan. A capital
    letter in `source` could then never match, so it is refused.

    >>> compile_cue(r"\\bteamed up\\b").search("apple teamed up with baidu").span()
    (6, 15)
    """
    if re.search("[A-Z]", _ESCAPES_AND_NAMES.sub("", source)):
        raise ValueError(f"cue has a capital letter, which normalized text never has: {source[:80]!r}")
    return re.compile(source)

# A sentence that refers back to a deal just reported (its speaker is then a source of that claim).
DEAL_ANAPHORA = {
    "zh": re.compile("双方|上述合作|上述协议|该项合作|此项合作|这一合作|此次合作|这次合作|本次合作|该合作|这项合作|此项合作|双方合作|这次代理|此次代理|该协议|这项协议|此次协议|合作案|此次交易|这笔交易|该交易|此次结盟|这次结盟|合作关系|该合约|这份合约|该合同|这份合同|此次订单|这笔订单|该订单"),
    "en": re.compile(r"\b(?:the|this|our|their|its) (?:partnership|deal|agreement|alliance|tie-up|collaboration|pact|venture|joint venture|licensing deal|tie up|contract|order)\b", re.I),
}

