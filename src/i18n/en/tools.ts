// English UI text: tools. The Spanish file types itself with ToolsText, so it cannot miss a key.
import type { Widen } from '../lang.ts';

export const toolsEn = {} as const;

export type ToolsText = Widen<typeof toolsEn>;
