/** Every failure Dateline raises on purpose carries a code callers can switch on, and its cause. */
export type DatelineErrorCode =
  | 'input.empty'
  | 'input.binary'
  | 'input.too-large'
  | 'input.not-found'
  | 'input.unreadable'
  | 'input.gzip-corrupt'
  | 'input.bad-url'
  | 'fetch.failed'
  | 'fetch.status'
  | 'fetch.timeout'
  | 'fetch.too-large'
  | 'fetch.blocked'
  | 'decode.failed'
  | 'store.open-failed'
  | 'store.read-only'
  | 'store.corrupt'
  | 'config.invalid';

export class DatelineError extends Error {
  readonly code: DatelineErrorCode;

  constructor(code: DatelineErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatelineError';
    this.code = code;
  }
}

export function isDatelineError(e: unknown): e is DatelineError {
  return e instanceof DatelineError;
}
