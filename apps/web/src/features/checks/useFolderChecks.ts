import { checkBausteinFolder, type FolderCheckResult } from '@bauplan/domain'
import { useEffect, useRef, useState } from 'react'

/** How long the files must rest before the checks run again: typing should not re-check each key. */
export const CHECK_DELAY_MS = 600

export interface FolderChecks {
  result: FolderCheckResult | undefined
  running: boolean
}

/**
 * Runs the domain's whole-folder check (the same one the server and `bauplan validate` run) on the
 * current files, debounced. A result that arrives after newer files were handed in is dropped, so
 * the panel never shows problems of an older state.
 */
export function useFolderChecks(
  files: Readonly<Record<string, string>> | undefined,
  delayMs = CHECK_DELAY_MS
): FolderChecks {
  const [result, setResult] = useState<FolderCheckResult>()
  const [running, setRunning] = useState(false)
  const generation = useRef(0)
  useEffect(() => {
    if (!files) return
    const mine = ++generation.current
    setRunning(true)
    const timer = setTimeout(() => {
      checkBausteinFolder(files)
        .then((checked) => {
          if (mine === generation.current) setResult(checked)
        })
        .finally(() => {
          if (mine === generation.current) setRunning(false)
        })
    }, delayMs)
    return () => clearTimeout(timer)
  }, [files, delayMs])
  return { result, running }
}
