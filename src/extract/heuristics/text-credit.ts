/**
 * Photo credits as the agencies print them, so a caption's credit can be split off and a line
 * can be recognised as a caption by its credit:
 *   AP:      "(AP Photo/Jeff Roberson)", "(Mandel Ngan/Pool Photo via AP)"
 *   Reuters: "REUTERS/Kevin Lamarque", "(Reuters)"
 *   AFP:     "(Photo by Ludovic Marin / AFP)", "AFP via Getty Images"
 *   Getty:   "Chip Somodevilla/Getty Images"
 *   EPA:     "EPA-EFE/SHAWN THEW", "EPA/STR"
 *   labels:  "Photo: Jane Doe", "Credit: …", "Image: …", "Photograph: …"
 */

/** A credit is short: longer text in parentheses is an aside, not a credit. */
export const MAX_CREDIT_CHARS = 120;

/** Names of agencies and picture services; a credit almost always names one. */
export const CREDIT_SOURCES =
  /\b(?:AP|AFP|Reuters|REUTERS|EPA|EFE|EPA-EFE|Getty|Shutterstock|Bloomberg|Xinhua|Kyodo|ANSA|dpa|DPA|Alamy|iStock|iStockphoto|Sipa|SIPA|ZUMA|NurPhoto|Anadolu|PA|ANP|KEYSTONE|Keystone|TASS|Sputnik|Yonhap|Pool|POOL|Handout|HANDOUT|Courtesy|courtesy)\b/;

/** Words that mark a credit even without a known source ("Photo by …", "… Images"). */
export const CREDIT_WORDS = /\b(?:Photo|PHOTO|Photograph|Photos|Images|Image|Picture|Pictures|Credit|Illustration|Video)\b/;

/** "Photo: X", "Credit: X", "Image: X", "Photograph by X" at the start of the credit text. */
export const CREDIT_LABEL = /^(?:Photo(?:graph)?s?|Image|Picture|Credit|Photo credit|Illustration)(?:\s+by)?\s*[:|]\s*|^(?:Photo(?:graph)?|Image|Picture|Illustration)\s+by\s+/i;

/** "Name/Agency" or "AGENCY/Name": a slash between two capitalised words is the credit signature. */
export const SLASH_CREDIT = /^[A-Z][^\s/]*(?:\s[^\s/]+){0,5}\s?\/\s?[A-Z]/;

/** Uppercase agency credit at the end of a caption, after a sentence: "… on Monday. REUTERS/Kevin Lamarque". */
export const TRAILING_AGENCY_CREDIT =
  /(?:^|[.!?”"’)]\s+)((?:REUTERS|AFP|EPA(?:-EFE)?|ANP|DPA|XINHUA|KYODO|ANSA|SIPA|AP)(?:\s?\/\s?[^/\n]{2,60}){1,2}|[A-Z][\w'’-]*(?:\s(?:[A-Z]\.|[\w'’-]+)){0,4}\s?\/\s?(?:Getty Images|AFP(?: via Getty Images)?|Reuters|REUTERS|EPA(?:-EFE)?|Shutterstock|Bloomberg(?: via Getty Images)?|AP|Pool|POOL|SIPA|Sipa USA)(?:[^\S\n][\w.'’ -]{0,30})?|[A-Z][\w'’-]*(?:\s(?:[A-Z]\.|[\w'’-]+)){0,3}\svia\s(?:Getty Images|AP|Reuters|AFP|REUTERS))$/;

/** A trailing "Photo: X" style label after the caption's last sentence: "… on Monday. Photo: Jane Doe". */
export const TRAILING_LABEL_CREDIT = /(?:^|[.!?”"’)]\s+|\s[|–—-]\s)((?:Photo(?:graph)?s?|Image|Picture|Credit|Photo credit|Illustration)(?:\s+by)?\s*[:|]?\s*[^\s].{0,100})$/;

/** Every credit has a slash, a closing bracket, or one of these words: lines without are not captions (speed). */
export const CREDIT_HINT = /[/)]|\b(?:Photo|Photograph|Image|Picture|Credit|Illustration|Getty|Reuters|REUTERS|AFP|EPA|Shutterstock|via)\b/i;
