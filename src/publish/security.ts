/**
 * Response headers that make stored content inert even if something slipped through: a strict
 * Content-Security-Policy (scripts only from our own origin — the one static file; no inline
 * script, no eval, no plugins, no framing), no MIME sniffing, no referrer leaks to other sites.
 */
export const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' https: http:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/** Responses built with `SECURITY_HEADERS` already among their headers (see `securedResponse`). */
const secured = new WeakSet<Response>();

/**
 * A response whose plain header object already holds the security headers. The app's middleware
 * then leaves it alone; adding them afterwards would turn @hono/node-server's lightweight
 * response (plain header object, written directly) into one with a fetch `Headers`.
 */
export function securedResponse(body: BodyInit | null, status: number, headers: Record<string, string>): Response {
  const r = new Response(body, { status, headers: { ...SECURITY_HEADERS, ...headers } });
  secured.add(r);
  return r;
}

export const isSecured = (r: Response): boolean => secured.has(r);
