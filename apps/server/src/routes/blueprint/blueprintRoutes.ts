/**
 * Blueprints: export a published version as a bundle (a deterministic zip), and import a bundle
 * from another catalogue (federation). docs/api.md § Blueprints, docs/blueprints.md.
 */
import {
  BUNDLE_LIMITS,
  buildBundle,
  createChromiumRenderer,
  RendererUnavailableError,
  BlueprintError,
  verifyBundle,
  type VerifiedBundle,
  resolveProcedure,
  VERIFY_CHECKS,
  type CatalogueInfo,
  type ChromiumRenderer,
  type HandbookLocale,
  type PartSelection,
  type BackOfficeFlavour,
} from '@bauplan/blueprint'
import { importFederatedVersions } from '@bauplan/catalogue'
import type { FastifyPluginAsync } from 'fastify'
import { HttpProblem } from '../../http/httpProblem'
import { serviceActor, type CatalogueActor } from '../../plugins/catalogueService'
import { AUTHENTICATED, langQuery, problemResponses, ref } from '../../schemas/common'
import { ZIP_MAX_BYTES } from '../../uploads/limits'
import { versionParams, type VersionParams } from '../bausteine/params'
import { federatedVersionsOf } from './bundleImport'
import { httpProblemOf } from './blueprintProblems'
import { catalogueBlockSource } from './catalogueBlockSource'

export interface BlueprintRouteOptions {
  /** How bundles name this catalogue; default the server configuration (BAUPLAN_CATALOGUE_NAME, BAUPLAN_PUBLIC_URL). */
  catalogue?: CatalogueInfo
}

/** Bundles are uploaded like folder zips, with the same archive limit. */
const IMPORT_LIMITS = { ...BUNDLE_LIMITS, maxArchiveBytes: ZIP_MAX_BYTES }

export const blueprintRoutes: FastifyPluginAsync<BlueprintRouteOptions> = async (app, options) => {
  const catalogue: CatalogueInfo = options.catalogue ?? {
    name: app.config.catalogueName,
    url: app.config.publicUrl,
  }
  // The handbook's diagrams are drawn in one headless Chromium, started on the first request
  // that asks for a handbook and ended with the server.
  let renderer: ChromiumRenderer | undefined
  app.addHook('onClose', async () => {
    await renderer?.close()
  })
  app.addContentTypeParser(
    'application/zip',
    { parseAs: 'buffer', bodyLimit: ZIP_MAX_BYTES },
    (_request, body, done) => done(null, body)
  )
  const versionKey = {
    type: 'object',
    required: ['blockId', 'version'],
    properties: { blockId: { type: 'string' }, version: { type: 'string' } },
  }
  const checkOutcome = { type: 'string', enum: ['passed', 'failed', 'skipped'] }
  const result = {
    type: 'object',
    required: ['created', 'unchanged', 'checks', 'origin', 'warnings'],
    properties: {
      created: { type: 'array', items: versionKey },
      unchanged: { type: 'array', items: versionKey },
      // What `bauplan verify` reported before anything was written (all passed on success).
      checks: {
        type: 'object',
        required: [...VERIFY_CHECKS],
        properties: Object.fromEntries(VERIFY_CHECKS.map((check) => [check, checkOutcome])),
      },
      origin: {
        type: 'object',
        required: ['blockId', 'version', 'catalogue'],
        properties: {
          blockId: { type: 'string' },
          version: { type: 'string' },
          catalogue: {
            type: 'object',
            required: ['name', 'url'],
            properties: { name: { type: 'string' }, url: { type: ['string', 'null'] } },
          },
        },
      },
      warnings: { type: 'array', items: ref('Problem') },
    },
  }

  app.get(
    '/bausteine/:id/versionen/:version/blueprint',
    {
      schema: {
        tags: ['Blaupausen'],
        summary: 'Implementierungsblaupause als Zip / implementation blueprint as a zip',
        description:
          'Exportiert eine veröffentlichte Version mit allen aufgerufenen Bausteinen (exakte, bei der Veröffentlichung festgelegte Versionen) als deterministisches Bundle mit blueprint.json (docs/blueprints.md). / Exports a published version with every called block (the exact versions pinned at publication) as a deterministic bundle with blueprint.json.',
        params: versionParams,
        querystring: langQuery({
          teil: { type: 'string', enum: ['front-office', 'back-office', 'all'], default: 'all' },
          flavour: { type: 'string', enum: ['neutral', 'camunda8'], default: 'neutral' },
          handbuch: {
            type: 'string',
            enum: ['de', 'en'],
            description:
              'Handbuch (HTML mit Diagrammen) in dieser Sprache beilegen; dauert einige Sekunden / add the handbook in this language',
          },
        }),
        response: {
          200: {
            description: 'Das Bundle / the bundle',
            content: { 'application/zip': { schema: { type: 'string', format: 'binary' } } },
          },
          ...problemResponses(...AUTHENTICATED, 404, 422, 503),
        },
      },
    },
    async (request, reply) => {
      const { id, version } = request.params as VersionParams
      const { teil, flavour, handbuch } = request.query as {
        teil: PartSelection
        flavour: BackOfficeFlavour
        handbuch?: HandbookLocale
      }
      const actor = serviceActor(request)
      let zip: Uint8Array
      try {
        const source = catalogueBlockSource(app.store, app.catalogue, actor, catalogue)
        const resolution = await resolveProcedure(source, id, version)
        const handbook =
          handbuch === undefined
            ? {}
            : {
                handbook: true,
                locale: handbuch,
                renderer: (renderer ??= createChromiumRenderer()),
              }
        zip = (await buildBundle(resolution, { part: teil, flavour, ...handbook })).zip
      } catch (error) {
        if (error instanceof RendererUnavailableError) {
          throw new HttpProblem(503, 'blueprint.rendererUnavailable', {
            de: 'Das Handbuch kann auf diesem Server nicht gezeichnet werden (kein Chromium). Exportieren Sie ohne Handbuch.',
            en: 'The handbook cannot be drawn on this server (no Chromium). Export without the handbook.',
          })
        }
        throw httpProblemOf(error)
      }
      const slug = id.split(':').pop() ?? 'bauplan'
      const name = `${slug}-${version}-${teil}${flavour === 'camunda8' ? '-camunda8' : ''}${handbuch !== undefined ? `-handbuch-${handbuch}` : ''}.zip`
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', `attachment; filename="${name.replace(/[^\w.@-]/g, '_')}"`)
        .header('content-length', String(zip.length))
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(zip))
    }
  )

  app.post(
    '/blueprints/import',
    {
      config: { acceptedMediaTypes: ['application/zip'] },
      schema: {
        tags: ['Blaupausen'],
        summary: 'Bundle importieren (Föderation; Kurator/Admin) / import a bundle (federation)',
        description:
          'Prüft das Bundle wie „bauplan verify“ und legt alle Bausteine als veröffentlichte Versionen mit ihrer Herkunft an; vorhandene Versionen mit gleichem Hash bleiben unverändert, mit anderem Hash: 409. Alles oder nichts. / Verifies the bundle like "bauplan verify" and creates every block as a published version with its provenance; existing versions with the same hash stay unchanged, with another hash: 409. All or nothing.',
        querystring: langQuery({
          organisation: {
            type: 'string',
            maxLength: 100,
            description:
              'Organisation neuer Bausteine (Standard: die erste, in der Sie Kurator oder Admin sind) / organisation of new blocks',
          },
        }),
        // Only described (no `type`): the zip is checked while it is read, not as JSON.
        body: {
          content: {
            'application/zip': {
              schema: {
                format: 'binary',
                description: `Das Bundle, höchstens ${ZIP_MAX_BYTES / 1024 / 1024} MiB / the bundle`,
              },
            },
          },
        },
        response: {
          200: result,
          ...problemResponses(...AUTHENTICATED, 404, 409, 413, 415, 422),
        },
      },
    },
    async (request) => {
      const actor = serviceActor(request)
      const { organisation } = request.query as { organisation?: string }
      const body = request.body
      if (!Buffer.isBuffer(body)) {
        throw new HttpProblem(415, 'upload.mediaType', {
          de: 'Ein Bundle wird als application/zip hochgeladen.',
          en: 'A bundle is uploaded as application/zip.',
        })
      }
      // Verified here rather than with readVerifiedBundle, so a refusal can name its checks.
      const report = await verifyBundle(new Uint8Array(body), IMPORT_LIMITS)
      if (!report.ok || report.manifest === undefined || report.files === undefined) {
        const kind = report.checks.archive === 'failed' ? 'unsafeArchive' : 'invalidBundle'
        throw httpProblemOf(new BlueprintError(kind, report.problems), report.checks)
      }
      const { files, ...verified } = report
      const bundle: VerifiedBundle = { manifest: report.manifest, files, report: verified }
      const { provenance } = bundle.manifest
      const imported = await importFederatedVersions(app.store, actor, {
        organisationId: organisation ?? targetOrganisation(actor),
        source: `${provenance.blockId}@${provenance.version} (${provenance.origin.name})`,
        versions: federatedVersionsOf(bundle),
      })
      return {
        ...imported,
        checks: bundle.report.checks,
        origin: {
          blockId: provenance.blockId,
          version: provenance.version,
          catalogue: { name: provenance.origin.name, url: provenance.origin.url },
        },
        warnings: bundle.report.warnings,
      }
    }
  )
}

/** New blocks go to the first organisation where the actor curates (or administers). */
function targetOrganisation(actor: CatalogueActor): string {
  const membership =
    actor.memberships.find((m) => m.role === 'kurator') ??
    actor.memberships.find((m) => m.role === 'admin')
  if (membership !== undefined) return membership.organisationId
  throw new HttpProblem(403, 'lifecycle.forbidden.curator', {
    de: 'Blaupause importieren: Das dürfen nur Kuratoren und Administratoren.',
    en: 'Import a blueprint: only curators and administrators may do this.',
  })
}
