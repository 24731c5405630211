// Writes today's date on a printed checklist; without JavaScript the line stays blank to fill in by hand.
const target = document.querySelector<HTMLElement>('[data-print-date]');
if (target) {
  const stamp = () => (target.textContent = new Date().toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }));
  stamp();
  window.addEventListener('beforeprint', stamp);
}
