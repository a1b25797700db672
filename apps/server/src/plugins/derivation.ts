/**
 * The worker threads for CPU-heavy pure work (deriving a draft's files from its shared document,
 * checking folders): see derivation/derivationPool.ts. Registered before the plugins that use it,
 * so it closes after them (Fastify closes plugins in reverse order) and a shutdown's last
 * write-backs still have their workers.
 */
import { DerivationPool } from '../derivation/derivationPool'
import { globalPlugin } from '../http/globalPlugin'

export const derivationPlugin = globalPlugin<{ workers?: number }>(async (app, { workers }) => {
  const pool = new DerivationPool(workers === undefined ? {} : { size: workers })
  app.decorate('derivation', pool)
  app.addHook('onClose', async () => pool.close())
})

declare module 'fastify' {
  interface FastifyInstance {
    derivation: DerivationPool
  }
}
