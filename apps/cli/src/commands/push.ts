/**
 * `bauplan push DIR`: uploads a folder as the block's draft. A new id creates the block; an open
 * draft is replaced (guarded by its revision, so a colleague's change in between is not lost);
 * otherwise a new draft is started from the highest published version and filled with the folder.
 */
import path from 'node:path'
import type { BlockOverview, DraftResult } from '@bauplan/api-types'
import {
  compareVersions,
  highestVersion,
  isVersion,
  METADATA_FILE,
  nextDraftVersion,
} from '@bauplan/domain'
import { FOLDER_LIMITS, FolderReadError, readModelFolder } from '@bauplan/models'
import { requireBlockId } from '../args/blockArgument'
import { stringOption } from '../args/optionSpec'
import type { CatalogueApi } from '../client/catalogueApi'
import { CliError, UsageError } from '../errors'
import { EXIT } from '../exitCodes'
import { formatBytes, stateLabel } from '../output/labels'
import { countProblems, countText, renderProblemGroups } from '../output/problemLines'
import type { Command } from './command'

type PushAction = 'created' | 'newDraft' | 'updated'

export const pushCommand: Command = {
  name: 'push',
  synopsis: 'DIR [--id URN] [--organisation ID]',
  summary: { de: 'einen Ordner als Entwurf hochladen', en: 'upload a folder as a draft' },
  description: {
    de: 'Lädt die Dateien eines Baustein-Ordners als Entwurf hoch: Einen neuen Baustein legt es an (mit --organisation, wenn Sie in mehreren Organisationen modellieren), einen offenen Entwurf ersetzt es, sonst beginnt es einen neuen Entwurf nach der höchsten veröffentlichten Version. Die Version in baustein.json muss größer sein als jede veröffentlichte. Der Server speichert den Entwurf auch mit Fehlern und nennt sie; dann endet der Befehl mit Exit-Code 1.',
    en: 'Uploads the files of a building-block folder as a draft: a new block is created (with --organisation if you model in several organisations), an open draft is replaced, otherwise a new draft is started after the highest published version. The version in baustein.json must be greater than every published one. The server stores the draft even with errors and lists them; the command then ends with exit code 1.',
  },
  options: {
    id: {
      type: 'string',
      valueName: 'URN',
      description: {
        de: 'Ziel-Baustein (muss zu baustein.json passen; nötig, wenn es keine ID nennt)',
        en: 'target block (must match baustein.json; needed if it names no id)',
      },
    },
    organisation: {
      type: 'string',
      valueName: 'ID',
      description: {
        de: 'besitzende Organisation eines neuen Bausteins',
        en: 'owning organisation of a new block',
      },
    },
  },
  positionals: { min: 1, max: 1, names: { de: 'DIR', en: 'DIR' } },
  examples: [
    'bauplan push ./identitaet-pruefen',
    'bauplan push models/bausteine/neuer-baustein --organisation koordinierung',
  ],
  async run(ctx, args) {
    const dirArgument = args.positionals[0] as string
    const dir = ctx.resolvePath(dirArgument)
    const progress = ctx.progress({ de: 'Hochladen', en: 'Uploading' }, 3)
    let outcome: { action: PushAction; result: DraftResult }
    try {
      const files = await readFolderForPush(dir)
      progress.tick(`${Object.keys(files).length} ${ctx.t({ de: 'Dateien', en: 'files' })}`)
      const local = localIdentity(files, stringOption(args, 'id'))
      const api = await ctx.api()
      const overview = await findBlock(api, local.id)
      progress.tick(local.id)
      outcome = await upload(api, local, files, overview, stringOption(args, 'organisation'))
      progress.tick(outcome.result.version.version)
    } finally {
      progress.done()
    }
    const { result, action } = outcome
    const counts = countProblems(result.problems)
    const v = result.version
    const heading = ctx.t({
      de: `${dirArgument} → ${v.blockId}@${v.version} (${stateLabel(v.state, 'de')}, Revision ${v.revision})`,
      en: `${dirArgument} → ${v.blockId}@${v.version} (${stateLabel(v.state, 'en')}, revision ${v.revision})`,
    })
    const done = {
      created: { de: 'Neuer Baustein angelegt', en: 'New block created' },
      newDraft: { de: 'Neuer Entwurf angelegt', en: 'New draft created' },
      updated: { de: 'Entwurf aktualisiert', en: 'Draft updated' },
    }[action]
    return {
      exitCode: counts.errors > 0 ? EXIT.problems : EXIT.ok,
      data: {
        ok: counts.errors === 0,
        action,
        blockId: v.blockId,
        version: v.version,
        state: v.state,
        revision: v.revision,
        ...counts,
        problems: result.problems,
      },
      text: [
        `${ctx.t(done)}: ${heading}`,
        '',
        ...renderProblemGroups(
          [{ title: heading, dir: dirArgument, problems: result.problems }],
          ctx.lang
        ),
        counts.errors > 0
          ? ctx.t({
              de: `Gespeichert, aber mit ${countText(counts, 'de')}; vor dem Einreichen beheben.`,
              en: `Stored, but with ${countText(counts, 'en')}; fix them before submitting.`,
            })
          : ctx.t({
              de: `Gespeichert; ${countText(counts, 'de')}.`,
              en: `Stored; ${countText(counts, 'en')}.`,
            }),
      ],
    }
  },
}

async function readFolderForPush(dir: string): Promise<Record<string, string>> {
  try {
    return (await readModelFolder(dir)).files
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new UsageError(
        'push.folderNotFound',
        {
          de: `${dir} ist kein Ordner. Geben Sie den Ordner eines Bausteins an (mit baustein.json darin).`,
          en: `${dir} is not a folder. Give the folder of a building block (with baustein.json in it).`,
        },
        'push'
      )
    }
    if (error instanceof FolderReadError) {
      const limits = {
        files: FOLDER_LIMITS.maxFiles,
        file: formatBytes(FOLDER_LIMITS.maxFileBytes),
        total: formatBytes(FOLDER_LIMITS.maxTotalBytes),
      }
      throw new CliError(EXIT.problems, 'push.folderTooLarge', {
        de: `${dir} überschreitet die Grenzen des Ordnerformats (höchstens ${limits.files} Dateien, je ${limits.file}, zusammen ${limits.total}); „bauplan validate ${path.basename(dir)}“ nennt die Datei.`,
        en: `${dir} exceeds the limits of the folder format (at most ${limits.files} files, ${limits.file} each, ${limits.total} in total); "bauplan validate ${path.basename(dir)}" names the file.`,
      })
    }
    throw error
  }
}

interface LocalIdentity {
  id: string
  version: string | undefined
}

/** Id and version from baustein.json, read leniently: the server reports schema problems. */
function localIdentity(
  files: Readonly<Record<string, string>>,
  idOption: string | undefined
): LocalIdentity {
  let metadata: { id?: unknown; version?: unknown } = {}
  try {
    metadata = JSON.parse(files[METADATA_FILE] ?? '{}') as typeof metadata
  } catch {
    // Unparseable metadata: the server names the line; the id must then come from --id.
  }
  const fileId = typeof metadata.id === 'string' ? metadata.id : undefined
  if (idOption !== undefined && fileId !== undefined && idOption !== fileId) {
    throw new UsageError(
      'push.idMismatch',
      {
        de: `--id ${idOption} passt nicht zu baustein.json (${fileId}). Die ID eines Bausteins ändert sich nie.`,
        en: `--id ${idOption} does not match baustein.json (${fileId}). A block's id never changes.`,
      },
      'push'
    )
  }
  const id = idOption ?? fileId
  if (id === undefined) {
    throw new UsageError(
      'push.noId',
      {
        de: `${METADATA_FILE} nennt keine ID (Feld „id“); tragen Sie sie ein oder geben Sie --id an.`,
        en: `${METADATA_FILE} names no id (field "id"); add it or give --id.`,
      },
      'push'
    )
  }
  return {
    id: requireBlockId(id, 'push'),
    version: typeof metadata.version === 'string' ? metadata.version : undefined,
  }
}

async function findBlock(api: CatalogueApi, id: string): Promise<BlockOverview | undefined> {
  try {
    return await api.overview(id)
  } catch (error) {
    if (error instanceof CliError && error.status === 404) return undefined
    throw error
  }
}

async function upload(
  api: CatalogueApi,
  local: LocalIdentity,
  files: Record<string, string>,
  overview: BlockOverview | undefined,
  organisation: string | undefined
): Promise<{ action: PushAction; result: DraftResult }> {
  if (overview === undefined) {
    return { action: 'created', result: await api.createBlock(files, organisation) }
  }
  requireRaisedVersion(local, overview)
  const open = overview.versions.find((v) => v.state === 'entwurf')
  if (open !== undefined) {
    return {
      action: 'updated',
      result: await api.replaceDraft(local.id, open.version, files, open.revision),
    }
  }
  const draft = await api.createDraft(local.id)
  const result = await api.replaceDraft(
    local.id,
    draft.version.version,
    files,
    draft.version.revision
  )
  return { action: 'newDraft', result }
}

/**
 * A folder pulled from version 1.0.0 still says 1.0.0; uploading it would be refused after a new
 * draft had been started. Said before anything changes on the server, with the number to use.
 */
function requireRaisedVersion(local: LocalIdentity, overview: BlockOverview): void {
  const published = overview.versions
    .filter((v) => v.state === 'veroeffentlicht' || v.state === 'abgekuendigt')
    .map((v) => v.version)
  const highest = highestVersion(published)
  if (highest === undefined || local.version === undefined || !isVersion(local.version)) return
  if (compareVersions(local.version, highest) > 0) return
  const next = nextDraftVersion(highest)
  throw new CliError(
    EXIT.problems,
    'push.versionNotRaised',
    {
      de: `${METADATA_FILE} nennt Version ${local.version}, aber ${highest} ist schon veröffentlicht. Veröffentlichte Versionen ändern sich nie: Setzen Sie „version“ auf ${next} oder höher (docs/versioning.md) und laden Sie erneut hoch.`,
      en: `${METADATA_FILE} names version ${local.version}, but ${highest} is already published. Published versions never change: set "version" to ${next} or higher (docs/versioning.md) and push again.`,
    },
    {
      problems: [
        {
          code: 'push.versionNotRaised',
          severity: 'error',
          file: METADATA_FILE,
          pointer: '/version',
          message: {
            de: `Version ${local.version} ist nicht größer als die veröffentlichte ${highest}; nächste: ${next}.`,
            en: `Version ${local.version} is not greater than the published ${highest}; next: ${next}.`,
          },
        },
      ],
    }
  )
}
