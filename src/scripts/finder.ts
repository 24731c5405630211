/**
 * The finder's script: sets the answers from the address (so a shared link restores them), writes them back
 * on every change, and says how many indications match. The filtering itself is CSS generated from the
 * domain rule, so the page answers the same without this script.
 */
const form = document.querySelector<HTMLFormElement>('[data-finder-form]');
const count = document.querySelector<HTMLElement>('[data-finder-count]');
const jump = document.querySelector<HTMLElement>('[data-finder-jump]');
const bar = jump?.parentElement;

function restore(f: HTMLFormElement): void {
  const query = new URLSearchParams(location.search);
  for (const input of f.querySelectorAll<HTMLInputElement>('input[type="radio"]')) {
    const wanted = query.get(input.name);
    if (wanted !== null && input.value === wanted) input.checked = true;
  }
}

/**
 * The link to the results stays at the bottom of the screen only while it takes a fifth of it at most: with
 * large text on a small phone it ran to four lines and covered the questions, so there it rests after them.
 */
function keepBarSmall(): void {
  bar?.classList.toggle('finder__jump--resting', bar.offsetHeight > innerHeight / 5);
}

function update(f: HTMLFormElement): void {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(f)) if (value) params.set(name, String(value));
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
  const hits = [...document.querySelectorAll<HTMLElement>('.finder__hit')];
  const shown = hits.filter((h) => getComputedStyle(h).display !== 'none').length;
  if (count) {
    count.textContent =
      shown === 0
        ? 'Ingen indikation har skrevne kriterier, der passer til svarene. Se patientgrupperne nedenfor, eller ændr svarene.'
        : `${shown} af ${hits.length} indikationer har skrevne kriterier, der passer til svarene.`;
  }
  if (jump) {
    jump.textContent =
      shown === 0
        ? 'Ingen indikation passer – se hvad du kan gøre'
        : `${shown} af ${hits.length} indikationer passer – se ${shown === 1 ? 'den' : 'dem'}`;
    keepBarSmall();
  }
}

if (form) {
  restore(form);
  form.addEventListener('change', () => update(form));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.querySelector<HTMLElement>('[data-finder-share]')?.removeAttribute('hidden');
  update(form);
  // The bar grows with the text size as well as with its words, and the screen can turn.
  if (bar) new ResizeObserver(keepBarSmall).observe(bar);
  addEventListener('resize', keepBarSmall);
}
