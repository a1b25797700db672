import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { strToU8, unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MODELS_DIR } from '@bauplan/models'
import { runInProcess } from '../testSupport/runInProcess'

const PROCEDURE = 'urn:bauplan:baustein:sn:hundesteuer-anmelden@1.0.0'
let work: string
const run = (argv: string[]) => runInProcess(argv, { cwd: work, env: { LANG: 'de_DE.UTF-8' } })

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bauplan-cli-export-'))
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('bauplan export --from / verify (offline)', { timeout: 60_000 }, () => {
  it('exports byte-identical bundles that verify with exit code 0', async () => {
    const first = await run([
      'export',
      '--from',
      MODELS_DIR,
      PROCEDURE,
      '--part',
      'all',
      '-o',
      'a.zip',
    ])
    expect(first.stderr).toBe('')
    expect(first.code).toBe(0)
    expect(first.stdout).toContain('a.zip')
    await run(['export', '--from', MODELS_DIR, PROCEDURE, '-o', 'b.zip'])
    const [a, b] = await Promise.all([
      readFile(path.join(work, 'a.zip')),
      readFile(path.join(work, 'b.zip')),
    ])
    expect(a.equals(b)).toBe(true)

    const verified = await run(['verify', 'a.zip'])
    expect(verified.code).toBe(0)
    expect(verified.stdout).toContain('Das Bundle ist unverändert, vollständig und gültig.')
    const json = await run(['verify', 'a.zip', '--json'])
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: true,
      manifest: { lock: expect.any(Array) },
    })
  })

  it('reports a tampered bundle with exit code 1 and names the file', async () => {
    await run(['export', '--from', MODELS_DIR, PROCEDURE, '-o', 'c.zip'])
    const entries = unzipSync(await readFile(path.join(work, 'c.zip')))
    const changed = Object.keys(entries).find((name) => name.endsWith('.dmn')) as string
    entries[changed] = strToU8('<tampered/>')
    await writeFile(path.join(work, 'tampered.zip'), zipSync(entries))
    const result = await run(['verify', 'tampered.zip', '--lang', 'en'])
    expect(result.code).toBe(1)
    expect(result.stdout).toContain(`${changed} was changed`)
    expect(result.stdout).toContain('The bundle is NOT valid')
  })

  it('names a missing dependency and writes no file', async () => {
    const models = path.join(work, 'models-incomplete')
    await cp(path.join(MODELS_DIR, 'verfahren'), path.join(models, 'verfahren'), {
      recursive: true,
    })
    const result = await run(['export', '--from', models, PROCEDURE, '-o', 'none.zip'])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('urn:bauplan:baustein:sn:antrag-entgegennehmen')
    await expect(readFile(path.join(work, 'none.zip'))).rejects.toThrow()
  })

  it('refuses a missing version, an unknown part and a missing file as usage or not-found errors', async () => {
    expect(
      (await run(['export', '--from', MODELS_DIR, 'urn:bauplan:baustein:sn:hundesteuer-anmelden']))
        .code
    ).toBe(2)
    expect(
      (await run(['export', '--from', MODELS_DIR, PROCEDURE, '--part', 'middle-office'])).code
    ).toBe(2)
    expect(
      (
        await run([
          'export',
          '--from',
          MODELS_DIR,
          'urn:bauplan:baustein:sn:hundesteuer-anmelden@9.0.0',
        ])
      ).code
    ).toBe(4)
    expect((await run(['verify', 'does-not-exist.zip'])).code).toBe(4)
  })
})
