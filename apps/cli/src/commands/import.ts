/**
 * `bauplan import FILE [--organisation ORG]`: a blueprint bundle into this catalogue (federation).
 * The bundle is verified here first (so a broken file never travels), then again by the server,
 * which imports all or nothing and never overwrites a version.
 */
import { verifyBundle } from '@bauplan/blueprint'
import { stringOption } from '../args/optionSpec'
import { CliError } from '../errors'
import { EXIT } from '../exitCodes'
import type { Command } from './command'
import { uploadBlueprint } from './exportDownload'
import { readBundleFile } from './verifyFile'

interface ImportAnswer {
  created: { blockId: string; version: string }[]
  unchanged: { blockId: string; version: string }[]
}

export const importCommand: Command = {
  name: 'import',
  synopsis: 'FILE [--organisation ORG]',
  summary: {
    de: 'Blaupause (Bundle) in diesen Katalog importieren (Föderation)',
    en: 'import a blueprint bundle into this catalogue (federation)',
  },
  description: {
    de: 'Importiert alle Bausteine eines Bundles als veröffentlichte Versionen, mit ihrer Herkunft (Ursprungskatalog, Inhalts-Hash). Eine vorhandene Version mit gleichem Hash bleibt unverändert; eine mit anderem Inhalt ist ein Konflikt (Exit-Code 5) — Versionen werden nie überschrieben, und es wird alles oder nichts importiert. Nur für Kuratoren und Administratoren. Neue Bausteine gehören der Organisation aus --organisation (Standard: Ihre erste Organisation als Kurator).',
    en: 'Imports every block of a bundle as published versions, with their provenance (origin catalogue, content hash). An existing version with the same hash stays as it is; one with other content is a conflict (exit code 5) — versions are never overwritten, and everything or nothing is imported. Curators and administrators only. New blocks belong to the organisation given by --organisation (default: your first organisation as a curator).',
  },
  options: {
    organisation: {
      type: 'string',
      valueName: 'ORG',
      description: { de: 'Organisation neuer Bausteine', en: 'organisation of new blocks' },
    },
  },
  positionals: { min: 1, max: 1, names: { de: 'FILE', en: 'FILE' } },
  examples: ['bauplan import gewerbe-anmelden-1.0.0.zip --server https://bauplan.example'],
  async run(ctx, args) {
    const file = ctx.resolvePath(args.positionals[0] as string)
    const bytes = await readBundleFile(file)
    const report = await verifyBundle(bytes)
    if (!report.ok) {
      throw new CliError(
        EXIT.problems,
        'import.invalidBundle',
        {
          de: `${file} besteht die Prüfung nicht; nichts wurde importiert („bauplan verify“ zeigt den Bericht).`,
          en: `${file} does not verify; nothing was imported ("bauplan verify" shows the report).`,
        },
        { problems: report.problems }
      )
    }
    const api = await ctx.api()
    const answer = (await uploadBlueprint(
      api,
      bytes,
      stringOption(args, 'organisation')
    )) as ImportAnswer
    const label = (k: { blockId: string; version: string }) => `${k.blockId}@${k.version}`
    return {
      exitCode: EXIT.ok,
      data: { file, ...answer },
      text: [
        ...answer.created.map((k) =>
          ctx.t({ de: `importiert: ${label(k)}`, en: `imported: ${label(k)}` })
        ),
        ...answer.unchanged.map((k) =>
          ctx.t({ de: `schon vorhanden: ${label(k)}`, en: `already present: ${label(k)}` })
        ),
        ctx.t({
          de: `${answer.created.length} Versionen importiert, ${answer.unchanged.length} schon vorhanden.`,
          en: `${answer.created.length} versions imported, ${answer.unchanged.length} already present.`,
        }),
      ],
    }
  },
}
