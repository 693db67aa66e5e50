// STUB — owned by the text-capture helper.
/** "Eileen Ng contributed to this report." → ["Eileen Ng"]; null when the line is not one. */
export function parseContributorLine(_line: string): string[] | null {
  return null;
}
