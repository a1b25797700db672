import type { CatalogueStore } from '../../store'
import type { JsonObject } from '../../model/json'
import type { FileInput, VersionKey } from '../../model/inputs'
import type { BlockVersion } from '../../model/records'
import { expect } from 'vitest'

export const SN = 'sn'

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

export function text(data: Uint8Array): string {
  return new TextDecoder().decode(data)
}

/** Metadata shaped like baustein.json (the store does not validate it; the domain does). */
export function metadata(key: VersionKey, extra: JsonObject = {}): JsonObject {
  return {
    id: key.blockId,
    version: key.version,
    name: 'Identität prüfen',
    bausteinart: 'prozessbaustein',
    einsatzbereich: 'backoffice',
    freigabestatus: 3,
    letzteAenderung: '2026-03-01T10:00:00Z',
    herausgeber: { organisationsname: 'Freistaat Sachsen' },
    handlungsgrundlagen: [],
    artefakte: { bpmn: { datei: 'prozess.bpmn', processId: 'Process_1' } },
    ...extra,
  }
}

export function files(variant = 'v1'): FileInput[] {
  return [
    {
      name: 'prozess.bpmn',
      mediaType: 'application/xml',
      bytes: bytes(`<definitions id="${variant}"/>`),
    },
    { name: 'baustein.json', mediaType: 'application/json', bytes: bytes(`{"v":"${variant}"}`) },
  ]
}

export function blockId(slug: string, org = SN): string {
  return `urn:bauplan:baustein:${org}:${slug}`
}

export async function seedOrganisation(
  store: CatalogueStore,
  id = SN,
  bundesland: string | null = '14'
): Promise<void> {
  await store.createOrganisation({ id, name: `Organisation ${id}`, kind: 'land', bundesland })
}

/** An organisation, a block and a draft 1.0.0 of it. */
export async function seedDraft(
  store: CatalogueStore,
  slug = 'identitaet-pruefen',
  version = '1.0.0',
  extra: JsonObject = {}
): Promise<BlockVersion> {
  const id = blockId(slug)
  if ((await store.getOrganisation(SN)) === null) await seedOrganisation(store)
  if ((await store.getBlock(id)) === null) await store.createBlock({ id, organisationId: SN })
  return store.createDraft({
    blockId: id,
    version,
    metadata: metadata({ blockId: id, version }, extra),
    files: files(version),
  })
}

/** Takes a draft through review to `veroeffentlicht`. */
export async function publish(store: CatalogueStore, key: VersionKey): Promise<BlockVersion> {
  const submitted = await store.setVersionState({
    ...key,
    expected: 'entwurf',
    next: 'in_pruefung',
    kind: 'eingereicht',
  })
  expect(submitted.ok).toBe(true)
  const published = await store.setVersionState({
    ...key,
    expected: 'in_pruefung',
    next: 'veroeffentlicht',
    kind: 'veroeffentlicht',
  })
  if (!published.ok) throw new Error(`publish failed: ${JSON.stringify(published.conflict)}`)
  return published.value
}

/** Awaits a promise that must reject, and returns the error for closer checks. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected the call to fail, but it succeeded')
}

/** Awaits a promise that must reject with an instance of `type`, and returns that error. */
export async function failsWith<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E
): Promise<E> {
  const error = await rejection(promise)
  expect(error).toBeInstanceOf(type)
  return error as E
}
