// STUB — owned by the text-capture helper.
/** "Caption text. (AP Photo/Jeff Roberson)" → caption and credit apart. */
export function splitCredit(caption: string): { caption: string | null; credit: string | null } {
  return { caption: caption.trim() || null, credit: null };
}
