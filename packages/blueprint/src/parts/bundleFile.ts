import type { BundleFile } from '../model/exportTypes'
import { canonicalJson } from './canonicalJson'

const encoder = new TextEncoder()

export function textFile(path: string, text: string): BundleFile {
  return { path, content: encoder.encode(text) }
}

export function jsonFile(path: string, value: unknown): BundleFile {
  return textFile(path, canonicalJson(value))
}

/** Files in path order, so every part returns them the same way whatever order they were built in. */
export function sortedFiles(files: BundleFile[]): BundleFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
