import { en } from './en';
import { registerStrings } from './index';

/** Every UI language, for extension pages (the content script gets its table through the engine bundle). */
registerStrings('en', en);

export * from './index';
