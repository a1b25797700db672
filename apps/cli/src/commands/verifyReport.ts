/** The report of `bauplan verify` for people: one line per check, the problems, a verdict. */
import { VERIFY_CHECKS, type VerifyCheck, type VerifyReport } from '@bauplan/blueprint'
import type { Locale, LocalizedText } from '@bauplan/domain'
import { problemLine } from '../output/problemLines'

const CHECK_NAMES: Record<VerifyCheck, LocalizedText> = {
  archive: {
    de: 'Archiv sicher lesbar (Pfade, Größen, Zip-Bomben)',
    en: 'archive safe to read (paths, sizes, zip bombs)',
  },
  manifest: {
    de: 'Manifest vorhanden, Formatversion bekannt',
    en: 'manifest present, format version known',
  },
  schema: {
    de: 'Manifest gültig nach blueprint.v1.schema.json',
    en: 'manifest valid against blueprint.v1.schema.json',
  },
  integrity: {
    de: 'Integrität: sha256 und Größe jeder Datei',
    en: 'integrity: sha256 and size of every file',
  },
  blocks: { de: 'Bausteine: Inhalts-Hash nachgerechnet', en: 'blocks: content hashes recomputed' },
  references: { de: 'Referenzen: Lock vollständig', en: 'references: lock complete' },
  models: { de: 'Modelle: BPMN/DMN-Prüfungen', en: 'models: BPMN/DMN checks' },
}

const MARK = { passed: '✓', failed: '✗', skipped: '·' } as const

export function renderVerifyReport(file: string, report: VerifyReport, lang: Locale): string[] {
  const lines: string[] = [file]
  if (report.manifest !== undefined) {
    const { provenance, lock, files, export: exported } = report.manifest
    lines.push(
      lang === 'de'
        ? `  ${provenance.blockId}@${provenance.version} aus „${provenance.origin.name}“, Teile ${exported.parts.join(', ')} (${exported.flavour}), ${lock.length} Bausteine im Lock, ${files.length} Dateien`
        : `  ${provenance.blockId}@${provenance.version} from "${provenance.origin.name}", parts ${exported.parts.join(', ')} (${exported.flavour}), ${lock.length} blocks in the lock, ${files.length} files`
    )
  }
  for (const check of VERIFY_CHECKS) {
    lines.push(`  ${MARK[report.checks[check]]} ${CHECK_NAMES[check][lang]}`)
  }
  for (const problem of [...report.problems, ...report.warnings]) {
    lines.push(`    ${problemLine(problem, lang)}`)
  }
  lines.push(
    report.ok
      ? lang === 'de'
        ? 'Das Bundle ist unverändert, vollständig und gültig.'
        : 'The bundle is unchanged, complete and valid.'
      : lang === 'de'
        ? `Das Bundle ist NICHT gültig: ${report.problems.length} Fehler.`
        : `The bundle is NOT valid: ${report.problems.length} error(s).`
  )
  return lines
}
