import { deriveFiles, filesMap } from '@bauplan/collab'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { describeError } from '../describeError'
import { newDmnXml } from '../newDmnFile'
import { referenceFolder } from '../testing/referenceModels'
import { CollabDraftDocument, type CollabDraftOptions } from './CollabDraftDocument'
import { inPageCollabServer, type InPageCollabServer } from './testing/inPageCollabServer'

const BLOCK = 'urn:bauplan:baustein:sn:identitaet-pruefen'
const VERSION = '1.0.0'
const DOC_NAME = `${BLOCK}@${VERSION}`
const BPMN = 'identitaet-pruefen.bpmn'

const open: CollabDraftDocument[] = []
afterEach(() => {
  for (const document of open.splice(0)) document.disconnect()
})

/** A document on the in-page hub; the API answers as for a draft unless told otherwise. */
function documentOn(
  server: InPageCollabServer,
  extra: Partial<CollabDraftOptions> = {}
): CollabDraftDocument {
  const document = new CollabDraftDocument({
    api: {
      getVersion: async () => ({
        version: { version: VERSION, revision: 1, state: 'entwurf', metadata: {} },
        files: [],
      }),
    },
    blockId: BLOCK,
    version: VERSION,
    serverUrl: 'ws://in-page.test/api/collab',
    WebSocketImpl: server.WebSocket,
    deriveDelayMs: 0,
    ...extra,
  })
  open.push(document)
  return document
}

/** The draft as the server stored it: its update log applied to a fresh document, derived. */
async function storedFiles(server: InPageCollabServer, docName = DOC_NAME) {
  const doc = new Y.Doc()
  for (const update of server.stored(docName)) Y.applyUpdate(doc, update)
  return deriveFiles(doc)
}

function nameOf(document: CollabDraftDocument): unknown {
  return (document.getMetadata() as { name?: unknown } | undefined)?.name
}

describe('CollabDraftDocument', () => {
  it('loads the seeded draft: files derived from the shared document, metadata as JSON', async () => {
    const seed = referenceFolder('bausteine/identitaet-pruefen')
    const document = documentOn(inPageCollabServer(seed))
    await document.load()
    expect(document.status()).toEqual({ connection: 'online', readOnly: false })
    expect(document.bpmnFileName()).toBe(BPMN)
    expect(document.dmnFileNames()).toEqual([])
    expect(document.getBpmnXml()).toContain('<bpmn:process')
    expect(nameOf(document)).toBe(JSON.parse(seed['baustein.json']!).name)
    expect(document.isDirty()).toBe(false)
    // The URL carries the encoded block id and the version as the room.
    expect(document.shared.doc.getMap('files').size).toBe(Object.keys(seed).length)
  })

  it('is dirty until the server stored a change; save() waits for that acknowledgement', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const document = documentOn(server)
    await document.load()
    server.holdAppends()
    document.setMetadata({ ...(document.getMetadata() as object), name: 'Identität geprüft' })
    expect(nameOf(document)).toBe('Identität geprüft')
    expect(document.isDirty()).toBe(true)
    let saved = false
    const saving = document.save().then(() => (saved = true))
    // The change reached the server, which holds it before storing: not acknowledged yet.
    await expect.poll(() => server.heldAppends()).toBe(1)
    expect(saved).toBe(false)
    expect(document.isDirty()).toBe(true)
    server.releaseAppends()
    await saving
    expect(document.isDirty()).toBe(false)
    expect(JSON.parse((await storedFiles(server))['baustein.json']!).name).toBe('Identität geprüft')
  })

  it('merges concurrent edits of different metadata fields from two people', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const anna = documentOn(server)
    const ben = documentOn(server)
    await Promise.all([anna.load(), ben.load()])
    const before = anna.getMetadata() as Record<string, unknown>
    anna.setMetadata({ ...before, name: 'Name von Anna' })
    ben.setMetadata({ ...before, beschreibung: 'Beschreibung von Ben' })
    await Promise.all([anna.save(), ben.save()])
    for (const document of [anna, ben]) {
      await expect.poll(() => nameOf(document)).toBe('Name von Anna')
      await expect
        .poll(() => (document.getMetadata() as { beschreibung?: unknown }).beschreibung)
        .toBe('Beschreibung von Ben')
    }
    const stored = JSON.parse((await storedFiles(server))['baustein.json']!)
    expect([stored.name, stored.beschreibung]).toEqual(['Name von Anna', 'Beschreibung von Ben'])
  })

  it('keeps edits made offline and sends them when the connection is back', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const anna = documentOn(server)
    const ben = documentOn(server)
    await Promise.all([anna.load(), ben.load()])
    server.refuseUpgrades = true
    server.cutAll()
    await expect.poll(() => anna.status().connection).toBe('offline')
    anna.setMetadata({ ...(anna.getMetadata() as object), name: 'Offline geändert' })
    expect(anna.isDirty()).toBe(true)
    server.refuseUpgrades = false
    await anna.save()
    expect(anna.status().connection).toBe('online')
    await expect.poll(() => nameOf(ben), { timeout: 10_000 }).toBe('Offline geändert')
    expect(JSON.parse((await storedFiles(server))['baustein.json']!).name).toBe('Offline geändert')
  })

  it('turns read-only when the server refuses changes, and never sends them again', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    server.readOnly = true
    const reader = documentOn(server)
    await reader.load()
    reader.setMetadata({ ...(reader.getMetadata() as object), name: 'Vom Leser' })
    await expect.poll(() => reader.status().readOnlyReason).toBe('denied')
    expect(reader.status().readOnly).toBe(true)
    // A reader's changes are never stored, so there is nothing to warn about or wait for.
    expect(reader.isDirty()).toBe(false)
    await reader.save()
    reader.setMetadata({ ...(reader.getMetadata() as object), name: 'Noch einmal' })
    expect(nameOf(reader)).toBe('Vom Leser')
    expect(JSON.parse((await storedFiles(server))['baustein.json']!).name).toBe('Identität prüfen')
  })

  it('opens read-only for a user who may not write, and writes nothing', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const reviewer = documentOn(server, { mayWrite: async () => false })
    await reviewer.load()
    expect(reviewer.status()).toEqual({
      connection: 'online',
      readOnly: true,
      readOnlyReason: 'role',
    })
    reviewer.setMetadata({ ...(reviewer.getMetadata() as object), name: 'Vom Prüfer' })
    expect(nameOf(reviewer)).toBe('Identität prüfen')
  })

  it('stops for good when access is revoked (4403)', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const document = documentOn(server)
    await document.load()
    const attempts = server.attempts()
    server.sessions[0]!.revoke()
    await expect.poll(() => document.status().stopReason).toBe('revoked')
    expect(document.status()).toMatchObject({ connection: 'stopped', readOnly: true })
    // A later change is not sent, and no new connection is tried.
    document.setMetadata({ ...(document.getMetadata() as object), name: 'Nach dem Entzug' })
    expect(nameOf(document)).toBe('Identität prüfen')
    expect(server.attempts()).toBe(attempts)
  })

  it('asks the API why upgrades are refused and stops with that reason', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    server.refuseUpgrades = true
    const document = documentOn(server, {
      refusalsBeforeCheck: 2,
      api: {
        getVersion: async () => ({
          version: { version: VERSION, revision: 3, state: 'in_pruefung', metadata: {} },
          files: [],
        }),
      },
    })
    const failure = await document.load().then(
      () => undefined,
      (error: unknown) => error
    )
    expect(describeError(failure, 'de')).toMatch(/kein Entwurf mehr/)
    expect(describeError(failure, 'en')).toMatch(/no longer a draft/)
    expect(document.status()).toMatchObject({ connection: 'stopped', stopReason: 'notDraft' })
    expect(server.attempts()).toBe(2)
  })

  it('names a refusal the API answers with 403', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    server.refuseUpgrades = true
    const document = documentOn(server, {
      refusalsBeforeCheck: 1,
      api: {
        getVersion: () => Promise.reject(Object.assign(new Error('verboten'), { status: 403 })),
      },
    })
    await expect(document.load()).rejects.toThrow(/keine Rechte/)
    expect(document.status().stopReason).toBe('forbidden')
  })

  it('writes a DMN model from its XML (unbound modeler) and adds a new DMN file', async () => {
    const seed = referenceFolder('verfahren/meldebescheinigung-beantragen')
    const server = inPageCollabServer(seed)
    const document = documentOn(server)
    await document.load()
    const [dmnFile] = document.dmnFileNames()
    const xml = document.getDmnXml(dmnFile!)!
    const decisionName = /<decision id="[^"]+" name="([^"]+)"/.exec(xml)![1]!
    document.setDmnXml(dmnFile!, xml.replace(`name="${decisionName}"`, 'name="Umbenannt"'))
    document.setDmnXml('neu.dmn', newDmnXml('neu.dmn', 'Neue Entscheidung'))
    expect(document.isDirty()).toBe(true)
    await document.save()
    expect(document.dmnFileNames()).toEqual([dmnFile, 'neu.dmn'].sort())
    const stored = await storedFiles(server, DOC_NAME)
    expect(stored[dmnFile!]).toContain('name="Umbenannt"')
    expect(stored['neu.dmn']).toContain('Neue Entscheidung')
  })

  it('reports a model it cannot read when saving, in German and English', async () => {
    const document = documentOn(inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen')))
    await document.load()
    document.setDmnXml('kaputt.dmn', '<definitions')
    const failure = await document.save().then(
      () => undefined,
      (error: unknown) => error
    )
    expect(describeError(failure, 'de')).toMatch(/„kaputt.dmn“ ist kein lesbares DMN-Modell/)
    expect(describeError(failure, 'en')).toMatch(/"kaputt.dmn" is not a readable DMN model/)
  })

  it('reads and edits a file someone else added while both are in the draft', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const first = documentOn(server)
    const second = documentOn(server)
    await Promise.all([first.load(), second.load()])
    second.setTextFile('entscheidungstests.json', JSON.stringify({ faelle: [{ name: 'A' }] }))
    second.setTextFile('notizen.txt', 'erste Zeile')
    await second.save()
    // Added through the document's own add (per-add content names), as addFile and REST uploads do.
    const added = new Y.Doc()
    for (const update of server.stored(DOC_NAME)) Y.applyUpdate(added, update)
    expect(filesMap(added).get('notizen.txt')?.content).toBeDefined()
    expect(filesMap(added).get('entscheidungstests.json')?.content).toBeDefined()
    await expect.poll(() => first.getTextFile('notizen.txt')).toBe('erste Zeile')
    first.setTextFile('entscheidungstests.json', JSON.stringify({ faelle: [{ name: 'B' }] }))
    first.setTextFile('notizen.txt', 'erste Zeile, ergänzt')
    await first.save()
    await expect
      .poll(() => JSON.parse(second.getTextFile('entscheidungstests.json') ?? '{}'))
      .toEqual({ faelle: [{ name: 'B' }] })
    await expect.poll(() => second.getTextFile('notizen.txt')).toBe('erste Zeile, ergänzt')
    const stored = await storedFiles(server)
    expect(JSON.parse(stored['entscheidungstests.json']!)).toEqual({ faelle: [{ name: 'B' }] })
    expect(stored['notizen.txt']).toBe('erste Zeile, ergänzt')
  })

  it('keeps decision tests as JSON in the document, added when the draft had none', async () => {
    const server = inPageCollabServer(referenceFolder('bausteine/identitaet-pruefen'))
    const document = documentOn(server)
    await document.load()
    expect(document.getTextFile('entscheidungstests.json')).toBeUndefined()
    const tests = { faelle: [{ name: 'Fall 1' }] }
    document.setTextFile('entscheidungstests.json', JSON.stringify(tests))
    expect(JSON.parse(document.getTextFile('entscheidungstests.json')!)).toEqual(tests)
    await document.save()
    expect(JSON.parse((await storedFiles(server))['entscheidungstests.json']!)).toEqual(tests)
    expect(() => document.setTextFile('entscheidungstests.json', '{ kaputt')).toThrow(
      /kein gültiges JSON/
    )
  })
})
