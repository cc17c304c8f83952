import { t } from '../../lib/i18n/all';

/**
 * The one way reviewers and review levels are chosen: the options page (a reviewer's level, a new reviewer's
 * level), the popup's sign-off form and the override authorisation page all use these controls.
 */

export const REVIEW_LEVELS = [1, 2, 3] as const;

/** 初审 / 复审 / 终审 in the UI language (empty for a level outside 1–3). */
export function levelLabel(level: number): string {
  return level === 1 || level === 2 || level === 3 ? t(`levelName${level}`) : '';
}

/** A reviewer as people read it: 王审核（初审）. */
export function reviewerLabel(r: { name: string; level: number }): string {
  return `${r.name}（${levelLabel(r.level)}）`;
}

/** A select of the review levels 初审/复审/终审. */
export function LevelSelect(props: {
  value: number;
  onChange(level: number): void;
  disabled?: boolean;
  ariaLabel?: string;
  testid: string;
}) {
  return (
    <select
      value={String(props.value)}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      data-testid={props.testid}
    >
      {REVIEW_LEVELS.map((l) => (
        <option key={l} value={String(l)}>
          {levelLabel(l)}
        </option>
      ))}
    </select>
  );
}

/** A select of the configured reviewers (姓名（级别）, plus an optional note such as “未设 PIN”). */
export function ReviewerSelect<R extends { id: string; name: string; level: number }>(props: {
  reviewers: readonly R[];
  value: string | undefined;
  onChange(id: string): void;
  note?(reviewer: R): string;
  testid: string;
}) {
  return (
    <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)} data-testid={props.testid}>
      {props.reviewers.map((r) => (
        <option key={r.id} value={r.id}>
          {reviewerLabel(r)}
          {props.note?.(r) ?? ''}
        </option>
      ))}
    </select>
  );
}
