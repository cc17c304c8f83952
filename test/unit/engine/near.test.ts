import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseT2s, ShapeTable } from '../../../lib/engine/data/tables';
import { compileDictionaries } from '../../../lib/engine/dictionary/compile';
import type { WordOracle } from '../../../lib/engine/dictionary/near';
import { createDictionaryRule } from '../../../lib/engine/dictionary/rule';
import type { Dictionary, DictionaryInput } from '../../../lib/engine/dictionary/schema';
import { dictionarySchema } from '../../../lib/engine/dictionary/schema';
import { deserializeCompiled, serializeCompiled } from '../../../lib/engine/dictionary/serialize';
import { NearMatcher } from '../../../lib/engine/near/matcher';
import {
  CharSimilarity,
  foldSyllable,
  SOUND_FUZZY,
  SOUND_TONE,
  SOUND_TONELESS,
  uniqueCodePoints,
} from '../../../lib/engine/near/similar';
import { Normalizer } from '../../../lib/engine/normalize';
import { parseWordFreq, wordOracle } from '../../../lib/rules/word-likelihood';
import { brief, runRules } from '../../helpers/check';
import { pinyinTable, readProjectFile, seedText, similarity } from '../rules/tables-fixture';

describe('NearMatcher', () => {
  const m = new NearMatcher(['中华人民共和国', '人民法院', '国务院']);
  const kinds = (text: string) =>
    m
      .scan(text)
      .map((x) => `${m.terms[x.term]} ${x.kind} ${text.slice(x.start, x.end)}`)
      .sort();

  it('finds exact occurrences and every kind of single edit', () => {
    // the raw matcher also reports windows inside an exact occurrence (中华人民共和 = a deletion); callers drop them
    expect(kinds('中华人民共和国')).toEqual([
      '中华人民共和国 del 中华人民共和',
      '中华人民共和国 del 华人民共和国',
      '中华人民共和国 exact 中华人民共和国',
    ]);
    expect(kinds('中华人名共和国')).toEqual(['中华人民共和国 sub 中华人名共和国']);
    expect(kinds('中华人共和国')).toEqual(['中华人民共和国 del 中华人共和国']);
    expect(kinds('中华人民民共和国')).toEqual(['中华人民共和国 ins 中华人民民共和国']);
    expect(kinds('中华民人共和国')).toEqual(['中华人民共和国 swap 中华民人共和国']);
    // a swap across the middle changes both halves: the third anchor finds it
    expect(kinds('中华人共民和国')).toEqual(['中华人民共和国 swap 中华人共民和国']);
  });

  it('finds two adjacent substitutions only in terms at least as long as asked', () => {
    const two = new NearMatcher(['中国特色社会主义', '中华人民共和国', '人民法院'], undefined, 7);
    const found = (text: string) =>
      two.scan(text).map((x) => `${two.terms[x.term]} ${x.kind} ${text.slice(x.start, x.end)} ${x.pos},${x.pos2}`);
    expect(found('中国特色社会注意')).toEqual(['中国特色社会主义 sub2 中国特色社会注意 6,7']);
    // the pair across the middle (民共 → 名供): neither half is intact, the tail after the pair is
    expect(found('中华人名供和国')).toEqual(['中华人民共和国 sub2 中华人名供和国 3,4']);
    expect(found('坚持中国特设社会注义。')).toEqual([]); // two substitutions apart: not a homophone word
    expect(found('人名法完')).toEqual([]); // a four-character term: one edit only
    // the default matcher never reports two substitutions
    expect(kinds('中华人名供和国')).toEqual([]);
  });

  it('finds two characters typed twice only when asked (repeat)', () => {
    // (the raw matcher also reports the other windows around it; callers drop those that overlap)
    const found = (text: string) =>
      m
        .scan(text, { repeat: true })
        .filter((x) => x.kind === 'repeat')
        .map((x) => `${m.terms[x.term]} ${text.slice(x.start, x.end)} ${x.pos}`);
    expect(found('中华人民人民共和国')).toEqual(['中华人民共和国 中华人民人民共和国 4']);
    expect(found('中华人民共和共和国')).toEqual(['中华人民共和国 中华人民共和共和国 6']);
    expect(found('中华人民人共和国')).toEqual([]); // one extra character is `ins`
    expect(kinds('中华人民人民共和国')).toEqual([]); // not asked: nothing
  });

  it('never lets a window span punctuation or a line break', () => {
    expect(kinds('中华人民，共和国')).toEqual([]);
    expect(kinds('人民\n法院')).toEqual([]);
  });

  it('compares normalized units (traditional characters fold to simplified)', () => {
    const n = new Normalizer({ t2s: '國国華华' });
    expect(m.scan('中華人民共和國', { map: n.map }).map((x) => x.kind)).toContain('exact');
    expect(m.scan('中華人民共和國').map((x) => x.kind)).not.toContain('exact');
  });

  it('finds every single substitution of a term anywhere in random text (property)', () => {
    const term = '中华人民共和国';
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'的了在是我有和人这中大为上个国'), maxLength: 12 }),
        fc.integer({ min: 0, max: term.length - 1 }),
        fc.constantFrom(...'甲乙丙丁戊'),
        (prefix, pos, ch) => {
          const wrong = term.slice(0, pos) + ch + term.slice(pos + 1);
          const text = `${prefix}，${wrong}。`;
          const hits = m.scan(text).filter((x) => x.kind === 'sub' && m.terms[x.term] === term);
          expect(hits.map((x) => text.slice(x.start, x.end))).toEqual([wrong]);
        },
      ),
    );
  });
});

describe('CharSimilarity', () => {
  const sim = new CharSimilarity(pinyinTable(), new ShapeTable('政\t攻\n'));
  it('grades sound by tone, toneless and fuzzy confusions', () => {
    expect(sim.sound('政', '正')).toBe(SOUND_TONE);
    expect(sim.sound('察', '查')).toBe(SOUND_TONE);
    expect(sim.sound('院', '员')).toBe(SOUND_TONELESS);
    expect(sim.sound('识', '思')).toBe(SOUND_FUZZY);
    expect(sim.sound('南', '蓝')).toBe(SOUND_FUZZY);
    expect(sim.sound('信', '性')).toBe(SOUND_FUZZY);
    expect(sim.sound('法', '医')).toBe(0);
    expect(foldSyllable('zhang3')).toBe('zan');
    expect(foldSyllable('ling2')).toBe('nin');
  });
  it('looks shapes up in both directions', () => {
    expect(sim.shape('政', '攻')).toBe(true);
    expect(sim.shape('攻', '政')).toBe(true);
    expect(sim.shape('政', '正')).toBe(false);
  });
});

function protectedDict(terms: string[], extra: Partial<DictionaryInput['entries'][number]> = {}): Dictionary {
  const input: DictionaryInput = {
    format: 1,
    id: 'p',
    name: 'p',
    version: '1',
    category: 'typo',
    requireExamples: false,
    entries: [{ id: 'names', severity: 'block', match: 'near', terms, source: 'test', ...extra }],
  };
  return dictionarySchema().parse(input);
}

describe('match: "near" entries (protected terms)', () => {
  const normalizer = new Normalizer();
  const terms = [
    '中华人民共和国',
    '人民检察院',
    '检察委员会',
    '监察委员会',
    '人民政府',
    '人民政协',
    '政府',
    '国务院',
    '中国式现代化',
    '中华民族伟大复兴',
    '全面从严治党',
    '高质量发展',
    '人民代表大会',
    '人民代表大会常务委员会',
    '全国人民代表大会',
    '四个意识',
  ];
  const compiled = compileDictionaries([protectedDict(terms)], normalizer);
  const rule = createDictionaryRule(compiled, normalizer, { similarity: similarity() });
  const run = (body: string) => runRules(rule, body);

  it.each([
    ['热烈庆祝中华人名共和国成立。', '中华人名共和国', '中华人民共和国'],
    ['中华人民大和国成立以来', '中华人民大和国', '中华人民共和国'],
    ['中共人民共和国', '中共人民共和国', '中华人民共和国'],
    ['中华人民共国成立以来', '中华人民共国', '中华人民共和国'],
    ['中华人民和共国', '中华人民和共国', '中华人民共和国'],
    ['（华人民共和国）', '华人民共和国', '中华人民共和国'],
    ['市人民检查院提起公诉', '人民检查院', '人民检察院'],
    ['区攻府办公室', '攻府', '政府'],
    ['县人民正府召开会议', '人民正府', '人民政府'],
    // a fuzzy sound (in/ing) beside an exact two-character term of the list (政府): its own part, not a neighbour
    ['河南省人命政府办公厅', '人命政府', '人民政府'],
    ['国务员常务会议', '国务员', '国务院'],
    ['增强四个意思', '四个意思', '四个意识'],
    ['市人民代表大会长务委员会', '人民代表大会长务委员会', '人民代表大会常务委员会'],
    // two sound-alike substitutions in a long term: an input method's homophone word
    ['会议在中华人民供合国国歌声中开幕', '中华人民供合国', '中华人民共和国'],
    ['全国人民代表大会常务为原会', '人民代表大会常务为原会', '人民代表大会常务委员会'],
    // a missing character after an exact shorter term the window holds (人民代表大会 is part of the longer term)
    ['市人民代表大会常务委会召开会议', '人民代表大会常务委会', '人民代表大会常务委员会'],
    // any substitution a character past an exact inner term, in a window of nine or more (round 34, set AG)
    ['审议了市人民代表大会常委委员会工作报告', '人民代表大会常委委员会', '人民代表大会常务委员会'],
  ])('flags %s', (body, text, term) => {
    const f = run(body);
    expect(brief(f)).toEqual([`typo.names block ${text}`]);
    expect(f[0]!.suggestions).toEqual([term]);
    expect(f[0]!.message).toContain(`疑为“${term}”之误`);
  });

  it.each([
    '热烈庆祝中华人民共和国成立。',
    '检察委员会讨论决定。',
    '市人民政协召开会议。',
    '推进中国现代化建设的各国朋友',
    '实现中华民族的伟大复兴。',
    '全面从严治警，锻造过硬队伍。',
    '高质量开展主题教育。',
    '全省人民代表大会代表选举',
    '全人民代表大会代表选举', // the gap right next to the exact term: the rest may be another word
    '地方政府专项债券；服务型政府；实施政府和社会资本合作。',
    '行政复议和财政付款。',
    '中华人民共和国国务院',
    '中华人民大会堂', // two substitutions that do not sound or look alike
  ])('leaves %s alone', (body) => {
    expect(run(body)).toEqual([]);
  });

  it('finds nothing in the founding notice', () => {
    expect(run(seedText())).toEqual([]);
  });

  it('keeps the protected terms through serialization (the content script gets the compiled form)', () => {
    const back = deserializeCompiled(serializeCompiled(compiled));
    expect(back.near).toEqual(compiled.near);
    const again = createDictionaryRule(back, normalizer, { similarity: similarity() });
    expect(brief(runRules(again, '人民检查院'))).toEqual(['typo.names block 人民检查院']);
  });

  it('with a word table, the pattern pass also finds a missing character of a five- or six-character term', () => {
    const table = parseWordFreq(readProjectFile('dictionaries/data/word-freq.txt'));
    const d = protectedDict([
      '法治政府建设',
      '人民检察院',
      '高质量发展',
      '中央政治局',
      '全国统一大市场',
      '人民代表大会',
      '国家税务总局',
      '扫黑除恶',
      '体育强国',
      '毛泽东思想',
      '全国政协主席',
      '中国式现代化',
    ]);
    const folding = new Normalizer({ t2s: parseT2s(readProjectFile('dictionaries/data/t2s.txt')) });
    const compiledD = compileDictionaries([d], folding);
    const drops = createDictionaryRule(compiledD, folding, {
      only: 'patterns',
      similarity: similarity(),
      words: wordOracle(table, folding.map),
    });
    const found = (body: string) => brief(runRules(drops, body));
    expect(found('法治政建设召开专题会议')).toEqual(['typo.names block 法治政建设']);
    expect(found('市人民察院依法提起公诉')).toEqual(['typo.names block 人民察院']);
    expect(found('中央治局召开会议')).toEqual(['typo.names block 中央治局']);
    // a word across the gap that takes the character of an intact word of the term is no other reading: 家务 in
    // 国家务总局 (国家 stays whole)
    expect(found('国家务总局印发通知')).toEqual(['typo.names block 国家务总局']);
    // four characters too (round 27): 扫黑恶, but not 体育国际 (国际 is a word at the window's end)
    expect(found('持续开展扫黑恶专项斗争')).toEqual(['typo.names block 扫黑恶']);
    expect(found('推动体育国际交流合作')).toEqual([]);
    // a character of a longer word of the term, a name's (round 30): 毛泽东 without 泽, 全国政协 without 协; not where
    // the word without it is another (中国式 without 式 is 中国: 中国现代化 is a phrase of its own)
    expect(found('深入学习毛东思想')).toEqual(['typo.names block 毛东思想']);
    expect(found('全国政主席出席会议')).toEqual(['typo.names block 全国政主席']);
    expect(found('推进中国现代化建设')).toEqual([]);
    // another word across the gap or at the window's end: 展示, and 大 of 统一大市场 is a word of its own
    expect(found('推动高质量展示成果')).toEqual([]);
    expect(found('清理妨碍全国统一市场的规定')).toEqual([]);
    // read through the normalizer: 會議 is 会议, a word at the window's end (各界人民代表会议, a body of its own)
    expect(found('召开地方各級人民代表會議')).toEqual([]);
    expect(found('法治政建設召开专题会议')).toEqual(['typo.names block 法治政建設']);
    expect(found('召开地方各级人民代表会议')).toEqual([]);
    // what the core pass finds is not reported twice, and without the word table nothing is added
    expect(found('市人民检查院')).toEqual([]);
    const core = createDictionaryRule(compiledD, folding, { similarity: similarity() });
    expect(runRules(core, '法治政建设召开专题会议')).toEqual([]);
    // given the word table, the core pass judges them itself, in its one scan (the CLI's checker)
    const both = createDictionaryRule(compiledD, folding, {
      similarity: similarity(),
      words: wordOracle(table, folding.map),
    });
    expect(brief(runRules(both, '法治政建设召开专题会议，市人民检查院'))).toEqual([
      'typo.names block 法治政建设',
      'typo.names block 人民检查院',
    ]);
    expect(runRules(both, '推动高质量展示成果')).toEqual([]);
    expect(createDictionaryRule(compiledD, normalizer, { only: 'patterns', similarity: similarity() }).rules).toEqual(
      [],
    );
    // "alike" offices with the word table: the suffix's homophone, tones aside, that starts no word (居天), and
    // from nine characters any inner content character
    const offices = createDictionaryRule(
      compileDictionaries(
        [protectedDict(['国家统计局', '应急管理局', '人力资源和社会保障部'], { nearEdits: 'alike' })],
        folding,
      ),
      folding,
      { similarity: similarity(), words: wordOracle(table, folding.map) },
    );
    const office = (body: string) => brief(runRules(offices, body));
    expect(office('据国家统计居天津调查总队数据')).toEqual(['typo.names block 国家统计居']);
    expect(office('应急管理具有重要意义，应急管理局发布预警')).toEqual([]);
    expect(office('根据人力资源和社会保证部等部门的部署')).toEqual(['typo.names block 人力资源和社会保证部']);
    expect(office('人力资源和社会保障局发布通知')).toEqual([]);
    // a short office name (round 30): its suffix's look-alike or same-tone homophone with text running on, only where
    // that starts no word; a homophone tones aside, never (教育补了一个暑假); without the word table, never
    const short = (words?: WordOracle) =>
      createDictionaryRule(
        compileDictionaries([protectedDict(['科技局', '教育部', '医保局'], { nearEdits: 'alike' })], folding),
        folding,
        { similarity: similarity(), ...(words ? { words } : {}) },
      );
    const shortFound = (body: string, words?: WordOracle) => brief(runRules(short(words), body));
    const oracle = wordOracle(table, folding.map);
    expect(shortFound('加强科技骨干队伍建设，孩子在青禾教育补了一个暑假', oracle)).toEqual([]);
    expect(shortFound('国家医保句、科技局联合发文', oracle)).toEqual(['typo.names block 医保句']);
    expect(shortFound('县医保居发布通知', oracle)).toEqual([]);
    expect(shortFound('加强科技骨干队伍建设')).toEqual([]);
  });

  it('a numbered formulation in quotation marks with another numeral', () => {
    const r = createDictionaryRule(
      compileDictionaries(
        [
          // the numbered formulations (`nearNumbered`), their relatives of earlier times in the allow list
          protectedDict(['两个维护', '四个意识', '四个全面', '五位一体'], {
            nearEdits: 'alike',
            nearNumbered: true,
            allow: ['四位一体'],
          }),
          // a formulation with a generic tail: its count is not checked
          { ...protectedDict(['三个务必'], { nearEdits: 'alike' }), id: 'q' },
        ],
        normalizer,
      ),
      normalizer,
      { similarity: similarity() },
    );
    const found = (body: string) => brief(runRules(r, body));
    expect(found('增强“五个意识”，做到“三个维护”。')).toEqual([
      'typo.names block 五个意识',
      'typo.names block 三个维护',
    ]);
    // unquoted it may be a count of something else; quoted relatives that are formulations of their own or of
    // earlier times are left alone
    expect(found('全市选出三个维护队，牢记“两个务必”，统筹推进“四位一体”总体布局。')).toEqual([]);
    // a formulation with a generic tail: local bodies coin their own counts
    expect(found('坚持“两个务必”，还要做到“四个务必”。')).toEqual([]);
  });

  it('an intact term with its first character typed twice at a text edge, or its last before one', () => {
    const r = createDictionaryRule(
      compileDictionaries(
        [protectedDict(['中央军事委员会', '交通运输部', '市场监督管理局', '民族团结进步'], { nearEdits: 'alike' })],
        normalizer,
      ),
      normalizer,
      { similarity: similarity() },
    );
    const found = (body: string) => brief(runRules(r, body));
    expect(found('中中央军事委员会召开会议')).toEqual(['typo.names block 中中央军事委员会']);
    expect(found('来源：交通运输部部')).toEqual(['typo.names block 交通运输部部']);
    // inside a text the first copy may end a word and the last may start one; a level before a body is no doubling
    expect(found('交通运输部部长出席。各族人民民族团结进步。市市场监督管理局发布。')).toEqual([]);
  });

  it('without sound and shape tables only longer slips count', () => {
    const bare = createDictionaryRule(compiled, normalizer);
    expect(runRules(bare, '人民检查院')).toEqual([]);
    expect(brief(runRules(bare, '中华人民大和国'))).toEqual(['typo.names block 中华人民大和国']);
  });

  it('an allow-listed word wins over a slip', () => {
    const d = protectedDict(['人民检察院'], { allow: ['人民检查院'] });
    const r = createDictionaryRule(compileDictionaries([d], normalizer), normalizer, { similarity: similarity() });
    expect(runRules(r, '人民检查院')).toEqual([]);
  });

  it('rejects near terms that are not Chinese words, and patterns', () => {
    const bad = (terms: string[], extra = {}) =>
      dictionarySchema().safeParse({
        format: 1,
        id: 'p',
        name: 'p',
        version: '1',
        category: 'typo',
        requireExamples: false,
        entries: [{ id: 'x', severity: 'block', match: 'near', terms, source: 's', ...extra }],
      }).success;
    expect(bad(['人民法院'])).toBe(true);
    expect(bad(['法'])).toBe(false);
    expect(bad(['ABC公司'])).toBe(false);
    expect(bad(['人民法院'], { pattern: 'x' })).toBe(false);
    expect(bad(['人民法院'], { nearEdits: 'alike' })).toBe(true);
    expect(bad(['人民法院'], { match: 'exact', nearEdits: 'alike' })).toBe(false); // only with match: near
  });

  it('nearEdits "alike": only sound- and look-alike slips, so relatives and following words pass', () => {
    const names = ['工业和信息化部', '市场监督管理局', '人民政府'];
    const any = createDictionaryRule(compileDictionaries([protectedDict(names)], normalizer), normalizer, {
      similarity: similarity(),
    });
    const alike = createDictionaryRule(
      compileDictionaries([protectedDict(names, { nearEdits: 'alike' })], normalizer),
      normalizer,
      { similarity: similarity() },
    );
    const prose = '推动工业和信息化领域转型，做好市场监督管理工作，乡镇市场监督管理所开展检查。';
    expect(runRules(any, prose).length).toBeGreaterThan(0); // any character after seven: the relatives fire
    expect(runRules(alike, prose)).toEqual([]);
    expect(brief(runRules(alike, '县市场监督管里局开展检查。'))).toEqual(['typo.names block 市场监督管里局']);
    expect(brief(runRules(alike, '工业和信息化布发布通知。'))).toEqual(['typo.names block 工业和信息化布']);
    // the office's suffix with text running on: only a close slip that starts no word of its own
    const offices = createDictionaryRule(
      compileDictionaries([protectedDict(['生态环境部', '应急管理局'], { nearEdits: 'alike' })], normalizer),
      normalizer,
      { similarity: similarity() },
    );
    const quiet = '保持生态环境不恶化，建立生态环境补偿机制，应急管理具有重要意义。';
    expect(runRules(offices, quiet)).toEqual([]);
    expect(brief(runRules(offices, '省生态环境布发布通知。'))).toEqual(['typo.names block 生态环境布']);
    expect(runRules(offices, '市应急管理居发布预警。')).toEqual([]); // another tone, text running on
    expect(brief(runRules(offices, '生态环境补。'))).toEqual(['typo.names block 生态环境补']);
    // a homophone word in a four-character term (政府 → 征服), not a pair across its middle
    expect(brief(runRules(alike, '区人民征服工作报告'))).toEqual(['typo.names block 人民征服']);
    expect(runRules(alike, '人正付')).toEqual([]);
    // four characters: a swap of two content characters (not 之/和: another phrase may read so)
    const four = createDictionaryRule(
      compileDictionaries([protectedDict(['共同富裕', '奢靡之风'])], normalizer),
      normalizer,
      { similarity: similarity() },
    );
    expect(brief(runRules(four, '扎实推进共同裕富。'))).toEqual(['typo.names block 共同裕富']);
    expect(runRules(four, '扎实推进共同富裕，反对奢之靡风。').map((f) => f.text)).toEqual([]);
    // a missing inner content character from eight characters on; not a function character, not in shorter names
    const long = createDictionaryRule(
      compileDictionaries(
        [protectedDict(['住房和城乡建设局', '人力资源和社会保障局'], { nearEdits: 'alike' })],
        normalizer,
      ),
      normalizer,
      { similarity: similarity() },
    );
    expect(brief(runRules(long, '区住房和城乡建局发布通知。'))).toEqual(['typo.names block 住房和城乡建局']);
    expect(runRules(long, '市人力资源社会保障局发布通知。')).toEqual([]); // 和 dropped: the official short form
    expect(runRules(long, '区住房城乡建设局发布通知。')).toEqual([]);
    expect(runRules(alike, '市场监督管局开展检查。')).toEqual([]); // seven characters: relatives too close
    // the flag survives serialization (the content script gets the compiled form)
    const round = deserializeCompiled(
      serializeCompiled(compileDictionaries([protectedDict(names, { nearEdits: 'alike' })], normalizer)),
    );
    expect(runRules(createDictionaryRule(round, normalizer, { similarity: similarity() }), prose)).toEqual([]);
  });
});

describe('uniqueCodePoints', () => {
  it('is [...new Set(s)] without the given character, astral characters and lone surrogates included', () => {
    const unit = fc.constantFrom('政', '正', '征', 'a', '𠀀', '𠀁', '\ud800', '\udc00', '中');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), unit, (parts, except) => {
        const s = parts.join('');
        expect(uniqueCodePoints(s, except)).toBe([...new Set(s)].filter((c) => c !== except).join(''));
      }),
    );
    // Nothing is left marked between calls.
    expect(uniqueCodePoints('政政正', '')).toBe('政正');
    expect(uniqueCodePoints('正政', '正')).toBe('政');
  });
});
