/** The date a story's URL carries: the CMS's local day of first publication, on many sites. */

/** English month names and their usual abbreviations ("sept" too). */
const isMonthName = (s: string) => /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i.test(s);
const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A date written in the URL path ("/2024/05/03/", "/2024-05-03-", "/20240503/", "/2023/october/03/"): date only. */
export function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path)
    ?? /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path);
  if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const w = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/i.exec(path);
  const month = w && isMonthName(w[2]) ? URL_MONTHS.indexOf(w[2].slice(0, 3).toLowerCase()) + 1 : 0;
  if (!w || !month) return null;
  return `${w[1]}-${String(month).padStart(2, '0')}-${w[3].padStart(2, '0')}`;
}
