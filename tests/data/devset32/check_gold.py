#!/usr/bin/env python3
"""Consistency checks for devset32 (gold format: shared/gold/README.md).

Adapted from devset30's check_gold.py. Run from anywhere: python3 check_gold.py
-> exits 0 when every check passes.
"""
import hashlib, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
EXPECTED_ARTICLES = 8
EXPECTED_IDS = [str(i) for i in range(3200, 3208)]
EXPECTED_LANG = {'en': 3, 'zh-Hant': 2, 'zh-Hans': 3}
LENGTH_RANGE = {'en': (500, 1100),    # English words (latin/digit tokens)
                'zh': (800, 1800)}    # CJK chars + latin tokens
REQUIRED_PER_ARTICLE = (6, 12)      # required gold rows per article
EXPECTED_DATELINES = 1              # 3200 (Reuters style)
EXPECTED_TRUNCATED = 0              # devset32 has no cut-off ending
EXPECTED_ASCII_PUNCT = 1            # 3207 (self-media repost)
RELATIONS = {'partner', 'evaluated', 'rejected'}
TYPES = {'Organization', 'NewsOutlet', 'Person', 'Anonymous'}
# denied claims: no gold row in any relation, both firms must be in entities.tsv
DENIED = [('3200', 'Kiln', 'Deutsche Telekom'),
          ('3201', 'Fremantle', 'Netflix'),
          ('3202', 'Fanuc', 'Ladle'),
          ('3203', 'Jingcai Materials', 'Chang Chun Group'),
          ('3204', 'Yingji Technology', 'BOC-Prudential'),
          ('3205', 'Surun Wind Power Services', 'Goldwind'),
          ('3206', 'Xunfan Supply Chain', 'Cainiao'),
          ('3207', 'Yili', 'Saishang Animal Husbandry')]
# hypotheticals / conditionals: no partner row
HYPOTHETICAL = [('3200', 'Microsoft', 'Kiln'),
                ('3201', 'CJ ENM', 'Toho'),
                ('3202', 'Seven-Eleven Japan', 'Ladle'),
                ('3203', 'TSMC', 'Jingcai Materials'),
                ('3204', 'MPFA', 'Yingji Technology'),
                ('3205', 'SPIC', 'Surun Wind Power Services'),
                ('3206', 'ByteDance', 'Xunfan Supply Chain'),
                ('3207', 'New Hope Dairy', 'Saishang Animal Husbandry')]
# pairs that must have no row at all (non-claims: a hypothetical buyer, a parent
# company, a regulator-run platform, a founder's former employer, an analyst firm)
NO_ROW = [('3200', 'Kiln', 'Microsoft'),
          ('3200', 'Kiln', 'Heron Equity Research'),
          ('3201', 'Comcast', 'Fremantle'),
          ('3201', 'CJ ENM', 'Toho'),
          ('3202', 'Seven-Eleven Japan', 'Ladle'),
          ('3203', 'TSMC', 'Jingcai Materials'),
          ('3204', 'Sun Life', 'MPFA'),
          ('3204', 'Yingji Technology', 'MPFA'),
          ('3205', 'SPIC', 'Surun Wind Power Services'),
          ('3206', 'Xunfan Supply Chain', 'SF Express'),
          ('3206', 'ByteDance', 'Xunfan Supply Chain'),
          ('3207', 'New Hope Dairy', 'Saishang Animal Husbandry')]
# trap wordings that must occur verbatim in their article (non-denials, passives,
# coordinated verb phrases, declared short names, anaphora, ordinary-word names, ...)
TRAP_PHRASES = [
    ('3200', 'Mistral turned it down'), ('3200', 'does not discuss its infrastructure suppliers'),
    ('3200', 'did not respond to a request for comment'), ('3200', 'did not immediately answer emailed questions'),
    ('3200', 'stopped ordering servers from Super Micro Computer (SMCI.O) last summer and gave its entire'),
    ('3200', 'the brick kilns'), ('3200', 'Visser rejected a report'), ('3200', 'did not reply to an emailed question'),
    ('3200', 'If Microsoft needs overflow capacity'), ('3200', 'The Amsterdam firm'),
    ('3201', 'is proud of the development work'), ('3201', 'does not talk about projects that did not go ahead'),
    ('3201', 'Netflix had no comment'), ('3201', 'The Japanese studio had also weighed an approach from Banijay'),
    ('3201', 'has let go of Framestore'), ('3201', 'and handed the work to Dublin-based Marrow'),
    ('3201', 'chill you to the marrow'), ('3201', 'if the first one travels'), ('3201', 'the French company'),
    ('3202', 'respects the customer\'s decision'), ('3202', 'does not respond to speculation'),
    ('3202', 'retired the KUKA palletizing arms'), ('3202', 'and brought in Fanuc'),
    ('3202', 'Like a ladle, they scoop'), ('3202', 'was scrapped after due diligence'),
    ('3202', 'If Seven-Eleven Japan adopted'), ('3202', 'the two companies'),
    ('3203', '依公司政策不就個別供應商細節發表意見'), ('3203', '則未能勝出'), ('3203', '已全數被鼎鋒化工取代'),
    ('3203', '不再向日本住友化學採購'), ('3203', '改由國內的鼎鋒化工供貨'), ('3203', '未回應本報詢問'),
    ('3203', '若台積電（2330）未來把'), ('3203', '長春從來沒有找過我們談入股'),
    ('3204', '（簡稱「盈積」）'), ('3204', '揀選盈積而捨棄'), ('3204', '未獲永明採納'), ('3204', '尊重客戶決定'),
    ('3204', '富衛嗰邊而家用緊我哋套系統試行'), ('3204', '冇呢回事，中銀保誠連電話都未打過嚟'),
    ('3204', '不回應市場傳聞'), ('3204', '停用阿里雲的香港數據中心，將全部系統遷往微軟Azure'),
    ('3204', '如果積金局日後容許'),
    ('3205', '（以下简称“苏润海工”）'), ('3205', '一切以公告为准'), ('3205', '被提前终止'),
    ('3205', '将改由华为数字能源技术有限公司'), ('3205', '不存在业务往来，网传信息不实'),
    ('3205', '若国家电投后续启动'),
    ('3206', '（下称"迅帆"）'), ('3206', '没有回复《晚点 LatePost》的置评请求'), ('3206', '具体以官方信息为准'),
    ('3206', '从中远海运换成了马士基——后者'), ('3206', '被一点点挤出去的'), ('3206', '做我们在美国的 anchor'),
    ('3206', '如果 TikTok Shop 的墨西哥站'), ('3206', '从来没有谈过投资'),
    ('3207', '(以下简称"禾沐")'), ('3207', '被禾沐"断奶"'), ('3207', '选澳亚而不是优然牧业'),
    ('3207', '不方便披露'), ('3207', '没有的事, 伊利那边我们一个人都不认识'), ('3207', '要是明年奶价还在3块2往下走')]

TRAD = set('與說為國會對這們來時後從報導區廠營實際約際續權應')
SIMP = set('与说为国会对这们来时后从报导区厂营实际约际续权应')

errors = []
def err(msg): errors.append(msg)

def nfkc(s): return unicodedata.normalize('NFKC', s)
def norm_text(s): return re.sub(r'\s+', ' ', nfkc(s)).casefold()
def norm_key(s): return re.sub(r"[\s\-_.,·・'\"“”‘’()（）「」『』《》:：/]+", '', nfkc(s).casefold())

# ---------------------------------------------------------------- corpus
articles = {}      # id -> dict(body, fm)
files = sorted(f for f in os.listdir(CORPUS) if f.endswith('.md'))
if len(files) != EXPECTED_ARTICLES:
    err(f'expected {EXPECTED_ARTICLES} articles, found {len(files)}')
lang_count = Counter()
dateline = truncated = ascii_punct = 0
for f in files:
    m = re.fullmatch(r'(\d{4})_([0-9a-f]{16})\.md', f)
    if not m:
        err(f'bad file name {f}'); continue
    aid = f[:-3]
    text = open(os.path.join(CORPUS, f), encoding='utf-8').read()
    if not text.startswith('---\n'):
        err(f'{f}: no front matter'); continue
    _, fm, body = text.split('---\n', 2)
    meta = dict(re.findall(r'^(\w+): "(.*)"$', fm, re.M))
    for k in ('title', 'date', 'source', 'url', 'summary'):
        if not meta.get(k): err(f'{f}: front matter lacks {k}')
    lang = re.search(r'^lang:\n  - "(\w+)"', fm, re.M)
    if not lang: err(f'{f}: no lang'); continue
    if hashlib.sha256(meta.get('url', '').encode()).hexdigest()[:16] != m.group(2):
        err(f'{f}: hash is not sha256(url)[:16]')
    if not re.fullmatch(r'\d{4}-\d\d-\d\d \d\d:\d\d:\d\d', meta.get('date', '')):
        err(f'{f}: bad date')
    cjk = re.findall(r'[\u4e00-\u9fff]', body)
    size = len(cjk) + len(re.findall(r'[A-Za-z0-9]+', body))
    lo, hi = LENGTH_RANGE.get(lang.group(1), (0, 0))
    if not lo <= size <= hi:
        err(f'{f}: length {size} outside {(lo, hi)}')
    if lang.group(1) == 'en':
        if cjk: err(f'{f}: English article with CJK text')
        key = 'en'
    elif lang.group(1) == 'zh':
        t = sum(c in TRAD for c in cjk); s = sum(c in SIMP for c in cjk)
        key = 'zh-Hant' if t > s else 'zh-Hans'
        if min(t, s) > 2: err(f'{f}: mixed scripts (trad {t}, simp {s})')
    else:
        err(f'{f}: unexpected lang {lang.group(1)}'); key = '?'
    lang_count[key] += 1
    if re.search(r'^[A-Z]{3,}, [A-Z][a-z]{2} \d{1,2} \(Reuters\) - ', body, re.M): dateline += 1
    # ASCII punctuation used inside Chinese prose (e.g. "，" written as ", ")
    if len(re.findall(r'[\u4e00-\u9fff][,:;()"][\u4e00-\u9fff ]', body)) >= 20: ascii_punct += 1
    last = body.rstrip().splitlines()[-1].strip()
    # a cut-off article ends on a prose sentence (has an inner comma) with no final punctuation
    if (last and last[-1] not in '。.!?！？」”")）' and len(last) > 30
            and re.search(r'[，,]', last)): truncated += 1
    articles[aid] = {'body': body, 'norm': norm_text(body), 'key': norm_key(body)}
if dict(lang_count) != EXPECTED_LANG:
    err(f'languages {dict(lang_count)} != {EXPECTED_LANG}')
if sorted(a[:4] for a in articles) != EXPECTED_IDS:
    err(f'article ids {sorted(a[:4] for a in articles)} != {EXPECTED_IDS}')
if dateline != EXPECTED_DATELINES: err(f'expected {EXPECTED_DATELINES} Reuters-style dateline(s), found {dateline}')
if truncated != EXPECTED_TRUNCATED: err(f'expected {EXPECTED_TRUNCATED} cut-off last paragraph(s), found {truncated}')
if ascii_punct != EXPECTED_ASCII_PUNCT: err(f'expected {EXPECTED_ASCII_PUNCT} Chinese article(s) with ASCII punctuation, found {ascii_punct}')

# ---------------------------------------------------------------- entities
ent, alias_owner = {}, {}
lines = open(os.path.join(HERE, 'entities.tsv'), encoding='utf-8').read().splitlines()
if lines[0] != 'canonical\ttype\taliases': err('entities.tsv: bad header')
for n, line in enumerate(lines[1:], 2):
    cols = line.split('\t')
    if len(cols) != 3: err(f'entities.tsv:{n}: {len(cols)} columns'); continue
    c, t, al = cols
    if c in ent: err(f'entities.tsv:{n}: duplicate canonical {c}')
    if t not in TYPES: err(f'entities.tsv:{n}: bad type {t}')
    aliases = [a for a in al.split('|') if a]
    if not aliases: err(f'entities.tsv:{n}: no aliases')
    ent[c] = (t, aliases)
    for a in aliases:
        k = norm_key(a)
        if k in alias_owner and alias_owner[k] != c:
            err(f'alias {a!r} shared by {alias_owner[k]} and {c}')
        alias_owner[k] = c
        if not any(k in art['key'] for art in articles.values()):
            err(f'entities.tsv:{n}: alias {a!r} of {c} occurs in no article')

def in_article(canon, aid):
    return any(norm_key(a) in articles[aid]['key'] for a in ent[canon][1])

# ---------------------------------------------------------------- seeds
rows = []
lines = open(os.path.join(HERE, 'seeds.tsv'), encoding='utf-8').read().splitlines()
if lines[0] != 'article\tsubject\trelation\tobject\tsources\trequired\tnote':
    err('seeds.tsv: bad header')
seen = set()
for n, line in enumerate(lines[1:], 2):
    cols = line.split('\t')
    if len(cols) != 7: err(f'seeds.tsv:{n}: {len(cols)} columns'); continue
    aid, s, r, o, src, req, note = cols
    rows.append(cols)
    if aid not in articles: err(f'seeds.tsv:{n}: unknown article {aid}'); continue
    if r not in RELATIONS: err(f'seeds.tsv:{n}: bad relation {r}')
    if req not in ('yes', 'optional'): err(f'seeds.tsv:{n}: bad required {req}')
    for e in (s, o):
        if e not in ent: err(f'seeds.tsv:{n}: {e!r} not in entities.tsv')
        elif ent[e][0] != 'Organization': err(f'seeds.tsv:{n}: {e} is not an Organization')
        elif not in_article(e, aid): err(f'seeds.tsv:{n}: no alias of {e} in {aid}')
    if s == o: err(f'seeds.tsv:{n}: subject == object')
    key = (aid, r, frozenset((s, o))) if r == 'partner' else (aid, r, s, o)
    if key in seen: err(f'seeds.tsv:{n}: duplicate claim')
    seen.add(key)
    for x in filter(None, src.split('|')):
        name, opt = (x[:-1], True) if x.endswith('?') else (x, False)
        if name not in ent: err(f'seeds.tsv:{n}: source {name!r} not in entities.tsv'); continue
        if ent[name][0] == 'Organization' and not opt:
            err(f'seeds.tsv:{n}: company source {name} must be optional (?)')
        if not in_article(name, aid): err(f'seeds.tsv:{n}: source {name} not named in {aid}')
    if not note: err(f'seeds.tsv:{n}: empty note')
    quote = re.sub(r'\[[^\]]*\]', '', note)
    for frag in re.split(r' / | \.\.\. ', quote):
        frag = norm_text(frag.strip().strip('"'))
        if len(frag) >= 4 and frag not in articles[aid]['norm']:
            err(f'seeds.tsv:{n}: note fragment not in article: {frag!r}')

by_art = defaultdict(list)
for cols in rows: by_art[cols[0][:4]].append(cols)
for aid in EXPECTED_IDS:
    req = sum(c[5] == 'yes' for c in by_art[aid])
    if not REQUIRED_PER_ARTICLE[0] <= req <= REQUIRED_PER_ARTICLE[1]:
        err(f'{aid}: {req} required rows outside {REQUIRED_PER_ARTICLE}')
    if 'partner' not in {c[2] for c in by_art[aid] if c[5] == 'yes'}:
        err(f'{aid}: no required partner row')

def pair_rows(aid, a, b, rels=RELATIONS):
    return [c for c in by_art[aid] if c[2] in rels and {c[1], c[3]} == {a, b}]
for aid, a, b in DENIED:
    for e in (a, b):
        if e not in ent: err(f'denied-claim entity {e} missing from entities.tsv')
    if pair_rows(aid, a, b): err(f'{aid}: denied pair {a}/{b} has a gold row')
for aid, a, b in HYPOTHETICAL:
    if pair_rows(aid, a, b, {'partner'}): err(f'{aid}: hypothetical {a}/{b} has a partner row')
# every entity of a denied or hypothetical pair must be named in its article
full = {a[:4]: a for a in articles}
for aid, a, b in DENIED + HYPOTHETICAL:
    for e in (a, b):
        if e in ent and aid in full and not in_article(e, full[aid]):
            err(f'{aid}: trap entity {e} not named in the article')

for aid, a, b in NO_ROW:
    if pair_rows(aid, a, b): err(f'{aid}: non-claim pair {a}/{b} has a gold row')
for aid, phrase in TRAP_PHRASES:
    if aid in full and norm_text(phrase) not in articles[full[aid]]['norm']:
        err(f'{aid}: trap phrase not in article: {phrase!r}')

# ---------------------------------------------------------------- README table
cnt = Counter((c[2], c[5]) for c in rows)
readme = open(os.path.join(HERE, 'README.md'), encoding='utf-8').read()
for r in ('partner', 'evaluated', 'rejected'):
    y, o = cnt[(r, 'yes')], cnt[(r, 'optional')]
    if f'| {r} | {y} | {o} | {y + o} |' not in readme:
        err(f'README: row for {r} should read | {r} | {y} | {o} | {y + o} |')
ty = sum(v for (r, q), v in cnt.items() if q == 'yes'); to = len(rows) - ty
if f'| **all** | **{ty}** | **{to}** | **{len(rows)}** |' not in readme:
    err(f'README: total row should read | **all** | **{ty}** | **{to}** | **{len(rows)}** |')
if f'{len(rows)} gold rows' not in readme: err(f'README: should say "{len(rows)} gold rows"')
if f'{len(ent)} entities' not in readme: err(f'README: should say "{len(ent)} entities"')

for e in errors: print('ERROR:', e)
print(f'{len(articles)} articles, {len(rows)} rows ({ty} required), {len(ent)} entities, '
      f'languages {dict(lang_count)}: {"FAIL" if errors else "OK"}')
sys.exit(1 if errors else 0)
