import type { RuleSetting } from '../../lib/engine/config';
import { t } from '../../lib/i18n/all';
import type { GateMode } from '../../lib/messaging/protocol';

/** Labels of the options page in the UI language (lib/options/labels.ts keeps the Chinese ones for audit summaries). */

export function gateModeLabel(mode: GateMode): string {
  return t(`gateMode_${mode}`);
}

export function requiredLevelsLabel(levels: number): string {
  return levels === 0 || levels === 1 || levels === 2 || levels === 3 ? t(`requiredLevels_${levels}`) : String(levels);
}

export function ruleSettingText(setting: RuleSetting | 'default'): string {
  return t(`ruleSetting_${setting}`);
}
