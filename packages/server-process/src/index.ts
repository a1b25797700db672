// @bauplan/server-process: the real server in a child process, for tests and benchmarks.
export { freePort, REPO_ROOT, startServerProcess } from './serverProcess'
export type { ServerProcess, ServerProcessOptions } from './serverProcess'
