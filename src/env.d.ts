declare namespace App {
  interface Locals {
    /** The notes (citations and remarks) of the page being rendered; see src/lib/notes.ts. */
    // An import() type keeps this file a global declaration; a top-level import would make it a module.
    // eslint-disable-next-line @typescript-eslint/consistent-type-imports
    notes?: import('./lib/notes.ts').NoteRegistry;
  }
}
