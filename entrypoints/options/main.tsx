import { render } from 'preact';
import { initPageLocale } from '../../components/common/locale';
import '../../components/common/base.css';
import '../../components/options/options.css';
import { App } from '../../components/options/App';

// The language setting is read first so the page renders once, in its language.
void initPageLocale('titleOptions').then(() => render(<App />, document.getElementById('app') as HTMLElement));
