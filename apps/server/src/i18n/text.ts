/**
 * Looks a message up in both catalogues at once. Responses carry one language, but logs, problem
 * lists and the CLI want both, so messages travel as `LocalizedText` until the last moment.
 */
import type { LocalizedText } from '@bauplan/domain'
import { de, type Messages } from './de'
import { en } from './en'

export type MessageKey = keyof Messages
type ArgsOf<K extends MessageKey> = Messages[K] extends (...args: infer A) => string ? A : []

export function text<K extends MessageKey>(key: K, ...args: ArgsOf<K>): LocalizedText {
  return { de: render(de[key], args), en: render(en[key], args) }
}

function render(entry: string | ((...args: never[]) => string), args: unknown[]): string {
  return typeof entry === 'function' ? (entry as (...a: unknown[]) => string)(...args) : entry
}

const MIB = 1024 * 1024

/** Sizes as people read them in both languages: whole MiB where possible, else bytes. */
export function formatBytes(bytes: number): string {
  return bytes % MIB === 0 ? `${bytes / MIB} MiB` : `${bytes} B`
}
