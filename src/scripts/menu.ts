/**
 * The phone menu without a trip through the address bar. Without JavaScript "Menu" targets the menu and CSS
 * shows it (:target), and "Luk menuen" leaves the target; but each of those is a history entry (Back opens
 * the menu again), and neither Escape nor a tap beside the menu closes it. Here "Menu" is a button that
 * opens and closes the menu in place, and Escape, "Luk menuen" or a tap outside closes it.
 */
const menuButton = document.querySelector<HTMLAnchorElement>('.menu-button');
const menu = document.getElementById('hovedmenu');
const closeLink = menu?.querySelector<HTMLAnchorElement>('.menu-close');
const OPEN = 'site-nav--open';

function setOpen(open: boolean, focusButton = false) {
  if (!menuButton || !menu) return;
  menu.classList.toggle(OPEN, open);
  menuButton.setAttribute('aria-expanded', String(open));
  // A menu opened by its address (a link to #hovedmenu, or before this ran) leaves the address as it closes.
  if (!open && location.hash === '#hovedmenu')
    history.replaceState(history.state, '', location.pathname + location.search);
  if (focusButton) menuButton.focus();
}

if (menuButton && menu && closeLink) {
  // From here the class alone opens the menu (the CSS leaves :target to pages without this script), since
  // taking the address's target away again does not make the browser forget it.
  menu.dataset.enhanced = '';
  menuButton.setAttribute('role', 'button');
  menuButton.setAttribute('aria-controls', menu.id);
  setOpen(location.hash === '#hovedmenu');
  menuButton.addEventListener('click', (event) => {
    event.preventDefault();
    setOpen(!menu.classList.contains(OPEN));
  });
  menuButton.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    setOpen(!menu.classList.contains(OPEN));
  });
  closeLink.addEventListener('click', (event) => {
    event.preventDefault();
    setOpen(false, true);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.classList.contains(OPEN))
      setOpen(false, menu.contains(document.activeElement));
  });
  document.addEventListener('click', (event) => {
    const target = event.target as Node;
    if (menu.classList.contains(OPEN) && !menu.contains(target) && !menuButton.contains(target))
      setOpen(false);
  });
}
