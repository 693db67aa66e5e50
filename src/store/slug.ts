/** URL slugs for sections and headlines: lowercase, letters/digits of any script, hyphens. */
export function slugify(s: string, max = 80): string {
  const slug = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug;
}
