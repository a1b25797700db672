/**
 * Reads `--rules FILE` for `bauplan validate`: a rule configuration (LintConfig JSON, as curators
 * keep it in the catalogue) checked with @bauplan/lint's `validateLintConfig`. A file that is not
 * a valid configuration stops the command before any folder is checked: linting with a half-read
 * configuration would report the wrong levels.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseLintConfig, type LintConfig } from '@bauplan/lint'
import { CliError, errorText } from '../errors'
import { EXIT } from '../exitCodes'

/** A rule configuration is a few dozen lines; anything this large is the wrong file. */
const MAX_RULES_FILE_BYTES = 256 * 1024

export async function readRulesFile(file: string, cwd: string): Promise<LintConfig> {
  const full = path.resolve(cwd, file)
  let size: number
  try {
    size = (await stat(full)).size
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
    throw new CliError(missing ? EXIT.notFound : EXIT.failure, 'cli.rulesFileUnreadable', {
      de: missing
        ? `Die Regeldatei ${file} (--rules) gibt es nicht.`
        : `Die Regeldatei ${file} (--rules) ist nicht lesbar (${errorText(error, 'de')}).`,
      en: missing
        ? `The rules file ${file} (--rules) does not exist.`
        : `The rules file ${file} (--rules) cannot be read (${errorText(error, 'en')}).`,
    })
  }
  if (size > MAX_RULES_FILE_BYTES) {
    throw new CliError(EXIT.usage, 'cli.rulesFileTooLarge', {
      de: `Die Regeldatei ${file} (--rules) ist ${size} Byte groß; erlaubt sind höchstens ${MAX_RULES_FILE_BYTES} Byte. Ist das die richtige Datei?`,
      en: `The rules file ${file} (--rules) is ${size} bytes; at most ${MAX_RULES_FILE_BYTES} bytes are allowed. Is this the right file?`,
    })
  }
  const parsed = parseLintConfig(await readFile(full, 'utf8'))
  if (parsed.ok) return parsed.config
  const count = parsed.problems.length
  throw new CliError(
    EXIT.usage,
    'cli.rulesFileInvalid',
    {
      de: `Die Regeldatei ${file} (--rules) ist keine gültige Regelkonfiguration (${count} Fehler); es wurde nichts geprüft.`,
      en: `The rules file ${file} (--rules) is not a valid rule configuration (${count} ${count === 1 ? 'error' : 'errors'}); nothing was checked.`,
    },
    { problems: parsed.problems.map((problem) => ({ ...problem, file })) }
  )
}
