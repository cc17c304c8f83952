/**
 * CSV injection: Excel and WPS run a cell that starts with = + - @ (or TAB / CR, which they skip
 * before looking) as a formula, so =HYPERLINK(…) or +cmd|… in a term would become live in an exported
 * file. Such cells get a leading apostrophe; a cell that already starts with apostrophes before one of
 * those characters gets one more, so reading our own export back (unescapeFormulaCell) is exact.
 */

const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
const QUOTED = /^'+[=+\-@\t\r]/;

export function escapeFormulaCell(s: string): string {
  return NEEDS_QUOTE.test(s) ? `'${s}` : s;
}

/** Undoes escapeFormulaCell (a cell that was never escaped comes back unchanged). */
export function unescapeFormulaCell(s: string): string {
  return QUOTED.test(s) ? s.slice(1) : s;
}
