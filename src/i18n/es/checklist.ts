// Spanish UI text: checklist (neutral US Spanish, usted).
import type { ChecklistText } from '../en/checklist.ts';

export const checklistEs: ChecklistText = {};
