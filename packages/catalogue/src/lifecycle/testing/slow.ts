/**
 * Timeout for tests that hash passwords, parse many models or talk to PostgreSQL: seconds when the
 * machine is busy (parallel test files on two cores), so the default 5 s would fail for no reason.
 */
export const SLOW = 30_000
