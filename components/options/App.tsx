import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type PageKey, t } from '../../lib/i18n/all';
import { ConfigStore } from '../../lib/store/settings-store';
import { AdminBar } from '../common/AdminBar';
import { useAsync, useLocale } from '../common/hooks';
import { applyLocalePref } from '../common/locale';
import { Dictionaries } from './Dictionaries';
import { loadAll, loadEngine, OptionsActions, OptionsContext, type OptionsContextValue } from './data';
import { ImportExport } from './ImportExport';
import { OtherSettings } from './OtherSettings';
import { Profiles } from './Profiles';
import { Review } from './Review';
import { RuleSettings } from './RuleSettings';
import { Subscription } from './Subscription';
import { Team } from './Team';
import { TestBox } from './TestBox';

const NAV = [
  { id: 'dictionaries', label: 'navDictionaries' },
  { id: 'import', label: 'navImport' },
  { id: 'rules', label: 'navRules' },
  { id: 'profiles', label: 'navProfiles' },
  { id: 'review', label: 'navReview' },
  { id: 'team', label: 'navTeam' },
  { id: 'subscription', label: 'navSubscription' },
  { id: 'other', label: 'navOther' },
  { id: 'test', label: 'navTest' },
] as const satisfies readonly { id: string; label: PageKey }[];
type SectionId = (typeof NAV)[number]['id'];

function sectionFromHash(): SectionId {
  const h = location.hash.replace(/^#/, '');
  return (NAV.find((n) => n.id === h)?.id ?? 'dictionaries') as SectionId;
}

/** 发布审校 · 设置: dictionaries, rules, profiles, review, subscription, policy and a live test box. */
export function App() {
  useLocale();
  const [section, setSection] = useState<SectionId>(sectionFromHash);
  const [gen, setGen] = useState(0);
  const [engineGen, setEngineGen] = useState(0);
  const config = useMemo(() => new ConfigStore(), []);
  const page = useAsync(() => loadAll(config), [gen]);
  const engine = useAsync(() => loadEngine('generic'), [engineGen]);
  const latest = useRef<{ loaded?: typeof page.data; rules: NonNullable<typeof engine.data>['rules'] }>({ rules: [] });
  latest.current = { loaded: page.data, rules: engine.data?.rules ?? latest.current.rules };
  const actions = useMemo(
    () =>
      new OptionsActions(
        () => latest.current,
        ({ engine: e }) => {
          setGen((n) => n + 1);
          if (e) setEngineGen((n) => n + 1);
        },
      ),
    [],
  );

  useEffect(() => {
    const onHash = () => setSection(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (page.data) applyLocalePref(page.data.settings.locale);
  }, [page.data]);

  const loaded = page.data;
  const ctx: OptionsContextValue | undefined = loaded && {
    loaded,
    engine: engine.data,
    engineError: engine.error,
    actions,
    reload: () => setGen((n) => n + 1),
    reloadEngine: () => {
      setGen((n) => n + 1);
      setEngineGen((n) => n + 1);
    },
  };

  return (
    <div class="options" data-testid="options-app">
      <nav class="side" aria-label={t('optionsNav')}>
        <div class="brand">
          <strong>{t('titlePopup')}</strong>
          <span class="muted" data-testid="options-title">
            {t('linkOptions')}
          </span>
        </div>
        <ul>
          {NAV.map((n) => (
            <li key={n.id}>
              <a
                href={`#${n.id}`}
                class={section === n.id ? 'active' : ''}
                aria-current={section === n.id ? 'page' : undefined}
                data-testid={`nav-${n.id}`}
              >
                {t(n.label)}
              </a>
            </li>
          ))}
        </ul>
        <a class="side-link" href="/records.html" target="_blank" rel="noreferrer" data-testid="nav-history">
          {t('optionsRecordsLink')}
        </a>
      </nav>
      <main class="content">
        {!ctx ? (
          page.error ? (
            <div class="notice error" data-testid="options-error">
              <p>{t('optionsReadError', { error: page.error })}</p>
              <button type="button" onClick={() => setGen((n) => n + 1)}>
                {t('retry')}
              </button>
            </div>
          ) : (
            <p class="muted">{t('loading')}</p>
          )
        ) : (
          <OptionsContext.Provider value={ctx}>
            <AdminBar onChange={() => setGen((n) => n + 1)} />
            {ctx.loaded.corrupt && (
              <p class="notice warn" data-testid="options-settings-corrupt">
                {t('optionsCorrupt', {
                  fields: ctx.loaded.problems.map((p) => p || t('optionsWholeRecord')).join(t('listSep')),
                })}
              </p>
            )}
            {page.error && <p class="notice error">{t('optionsRefreshError', { error: page.error })}</p>}
            {section === 'dictionaries' && <Dictionaries />}
            {section === 'import' && <ImportExport />}
            {section === 'rules' && <RuleSettings />}
            {section === 'profiles' && <Profiles />}
            {section === 'review' && <Review />}
            {section === 'team' && <Team />}
            {section === 'subscription' && <Subscription />}
            {section === 'other' && <OtherSettings />}
            {section === 'test' && <TestBox />}
          </OptionsContext.Provider>
        )}
      </main>
    </div>
  );
}
