/** `bauplan verify FILE`: checks a blueprint bundle offline; no server is needed. */
import { verifyBundle } from '@bauplan/blueprint'
import { EXIT } from '../exitCodes'
import type { Command } from './command'
import { readBundleFile } from './verifyFile'
import { renderVerifyReport } from './verifyReport'

export const verifyCommand: Command = {
  name: 'verify',
  synopsis: 'FILE',
  summary: {
    de: 'Blaupause (Bundle) prüfen: Integrität, Schema, Referenzen (ohne Server)',
    en: 'check a blueprint bundle: integrity, schema, references (no server)',
  },
  description: {
    de: 'Prüft ein mit „bauplan export“ erzeugtes Bundle: sicheres Entpacken (Zip-Slip, Zip-Bomben, Größen), Formatversion und Schema des Manifests, sha256 und Größe jeder Datei (nichts fehlt, nichts ist zusätzlich), die Inhalts-Hashes der Bausteine, die Vollständigkeit des Locks und die BPMN/DMN-Prüfungen. Exit-Code 0: gültig; 1: ungültig; 4: Datei fehlt.',
    en: 'Checks a bundle made by "bauplan export": safe unpacking (zip slip, zip bombs, sizes), the manifest\'s format version and schema, sha256 and size of every file (nothing missing, nothing extra), the blocks\' content hashes, the completeness of the lock and the BPMN/DMN checks. Exit code 0: valid; 1: invalid; 4: file missing.',
  },
  options: {},
  positionals: { min: 1, max: 1, names: { de: 'FILE', en: 'FILE' } },
  examples: ['bauplan verify gewerbe-anmelden-1.0.0.zip', 'bauplan verify bundle.zip --json'],
  async run(ctx, args) {
    const file = ctx.resolvePath(args.positionals[0] as string)
    const bytes = await readBundleFile(file)
    const progress = ctx.progress({ de: 'Prüfe', en: 'Verifying' }, 1)
    let report
    try {
      report = await verifyBundle(bytes)
      progress.tick()
    } finally {
      progress.done()
    }
    const { files: _files, ...document } = report
    return {
      exitCode: report.ok ? EXIT.ok : EXIT.problems,
      data: { file, ...document },
      text: renderVerifyReport(file, report, ctx.lang),
    }
  },
}
