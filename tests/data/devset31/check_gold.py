#!/usr/bin/env python3
"""Consistency checks for devset31 (gold format: shared/gold/README.md).

Run from anywhere: python check_gold.py  -> exits 0 when every check passes.
"""
import hashlib, os, re, sys, unicodedata
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, 'corpus')
EXPECTED_ARTICLES = 8
EXPECTED_IDS = [str(i) for i in range(3100, 3108)]
EXPECTED_LANG = {'en': 3, 'zh-Hant': 2, 'zh-Hans': 3}
LENGTH_RANGE = {'en': (500, 1100),    # English words (latin/digit tokens)
                'zh': (800, 1800)}    # CJK chars + latin tokens
REQUIRED_PER_ARTICLE = (6, 12)      # required gold rows per article
RELATIONS = {'partner', 'evaluated', 'rejected'}
TYPES = {'Organization', 'NewsOutlet', 'Person', 'Anonymous'}
# denied claims: no gold row in any relation, both firms must be in entities.tsv
DENIED = [('3100', 'Quillo', 'PayPal'),
          ('3101', 'Solvana', 'COFCO International'),
          ('3102', 'Plinth', 'JLL'),
          ('3103', 'Chuqi', 'La Kaffa International'),
          ('3104', 'Kai Hang Education', 'New Oriental'),
          ('3105', 'Huaqing Zhiyun', 'JD Logistics'),
          ('3106', 'Muhuan', 'Bloomage Biotech'),
          ('3107', 'Heshan Foods', 'Xibei')]
# hypotheticals / conditionals: no row in the given relations
HYPOTHETICAL = [('3100', 'Walmart', 'Quillo', {'partner'}),
                ('3100', 'Best Buy', 'Quillo', {'partner'}),
                ('3101', 'General Food Security Authority', 'Solvana', {'partner'}),
                ('3102', 'Brookfield', 'Plinth', {'partner'}),
                ('3103', 'Ito En', 'Chuqi', {'partner'}),
                ('3103', 'Chuqi', 'foodpanda', {'rejected'}),     # 若談成, 將…退出foodpanda
                ('3104', 'HKEAA', 'Kai Hang Education', {'partner'}),
                ('3105', 'China Baowu', 'Huaqing Zhiyun', {'partner'}),
                ('3106', 'Galderma', 'Muhuan', {'partner'}),
                ('3107', 'Costco', 'Heshan Foods', {'partner'})]
# harder surface forms that must be present verbatim (article, form, text)
FORMS = [('3100', 'headline/lead claim elaborated later', 'has signed Target as a checkout partner'),
         ('3100', 'reported speech over two sentences', 'Galileo was ruled out early, he said'),
         ('3100', 'coordinated verb phrase', 'terminated its card-issuing contract with Marqeta and moved'),
         ('3100', 'ordinary-word name', 'acquisition approach from Block'),
         ('3101', 'government agency as partner', "Algeria's state grains agency OAIC"),
         ('3101', 'coordinated verb phrase', 'contract with Nibulon at the port of Mykolaiv and moved the volumes to'),
         ('3101', 'passive', "Viterra's offer was turned down"),
         ('3101', 'reported speech over two sentences', 'could not agree on a price, he said'),
         ('3101', 'ordinary-word name', 'operated by Kernel'),
         ('3102', 'headline claim elaborated later', 'Plinth Wins Blackstone Contract After Rebuffing CoStar'),
         ('3102', 'university as partner', 'research at Columbia University'),
         ('3102', 'reported speech over two sentences', 'The board rejected the offer in March, she said'),
         ('3102', 'non-denial', "didn't respond to a request for comment"),
         ('3103', 'declared short name', '(以下簡稱"初沏")'),
         ('3103', 'government agency as partner', '(下稱"茶改場")'),
         ('3103', 'anaphora', '由後者在吉隆坡'),
         ('3104', 'declared short name', '下稱「啟衡」'),
         ('3104', 'reported speech over two sentences', '他續指，由於系統對廣東話口試評分支援不足'),
         ('3104', 'passive', '但遭博研創辦人拒絕'),
         ('3104', 'Cantonese quote', '我哋冇理由再用落去'),
         ('3105', 'declared short name', '以下简称“华擎智运”或“公司”'),
         ('3105', 'anaphora', '由后者旗下'),
         ('3105', 'coordinated verb phrase', '并将相关订单转由宁德时代承接'),
         ('3105', 'university as partner', '与北京理工大学签署产学研合作协议'),
         ('3106', 'hospital as partner', '上海交通大学医学院附属第九人民医院'),
         ('3106', 'passive', '该报价最终被慕焕拒绝'),
         ('3106', 'coordinated verb phrase', '不再续签与新氧的独家投放协议，并与美团医美签订'),
         ('3107', 'flash item', '【禾膳食品：与山姆会员店签订年度供货协议】财联社10月21日电'),
         ('3107', 'local government as partner', '与湖北省潜江市人民政府签署投资协议'),
         ('3107', 'reported speech over two sentences', '他透露，公司自二季度起已停止向中粮家佳康采购猪肉原料'),
         ('3107', 'page chrome', '财联社声明')]

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
if dateline != 1: err(f'expected exactly one Reuters-style dateline, found {dateline}')
if truncated != 0: err(f'expected no cut-off last paragraph, found {truncated}')
if ascii_punct != 1: err(f'expected exactly one Chinese article with ASCII punctuation, found {ascii_punct}')

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
for aid, a, b, rels in HYPOTHETICAL:
    for e in (a, b):
        if e not in ent: err(f'hypothetical entity {e} missing from entities.tsv')
    if pair_rows(aid, a, b, rels): err(f'{aid}: hypothetical {a}/{b} has a {"/".join(sorted(rels))} row')
# every entity of a denied or hypothetical pair must be named in its article
full = {a[:4]: a for a in articles}
for aid, a, b in DENIED + [h[:3] for h in HYPOTHETICAL]:
    for e in (a, b):
        if e in ent and aid in full and not in_article(e, full[aid]):
            err(f'{aid}: trap entity {e} not named in the article')

for aid, form, text in FORMS:
    if aid in full and norm_text(text) not in articles[full[aid]]['norm']:
        err(f'{aid}: {form} text not found: {text!r}')
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
