import type { ComponentChildren } from 'preact';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../../lib/engine/types';
import { pick, t } from '../../lib/i18n/all';
import type { Outcome } from './data';

/** Small building blocks shared by the options sections. */

export function Switch(props: {
  checked: boolean;
  disabled?: boolean;
  label: string;
  testid?: string;
  onChange(checked: boolean): void;
}) {
  return (
    <label class={`switch${props.disabled ? ' disabled' : ''}`} title={props.label}>
      <input
        type="checkbox"
        role="switch"
        aria-checked={props.checked}
        checked={props.checked}
        disabled={props.disabled}
        aria-label={props.label}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
        data-testid={props.testid}
      />
      <span class="track" aria-hidden="true" />
      <span class="switch-text">{props.checked ? t('switchOn') : t('switchOff')}</span>
    </label>
  );
}

/** 🔒 note for values fixed by enterprise policy. */
export function LockNote({ children, testid }: { children?: ComponentChildren; testid?: string }) {
  return (
    <span class="lock-note" data-testid={testid ?? 'lock-note'}>
      🔒 {children ?? t('policyLocked')}
    </span>
  );
}

export function Message({ outcome, testid }: { outcome?: Outcome; testid: string }) {
  if (!outcome) return null;
  return (
    <p class={`notice ${outcome.ok ? 'ok' : 'error'}`} role="status" data-testid={testid}>
      {outcome.message}
    </p>
  );
}

/** A labelled form row with its error right next to the field. */
export function Field(props: {
  label: string;
  error?: string;
  hint?: ComponentChildren;
  testid?: string;
  children: ComponentChildren;
}) {
  return (
    <div class={`field${props.error ? ' has-error' : ''}`}>
      <label>
        <span class="field-label">{props.label}</span>
        {props.children}
      </label>
      {props.hint && <span class="hint muted">{props.hint}</span>}
      {props.error && (
        <span class="field-error error" data-testid={props.testid ? `${props.testid}-error` : undefined}>
          {props.error}
        </span>
      )}
    </div>
  );
}

export function Section(props: { title: string; id: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section class="section" data-testid={`section-${props.id}`} aria-labelledby={`h-${props.id}`}>
      <h1 id={`h-${props.id}`}>{props.title}</h1>
      {props.intro && <p class="muted intro">{props.intro}</p>}
      {props.children}
    </section>
  );
}

export function formatTime(iso: string | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('zh-CN', { hour12: false });
}

export const value = (e: Event) => (e.currentTarget as HTMLInputElement).value;

/** A select of the contract's categories, labelled in Chinese. */
export function CategorySelect(props: { value: Category; onChange(c: Category): void; testid: string }) {
  return (
    <select
      value={props.value}
      onChange={(e) => props.onChange((e.target as HTMLSelectElement).value as Category)}
      data-testid={props.testid}
    >
      {CATEGORIES.map((c) => (
        <option key={c} value={c}>
          {pick(CATEGORY_LABELS[c])}
        </option>
      ))}
    </select>
  );
}
