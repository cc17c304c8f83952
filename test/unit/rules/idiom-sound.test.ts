import { describe, expect, it } from 'vitest';
import { Normalizer } from '../../../lib/engine/normalize';
import { createIdiomSoundRule } from '../../../lib/rules/idiom-sound';
import { createIdiomRule } from '../../../lib/rules/idioms';
import { brief, runRules } from '../../helpers/check';
import { idiomList, pinyinTable, ruleLists, seedText, similarity } from './tables-fixture';

const normalizer = new Normalizer();
const fold = (s: string) => normalizer.normalize(s);
const rule = createIdiomSoundRule(idiomList(), pinyinTable(), { ...ruleLists().idioms, fold });

describe('typo.idiom-double (an idiom with two same-sound characters wrong)', () => {
  it.each([
    ['车辆穿流不熄。', '穿流不熄', '川流不息', '“穿”应为“川”、“熄”应为“息”'],
    ['这座建筑美仑美幻。', '美仑美幻', '美轮美奂', '“仑”应为“轮”、“幻”应为“奂”'],
    ['要精义求菁，做好服务。', '精义求菁', '精益求精', '“义”应为“益”、“菁”应为“精”'],
  ])('flags %s', (body, text, idiom, detail) => {
    const f = runRules(rule, body);
    expect(brief(f)).toEqual([`typo.idiom-double warn ${text}`]);
    expect(f[0]!.suggestions).toEqual([idiom]);
    expect(f[0]!.message).toContain(detail);
  });

  it.each([
    ['车辆川流不息。', 'the idiom itself'],
    ['加快农业转移人口市民化。', '移人口市 reads like 贻人口实 only with tones aside'],
    ['产量达到三百五十六亿斤。', '五十六亿 reads like 五石六鹢: numerals'],
    ['这些改革不可能一蹴而就。', '革不可能 like 急不可耐 only through rare readings of 革 and 能'],
    ['一切艱難困苦都能克服。', 'traditional characters of the idiom'],
    ['文章画中有画，耐人寻味。', 'an ordinary phrase (allow list)'],
    ['要防止忿世嫉俗的情绪。', 'one character away from 愤世嫉俗: the one-character rule’s'],
    ['车辆川流不熄。', 'one character wrong: the one-character rule’s'],
  ])('leaves %s alone (%s)', (body) => {
    expect(runRules(rule, body)).toEqual([]);
  });

  it('is quiet on the Qingdao notice', () => {
    expect(runRules(rule, seedText())).toEqual([]);
  });

  it('leaves one-character slips to the idiom rule, which still finds them', () => {
    const one = createIdiomRule(idiomList(), pinyinTable(), { ...ruleLists().idioms, similarity: similarity(), fold });
    expect(brief(runRules([one, rule], '车辆川流不熄。'))).toEqual(['typo.idiom-homophone warn 川流不熄']);
  });
});
