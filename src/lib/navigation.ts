/** Main navigation, in the order it appears in the header. The site's name leads to the front page;
 * the open data are linked from the footer, so the menu fits one line on a desktop screen. */
export const mainNavigation = [
  { href: '/grupper/', label: 'Patientgrupper' },
  { href: '/programmet/', label: 'Programmet' },
  { href: '/evaluering/', label: 'Evaluering' },
  { href: '/oversigt/', label: 'Oversigt' },
  { href: '/status/', label: 'Status' },
  { href: '/patienter/', label: 'For patienter og pårørende' },
  { href: '/ordliste/', label: 'Ordliste' },
  { href: '/kilder/', label: 'Kilder' },
] as const;
