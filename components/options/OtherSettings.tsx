import { useEffect, useState } from 'preact/hooks';
import type { LengthLimits } from '../../lib/engine/config';
import { t } from '../../lib/i18n/all';
import { LENGTH_LIMIT_LABELS, LOCALE_LABELS } from '../../lib/options/labels';
import {
  DEFAULT_LENGTH_LIMITS,
  parseDomains,
  parseLengthLimits,
  parseList,
  parseSpellingWords,
} from '../../lib/options/validate';
import { applyLocalePref } from '../common/locale';
import { useOptions } from './data';
import { Names } from './other/Names';
import { useSave } from './other/use-save';
import { Field, Message, Section, value } from './ui';

/** 其他设置: UI language, operator, spelling words, approved domains and sources, length limits, leader names. */
export function OtherSettings() {
  return (
    <Section id="other" title={t('navOther')}>
      <General />
      <Lists />
      <LengthLimitsCard />
      <Names />
      <div class="card">
        <h2>{t('otherRecords')}</h2>
        <p>
          {t('otherRecordsText')}
          <a href="/records.html" target="_blank" rel="noreferrer" data-testid="history-link">
            {t('otherRecordsOpen')}
          </a>
          {t('otherRecordsTail')}
        </p>
      </div>
    </Section>
  );
}

function General() {
  const { loaded } = useOptions();
  const s = loaded.settings;
  const [locale, setLoc] = useState(s.locale);
  const [operator, setOperator] = useState(s.operator);
  const [error, setError] = useState<string>();
  const { outcome, busy, save } = useSave();
  useEffect(() => {
    setLoc(s.locale);
    setOperator(s.operator);
  }, [s.locale, s.operator]);

  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        const op = operator.trim();
        if (op.length > 40) return setError(t('max40'));
        setError(undefined);
        void save((x) => ({ ...x, locale, operator: op }), 'general settings').then((out) => {
          if (out.ok) applyLocalePref(locale);
        });
      }}
      data-testid="general-form"
    >
      <h2>{t('otherGeneral')}</h2>
      <div class="grid2">
        <Field label={t('localeLabel')} hint={t('localeHint')}>
          <div class="row">
            {(['auto', 'zh_CN', 'en'] as const).map((l) => (
              <label key={l} class="radio">
                <input
                  type="radio"
                  name="locale"
                  checked={locale === l}
                  onChange={() => setLoc(l)}
                  data-testid={`locale-${l}`}
                />
                {l === 'auto' ? t('localeAuto') : LOCALE_LABELS[l]}
              </label>
            ))}
          </div>
        </Field>
        <Field label={t('operator')} error={error} hint={t('operatorHint')} testid="operator">
          <input
            type="text"
            value={operator}
            maxLength={40}
            onInput={(e) => setOperator(value(e))}
            data-testid="operator"
          />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="general-save">
        {t('save')}
      </button>
      <Message outcome={outcome} testid="general-message" />
    </form>
  );
}

function Lists() {
  const { loaded } = useOptions();
  const s = loaded.settings;
  const [spelling, setSpelling] = useState(s.spellingWords.join('\n'));
  const [domains, setDomains] = useState(s.extraDomains.join('\n'));
  const [sources, setSources] = useState(s.extraSources.join('\n'));
  const [errors, setErrors] = useState<{ spelling?: string; domains?: string }>({});
  const { outcome, busy, save } = useSave();
  useEffect(() => {
    setSpelling(s.spellingWords.join('\n'));
    setDomains(s.extraDomains.join('\n'));
    setSources(s.extraSources.join('\n'));
  }, [s.spellingWords, s.extraDomains, s.extraSources]);

  function submit(e: Event) {
    e.preventDefault();
    const w = parseSpellingWords(spelling);
    const d = parseDomains(domains);
    setErrors({ spelling: w.ok ? undefined : w.error, domains: d.ok ? undefined : d.error });
    if (!w.ok || !d.ok) return;
    const src = parseList(sources);
    void save((x) => ({ ...x, spellingWords: w.value, extraDomains: d.value, extraSources: src }), 'word lists');
  }

  return (
    <form class="card" onSubmit={submit} data-testid="lists-form">
      <h2>{t('listsHeading')}</h2>
      <div class="grid3">
        <Field label={t('spellingWords')} error={errors.spelling} hint={t('spellingWordsHint')} testid="spelling-words">
          <textarea rows={6} value={spelling} onInput={(e) => setSpelling(value(e))} data-testid="spelling-words" />
        </Field>
        <Field label={t('extraDomains')} error={errors.domains} hint={t('extraDomainsHint')} testid="extra-domains">
          <textarea rows={6} value={domains} onInput={(e) => setDomains(value(e))} data-testid="extra-domains" />
        </Field>
        <Field label={t('extraSources')} hint={t('extraSourcesHint')}>
          <textarea rows={6} value={sources} onInput={(e) => setSources(value(e))} data-testid="extra-sources" />
        </Field>
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="lists-save">
        {t('save')}
      </button>
      <Message outcome={outcome} testid="lists-message" />
    </form>
  );
}

type LimitKey = keyof LengthLimits;
const LIMIT_KEYS = Object.keys(LENGTH_LIMIT_LABELS) as LimitKey[];

function LengthLimitsCard() {
  const { loaded } = useOptions();
  const limits = loaded.settings.lengthLimits;
  const toForm = () => Object.fromEntries(LIMIT_KEYS.map((k) => [k, limits[k] === undefined ? '' : String(limits[k])]));
  const [form, setForm] = useState<Record<string, string>>(toForm);
  const [errors, setErrors] = useState<Partial<Record<LimitKey, string>>>({});
  const { outcome, busy, save } = useSave();
  useEffect(() => setForm(toForm()), [limits]);

  async function submit(e: Event) {
    e.preventDefault();
    const r = parseLengthLimits(form);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    await save((x) => ({ ...x, lengthLimits: r.value }), 'length limits');
  }

  return (
    <form class="card" onSubmit={(e) => void submit(e)} data-testid="limits-form">
      <h2>{t('limitsHeading')}</h2>
      <p class="muted">{t('limitsHint')}</p>
      <div class="grid4">
        {LIMIT_KEYS.map((k) => (
          <Field key={k} label={t(`limit_${k}`)} error={errors[k]} testid={`limit-${k}`}>
            <input
              type="number"
              min={1}
              value={form[k]}
              placeholder={String(DEFAULT_LENGTH_LIMITS[k])}
              onInput={(e) => setForm((f) => ({ ...f, [k]: value(e) }))}
              data-testid={`limit-${k}`}
            />
          </Field>
        ))}
      </div>
      <button type="submit" class="primary" disabled={busy} data-testid="limits-save">
        {t('save')}
      </button>
      <Message outcome={outcome} testid="limits-message" />
    </form>
  );
}
