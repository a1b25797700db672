// Entry of a derivation worker thread. Worker threads do not inherit the TypeScript loader the
// server runs under (tsx), so the worker registers it itself before loading its TypeScript body.
import { register } from 'tsx/esm/api'

register()
await import('./derivationWorker.ts')
