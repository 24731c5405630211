import { lixOfBlocks, type LixResult, type TextBlock } from './lix.ts';
import { runningText } from './mdx-text.ts';

export { MAX_PATIENT_LIX } from './lix.ts';

/**
 * LIX of a patient page: its lead (ingress) plus the running text of its body.
 * Used by the check, the build summary and the page's own metadata, so all three agree.
 */
export function patientPageLix(
  ingress: unknown,
  body: string,
  lineOffset = 0,
  ingressLine?: number,
): LixResult {
  const blocks: TextBlock[] = [];
  if (typeof ingress === 'string' && ingress.trim()) blocks.push({ text: ingress, line: ingressLine });
  blocks.push(...runningText(body, lineOffset));
  return lixOfBlocks(blocks);
}
