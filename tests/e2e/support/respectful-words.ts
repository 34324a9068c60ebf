// The words the guide never uses: labels instead of person-first language, and prices.

/** Words that label people instead of describing a condition (NIDA, "Words Matter"). */
export const stigmatizing: RegExp[] = [
  /\baddicts?\b/i,
  /\bsubstance abusers?\b/i,
  /\bjunkies?\b/i,
  /\balcoholics\b(?!\s+anonymous)/i,
  /\ban alcoholic\b(?!\s+(drink|beverage))/i,
  /\b(clean|dirty)\s+(drug\s+)?(tests?|urine|screens?|results?)\b/i,
  /\b(tested|came back|comes back|test)\s+(clean|dirty)\b/i,
];

export const dollarAmount = /\$\s?\d|\b\d[\d,.]*\s*(dollars|USD)\b/i;
