/**
 * A new block from a reference block: the template's files with a new identity. What the copy
 * keeps: process model, decisions, data fields, participants. What it gets new: id, name, version
 * 1.0.0 (the rule for a never-published block), "Entwurf" status, publisher, last change. Status
 * dates and version notes of the template would be false for the copy and are dropped.
 */
import type { FolderFiles } from '../../lib/api/types'

export const METADATA_FILE = 'baustein.json'

/** `$defs.bausteinId` of baustein.v1.schema.json (a test keeps the two equal). */
export const BAUSTEIN_ID_PATTERN = /^urn:[a-z0-9][a-z0-9-]{0,31}(:[a-z0-9][a-z0-9._-]*)+$/
export const BAUSTEIN_ID_MAX_LENGTH = 200

export interface TemplateCopy {
  id: string
  name: string
  organisationName: string
  now: Date
}

export function draftFromTemplate(files: FolderFiles, copy: TemplateCopy): FolderFiles {
  const source = files[METADATA_FILE]
  if (source === undefined) throw new Error(`${METADATA_FILE} is missing from the template`)
  const metadata = JSON.parse(source) as Record<string, unknown>
  for (const stale of [
    'statusGesetztAm',
    'statusGesetztDurch',
    'veroeffentlichungsdatum',
    'versionshinweis',
    'fachlichFreigebendeStelle',
    'relationen',
  ]) {
    delete metadata[stale]
  }
  const copied = {
    ...metadata,
    id: copy.id,
    version: '1.0.0',
    name: copy.name.trim(),
    freigabestatus: 3,
    letzteAenderung: copy.now.toISOString(),
    herausgeber: { organisationsname: copy.organisationName },
  }
  return { ...files, [METADATA_FILE]: `${JSON.stringify(copied, null, 2)}\n` }
}

/** A readable URN for a new block of an organisation: `urn:bauplan:baustein:<org>:<name-slug>`. */
export function suggestBlockId(organisationId: string, name: string): string {
  const org = slug(organisationId) || 'org'
  const block = slug(name) || 'baustein'
  return `urn:bauplan:baustein:${org}:${block}`
}

export function isBlockId(id: string): boolean {
  return id.length <= BAUSTEIN_ID_MAX_LENGTH && BAUSTEIN_ID_PATTERN.test(id)
}

/** Lower-case ASCII with German umlauts spelled out: "Gebühr prüfen" → "gebuehr-pruefen". */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}
