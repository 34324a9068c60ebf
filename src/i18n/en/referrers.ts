// English UI text: referrers. The Spanish file types itself with ReferrersText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const referrersEn = {} as const;

export type ReferrersText = Widen<typeof referrersEn>;
