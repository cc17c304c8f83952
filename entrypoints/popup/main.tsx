import { render } from 'preact';
import { initPageLocale } from '../../components/common/locale';
import '../../components/common/base.css';
import '../../components/popup/popup.css';
import { App } from '../../components/popup/App';

// The language setting is read first so the page renders once, in its language.
void initPageLocale('titlePopup').then(() => render(<App />, document.getElementById('app') as HTMLElement));
