import { spawn } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { MODELS_DIR } from '@bauplan/models'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT } from './exitCodes'

const BIN = fileURLToPath(new URL('../bin/bauplan.mjs', import.meta.url))
const REPO = path.resolve(MODELS_DIR, '..')

/** The launcher as a shell starts it; pnpm's variables are set only where a test says so. */
function launch(argv: string[], cwd: string, extraEnv: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: 'en_US.UTF-8', ...extraEnv }
  if (!('npm_lifecycle_event' in extraEnv)) delete env.npm_lifecycle_event
  if (!('INIT_CWD' in extraEnv)) delete env.INIT_CWD
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...argv], { cwd, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

let work: string
beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'bauplan-cli-launcher-'))
  await cp(path.join(MODELS_DIR, 'bausteine', 'register-abfragen'), path.join(work, 'block'), {
    recursive: true,
  })
})
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
})

describe('bin/bauplan.mjs', () => {
  it('runs from any directory, resolves paths against it and passes the exit code on', async () => {
    const ok = await launch(['validate', 'block'], work)
    expect(ok.stderr).toBe('')
    expect(ok.stdout).toContain('Checked 1 folder: 1 without errors')
    expect(ok.code).toBe(EXIT.ok)

    const missing = await launch(['validate', 'no-such-folder'], work)
    expect(missing.code).toBe(EXIT.problems)
    const usage = await launch(['validate'], work)
    expect(usage.code).toBe(EXIT.usage)
  })

  it('under `pnpm bauplan` (script name bauplan) resolves paths where the user typed the command', async () => {
    // pnpm runs root scripts in the repository root and says in INIT_CWD where the user was.
    const result = await launch(['validate', 'block'], REPO, {
      npm_lifecycle_event: 'bauplan',
      INIT_CWD: work,
    })
    expect(result.code).toBe(EXIT.ok)
    expect(result.stdout).toContain('1 without errors')
  })

  it('ignores INIT_CWD left over from another pnpm script', async () => {
    const result = await launch(['validate', 'block'], REPO, {
      npm_lifecycle_event: 'test',
      INIT_CWD: work,
    })
    expect(result.code).toBe(EXIT.problems)
    expect(result.stdout).toContain('[cli.folderNotFound]')
  })
})
