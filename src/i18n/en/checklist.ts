// English UI text: checklist. The Spanish file types itself with ChecklistText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const checklistEn = {} as const;

export type ChecklistText = Widen<typeof checklistEn>;
