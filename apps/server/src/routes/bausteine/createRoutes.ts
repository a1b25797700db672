/** POST /api/bausteine: a new block with its first draft, from an uploaded folder. */
import type { FastifyPluginAsync } from 'fastify'
import { hasRole, requireActor } from '../../auth/actor'
import { HttpProblem } from '../../http/httpProblem'
import { text } from '../../i18n/text'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, problemResponses, ref } from '../../schemas/common'
import { FOLDER_UPLOAD_MEDIA_TYPES, readFolderUpload } from '../../uploads/folderUpload'
import { acceptFolderUploads } from '../../uploads/uploadParsers'
import { folderBody } from './folderBody'
import { versionLocation } from './locations'

export const createRoutes: FastifyPluginAsync = async (app) => {
  await acceptFolderUploads(app)

  app.post(
    '/bausteine',
    {
      config: { acceptedMediaTypes: [...FOLDER_UPLOAD_MEDIA_TYPES] },
      schema: {
        tags: ['Lebenszyklus'],
        summary: 'Neuen Baustein anlegen (Modellierer) / create a block (analyst)',
        description:
          'The id comes from baustein.json. The first draft is stored even with problems (returned in `problems`); unreadable files are refused with 422 and nothing is stored.',
        querystring: langQuery({
          organisation: {
            type: 'string',
            maxLength: 100,
            description:
              'Besitzende Organisation; entfällt, wenn man nur in einer Modellierer ist / owning organisation',
          },
        }),
        body: folderBody,
        response: {
          201: ref('DraftResult'),
          ...problemResponses(...AUTHENTICATED, 409, 413, 415, 422),
        },
      },
    },
    async (request, reply) => {
      const { organisation } = request.query as { organisation?: string }
      const organisationId = organisation ?? onlyAnalystOrganisation(request)
      const files = await readFolderUpload(request)
      const result = await app.catalogue.createBlock(serviceActor(request), {
        organisationId,
        files,
      })
      return reply
        .status(201)
        .header('location', versionLocation(result.version.blockId, result.version.version))
        .send(result)
    }
  )
}

function onlyAnalystOrganisation(request: Parameters<typeof requireActor>[0]): string {
  const actor = requireActor(request)
  const organisations = [
    ...new Set(
      actor.memberships.filter((m) => m.role === 'modellierer').map((m) => m.organisationId)
    ),
  ]
  if (
    organisations.length === 1 &&
    organisations[0] !== undefined &&
    hasRole(actor, 'modellierer')
  ) {
    return organisations[0]
  }
  throw new HttpProblem(
    400,
    'catalogue.organisationRequired',
    text('catalogue.organisationRequired')
  )
}
