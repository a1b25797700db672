// Entry of the SQLite append thread. Worker threads do not inherit the TypeScript loader the
// process runs under (tsx or vitest), so the thread registers tsx itself before loading its body.
import { register } from 'tsx/esm/api'

register()
await import('./sqliteAppendWorker.ts')
