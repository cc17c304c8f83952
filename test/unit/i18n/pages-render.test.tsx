import { parseHTML } from 'linkedom';
import { type ComponentChild, render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LevelSelect } from '../../../components/common/ReviewerPicker';
import { FilterBar } from '../../../components/history/FilterBar';
import { Retention } from '../../../components/history/Retention';
import { AuditTable, ChecksTable, SignoffsTable } from '../../../components/history/Tables';
import { ReportView } from '../../../components/options/import-export/ReportView';
import { type Locale, setLocale } from '../../../lib/i18n/all';

/** Renders a page component into a DOM (linkedom) and returns its text. */
function renderText(locale: Locale, node: ComponentChild): string {
  setLocale(locale);
  const root = document.createElement('div');
  render(node, root as unknown as HTMLElement);
  return root.textContent ?? '';
}

const HAN = /\p{Script=Han}/u;
const empty = { checks: [], signoffs: [], audit: [] };
const noSave = async () => ({ ok: true as const, message: '' });

beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  (globalThis as { document?: unknown }).document = document;
});
afterEach(() => setLocale('zh_CN'));

describe('records page components', () => {
  it('shows the filter bar in English, and in Chinese by default', () => {
    const bar = <FilterBar filter={{}} accounts={['县融媒']} reviewers={['王审核']} onChange={() => undefined} />;
    const english = renderText('en', bar);
    expect(english).toContain('All accounts');
    expect(english).toContain('Publish attempt');
    expect(english).toContain('Clear filters');
    // Only the data (account and reviewer names) stays Chinese.
    expect(english.replace(/县融媒|王审核/g, '')).not.toMatch(HAN);
    expect(renderText('zh_CN', bar)).toContain('全部账号');
  });

  it('shows the empty tables and the retention card in English', () => {
    const text = renderText(
      'en',
      <>
        <ChecksTable rows={[]} />
        <SignoffsTable rows={[]} />
        <AuditTable rows={[]} />
        <Retention days={730} floorDays={180} locked={false} data={empty} onSave={noSave} />
      </>,
    );
    expect(text).toContain('No matching records.');
    expect(text).toContain('Signed at');
    expect(text).toContain('Retention');
    expect(text).toContain('at least 180 days');
    expect(text).not.toMatch(HAN);
  });
});

describe('options and review controls', () => {
  it('shows the import report in English', () => {
    const report = {
      ok: true,
      entryCount: 3,
      errors: [],
      duplicates: [{ term: '大陆', lines: [2, 5] }],
      conflicts: [],
    };
    const text = renderText('en', <ReportView report={report} />);
    expect(text).toContain('Valid: 3 entries.');
    expect(text).toContain('1 duplicate entries');
    expect(text).toContain('line(s) 2, 5');
    expect(renderText('zh_CN', <ReportView report={report} />)).toContain('校验通过：3 个词条。');
  });

  it('names the review levels in the UI language', () => {
    const select = <LevelSelect value={1} onChange={() => undefined} testid="l" />;
    expect(renderText('en', select)).toBe('Level 1 reviewLevel 2 reviewFinal review');
    expect(renderText('zh_CN', select)).toBe('初审复审终审');
  });
});
