/** All catalogue routes under /api, each area in its own plugin (upload parsers stay scoped). */
import type { FastifyPluginAsync } from 'fastify'
import { auditRoutes } from '../audit/auditRoutes'
import { pruefenRoutes } from '../pruefen/pruefenRoutes'
import { pruefregelnRoutes } from '../pruefregeln/pruefregelnRoutes'
import { createRoutes } from './createRoutes'
import { draftRoutes } from './draftRoutes'
import { fileUploadRoutes } from './fileUploadRoutes'
import { readRoutes } from './readRoutes'
import { reviewRoutes } from './reviewRoutes'
import { searchRoutes } from './searchRoutes'

export const catalogueRoutes: FastifyPluginAsync = async (app) => {
  await app.register(searchRoutes)
  await app.register(createRoutes)
  await app.register(readRoutes)
  await app.register(draftRoutes)
  await app.register(fileUploadRoutes)
  await app.register(reviewRoutes)
  await app.register(auditRoutes)
  await app.register(pruefenRoutes)
  await app.register(pruefregelnRoutes)
}
