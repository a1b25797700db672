import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isChromiumAvailable } from '@bauplan/blueprint'
import { MODELS_DIR } from '@bauplan/models'
import { unzipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT } from '../exitCodes'
import {
  createHttpFixture,
  IT_PROVIDER,
  SERVER_PRESENT,
  type HttpFixture,
} from '../testSupport/httpFixture'

const CURATOR = 'kurator@koordinierung.example'
const PROCEDURE = 'urn:bauplan:baustein:sn:hundesteuer-anmelden@1.0.0'

describe.skipIf(!SERVER_PRESENT)(
  'export, verify and import against the real server',
  { timeout: 180_000 },
  () => {
    let http: HttpFixture

    beforeAll(async () => {
      http = await createHttpFixture()
      expect((await http.login(IT_PROVIDER)).code).toBe(EXIT.ok)
      expect((await http.login(CURATOR)).code).toBe(EXIT.ok)
    }, 180_000)
    afterAll(async () => {
      await http?.close()
    })

    it('exports from the server the same bundle twice, and it verifies', async () => {
      const first = await http.cli(IT_PROVIDER, ['export', PROCEDURE, '-o', 'server-a.zip'])
      expect(first.code, first.stderr).toBe(EXIT.ok)
      const withBar = await http.cli(IT_PROVIDER, ['export', PROCEDURE, '-o', 'server-b.zip'], {
        stderrIsTTY: true,
      })
      expect(withBar.stderr).toContain('100/100')
      const [a, b] = await Promise.all(
        ['server-a.zip', 'server-b.zip'].map((name) => readFile(path.join(http.work, name)))
      )
      expect(a?.equals(b as Buffer)).toBe(true)
      expect((await http.cli(IT_PROVIDER, ['verify', 'server-a.zip'])).code).toBe(EXIT.ok)
    })

    it.skipIf(!isChromiumAvailable())(
      'asks the server for the handbook in the --lang language',
      async () => {
        const result = await http.cli(IT_PROVIDER, [
          'export',
          PROCEDURE,
          '--handbook',
          '--lang',
          'en',
          '-o',
          'hb.zip',
        ])
        expect(result.code, result.stderr).toBe(EXIT.ok)
        const entries = unzipSync(await readFile(path.join(http.work, 'hb.zip')))
        expect(Object.keys(entries)).toContain('handbuch/handbuch.en.html')
      }
    )

    it('imports a bundle of versions the server already has as unchanged', async () => {
      const result = await http.cli(CURATOR, ['import', 'server-a.zip', '--json'])
      expect(result.code, result.stderr).toBe(EXIT.ok)
      const answer = JSON.parse(result.stdout) as { created: unknown[]; unchanged: unknown[] }
      expect(answer.created).toEqual([])
      expect(answer.unchanged.length).toBeGreaterThan(1)
    })

    it('refuses other content under an existing version (exit 5) and IT providers (exit 3)', async () => {
      const models = path.join(http.work, 'changed-models')
      await cp(MODELS_DIR, models, {
        recursive: true,
        filter: (source) => !source.includes('node_modules') && !source.includes(`${path.sep}dist`),
      })
      const file = path.join(models, 'verfahren', 'hundesteuer-anmelden', 'baustein.json')
      const metadata = JSON.parse(await readFile(file, 'utf8')) as { beschreibung?: string }
      metadata.beschreibung = `${metadata.beschreibung ?? ''} (geändert)`
      await writeFile(file, `${JSON.stringify(metadata, null, 2)}\n`)
      const exported = await http.cli(CURATOR, [
        'export',
        '--from',
        models,
        PROCEDURE,
        '-o',
        'changed.zip',
      ])
      expect(exported.code, exported.stderr).toBe(EXIT.ok)

      const conflict = await http.cli(CURATOR, ['import', 'changed.zip', '--lang', 'en'])
      expect(conflict.code).toBe(EXIT.conflict)
      expect(conflict.stderr).toContain('never overwritten')
      expect((await http.cli(IT_PROVIDER, ['import', 'server-a.zip'])).code).toBe(EXIT.auth)
    })
  }
)
