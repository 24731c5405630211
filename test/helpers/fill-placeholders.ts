/**
 * Fills every "UDFYLD: …" placeholder of a scaffolded file the way CONTRIBUTING.md tells an editor to:
 * the value replaces the whole placeholder, numbers, dates and true/false without quotes.
 * The values are test values, not facts.
 */
export function fillPlaceholders(
  text: string,
  kind: 'gruppe' | 'indikation' | 'patientside' | 'soegeord' | 'kilde',
): string {
  const value = (key: string): string => {
    switch (key) {
      case 'dokument':
        return '003_08ae25ce05e9eb9b';
      case 'sted':
        return '"Resumé af anbefalinger"';
      case 'vaerdi':
        // Zero keeps every sum the checks compare (indication, group, status table, programme) as it was.
        return '0';
      case 'kraeves':
        return 'true';
      case 'dato':
        return '2024-05-01';
      case 'fra':
        return '2024-01';
      case 'art':
        return 'rapport';
      case 'ord':
        return 'testord';
      case 'emne':
        return '"Testemne"';
      case 'omraade':
        return kind === 'gruppe' ? 'kræft' : '"Genetisk udredning"';
      default:
        return '"En tekst skrevet med egne ord til testen."';
    }
  };
  return (
    text
      // The finder fields take an age, or a list of allowed values; "ikke angivet" is valid for each.
      .replace(/(fra|til): "UDFYLD: [^"]*alder[^"]*"/g, '$1: ikke angivet')
      .replace(/\["UDFYLD[^"]*"\]/g, '[ikke angivet]')
      .replace(/omfang: "UDFYLD[^"]*"/g, 'omfang: kort beskrivelse')
      .replace(/([A-Za-z]+): "UDFYLD[^"]*"/g, (_, key: string) => `${key}: ${value(key)}`)
      .replace(/^(\s*)- "UDFYLD[^"]*"/gm, '$1- "testsynonym"')
      .replace(
        /^UDFYLD\b.*$/gm,
        kind === 'patientside'
          ? 'Siden er kun til testen. Den taler ikke om en rigtig sygdom.'
          : 'Gruppen findes kun i testen og beskriver ingen rigtige patienter.',
      )
  );
}
