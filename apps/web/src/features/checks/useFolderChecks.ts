import { checkBausteinFolder, type FolderCheckResult, type Problem } from '@bauplan/domain'
import { lintFolder, type LintConfigInput } from '@bauplan/lint'
import { useEffect, useRef, useState } from 'react'

/** How long the files must rest before the checks run again: typing should not re-check each key. */
export const CHECK_DELAY_MS = 600

export interface FolderChecks {
  result: FolderCheckResult | undefined
  /** Findings of the catalogue's lint rules (empty until a rule configuration is given). */
  lintProblems: readonly Problem[]
  running: boolean
}

const NONE: readonly Problem[] = []

/**
 * Runs the domain's whole-folder check (the same one the server and `bauplan validate` run) on the
 * current files, debounced, and then the lint rules at the catalogue's levels when `lintConfig` is
 * given. A result that arrives after newer files were handed in is dropped, so the panel never
 * shows problems of an older state.
 */
export function useFolderChecks(
  files: Readonly<Record<string, string>> | undefined,
  delayMs = CHECK_DELAY_MS,
  lintConfig?: LintConfigInput
): FolderChecks {
  const [result, setResult] = useState<FolderCheckResult>()
  const [lintProblems, setLintProblems] = useState<readonly Problem[]>(NONE)
  const [running, setRunning] = useState(false)
  const generation = useRef(0)
  useEffect(() => {
    if (!files) return
    const mine = ++generation.current
    setRunning(true)
    const timer = setTimeout(() => {
      const run = async () => {
        const checked = await checkBausteinFolder(files)
        const linted = lintConfig ? await lintFolder(files, checked, lintConfig) : NONE
        if (mine !== generation.current) return
        setResult(checked)
        setLintProblems(linted)
      }
      run().finally(() => {
        if (mine === generation.current) setRunning(false)
      })
    }, delayMs)
    return () => clearTimeout(timer)
  }, [files, delayMs, lintConfig])
  return { result, lintProblems, running }
}
