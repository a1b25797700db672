/**
 * Drafts: start a new draft of a published block, replace a draft's files, derive a municipal
 * variant. Replacing takes a whole folder in any upload form; `revision` guards against
 * overwriting someone else's change (optimistic locking: 409 when the draft moved on).
 */
import type { FastifyPluginAsync } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, objectBody, problemResponses, ref } from '../../schemas/common'
import { FOLDER_UPLOAD_MEDIA_TYPES, readFolderUpload } from '../../uploads/folderUpload'
import { acceptFolderUploads } from '../../uploads/uploadParsers'
import { folderBody } from './folderBody'
import { versionLocation } from './locations'
import {
  blockParams,
  versionParams,
  VERSION_PATTERN,
  type BlockParams,
  type VersionParams,
} from './params'

const CHANGE_ERRORS = problemResponses(...AUTHENTICATED, 404, 409, 422)

export const draftRoutes: FastifyPluginAsync = async (app) => {
  await acceptFolderUploads(app)

  app.post(
    '/bausteine/:id/entwuerfe',
    {
      schema: {
        tags: ['Lebenszyklus'],
        summary:
          'Neuen Entwurf aus der höchsten veröffentlichten Version (Modellierer) / new draft',
        description:
          'Numbered one patch above the highest published version; at most one open draft per block (409).',
        params: blockParams,
        querystring: langQuery(),
        response: { 201: ref('DraftResult'), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id } = request.params as BlockParams
      const result = await app.catalogue.createDraft(serviceActor(request), id)
      return reply
        .status(201)
        .header('location', versionLocation(id, result.version.version))
        .send(result)
    }
  )

  app.put(
    '/bausteine/:id/versionen/:version',
    {
      config: { acceptedMediaTypes: [...FOLDER_UPLOAD_MEDIA_TYPES] },
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Dateien eines Entwurfs ersetzen (Modellierer) / replace a draft’s files',
        description:
          'Only drafts (state entwurf); published versions are immutable (409). baustein.json may raise the version number. ' +
          'A draft with a shared document (collaborative editing) takes the changed files into the document, so connected editors see them; ' +
          'changing its version number or its list of files is refused (409).',
        params: versionParams,
        querystring: langQuery({
          revision: {
            type: 'integer',
            minimum: 1,
            description: 'nur ändern, wenn der Entwurf noch diese Revision hat / expected revision',
          },
        }),
        body: folderBody,
        response: {
          200: ref('DraftResult'),
          ...problemResponses(...AUTHENTICATED, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) => {
      const { id, version } = request.params as VersionParams
      const { revision } = request.query as { revision?: number }
      const files = await readFolderUpload(request)
      return app.catalogue.updateDraft(serviceActor(request), id, version, files, revision)
    }
  )

  app.post(
    '/bausteine/:id/varianten',
    {
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Variante ableiten (Modellierer der Zielorganisation) / derive a variant',
        description:
          'A new block owned by `organisationId`, with relation ABL to this block at `version`.',
        params: blockParams,
        querystring: langQuery(),
        body: objectBody(
          {
            version: {
              type: 'string',
              pattern: VERSION_PATTERN,
              description: 'published origin version',
            },
            organisationId: { type: 'string', minLength: 1, maxLength: 100 },
            newId: {
              type: 'string',
              maxLength: 200,
              examples: ['urn:bauplan:baustein:dresden:identitaet-pruefen'],
            },
          },
          ['version', 'organisationId', 'newId']
        ),
        response: { 201: ref('DraftResult'), ...CHANGE_ERRORS },
      },
    },
    async (request, reply) => {
      const { id } = request.params as BlockParams
      const body = request.body as { version: string; organisationId: string; newId: string }
      const result = await app.catalogue.deriveVariant(serviceActor(request), {
        originId: id,
        originVersion: body.version,
        organisationId: body.organisationId,
        newId: body.newId,
      })
      return reply
        .status(201)
        .header('location', versionLocation(result.version.blockId, result.version.version))
        .send(result)
    }
  )
}
