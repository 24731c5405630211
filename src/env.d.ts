declare namespace App {
  interface Locals {
    /** The notes (citations and remarks) of the page being rendered; see src/lib/notes.ts. */
    notes?: import('./lib/notes.ts').NoteRegistry;
  }
}
