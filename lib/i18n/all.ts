import { en } from './en';
import { registerStrings } from './index';
import { pagesEn } from './pages-en';
import { pagesZh } from './pages-zh';

/** Every UI string in every language, for extension pages and the background. */
registerStrings('zh_CN', pagesZh);
registerStrings('en', en);
registerStrings('en', pagesEn);

export * from './index';
export type { PageKey } from './pages-zh';
