// The site's search core, set up for the FAQ search widget: FAQ pages only, with the same words, crisis
// help and spelling help as every other search box, in the page's language. The widget imports this only
// when a reader types, so a page with the FAQ loads none of it (nor Pagefind) before then.
import { helpLinesFor } from '../data/es/help-lines.ts';
import { searchWords } from '../data/search-words/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { crisisPanel } from '../lib/crisis-panel.ts';
import { faqPageType, type FaqCore } from '../lib/faq-search.ts';
import { siteSearch } from './site-search-index.ts';

/** The FAQ search for a page in `lang` (English by default): that language's word lists and crisis panel. */
export function faqSearchCore(lang: Lang = 'en'): FaqCore {
  const words = searchWords(lang);
  return {
    ask: siteSearch({ filters: { type: faqPageType }, lang }),
    crisisPanel: (helpNowPath) => crisisPanel(helpLinesFor(lang), words.text.crisisTitle, helpNowPath, lang),
    text: { crisisStatus: words.text.crisisStatus, didYouMean: words.text.didYouMean },
  };
}
