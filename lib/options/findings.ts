import type { RichFinding } from '../engine/types';

/** Short context around a finding for the list ("…前文【命中】后文…"). */
export function findingContext(text: string, f: Pick<RichFinding, 'start' | 'end'>, around = 12): string {
  const from = Math.max(0, f.start - around);
  const to = Math.min(text.length, f.end + around);
  return `${from > 0 ? '…' : ''}${text.slice(from, f.start)}【${text.slice(f.start, f.end)}】${text.slice(f.end, to)}${to < text.length ? '…' : ''}`;
}
