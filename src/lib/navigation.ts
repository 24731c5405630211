/** Main navigation, in the order it appears in the header. */
export const mainNavigation = [
  { href: '/', label: 'Forside' },
  { href: '/grupper/', label: 'Patientgrupper' },
  { href: '/programmet/', label: 'Programmet' },
  { href: '/evaluering/', label: 'Evaluering' },
  { href: '/oversigt/', label: 'Oversigt' },
  { href: '/status/', label: 'Status' },
  { href: '/patienter/', label: 'For patienter og pårørende' },
  { href: '/ordliste/', label: 'Ordliste' },
  { href: '/kilder/', label: 'Kilder' },
  { href: '/data/', label: 'Data' },
] as const;
