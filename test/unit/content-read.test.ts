import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContent } from '../../scripts/lib/content.ts';
import { projectRoot, tempProject } from '../helpers/temp-project.ts';

// Content is read with the fast js-yaml; the yaml package that locates fields must see the same data.
describe('reading content', () => {
  it('gives the same data as the yaml parser for every content file', () => {
    const entries = readContent(projectRoot);
    expect(entries.length).toBeGreaterThan(3);
    for (const entry of entries) {
      const text = readFileSync(join(projectRoot, entry.file), 'utf8');
      const yamlText = entry.file.endsWith('.mdx') ? (text.split(/^---\r?$/m)[1] ?? '') : text;
      expect(entry.data, entry.file).toEqual(parse(yamlText) ?? {});
      expect(entry.doc.toJS(), entry.file).toEqual(parse(yamlText));
    }
  });

  it('keeps dates and numbers as YAML 1.2 reads them', () => {
    const project = tempProject({ nodeModules: false });
    try {
      project.write(
        'content/kilder/999_0000000000000000.yaml',
        'titel: x\ndato: 2022-06-03\nsvar: yes\ntal: 010\n',
      );
      const entry = readContent(project.root).find((e) => e.id === '999_0000000000000000')!;
      expect(entry.data).toEqual({ titel: 'x', dato: '2022-06-03', svar: 'yes', tal: 10 });
      expect(entry.yamlErrors).toEqual([]);
    } finally {
      project.cleanup();
    }
  });
});
