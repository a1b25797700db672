// An append thread that dies at its first group, as a thread would on a fatal error: for the test
// that such a group is refused (not acknowledged) and the next group gets a new thread.
import { parentPort } from 'node:worker_threads'

parentPort.once('message', () => process.exit(3))
