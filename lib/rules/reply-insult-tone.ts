/**
 * An insult in a reply (你脑子进水了吧, 神经病) is two faults at once: a vulgar word (sensitive, block) and a reply in
 * the wrong tone (opinion, warn). Inspectors list it under either, so the insult rules name this one as their
 * companion: the checker reports it on the sentence around each insult it keeps at warn or block.
 */
import type { DocumentRule, RuleMeta, RuleModule } from '../engine/rule';

export const REPLY_INSULT_TONE: RuleMeta = {
  id: 'opinion.reply-insult-tone',
  category: 'opinion',
  severity: 'warn',
  title: '回复辱骂挖苦群众',
  message: '这句话含有辱骂、挖苦他人的用语，语气不尊重。政务账号应文明礼貌，回复群众应耐心解答。',
};

/** The insult rules: the dictionary's reply entries (dictionaries/replies.json) and the reply-tone word lists. */
const INSULT_RULES = new Set([
  'sensitive.reply-insult',
  'sensitive.reply-insult-reply',
  'sensitive.reply-wc',
  'sensitive.reply-insult-word',
  'sensitive.reply-latin-vulgar',
]);

/** Names the companion on the insult rules among `modules`; returns the module that declares it (it checks nothing). */
export function replyInsultTone(modules: readonly RuleModule[]): DocumentRule {
  for (const m of modules) for (const r of m.rules) if (INSULT_RULES.has(r.id)) r.companion = REPLY_INSULT_TONE.id;
  return { kind: 'document', rules: [REPLY_INSULT_TONE], check() {} };
}
