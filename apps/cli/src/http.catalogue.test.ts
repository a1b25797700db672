import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { MODELS_DIR } from '@bauplan/models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JSON_UPLOAD_MAX_BYTES } from './client/catalogueApi'
import { EXIT } from './exitCodes'
import {
  ANALYST,
  createHttpFixture,
  IT_PROVIDER,
  SERVER_PRESENT,
  type HttpFixture,
} from './testSupport/httpFixture'

const SLUG = 'identitaet-pruefen'
const SOURCE = path.join(MODELS_DIR, 'bausteine', SLUG)

interface Metadata {
  id: string
  version: string
  name: string
  bausteinart: string
}

describe.skipIf(!SERVER_PRESENT)('catalogue commands against the real server', () => {
  let http: HttpFixture
  let seeded: Metadata
  const analyst = (...argv: string[]) => http.cli(ANALYST, argv)
  const json = <T>(result: { stdout: string }) => JSON.parse(result.stdout) as T

  async function editMetadata(dir: string, change: (m: Metadata) => void): Promise<void> {
    const file = path.join(http.work, dir, 'baustein.json')
    const metadata = JSON.parse(await readFile(file, 'utf8')) as Metadata
    change(metadata)
    await writeFile(file, `${JSON.stringify(metadata, null, 2)}\n`)
  }

  beforeAll(async () => {
    seeded = JSON.parse(await readFile(path.join(SOURCE, 'baustein.json'), 'utf8')) as Metadata
    http = await createHttpFixture()
    expect((await http.login(ANALYST)).code).toBe(EXIT.ok)
    expect((await http.login(IT_PROVIDER)).code).toBe(EXIT.ok)
  })
  afterAll(async () => {
    await http?.close()
  })

  it('search finds the seeded block by a word of its name, and facets filter', async () => {
    const hit = await analyst('search', seeded.name.split(' ')[0] as string, '--json')
    expect(hit.code).toBe(EXIT.ok)
    const result = json<{
      hits: Array<{ blockId: string }>
      facets: Record<string, Array<{ value: string; count: number }>>
    }>(hit)
    expect(result.hits.map((h) => h.blockId)).toContain(seeded.id)

    const all = json<{
      total: number
      facets: Record<string, Array<{ value: string; count: number }>>
    }>(await analyst('search', '--json'))
    const facet = all.facets.bausteinart?.find((f) => f.value === 'referenzprozess')
    expect(facet?.count).toBeGreaterThan(0)
    const filtered = await analyst('search', '--bausteinart', 'referenzprozess', '--json')
    expect(json<{ total: number }>(filtered).total).toBe(facet?.count)
    expect(facet?.count).toBeLessThan(all.total)

    const text = await analyst('search', seeded.name, '--limit', '1')
    expect(text.stdout).toMatch(/Bausteine? gefunden \(Seite 1 von \d+\)/)
    expect(text.stdout).toContain(seeded.id)
  })

  it('show prints the block with its metadata and files', async () => {
    const result = await analyst('show', seeded.id)
    expect(result.code).toBe(EXIT.ok)
    expect(result.stdout.split('\n')[0]).toBe(seeded.name)
    expect(result.stdout).toContain(`${seeded.version} – Veröffentlicht`)
    expect(result.stdout).toContain(`${SLUG}.bpmn`)
    const document = json<{
      overview: { block: { id: string } }
      version: { version: { version: string } }
    }>(await analyst('show', `${seeded.id}@${seeded.version}`, '--json'))
    expect(document.overview.block.id).toBe(seeded.id)
    expect(document.version.version.version).toBe(seeded.version)
  })

  it('an unknown block is exit 4 with the server’s message', async () => {
    const result = await analyst('show', 'urn:bauplan:baustein:sn:gibt-es-nicht', '--lang', 'en')
    expect(result.code).toBe(EXIT.notFound)
    expect(result.stderr).toContain('gibt-es-nicht')
  })

  it('pulls the seeded block into a folder that validates, byte for byte for the models', async () => {
    const result = await http.cli(
      ANALYST,
      ['pull', `${seeded.id}@${seeded.version}`, '-o', 'pulled'],
      {
        stderrIsTTY: true,
      }
    )
    expect(result.code).toBe(EXIT.ok)
    expect(result.stderr).toContain('2/2')
    expect((await readdir(path.join(http.work, 'pulled'))).sort()).toEqual(
      (await readdir(SOURCE)).sort()
    )
    expect(await readFile(path.join(http.work, 'pulled', `${SLUG}.bpmn`), 'utf8')).toBe(
      await readFile(path.join(SOURCE, `${SLUG}.bpmn`), 'utf8')
    )
    const pulledMetadata = JSON.parse(
      await readFile(path.join(http.work, 'pulled', 'baustein.json'), 'utf8')
    )
    expect(pulledMetadata).toEqual(seeded)
    const validate = await analyst('validate', 'pulled')
    expect(validate.code).toBe(EXIT.ok)
  })

  it('refuses to pull into a non-empty folder without --force (exit 5)', async () => {
    const refused = await analyst('pull', seeded.id, '-o', 'pulled')
    expect(refused.code).toBe(EXIT.conflict)
    expect(refused.stderr).toContain('[pull.targetNotEmpty]')
    const forced = await analyst('pull', seeded.id, '-o', 'pulled', '--force', '--json')
    expect(forced.code).toBe(EXIT.ok)
    expect(json<{ version: string; leftover: string[] }>(forced)).toMatchObject({
      version: seeded.version,
      leftover: [],
    })
  })

  it('refuses to push a folder whose version is already published (exit 1, nothing changed)', async () => {
    const result = await analyst('push', 'pulled')
    expect(result.code).toBe(EXIT.problems)
    expect(result.stderr).toContain('[push.versionNotRaised]')
    const versions = json<{ versions: unknown[] }>(await analyst('versions', seeded.id, '--json'))
    expect(versions.versions).toHaveLength(1)
  })

  it('pushes a modified folder as a new draft, then updates that draft', async () => {
    await cp(path.join(http.work, 'pulled'), path.join(http.work, 'changed'), { recursive: true })
    await editMetadata('changed', (m) => {
      m.version = '1.0.1'
      m.name = `${seeded.name} (überarbeitet)`
    })
    const created = await analyst('push', 'changed', '--json')
    expect(created.code).toBe(EXIT.ok)
    const draft = json<{ action: string; version: string; state: string; revision: number }>(
      created
    )
    expect(draft).toMatchObject({
      ok: true,
      action: 'newDraft',
      version: '1.0.1',
      state: 'entwurf',
    })

    await editMetadata('changed', (m) => {
      m.name = `${seeded.name} (noch einmal überarbeitet)`
    })
    const updated = await analyst('push', 'changed')
    expect(updated.code).toBe(EXIT.ok)
    expect(updated.stdout).toMatch(
      /^Entwurf aktualisiert: changed → .*@1\.0\.1 \(Entwurf, Revision \d+\)$/m
    )

    const versions = json<{
      versions: Array<{ version: string; state: string; revision: number }>
    }>(await analyst('versions', seeded.id, '--json'))
    expect(versions.versions.map((v) => [v.version, v.state])).toEqual([
      ['1.0.1', 'entwurf'],
      [seeded.version, 'veroeffentlicht'],
    ])
    expect(versions.versions[0]?.revision).toBeGreaterThan(draft.revision)
  })

  it('a draft with invalid metadata is stored, and the problems name the field (exit 1)', async () => {
    await editMetadata('changed', (m) => {
      m.bausteinart = 'unbekannt'
    })
    const result = await http.cli(ANALYST, ['push', 'changed', '--lang', 'en'])
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toMatch(
      /changed\/baustein\.json \/bausteinart — error: .*bausteinart.*\[schema\.enum\]/
    )
    expect(result.stdout).toContain('Stored, but with 1 error')
    await editMetadata('changed', (m) => {
      m.bausteinart = seeded.bausteinart
    })
    expect((await analyst('push', 'changed')).code).toBe(EXIT.ok)
  })

  it('diff shows what changed between the published version and the draft', async () => {
    const text = await analyst('diff', seeded.id, seeded.version, '1.0.1')
    expect(text.code).toBe(EXIT.ok)
    expect(text.stdout).toContain(
      `~ /name: "${seeded.name}" → "${seeded.name} (noch einmal überarbeitet)"`
    )
    const document = json<{
      metadata: Array<{ pointer: string; oldValue: unknown; newValue: unknown }>
    }>(await analyst('diff', seeded.id, seeded.version, '1.0.1', '--json'))
    expect(document.metadata).toContainEqual(
      expect.objectContaining({ pointer: '/version', oldValue: seeded.version, newValue: '1.0.1' })
    )
  })

  it('an IT provider may read but not push: exit 3 with the server’s reason', async () => {
    const versions = json<{ versions: Array<{ version: string }> }>(
      await http.cli(IT_PROVIDER, ['versions', seeded.id, '--json'])
    )
    expect(versions.versions.map((v) => v.version)).toEqual([seeded.version])
    const result = await http.cli(IT_PROVIDER, ['push', 'changed', '--lang', 'en'])
    expect(result.code).toBe(EXIT.auth)
    expect(result.stderr).toMatch(/only analysts \(Modellierer\) of the organisation/)
    expect(result.stderr).toMatch(/\[lifecycle\.forbidden\.\w+\]/)
  })

  it('creates a new block from a folder too large for a JSON body (sent as a zip)', async () => {
    const newId = 'urn:bauplan:baustein:sn:cli-grosser-test'
    await cp(path.join(http.work, 'pulled'), path.join(http.work, 'large'), { recursive: true })
    await editMetadata('large', (m) => {
      m.id = newId
    })
    const bpmn = path.join(http.work, 'large', `${SLUG}.bpmn`)
    const padding = `<!-- ${'Auffüllung '.repeat(300_000)} -->\n`
    await writeFile(
      bpmn,
      (await readFile(bpmn, 'utf8')).replace(/(<\?xml[^>]*\?>\n)/, `$1${padding}`)
    )
    expect(Buffer.byteLength(await readFile(bpmn))).toBeGreaterThan(JSON_UPLOAD_MAX_BYTES)
    const result = await analyst('push', 'large', '--json')
    expect(result.code).toBe(EXIT.ok)
    expect(json<{ action: string; blockId: string }>(result)).toMatchObject({
      action: 'created',
      blockId: newId,
    })
    const pulled = await analyst('pull', `${newId}@1.0.0`, '-o', 'large-again')
    expect(pulled.code).toBe(EXIT.ok)
    expect(await readFile(path.join(http.work, 'large-again', `${SLUG}.bpmn`), 'utf8')).toBe(
      await readFile(bpmn, 'utf8')
    )
  })

  it('a push while the draft is in review is a conflict (exit 5)', async () => {
    const token = await http.storedToken(ANALYST)
    const submit = await fetch(
      `${http.server.url}/api/bausteine/${encodeURIComponent(seeded.id)}/versionen/1.0.1/einreichen`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ note: 'bitte prüfen' }),
      }
    )
    expect(submit.status).toBe(200)
    const result = await analyst('push', 'changed', '--json')
    expect(result.code).toBe(EXIT.conflict)
    expect(json<{ error: { status: number } }>(result).error.status).toBe(409)
  })
})
