// Reader-facing names for the audiences a guide is written for.

const names = { families: 'families', referrers: 'referrers', 'seeking-care': 'people seeking care' } as const;
export type Audience = keyof typeof names;

/** "families, referrers and people seeking care" */
export function audienceLabels(audiences: readonly Audience[]): string {
  const words = audiences.map((a) => names[a]);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
