// The site's search core, set up for the FAQ search widget: FAQ pages only, with the same words, crisis
// help and spelling help as every other search box. The widget imports this only when a reader types,
// so a page with the FAQ loads none of it (nor Pagefind) before then.
import { helpLines } from '../data/help-lines.ts';
import { en } from '../data/search-words/en.ts';
import { crisisPanel } from '../lib/crisis-panel.ts';
import { faqPageType, type FaqCore } from '../lib/faq-search.ts';
import { siteSearch } from './site-search-index.ts';

export function faqSearchCore(): FaqCore {
  return {
    ask: siteSearch({ filters: { type: faqPageType }, words: en }),
    crisisPanel: (helpNowPath) => crisisPanel(helpLines, en.text.crisisTitle, helpNowPath),
    text: { crisisStatus: en.text.crisisStatus, didYouMean: en.text.didYouMean },
  };
}
