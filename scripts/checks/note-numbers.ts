import { locate } from '../lib/content.ts';
import { fieldPath, type Problem } from '../lib/problem.ts';
import type { CheckContext } from '../lib/rule.ts';
import { forget } from '../lib/entry-memo.ts';
import { noteNumberMismatches } from '../../src/domain/rules/note-numbers.ts';

/** The domain rule `tal-i-noter` over every content file, worded as problems with file and line. */
export function checkNoteNumbers(ctx: CheckContext): Problem[] {
  const remember = ctx.remember ?? forget;
  return ctx.raw
    .filter((e) => e.collection !== 'kilder' && e.collection !== 'soegeord')
    .flatMap((entry) =>
      remember('tal-i-noter', entry, () =>
        noteNumberMismatches(entry.data).map((m): Problem => ({
          check: 'tal-i-noter',
          kind: 'note-modsiger-tal',
          file: entry.file,
          ...locate(entry, m.path),
          field: fieldPath(m.path),
          message: m.message,
          hint: m.hint,
        })),
      ),
    );
}
