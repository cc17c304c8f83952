import { render } from 'preact';
import { initPageLocale } from '../../components/common/locale';
import '../../components/common/base.css';
import '../../components/queue/queue.css';
import { App } from '../../components/queue/App';

// The language setting is read first so the page renders once, in its language.
void initPageLocale('titleQueue').then(() => render(<App />, document.getElementById('app') as HTMLElement));
