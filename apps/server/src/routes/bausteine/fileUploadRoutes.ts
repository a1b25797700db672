/**
 * PUT one file into a draft, as the raw body with its media type (BPMN/DMN as XML, JSON as JSON).
 * The file replaces (or adds) that name; the rest of the draft stays. Lives in its own plugin
 * because it swaps the JSON parser for a raw one: the text must reach the checks byte for byte,
 * so their line and column numbers match the user's file.
 */
import type { FastifyPluginAsync } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, problemResponses, ref } from '../../schemas/common'
import {
  requireFileMediaType,
  requireSafeFileName,
  RAW_FILE_MEDIA_TYPES,
} from '../../uploads/fileNames'
import { acceptRawFiles } from '../../uploads/uploadParsers'
import { decodeUtf8 } from '../../uploads/utf8'
import { fileParams, type FileParams } from './params'

export const fileUploadRoutes: FastifyPluginAsync = async (app) => {
  acceptRawFiles(app)

  app.put(
    '/bausteine/:id/versionen/:version/dateien/:name',
    {
      config: { rawFileUpload: true, acceptedMediaTypes: RAW_FILE_MEDIA_TYPES },
      schema: {
        tags: ['Lebenszyklus'],
        summary:
          'Eine Datei in einen Entwurf hochladen (Modellierer) / upload one file into a draft',
        description:
          '.bpmn/.dmn as application/xml (or text/xml), .json as application/json; at most 10 MiB. ' +
          'Into a draft with a shared document (collaborative editing) the file goes through the document; a new file is refused there (409).',
        params: fileParams,
        querystring: langQuery({
          revision: { type: 'integer', minimum: 1, description: 'expected revision of the draft' },
        }),
        body: {
          content: Object.fromEntries(
            RAW_FILE_MEDIA_TYPES.map((type) => [type, { schema: { format: 'binary' } }])
          ),
        },
        response: {
          200: ref('DraftResult'),
          ...problemResponses(...AUTHENTICATED, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) => {
      const { id, version, name } = request.params as FileParams
      const { revision } = request.query as { revision?: number }
      requireSafeFileName(name)
      requireFileMediaType(name, request.headers['content-type'])
      const content = decodeUtf8(name, request.body as Buffer)
      const actor = serviceActor(request)
      // Without an explicit revision, the one read here guards against a concurrent change between
      // reading the folder and writing it back.
      const current = await app.store.getVersion({ blockId: id, version })
      const folder = await app.catalogue.getFolder(actor, id, version)
      return app.catalogue.updateDraft(
        actor,
        id,
        version,
        { ...folder, [name]: content },
        revision ?? current?.revision
      )
    }
  )
}
