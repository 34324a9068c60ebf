// Spanish UI text: referrers (neutral US Spanish, usted).
import type { ReferrersText } from '../en/referrers.ts';

export const referrersEs: ReferrersText = {};
