import type { Problem } from '@bauplan/domain'

/**
 * Every refusal of the bundle core (a missing dependency, a tampered bundle, a zip bomb) is a
 * BlueprintError carrying bilingual problems, so the CLI, the server and the tests show the same
 * messages. `kind` tells the callers which exit code or HTTP status fits.
 */
export type BlueprintErrorKind =
  /** The block or version to export does not exist (or is not published). */
  | 'notFound'
  /** A referenced block is missing, or two references need different versions of one block. */
  | 'unresolved'
  /** The archive is not a safe, well-formed zip (zip slip, bomb, oversized, corrupt). */
  | 'unsafeArchive'
  /** The bundle does not verify: hashes, schema, manifest version, references, domain checks. */
  | 'invalidBundle'

export class BlueprintError extends Error {
  constructor(
    readonly kind: BlueprintErrorKind,
    readonly problems: readonly Problem[]
  ) {
    super(problems.map((p) => `${p.message.en} [${p.code}]`).join('; '))
    this.name = 'BlueprintError'
  }
}

/** One error-severity problem; the shape every check of this package reports in. */
export function blueprintProblem(
  code: string,
  message: { de: string; en: string },
  where: { file?: string; pointer?: string } = {}
): Problem {
  return { code, severity: 'error', message, ...where }
}
