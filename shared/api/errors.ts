/**
 * Errors a service reports to the clerk. The message is shown as it is, so it is plain Chinese
 * naming the file, field or row; the code tells a transport how to answer (400, 404, 409 …).
 */
/** `stale`: a save made from an older revision than the stored one (the editor offers to reload or keep a copy). */
export const ERROR_CODES = ['bad-request', 'not-found', 'conflict', 'stale', 'refused', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** What both transports send back: the result, or an error the client turns into an AppError. */
export type Envelope<R> = { ok: true; result: R } | { ok: false; error: { code: ErrorCode; message: string } };
