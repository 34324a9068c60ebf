// Spanish UI text: tools (neutral US Spanish, usted).
import type { ToolsText } from '../en/tools.ts';

export const toolsEs: ToolsText = {};
