// An English site path ("/guides/teens/#x", "/help-now/") → the same page in `lang`, for links the
// page bodies keep as English paths in their dictionaries. Fails the build if a Spanish page is missing.
import { translations } from '../../i18n/pairs.ts';
import type { Lang } from '../../i18n/index.ts';

export async function localize(lang: Lang, englishPath: string): Promise<string> {
  if (lang === 'en') return englishPath;
  const spanish = (await translations()).toSpanish(englishPath);
  if (!spanish) throw new Error(`${englishPath} has no Spanish page`);
  return spanish;
}
