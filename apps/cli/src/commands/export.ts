/**
 * `bauplan export <id>@<version> --part front-office|back-office|all [--flavour camunda8] -o FILE`:
 * a published version as an implementation blueprint (a deterministic zip with blueprint.json).
 * From the server by default; with `--from DIR` offline from a folder tree in the models/ format,
 * without a server. The file is written only when the whole bundle is ready (temp file + rename).
 */
import { rename, writeFile, rm } from 'node:fs/promises'
import {
  buildBundle,
  createChromiumRenderer,
  resolveProcedure,
  sha256Hex,
  type BackOfficeFlavour,
  type BlueprintManifest,
  type ChromiumRenderer,
  type PartSelection,
} from '@bauplan/blueprint'
import { parseBlockArgument } from '../args/blockArgument'
import { booleanOption, stringOption } from '../args/optionSpec'
import { UsageError } from '../errors'
import { EXIT } from '../exitCodes'
import { formatBytes } from '../output/labels'
import { CLI_VERSION } from '../version'
import { cliErrorOf } from './exportErrors'
import type { Command } from './command'
import { downloadBlueprint } from './exportDownload'
import { readBlockFolders } from './exportFolders'

const PARTS: readonly PartSelection[] = ['front-office', 'back-office', 'all']
const FLAVOURS: readonly BackOfficeFlavour[] = ['neutral', 'camunda8']

export const exportCommand: Command = {
  name: 'export',
  synopsis:
    '<id>@<version> --part front-office|back-office|all [--flavour camunda8] -o FILE [--from DIR]',
  summary: {
    de: 'Implementierungsblaupause einer veröffentlichten Version als Zip exportieren',
    en: 'export a published version as an implementation blueprint (zip)',
  },
  description: {
    de: 'Exportiert ein veröffentlichtes Verfahren mit allen aufgerufenen Bausteinen, jeder auf eine genaue Version aufgelöst, als Bundle: ein deterministisches Zip (gleiche Eingabe → gleiche Bytes) mit dem Manifest blueprint.json (Herkunft, Lock, sha256 jeder Datei). Ohne --from vom Server; mit --from DIR ohne Server aus einem Ordnerbaum im models/-Format (z. B. „models“). Die Datei entsteht erst, wenn das Bundle vollständig ist.',
    en: 'Exports a published procedure with every block it calls, each resolved to an exact version, as a bundle: a deterministic zip (same input → same bytes) with the manifest blueprint.json (provenance, lock, sha256 of every file). Without --from from the server; with --from DIR without a server from a folder tree in the models/ format (e.g. "models"). The file is only written once the bundle is complete.',
  },
  options: {
    part: {
      type: 'string',
      valueName: 'front-office|back-office|all',
      description: { de: 'welcher Teil (Standard: all)', en: 'which part (default: all)' },
    },
    flavour: {
      type: 'string',
      valueName: 'neutral|camunda8',
      description: {
        de: 'Back-Office für eine Engine (Standard: neutral)',
        en: 'back office for an engine (default: neutral)',
      },
    },
    output: {
      type: 'string',
      short: 'o',
      valueName: 'FILE',
      description: {
        de: 'Zieldatei (Standard: <letzter Teil der ID>-<version>.zip)',
        en: 'target file (default: <last part of the id>-<version>.zip)',
      },
    },
    from: {
      type: 'string',
      valueName: 'DIR',
      description: {
        de: 'ohne Server aus Baustein-Ordnern im models/-Format exportieren',
        en: 'export without a server from building-block folders in the models/ format',
      },
    },
    handbook: {
      type: 'boolean',
      description: {
        de: 'das Handbuch (HTML, in der Sprache von --lang) beilegen; Chromium zeichnet die Diagramme (mit --from hier, sonst auf dem Server)',
        en: 'add the handbook (HTML, in the language of --lang); Chromium draws the diagrams (here with --from, else on the server)',
      },
    },
  },
  positionals: { min: 1, max: 1, names: { de: '<id>@<version>', en: '<id>@<version>' } },
  examples: [
    'bauplan export urn:bauplan:baustein:sn:gewerbe-anmelden@1.0.0 --part all -o gewerbe.zip',
    'bauplan export --from models urn:bauplan:baustein:sn:hundesteuer-anmelden@1.0.0 --part back-office --flavour camunda8 -o hundesteuer.zip',
  ],
  async run(ctx, args) {
    const target = parseBlockArgument(args.positionals[0] as string, 'export')
    if (target.version === undefined) {
      throw new UsageError(
        'usage.versionRequired',
        {
          de: 'Geben Sie die Version an: <id>@<version>. Exportiert werden nur veröffentlichte Versionen.',
          en: 'Give the version: <id>@<version>. Only published versions are exported.',
        },
        'export'
      )
    }
    const part = choice(stringOption(args, 'part') ?? 'all', PARTS, 'part')
    const flavour = choice(stringOption(args, 'flavour') ?? 'neutral', FLAVOURS, 'flavour')
    const from = stringOption(args, 'from')
    const file = ctx.resolvePath(
      stringOption(args, 'output') ??
        `${target.id.split(':').pop() ?? 'bauplan'}-${target.version}.zip`
    )
    const progress = ctx.progress({ de: 'Exportiere', en: 'Exporting' }, 1)
    let zip: Uint8Array
    let manifest: BlueprintManifest | undefined
    let renderer: ChromiumRenderer | undefined
    try {
      if (from !== undefined) {
        const source = await readBlockFolders(ctx.resolvePath(from))
        const resolution = await resolveProcedure(source, target.id, target.version)
        const handbook = booleanOption(args, 'handbook')
        renderer = handbook ? createChromiumRenderer() : undefined
        let bar = progress
        const bundle = await buildBundle(resolution, {
          part,
          flavour,
          handbook,
          locale: ctx.lang,
          ...(renderer !== undefined ? { renderer } : {}),
          tool: { name: 'bauplan', version: CLI_VERSION },
          onProgress: (done, total, step) => {
            if (done === 1) {
              bar.done()
              bar = ctx.progress({ de: 'Exportiere', en: 'Exporting' }, total)
            }
            bar.tick(step)
          },
        })
        bar.done()
        zip = bundle.zip
        manifest = bundle.manifest
      } else {
        // The bar counts per cent of the download (the server sends Content-Length).
        let shown = 0
        progress.done()
        const bar = ctx.progress({ de: 'Lade', en: 'Downloading' }, 100)
        try {
          zip = await downloadBlueprint(
            await ctx.api(),
            target.id,
            target.version,
            part,
            flavour,
            booleanOption(args, 'handbook') ? ctx.lang : undefined,
            (received, total) => {
              const percent = total === null ? 0 : Math.floor((received / total) * 100)
              for (; shown < percent; shown++) bar.tick()
            }
          )
        } finally {
          bar.done()
        }
      }
    } catch (error) {
      throw cliErrorOf(error)
    } finally {
      progress.done()
      await renderer?.close()
    }
    await writeAtomically(file, zip)
    const sha256 = sha256Hex(zip)
    return {
      exitCode: EXIT.ok,
      data: {
        blockId: target.id,
        version: target.version,
        part,
        flavour,
        source: from !== undefined ? 'folders' : 'server',
        file,
        size: zip.length,
        sha256,
        ...(manifest !== undefined
          ? {
              lock: manifest.lock.map((l) => `${l.blockId}@${l.version}`),
              files: manifest.files.length,
            }
          : {}),
      },
      text: [
        ctx.t({
          de: `${target.id}@${target.version} → ${file} (${formatBytes(zip.length)}, sha256 ${sha256})`,
          en: `${target.id}@${target.version} → ${file} (${formatBytes(zip.length)}, sha256 ${sha256})`,
        }),
        ...(manifest !== undefined
          ? [
              ctx.t({
                de: `${manifest.files.length} Dateien, ${manifest.lock.length} aufgerufene Bausteine im Lock.`,
                en: `${manifest.files.length} files, ${manifest.lock.length} called blocks in the lock.`,
              }),
            ]
          : []),
      ],
    }
  },
}

function choice<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(
    'usage.invalidChoice',
    {
      de: `--${option} muss ${allowed.join(', ')} sein, nicht „${value}“.`,
      en: `--${option} must be ${allowed.join(', ')}, not "${value}".`,
    },
    'export'
  )
}

/** Never a half-written bundle under the target name: write beside it, then rename. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await writeFile(temporary, bytes)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
}
