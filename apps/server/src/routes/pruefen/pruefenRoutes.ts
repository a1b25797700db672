/**
 * POST /api/pruefen: checks an uploaded folder as a submission would — the domain's whole-folder
 * check, the modelling rules at the catalogue's current configuration (calls resolved against the
 * catalogue) and the block's decision tests — and stores nothing. The answer is the check result,
 * so a folder with errors is a successful request (200, `valid: false`), not an error of the request.
 */
import type { FastifyPluginAsync } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, problemResponses, ref } from '../../schemas/common'
import { FOLDER_UPLOAD_MEDIA_TYPES, readFolderUpload } from '../../uploads/folderUpload'
import { acceptFolderUploads } from '../../uploads/uploadParsers'
import { folderBody } from '../bausteine/folderBody'

export const pruefenRoutes: FastifyPluginAsync = async (app) => {
  await acceptFolderUploads(app)

  app.post(
    '/pruefen',
    {
      config: { acceptedMediaTypes: [...FOLDER_UPLOAD_MEDIA_TYPES] },
      schema: {
        tags: ['Prüfen'],
        summary: 'Ordner prüfen, ohne zu speichern / validate a folder without storing it',
        querystring: langQuery(),
        body: folderBody,
        response: { 200: ref('FolderCheck'), ...problemResponses(...AUTHENTICATED, 413, 415) },
      },
    },
    async (request) => {
      const actor = serviceActor(request)
      const files = await readFolderUpload(request)
      const result = await app.catalogue.checkFolder(actor, files)
      const errors = result.problems.filter((p) => p.severity === 'error').length
      return {
        valid: errors === 0,
        errors,
        warnings: result.problems.length - errors,
        problems: result.problems,
        references: result.check.references,
        ...(result.decisionTests ? { decisionTests: result.decisionTests } : {}),
        lintConfigRevision: result.lintConfigRevision,
      }
    }
  )
}
