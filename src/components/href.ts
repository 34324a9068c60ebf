// Root-relative path → link that respects the configured base path.
import { withBase } from '../lib/paths.ts';

export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}
