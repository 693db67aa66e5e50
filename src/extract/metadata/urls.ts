/** URL helpers for metadata fields: resolving, host and path of page addresses. */
export function resolveUrl(u: string | null, base: string | null): string | null {
  if (!u) return null;
  try {
    return new URL(u.trim(), base ?? undefined).href;
  } catch {
    return /^https?:\/\//i.test(u) ? u.trim() : null;
  }
}

export function hostOf(u: string | null): string | null {
  try {
    return u ? new URL(u).hostname : null;
  } catch {
    return null;
  }
}

export function pathOf(u: string | null): string | null {
  try {
    return u ? new URL(u).pathname : null;
  } catch {
    return null;
  }
}
