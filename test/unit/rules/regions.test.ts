import { describe, expect, it } from 'vitest';
import { createRegionRule } from '../../../lib/rules/regions';
import { brief, runRules } from '../../helpers/check';

const rule = createRegionRule();

describe('港澳台 listed as countries', () => {
  it.each([
    ['科创园已吸引美国、德国、香港、台湾等12个国家的创业团队入驻。', '香港、台湾等12个国家'],
    ['来自日本、韩国、澳门等国家的游客', '澳门等国家'],
    ['港澳台等十多个国家的选手参赛', '港澳台等十多个国家'],
    // a number with 多 after it
    ['游客主要来自韩国、日本、香港、澳门、台湾等20多个国家。', '香港、澳门、台湾等20多个国家'],
  ])('flags %s', (text, span) => {
    expect(brief(runRules(rule, text))).toEqual([`formulation.hk-mo-tw-country block ${span}`]);
    expect(runRules(rule, text)[0]!.suggestions).toEqual([`${span}和地区`]);
  });
  it.each([
    '来自美国、德国、香港、台湾等12个国家和地区的创业团队',
    '吸引了美国、香港、台湾等国家（地区）的客商',
    '来自香港、澳门等地区和国家的学者',
    '香港是国家的一部分。',
    '台湾是中国领土不可分割的一部分，国家统一是大势所趋。',
    '共有30个国家的代表出席，另有香港代表团列席。',
  ])('does not flag %s', (text) => {
    expect(runRules(rule, text)).toEqual([]);
  });
  it('stays linear on a long adversarial paragraph', () => {
    expect(runRules(rule, `香港${'、台湾'.repeat(200_000)}国家`)).toEqual([]);
  });
});
