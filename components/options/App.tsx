import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type PageKey, t } from '../../lib/i18n/all';
import { applyLocalePref } from '../../lib/i18n/page';
import { ConfigStore } from '../../lib/store/settings-store';
import { AdminBar } from '../common/AdminBar';
import { useAsync } from '../common/hooks';
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
  { id: 'dictionaries', label: '词库' },
  { id: 'import', label: '导入导出' },
  { id: 'rules', label: '规则设置' },
  { id: 'profiles', label: '账号配置' },
  { id: 'review', label: '审核与发布' },
  { id: 'team', label: '团队审核' },
  { id: 'subscription', label: '订阅与策略' },
  { id: 'other', label: '其他设置' },
  { id: 'test', label: '测试' },
] as const;
type SectionId = (typeof NAV)[number]['id'];

function sectionFromHash(): SectionId {
  const h = location.hash.replace(/^#/, '');
  return (NAV.find((n) => n.id === h)?.id ?? 'dictionaries') as SectionId;
}

/** 发布审校 · 设置: dictionaries, rules, profiles, review, subscription, policy and a live test box. */
export function App() {
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
      <nav class="side" aria-label="设置导航">
        <div class="brand">
          <strong>发布审校</strong>
          <span class="muted" data-testid="options-title">
            设置与词库
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
                {n.label}
              </a>
            </li>
          ))}
        </ul>
        <a class="side-link" href="/records.html" target="_blank" rel="noreferrer" data-testid="nav-history">
          审核与检查记录 ↗
        </a>
      </nav>
      <main class="content">
        {!ctx ? (
          page.error ? (
            <div class="notice error" data-testid="options-error">
              <p>无法读取设置：{page.error}</p>
              <button type="button" onClick={() => setGen((n) => n + 1)}>
                重试
              </button>
            </div>
          ) : (
            <p class="muted">正在读取…</p>
          )
        ) : (
          <OptionsContext.Provider value={ctx}>
            <AdminBar onChange={() => setGen((n) => n + 1)} />
            {ctx.loaded.corrupt && (
              <p class="notice warn" data-testid="options-settings-corrupt">
                设置记录有无效字段（{ctx.loaded.problems.map((p) => p || '整条记录').join('、')}
                ），这些字段按默认值显示，其余设置照常保留；下次保存时原记录会备份为 settings-backup。
              </p>
            )}
            {page.error && <p class="notice error">刷新失败：{page.error}</p>}
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
