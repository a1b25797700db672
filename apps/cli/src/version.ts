import { readFileSync } from 'node:fs'

/** The CLI's version, from its package.json (read at run time: it lies outside `src`). */
export const CLI_VERSION: string = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string
  }
).version
