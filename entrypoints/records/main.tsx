import { render } from 'preact';
import { initPageLocale } from '../../components/common/locale';
import '../../components/common/base.css';
import '../../components/history/history.css';
import { App } from '../../components/history/App';

// The language setting is read first so the page renders once, in its language.
void initPageLocale('titleRecords').then(() => render(<App />, document.getElementById('app') as HTMLElement));
