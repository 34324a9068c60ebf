// Reader-facing names for the audiences a guide is written for, in each language.
import type { Lang } from '../i18n/lang.ts';

const names = { families: 'families', referrers: 'referrers', 'seeking-care': 'people seeking care' } as const;
export type Audience = keyof typeof names;

const namesByLang: Record<Lang, Record<Audience, string>> = {
  en: names,
  es: { families: 'familias', referrers: 'personas que refieren a otros', 'seeking-care': 'personas que buscan atención' },
};
/** The word before the last name in a list: "and" / "y". */
const and: Record<Lang, string> = { en: 'and', es: 'y' };

/** "families, referrers and people seeking care" / "familias, personas que refieren a otros y personas que buscan atención" */
export function audienceLabels(audiences: readonly Audience[], lang: Lang = 'en'): string {
  const words = audiences.map((a) => namesByLang[lang][a]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${and[lang]} ${words.at(-1)}`;
}
