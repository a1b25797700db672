/**
 * Marks a plugin as not encapsulated, so its hooks, decorators and handlers apply to the whole app
 * (what the `fastify-plugin` package does; it is not a dependency here, and this is one line).
 * See https://fastify.dev/docs/latest/Reference/Encapsulation/ ("skip-override").
 */
import type { FastifyPluginAsync, FastifyPluginOptions } from 'fastify'

export function globalPlugin<Options extends FastifyPluginOptions = Record<never, never>>(
  plugin: FastifyPluginAsync<Options>
): FastifyPluginAsync<Options> {
  Object.defineProperty(plugin, Symbol.for('skip-override'), { value: true })
  return plugin
}
