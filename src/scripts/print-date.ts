// A printed page says when it was printed (the build date would be wrong on paper). Every element marked
// data-print-date gets today's date, after the text in the attribute (", " on the page footer). Without
// JavaScript the printed page still carries its address, and a checklist keeps a blank line to fill in.
const stamps = document.querySelectorAll<HTMLElement>('[data-print-date]');
const today = () =>
  new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
const stampAll = () => stamps.forEach((el) => (el.textContent = `${el.dataset.printDate ?? ''}${today()}`));
if (stamps.length) {
  stampAll();
  addEventListener('beforeprint', stampAll);
}
