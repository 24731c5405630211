/** Today's date in Denmark as YYYY-MM-DD, the latest date an editor's note may carry. */
export function todayInDenmark(now: Date = new Date()): string {
  // Swedish writes dates as ISO 8601, so this is the calendar date in Copenhagen without string surgery.
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}
