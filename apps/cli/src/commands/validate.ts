/** `bauplan validate DIR…`: checks building-block folders locally; no server is needed. */
import type { Locale } from '@bauplan/domain'
import { booleanOption } from '../args/optionSpec'
import { EXIT } from '../exitCodes'
import { countProblems, countText, renderProblemGroups } from '../output/problemLines'
import { validateFolders, type ValidationReport } from '../validate/validateFolders'
import type { Command } from './command'

export const validateCommand: Command = {
  name: 'validate',
  synopsis: 'DIR… [--skip-references]',
  summary: {
    de: 'Baustein-Ordner lokal prüfen (ohne Server)',
    en: 'check building-block folders locally (no server)',
  },
  description: {
    de: 'Prüft jeden Ordner wie der Server beim Hochladen: Metadaten gegen das Schema, BPMN/DMN (auch auf feindliches XML), Entscheidungstests und die Verknüpfungen zwischen Metadaten und Modellen. Danach werden die Referenzen zwischen den angegebenen Ordnern aufgelöst, als wären sie ein Katalog: Ein Verfahren, das Bausteine aufruft, braucht deren Ordner in derselben Liste (z. B. models/bausteine/* models/verfahren/*).',
    en: 'Checks each folder as the server does on upload: metadata against the schema, BPMN/DMN (including hostile XML), decision tests and the links between metadata and models. Then the references between the given folders are resolved as if they were a catalogue: a procedure that calls blocks needs their folders in the same list (e.g. models/bausteine/* models/verfahren/*).',
  },
  options: {
    'skip-references': {
      type: 'boolean',
      description: {
        de: 'Referenzen zwischen den Ordnern nicht auflösen (einzelner Baustein, dessen Referenzen im Katalog liegen)',
        en: 'do not resolve references between the folders (a single block whose references live in the catalogue)',
      },
    },
  },
  positionals: { min: 1, max: Infinity, names: { de: 'DIR…', en: 'DIR…' } },
  examples: [
    'bauplan validate models/bausteine/identitaet-pruefen',
    'bauplan validate models/bausteine/* models/verfahren/*',
    'bauplan validate ./mein-baustein --skip-references --lang en',
    'bauplan validate models/*/* --json',
  ],
  async run(ctx, args) {
    const dirs = args.positionals.map((dir) => (dir.length > 1 ? dir.replace(/\/+$/, '') : dir))
    const progress = ctx.progress({ de: 'Prüfe', en: 'Checking' }, dirs.length)
    let report: ValidationReport
    try {
      report = await validateFolders(dirs, {
        cwd: ctx.io.cwd,
        references: !booleanOption(args, 'skip-references'),
        onFolder: (dir) => progress.tick(dir),
      })
    } finally {
      progress.done()
    }
    const data = validationDocument(report)
    return {
      exitCode: data.ok ? EXIT.ok : EXIT.problems,
      data,
      text: renderValidation(report, ctx.lang),
    }
  },
}

export function validationDocument(report: ValidationReport) {
  const folders = report.folders.map((folder) => {
    const counts = countProblems(folder.problems)
    return {
      dir: folder.dir,
      ...(folder.id !== undefined ? { id: folder.id, version: folder.version } : {}),
      valid: counts.errors === 0,
      ...counts,
      problems: folder.problems,
    }
  })
  const cross = countProblems(report.crossFolderProblems)
  const errors = folders.reduce((sum, f) => sum + f.errors, cross.errors)
  const warnings = folders.reduce((sum, f) => sum + f.warnings, cross.warnings)
  const valid = folders.filter((f) => f.valid).length
  return {
    ok: errors === 0,
    summary: { folders: folders.length, valid, invalid: folders.length - valid, errors, warnings },
    folders,
    crossFolderProblems: report.crossFolderProblems,
  }
}

export function renderValidation(report: ValidationReport, lang: Locale): string[] {
  const { summary } = validationDocument(report)
  const lines = renderProblemGroups(
    [
      ...report.folders.map((folder) => ({
        title:
          folder.id !== undefined ? `${folder.dir} (${folder.id}@${folder.version})` : folder.dir,
        dir: folder.dir,
        problems: folder.problems,
      })),
      {
        title: lang === 'de' ? 'Über Ordner hinweg' : 'Across folders',
        problems: report.crossFolderProblems,
      },
    ],
    lang
  )
  const counts = countText(summary, lang)
  lines.push(
    lang === 'de'
      ? `${summary.folders} Ordner geprüft: ${summary.valid} ohne Fehler, ${summary.invalid} mit Fehlern; insgesamt ${counts}.`
      : `Checked ${summary.folders} ${summary.folders === 1 ? 'folder' : 'folders'}: ${summary.valid} without errors, ${summary.invalid} with errors; ${counts} in total.`
  )
  return lines
}
