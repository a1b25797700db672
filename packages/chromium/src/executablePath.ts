/** Debian's Chromium (`apt-get install chromium`); playwright never downloads a browser here. */
export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium'

/**
 * The Chromium binary to start: `CHROMIUM_PATH` when set (another distribution, a local build),
 * else Debian's. The environment is a parameter so that callers and tests can pass their own.
 */
export function chromiumExecutablePath(
  env: Readonly<Record<string, string | undefined>> = process.env
): string {
  return env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH
}
