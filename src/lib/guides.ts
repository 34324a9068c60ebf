// Ordering and grouping of guides for index pages.

export interface Ordered {
  data: { order: number; title: string };
}

/** Guides in editorial order, then by title so the order never depends on file names. */
export function byOrder<T extends Ordered>(entries: T[]): T[] {
  return [...entries].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}
