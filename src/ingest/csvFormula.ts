/*
 * Formula injection (OWASP "CSV Injection", ASVS 5.0 V1.2.10), shared by every CSV the app
 * writes: the chart tables' download and the 数据管理 export. Spreadsheets evaluate a cell whose
 * first character is = + - @ TAB or CR, and titles, labels and agency names ultimately come from
 * imported reports or staff typing, so a crafted "=HYPERLINK(…)" must arrive as text. Rules:
 *
 * - Such a cell gets a single quote prepended. NUL is treated as a trigger too, as ASVS lists it,
 *   and so are the full-width ＝ ＋ － ＠: Excel and WPS with a Chinese IME take a leading full-width
 *   sign as the formula it stands for.
 * - Leading whitespace is looked through (" =cmd" is escaped as well): importers such as
 *   LibreOffice's "Trim spaces" option strip it before deciding what a cell is.
 * - A cell that is entirely a plain number — optional sign, digits with optional ',' thousands
 *   groups, optional decimals, optional '%' — is left alone: "-8", "-8.5", "+273", "-8,892".
 *   Nothing but digits follow the sign, so there is no payload to run, while escaping would turn
 *   the number into text that no longer sums or sorts.
 * - To keep the escape reversible, a cell that already starts with quotes followed by a trigger
 *   ("'=x", "''-y") gets one more quote; unescapeFormula removes exactly one quote from exactly
 *   those cells, so no cell written by escapeFormula is ever misread.
 */

const TRIGGER = /^'*\s*[=+\-@\t\r\0＝＋－＠]/
const PLAIN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$/

function needsEscape(text: string): boolean {
  return TRIGGER.test(text) && !PLAIN_NUMBER.test(text)
}

export function escapeFormula(text: string): string {
  return needsEscape(text) ? `'${text}` : text
}

export function unescapeFormula(text: string): string {
  return text.startsWith("'") && needsEscape(text.slice(1)) ? text.slice(1) : text
}
