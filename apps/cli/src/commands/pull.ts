/**
 * `bauplan pull <id>[@version] [-o DIR]`: a version's files into a folder in the models/ format.
 * Every file is downloaded and checked against the sha256 the server lists before anything is
 * written, so a broken transfer never leaves a half-written folder.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { VersionDetail } from '@bauplan/api-types'
import { METADATA_FILE } from '@bauplan/domain'
import { parseBlockArgument } from '../args/blockArgument'
import { booleanOption, stringOption } from '../args/optionSpec'
import type { CatalogueApi } from '../client/catalogueApi'
import { CliError } from '../errors'
import { EXIT } from '../exitCodes'
import { formatBytes } from '../output/labels'
import type { Command } from './command'

/** The folder format's file names (as the domain checks them): no paths, nothing hidden. */
const SAFE_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/

export const pullCommand: Command = {
  name: 'pull',
  synopsis: '<id>[@version] [-o DIR] [--force]',
  summary: {
    de: 'Dateien einer Version in einen Ordner holen',
    en: "fetch a version's files into a folder",
  },
  description: {
    de: 'Schreibt baustein.json und die Modelle einer Version in einen Ordner im models/-Format (Standard: ./<letzter Teil der ID>). Ohne @version wird die neueste veröffentlichte Version geholt. Jede Datei wird gegen ihren sha256 geprüft, bevor etwas geschrieben wird. Ein nicht leerer Ordner wird nur mit --force beschrieben; dabei werden gleichnamige Dateien ersetzt und andere Dateien nicht gelöscht (sie werden genannt).',
    en: 'Writes baustein.json and the models of a version into a folder in the models/ format (default: ./<last part of the id>). Without @version the latest published version is fetched. Every file is checked against its sha256 before anything is written. A non-empty folder is only written with --force; files of the same name are replaced and other files are not deleted (they are listed).',
  },
  options: {
    output: {
      type: 'string',
      short: 'o',
      valueName: 'DIR',
      description: { de: 'Zielordner', en: 'target folder' },
    },
    force: {
      type: 'boolean',
      short: 'f',
      description: {
        de: 'auch in einen nicht leeren Ordner schreiben',
        en: 'write into a non-empty folder too',
      },
    },
  },
  positionals: { min: 1, max: 1, names: { de: '<id>[@version]', en: '<id>[@version]' } },
  examples: [
    'bauplan pull urn:bauplan:baustein:sn:identitaet-pruefen@1.0.0',
    'bauplan pull urn:bauplan:baustein:sn:identitaet-pruefen -o ./identitaet-pruefen --force',
  ],
  async run(ctx, args) {
    const target = parseBlockArgument(args.positionals[0] as string, 'pull')
    const api = await ctx.api()
    const version = target.version ?? (await latestPublished(api, target.id))
    const dir = ctx.resolvePath(
      stringOption(args, 'output') ?? target.id.split(':').pop() ?? 'baustein'
    )
    const existing = await existingFiles(dir)
    if (existing.length > 0 && !booleanOption(args, 'force')) {
      throw new CliError(EXIT.conflict, 'pull.targetNotEmpty', {
        de: `Der Ordner ${dir} ist nicht leer. Wählen Sie mit -o einen anderen oder überschreiben Sie mit --force.`,
        en: `The folder ${dir} is not empty. Choose another with -o or overwrite with --force.`,
      })
    }
    const detail = await api.versionDetail(target.id, version)
    for (const file of detail.files) requireSafeName(file.name)
    // The listing names the models; baustein.json is written by the server from the metadata.
    const names = [
      METADATA_FILE,
      ...detail.files.map((f) => f.name).filter((n) => n !== METADATA_FILE),
    ]
    const progress = ctx.progress({ de: 'Lade', en: 'Downloading' }, names.length)
    const contents = new Map<string, Uint8Array>()
    try {
      for (const name of names) {
        const bytes = await api.file(target.id, version, name)
        verify(name, bytes, detail)
        contents.set(name, bytes)
        progress.tick(name)
      }
    } finally {
      progress.done()
    }
    await mkdir(dir, { recursive: true })
    for (const [name, bytes] of contents) await writeFile(path.join(dir, name), bytes)
    const leftover = existing.filter((name) => !contents.has(name)).sort()
    const total = [...contents.values()].reduce((sum, bytes) => sum + bytes.length, 0)
    const lines = [
      ctx.t({
        de: `${target.id}@${version} → ${dir} (${contents.size} Dateien, ${formatBytes(total)})`,
        en: `${target.id}@${version} → ${dir} (${contents.size} files, ${formatBytes(total)})`,
      }),
    ]
    if (leftover.length > 0) {
      lines.push(
        ctx.t({
          de: `Nicht zur Version gehörende Dateien blieben liegen: ${leftover.join(', ')}`,
          en: `Files that are not part of the version were left in place: ${leftover.join(', ')}`,
        })
      )
    }
    return {
      exitCode: EXIT.ok,
      data: {
        blockId: target.id,
        version,
        state: detail.version.state,
        dir,
        files: [...contents].map(([name, bytes]) => ({
          name,
          size: bytes.length,
          sha256: sha256Of(bytes),
        })),
        leftover,
      },
      text: lines,
    }
  },
}

async function latestPublished(api: CatalogueApi, id: string): Promise<string> {
  const overview = await api.overview(id)
  if (overview.latestPublished !== null) return overview.latestPublished
  throw new CliError(EXIT.notFound, 'pull.noPublishedVersion', {
    de: `${id} hat keine veröffentlichte Version. Geben Sie die Version an (<id>@<version>); „bauplan versions ${id}“ listet sie.`,
    en: `${id} has no published version. Give the version (<id>@<version>); "bauplan versions ${id}" lists them.`,
  })
}

/** Names in the folder; an absent folder is empty, a file in its place is a conflict. */
async function existingFiles(dir: string): Promise<string[]> {
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new CliError(EXIT.conflict, 'pull.targetNotAFolder', {
        de: `${dir} ist eine Datei, kein Ordner.`,
        en: `${dir} is a file, not a folder.`,
      })
    }
    return await readdir(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/** A name with a path in it could write outside the target folder; never trust it. */
function requireSafeName(name: string): void {
  if (SAFE_FILE_NAME.test(name)) return
  throw new CliError(EXIT.failure, 'pull.unsafeFileName', {
    de: `Der Server nennt eine Datei „${name}“; dieser Name ist im Ordnerformat nicht erlaubt und wird nicht geschrieben.`,
    en: `The server lists a file "${name}"; that name is not allowed in the folder format and is not written.`,
  })
}

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/**
 * Models must match the sha256 of the listing; baustein.json has no listed hash, so it must say
 * exactly what the version's metadata says.
 */
function verify(name: string, bytes: Uint8Array, detail: VersionDetail): void {
  if (name === METADATA_FILE) {
    let parsed: unknown
    try {
      parsed = JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      parsed = undefined
    }
    if (canonical(parsed) === canonical(detail.version.metadata)) return
    throw corrupted(name, 'metadata', 'other content')
  }
  const listed = detail.files.find((f) => f.name === name)
  const actual = sha256Of(bytes)
  if (listed !== undefined && listed.sha256 === actual) return
  throw corrupted(name, listed?.sha256 ?? '?', actual)
}

/** JSON with sorted keys, so equal content compares equal whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'undefined'
}

function corrupted(name: string, expected: string, actual: string): CliError {
  return new CliError(EXIT.failure, 'pull.checksumMismatch', {
    de: `${name}: Prüfsumme stimmt nicht (erwartet ${expected}, erhalten ${actual}). Nichts wurde geschrieben; versuchen Sie es erneut.`,
    en: `${name}: checksum mismatch (expected ${expected}, got ${actual}). Nothing was written; try again.`,
  })
}
