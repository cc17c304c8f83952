import { describe, expect, it } from 'vitest';
import { createPlenarySessionRule } from '../../../lib/rules/plenary-sessions';
import { brief, runRules } from '../../helpers/check';

const rule = createPlenarySessionRule();
const on = (today: string, body: string) => brief(runRules(rule, body, { today }));

describe('formulation.plenary-session: a plenary session named with the wrong ordinal for its date', () => {
  it('reads a year and month before the mention, a date after it, and the draft date', () => {
    expect(on('2024-08-20', '2013年11月召开的党的十九届三中全会，开启了全面深化改革的新时代。')).toEqual([
      'formulation.plenary-session block 十九届三中全会',
    ]);
    const [f] = runRules(rule, '党的二十届三中全会10月20日至23日在北京举行。', { today: '2025-10-24' });
    expect(f!.suggestions).toEqual(['二十届四中全会']);
    // not yet held in March 2025
    expect(on('2025-03-01', '深入学习贯彻党的二十届四中全会精神。')).toEqual([
      'formulation.plenary-session block 二十届四中全会',
    ]);
  });

  it('accepts the right session, an announcement a month ahead and sentences about several sessions', () => {
    expect(on('2024-08-20', '2013年11月召开的党的十八届三中全会，开启了全面深化改革的新时代。')).toEqual([]);
    expect(on('2025-10-24', '党的二十届四中全会10月20日至23日在北京举行。')).toEqual([]);
    expect(on('2025-09-29', '中共中央政治局决定，党的二十届四中全会于10月20日至23日在北京召开。')).toEqual([]);
    // announced without its dates about two and a half months ahead (2024-04-30 for 2024-07-15)
    expect(on('2024-04-30', '党的二十届三中全会将于7月在北京召开。')).toEqual([]);
    expect(on('2025-03-01', '深入学习贯彻党的二十届三中全会精神。')).toEqual([]);
    expect(on('2024-08-20', '从2013年的十八届三中全会到2024年的二十届三中全会，改革不断深化。')).toEqual([]);
  });
});
