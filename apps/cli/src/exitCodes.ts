/**
 * The exit codes of `bauplan`, documented in docs/cli.md. Scripts branch on them, so a code never
 * changes its meaning; new situations get a new number.
 */
export const EXIT = {
  /** Everything worked (validate: no errors; warnings do not count). */
  ok: 0,
  /**
   * Problems found: validation failed, the server refused the content (400, 413, 415, 422), or a
   * pushed draft was stored but the server reported errors in it.
   */
  problems: 1,
  /** Usage error: unknown command or option, missing or malformed argument. Nothing was done. */
  usage: 2,
  /** Not authenticated (401, no or expired token), forbidden (403) or too many login attempts (429). */
  auth: 3,
  /** The block, version or file does not exist, or is not visible to you (404). */
  notFound: 4,
  /** Conflict: wrong state or concurrent change (409), or the target folder of `pull` is not empty. */
  conflict: 5,
  /** Server unreachable, a server error (5xx), an unexpected answer, or a local I/O failure. */
  failure: 6,
} as const

export type ExitCode = (typeof EXIT)[keyof typeof EXIT]

/** The exit code for an HTTP error status of the server. */
export function exitCodeForStatus(status: number): ExitCode {
  if (status === 401 || status === 403 || status === 429) return EXIT.auth
  if (status === 404) return EXIT.notFound
  if (status === 409) return EXIT.conflict
  if (status === 400 || status === 413 || status === 415 || status === 422) return EXIT.problems
  return EXIT.failure
}
