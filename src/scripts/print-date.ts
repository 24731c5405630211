// The printed page says when it was printed (the build date would be wrong on paper). Without
// JavaScript the printed page still carries its address.
const stamp = document.querySelector<HTMLElement>('[data-print-date]');
const today = () => new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
if (stamp) {
  stamp.textContent = `, ${today()}`;
  addEventListener('beforeprint', () => void (stamp.textContent = `, ${today()}`));
}
