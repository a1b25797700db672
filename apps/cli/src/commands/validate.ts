/** `bauplan validate DIR…`: runs the publishing gate's checks locally; no server is needed. */
import type { Locale } from '@bauplan/domain'
import { booleanOption, stringOption } from '../args/optionSpec'
import { EXIT } from '../exitCodes'
import { countProblems, countText, renderProblemGroups } from '../output/problemLines'
import { readRulesFile } from '../validate/readRulesFile'
import { validateFolders, type ValidationReport } from '../validate/validateFolders'
import type { Command } from './command'

export const validateCommand: Command = {
  name: 'validate',
  synopsis: 'DIR… [--rules FILE] [--skip-references]',
  summary: {
    de: 'Baustein-Ordner lokal prüfen (ohne Server)',
    en: 'check building-block folders locally (no server)',
  },
  description: {
    de: 'Prüft jeden Ordner mit den Prüfungen der Veröffentlichung auf dem Server: Metadaten gegen das Schema, BPMN/DMN (auch auf feindliches XML), die Verknüpfungen zwischen Metadaten und Modellen, die Modellierungsregeln (Standard-Stufen oder --rules) und die Entscheidungstests. Die Referenzen zwischen den angegebenen Ordnern werden aufgelöst, als wären sie ein Katalog: Ein Verfahren, das Bausteine aufruft, braucht deren Ordner in derselben Liste (z. B. models/bausteine/* models/verfahren/*). Fehler führen zu Exit-Code 1, Warnungen allein nicht.',
    en: "Checks each folder with the server's publishing checks: metadata against the schema, BPMN/DMN (including hostile XML), the links between metadata and models, the modelling rules (default levels or --rules) and the decision tests. The references between the given folders are resolved as if they were a catalogue: a procedure that calls blocks needs their folders in the same list (e.g. models/bausteine/* models/verfahren/*). Errors end with exit code 1, warnings alone do not.",
  },
  options: {
    rules: {
      type: 'string',
      valueName: 'FILE',
      description: {
        de: 'Regelkonfiguration (JSON wie im Katalog: { "version": 1, "rules": { "bauplan/…": "off" | "warning" | "error" } }); ohne: die Standard-Stufen',
        en: 'rule configuration (JSON as in the catalogue: { "version": 1, "rules": { "bauplan/…": "off" | "warning" | "error" } }); without: the default levels',
      },
    },
    'skip-references': {
      type: 'boolean',
      description: {
        de: 'Referenzen zwischen den Ordnern nicht auflösen, nur ihre Form prüfen (einzelner Baustein, dessen Referenzen im Katalog liegen)',
        en: 'do not resolve references between the folders, only check their form (a single block whose references live in the catalogue)',
      },
    },
  },
  positionals: { min: 1, max: Infinity, names: { de: 'DIR…', en: 'DIR…' } },
  examples: [
    'bauplan validate models/bausteine/identitaet-pruefen',
    'bauplan validate models/bausteine/* models/verfahren/*',
    'bauplan validate ./mein-baustein --skip-references --lang en',
    'bauplan validate models/*/* --rules pruefregeln.json',
    'bauplan validate models/*/* --json',
  ],
  async run(ctx, args) {
    const dirs = args.positionals.map((dir) => (dir.length > 1 ? dir.replace(/\/+$/, '') : dir))
    const rulesFile = stringOption(args, 'rules')
    const lintConfig =
      rulesFile === undefined ? undefined : await readRulesFile(rulesFile, ctx.io.cwd)
    const progress = ctx.progress({ de: 'Prüfe', en: 'Checking' }, dirs.length)
    let report: ValidationReport
    try {
      report = await validateFolders(dirs, {
        cwd: ctx.io.cwd,
        references: !booleanOption(args, 'skip-references'),
        ...(lintConfig ? { lintConfig } : {}),
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
      ...(folder.decisionTests ? { decisionTests: folder.decisionTests } : {}),
    }
  })
  const cross = countProblems(report.crossFolderProblems)
  const errors = folders.reduce((sum, f) => sum + f.errors, cross.errors)
  const warnings = folders.reduce((sum, f) => sum + f.warnings, cross.warnings)
  const valid = folders.filter((f) => f.valid).length
  const decisionTests = {
    passed: folders.reduce((sum, f) => sum + (f.decisionTests?.passed ?? 0), 0),
    failed: folders.reduce((sum, f) => sum + (f.decisionTests?.failed ?? 0), 0),
  }
  return {
    ok: errors === 0,
    summary: {
      folders: folders.length,
      valid,
      invalid: folders.length - valid,
      errors,
      warnings,
      decisionTests,
    },
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
  const { passed, failed } = summary.decisionTests
  if (passed + failed > 0) {
    lines.push(
      lang === 'de'
        ? `Entscheidungstests: ${passed} bestanden, ${failed} fehlgeschlagen.`
        : `Decision tests: ${passed} passed, ${failed} failed.`
    )
  }
  return lines
}
