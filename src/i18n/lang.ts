// The site's languages and what each one needs from the platform: the code for <html lang>, the
// locale for Intl number and date formats, and the one for link previews.

export const languages = ['en', 'es'] as const;
export type Lang = (typeof languages)[number];

/** English pages sit at the site root; every other language under its own prefix ("/es/"). */
export const defaultLang: Lang = 'en';

/** BCP 47 tags: US English and US Spanish, the two languages the site is written in. */
export const intlLocale: Record<Lang, string> = { en: 'en-US', es: 'es-US' };
export const ogLocale: Record<Lang, string> = { en: 'en_US', es: 'es_US' };

/** Any value Astro hands over (Astro.currentLocale may be undefined on endpoints) → a site language. */
export function langOf(value: string | undefined | null): Lang {
  return value === 'es' ? 'es' : 'en';
}

/**
 * The shape of a dictionary, with its literal strings widened to `string`: the English file defines
 * the keys, and a translation typed with this misses no key (a missing one fails the type check).
 */
export type Widen<T> = T extends string
  ? string
  : T extends number | boolean | null | undefined
    ? T
    : T extends (...args: infer A) => infer R
      ? (...args: A) => Widen<R>
      : T extends readonly (infer U)[]
        ? readonly Widen<U>[]
        : { readonly [K in keyof T]: Widen<T[K]> };
