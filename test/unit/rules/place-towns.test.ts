import { describe, expect, it } from 'vitest';
import { createTownRule } from '../../../lib/rules/place-towns';
import { parseDivisions } from '../../../lib/rules/places';
import { brief, runRules } from '../../helpers/check';
import { readProjectFile, similarity } from './tables-fixture';

const rule = createTownRule(
  parseDivisions(readProjectFile('dictionaries/data/divisions.txt')),
  readProjectFile('dictionaries/data/towns.txt'),
  similarity(),
);
const towns = (body: string, author?: string) => brief(runRules(rule, { body, ...(author ? { author } : {}) }));

describe('typo.town-name: a township of a county the draft names, written one character off', () => {
  it('warns on a same-sound or look-alike character, a dropped or doubled one and a swap', () => {
    expect(towns('婺源县江弯镇开展春耕生产。')).toEqual(['typo.town-name warn 江弯镇']);
    expect(towns('婺源县召开会议，段辛乡、江湾镇参加。')).toEqual(['typo.town-name warn 段辛乡']);
    expect(towns('北京市海淀区中关街道召开会议。')).toEqual(['typo.town-name warn 中关街道']);
    expect(towns('海淀区中关村村街道召开会议。')).toEqual(['typo.town-name warn 中关村村街道']);
    expect(towns('婺源县湾江镇开展春耕生产。')).toEqual(['typo.town-name warn 湾江镇']);
    const [f] = runRules(rule, { body: '诸暨市枫乔镇调解员说。' });
    expect(f!.suggestions).toEqual(['枫桥镇']);
    expect(f!.message).toContain('诸暨市');
  });

  it('reads the county off the author line, or off its stem before the town', () => {
    expect(towns('江弯镇开展春耕生产。', '婺源县人民政府')).toEqual(['typo.town-name warn 江弯镇']);
    expect(towns('江弯镇开展春耕生产。', '婺源文旅')).toEqual(['typo.town-name warn 江弯镇']);
    // or off a county's stem right before the town
    expect(towns('来婺源江弯镇看油菜花。')).toEqual(['typo.town-name warn 江弯镇']);
    expect(towns('来婺源江湾镇看油菜花。')).toEqual([]);
  });

  it('stays quiet on right names, another suffix, real towns elsewhere, no county and no boundary', () => {
    expect(towns('婺源县江湾镇、段莘乡开展春耕生产。')).toEqual([]);
    // 2023's table may predate a 乡 made 镇
    expect(towns('婺源县江湾乡开展春耕生产。')).toEqual([]);
    // no county named: an invented or unknown county's town
    expect(towns('江弯镇开展春耕生产。')).toEqual([]);
    // inside a word, not after a boundary
    expect(towns('婺源县推进新型城镇化。')).toEqual([]);
  });
});
