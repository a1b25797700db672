// Command-line options of the collaboration benchmarks: `--name value` pairs and bare flags.

/** A whole number option (`--rounds 3`), or `fallback` when it is not given. */
export function numberOption(name: string, fallback: number, minimum = 1): number {
  const index = process.argv.indexOf(name)
  if (index === -1) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(
      `${name} braucht eine ganze Zahl ≥ ${minimum}. / ${name} needs a whole number ≥ ${minimum}.`
    )
  }
  return value
}

/** A text option (`--scenarios s1,s2`), or `fallback` when it is not given. */
export function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(name)
  if (index === -1) return fallback
  const value = process.argv[index + 1]
  if (value === undefined || value.startsWith('--')) {
    throw new Error(`${name} braucht einen Wert. / ${name} needs a value.`)
  }
  return value
}

export function hasFlag(name: string): boolean {
  return process.argv.includes(name)
}

export function progress(text: string): void {
  process.stderr.write(`${text}\n`)
}
