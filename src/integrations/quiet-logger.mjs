// Astro's own console logger, without the warnings that are known, harmless and not ours to fix, so a
// build of valid content prints no warning at all and a new warning stands out. Anything not listed
// here passes through unchanged, once the content checks have given their verdict. Plain JavaScript:
// Astro loads a logger entrypoint without Vite (Node strips the types of the module it imports).
import { stripVTControlCharacters } from 'node:util';
import node from 'astro/logger/node';
import { holdLogEvent } from '../lib/content-verdict.ts';

/** Each known warning: the label Astro logs it under, a pattern of its text, and why it is dropped. */
export const knownWarnings = [
  {
    label: 'vite',
    pattern: /MODULE_LEVEL_DIRECTIVE[\s\S]*"use astro:head-inject"/,
    why: 'Every MDX file with a component; cosmetic (withastro/astro#18087).',
  },
  {
    label: 'csp',
    pattern: /defines `script-src` resources .* as well as `script-src-attr`/,
    why: "Intended: script-src-attr 'none' blocks inline event handlers, which must not get script-src's sources.",
  },
];

/** True when Astro would print a warning that knownWarnings drops. */
export function isKnownWarning(event) {
  if (event.level !== 'warn') return false;
  const text = stripVTControlCharacters(String(event.message));
  return knownWarnings.some((k) => k.label === event.label && k.pattern.test(text));
}

export default function quietLogger(config) {
  const destination = node(config);
  return {
    write(event) {
      if (isKnownWarning(event)) return;
      // While the content checks run, Astro's warnings wait for their verdict (src/lib/content-verdict.ts).
      if (holdLogEvent(event, (held) => destination.write(held))) return;
      destination.write(event);
    },
  };
}
