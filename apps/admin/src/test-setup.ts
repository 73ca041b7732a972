import { loadMessages, UI_LANGUAGES } from './i18n.ts';

await Promise.all(UI_LANGUAGES.map(loadMessages));
