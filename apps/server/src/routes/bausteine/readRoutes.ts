/**
 * Reading a block: overview, versions, one version, its files (raw or as a zip), a diff between
 * two versions, and its audit log. Who may see what (IT providers: published only) is decided by
 * the catalogue service; these routes only shape the answers.
 */
import { METADATA_FILE } from '@bauplan/domain'
import type { FastifyPluginAsync, FastifyReply } from 'fastify'
import { serviceActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, problemResponses, ref } from '../../schemas/common'
import { zipFolder } from '../../uploads/writeZip'
import {
  blockParams,
  fileParams,
  versionParams,
  VERSION_PATTERN,
  type BlockParams,
  type FileParams,
  type VersionParams,
} from './params'

const READ_ERRORS = problemResponses(...AUTHENTICATED, 404)

/**
 * Uploaded files are served as downloads in a sandbox: an XML file opened in a browser tab could
 * otherwise run script from our origin (stored XSS through an SVG/XHTML namespace).
 */
function asDownload(reply: FastifyReply, fileName: string, mediaType: string): FastifyReply {
  const asciiName = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_')
  return reply
    .header(
      'content-type',
      mediaType.includes('charset') ? mediaType : `${mediaType}; charset=utf-8`
    )
    .header(
      'content-disposition',
      `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
    )
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('x-content-type-options', 'nosniff')
}

export const readRoutes: FastifyPluginAsync = async (app) => {
  app.get(
    '/bausteine/:id',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Überblick: Versionen, Abhängigkeiten, Verwendungen, Varianten / block overview',
        params: blockParams,
        querystring: langQuery({
          version: {
            type: 'string',
            pattern: VERSION_PATTERN,
            description: 'Abhängigkeiten dieser Version zeigen',
          },
        }),
        response: { 200: ref('BlockOverview'), ...READ_ERRORS },
      },
    },
    async (request) => {
      const { id } = request.params as BlockParams
      const { version } = request.query as { version?: string }
      return app.catalogue.getBlockOverview(serviceActor(request), id, version ? { version } : {})
    }
  )

  app.get(
    '/bausteine/:id/versionen',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Versionen eines Bausteins (höchste zuerst) / versions, highest first',
        params: blockParams,
        querystring: langQuery(),
        response: {
          200: {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: ref('VersionSummary') } },
          },
          ...READ_ERRORS,
        },
      },
    },
    async (request) => {
      const { id } = request.params as BlockParams
      const overview = await app.catalogue.getBlockOverview(serviceActor(request), id)
      return { items: overview.versions }
    }
  )

  app.get(
    '/bausteine/:id/versionen/:version',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Eine Version mit Metadaten, Dateien, Historie / one version',
        params: versionParams,
        querystring: langQuery(),
        response: { 200: ref('VersionDetail'), ...READ_ERRORS },
      },
    },
    async (request) => {
      const { id, version } = request.params as VersionParams
      // Reading baustein.json through the service applies its visibility rules (and 404s).
      await app.catalogue.getFile(serviceActor(request), id, version, METADATA_FILE)
      const key = { blockId: id, version }
      const [stored, files, history, references] = await Promise.all([
        app.store.getVersion(key),
        app.store.listFiles(key),
        app.store.listReviewEvents(key),
        app.store.listReferences(key),
      ])
      return { version: stored, files, history, references }
    }
  )

  app.get(
    '/bausteine/:id/versionen/:version/dateien/:name',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Eine Datei der Version (Rohdaten) / one file, raw',
        description:
          'BPMN/DMN as application/xml, baustein.json and test files as application/json; sent as a download.',
        params: fileParams,
        querystring: langQuery(),
        response: {
          200: {
            description: 'Die Datei / the file',
            content: {
              'application/xml': { schema: { type: 'string' } },
              'application/json': { schema: { type: 'string' } },
            },
          },
          ...READ_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { id, version, name } = request.params as FileParams
      const file = await app.catalogue.getFile(serviceActor(request), id, version, name)
      return asDownload(reply, file.name, file.mediaType).send(Buffer.from(file.bytes))
    }
  )

  app.get(
    '/bausteine/:id/versionen/:version/zip',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Die Version als Zip (deterministisch) / the version as a zip (deterministic)',
        params: versionParams,
        querystring: langQuery(),
        response: {
          200: {
            description: 'Baustein-Ordner im models/-Format / the folder in the models/ format',
            content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
          },
          ...READ_ERRORS,
        },
      },
    },
    async (request, reply) => {
      const { id, version } = request.params as VersionParams
      const folder = await app.catalogue.getFolder(serviceActor(request), id, version)
      const slug = id.split(':').pop() ?? 'baustein'
      return asDownload(reply, `${slug}-${version}.zip`, 'application/zip')
        .header('content-type', 'application/zip')
        .send(Buffer.from(zipFolder(folder)))
    }
  )

  app.get(
    '/bausteine/:id/diff',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Unterschiede zwischen zwei Versionen / diff between two versions',
        params: blockParams,
        querystring: langQuery(
          {
            von: { type: 'string', pattern: VERSION_PATTERN, description: 'from version' },
            bis: { type: 'string', pattern: VERSION_PATTERN, description: 'to version' },
          },
          ['von', 'bis']
        ),
        response: { 200: ref('VersionDiff'), ...READ_ERRORS },
      },
    },
    async (request) => {
      const { id } = request.params as BlockParams
      const { von, bis } = request.query as { von: string; bis: string }
      return app.catalogue.diff(serviceActor(request), id, von, bis)
    }
  )

  app.get(
    '/bausteine/:id/audit',
    {
      schema: {
        tags: ['Bausteine'],
        summary: 'Protokoll eines Bausteins / audit log of a block',
        params: blockParams,
        querystring: auditQuery(),
        response: { 200: ref('AuditPage'), ...READ_ERRORS },
      },
    },
    async (request) => {
      const { id } = request.params as BlockParams
      return app.catalogue.listAudit(serviceActor(request), {
        blockId: id,
        ...auditPaging(request.query),
      })
    }
  )
}

export function auditQuery() {
  return langQuery({
    order: { type: 'string', enum: ['asc', 'desc'], default: 'desc' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
    cursor: { type: 'string', maxLength: 200 },
  })
}

export function auditPaging(query: unknown) {
  const { order, limit, cursor } = query as {
    order: 'asc' | 'desc'
    limit: number
    cursor?: string
  }
  return { order, limit, ...(cursor !== undefined ? { cursor } : {}) }
}
