import { MODELS_DIR, readModelFolder } from '@bauplan/models'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { deriveFiles } from '../document/deriveFiles'
import { filesMap } from '../document/modelSpace'
import { createSeedUpdate } from '../document/seedDraftDocument'
import { createUndoManager } from '../undo/createUndoManager'
import { setCell } from './dmnRules'
import { addFile, removeFile } from './fileList'
import { OperationError } from './operationError'
import { BPMN_FILE, referenceSeed, seededDoc } from './testModel'

const DMN_FILE = 'steuersatz.dmn'
const TESTS_FILE = 'entscheidungstests.json'
const CELL = 'OutputEntry_Steuersatz_ErsterHund_Jahressteuer'
const OTHER_CELL = 'InputEntry_Steuersatz_ErsterHund_LaufendeNummer'
const alice = { user: 'alice' }
const bob = { user: 'bob' }

const hundesteuer = await readModelFolder(join(MODELS_DIR, 'verfahren', 'hundesteuer-anmelden'))
const DMN = hundesteuer.files['hundesteuer-anmelden.dmn'] ?? ''
const TESTS = hundesteuer.files[TESTS_FILE] ?? ''
const gewerbe = await readModelFolder(join(MODELS_DIR, 'verfahren', 'gewerbe-anmelden'))
const OTHER_DMN = gewerbe.files['gewerbe-anmelden.dmn'] ?? ''

/** What a draft seeded with these files derives to: an added file must derive the same. */
async function seededDerivation(extra: Record<string, string>): Promise<Record<string, string>> {
  const seed = await createSeedUpdate({ ...(await referenceSeed()).files, ...extra })
  expect(seed.problems).toEqual([])
  const doc = new Y.Doc()
  Y.applyUpdate(doc, seed.update)
  return deriveFiles(doc)
}

/** Expects `action` to refuse with `code` and to leave the document exactly as it was. */
async function expectRefused(doc: Y.Doc, code: string, action: () => unknown): Promise<void> {
  const before = Y.encodeStateAsUpdate(doc)
  const error = await Promise.resolve()
    .then(action)
    .then(
      () => undefined,
      (thrown: unknown) => thrown
    )
  expect(error).toBeInstanceOf(OperationError)
  expect((error as OperationError).problem.code).toBe(`collab.operation.${code}`)
  expect((error as OperationError).problem.message.de).not.toBe('')
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
}

/** Two peers that change offline, then exchange their updates; both must derive the same. */
async function concurrently(
  left: (doc: Y.Doc) => Promise<void> | void,
  right: (doc: Y.Doc) => Promise<void> | void,
  start?: Y.Doc
): Promise<[Y.Doc, Y.Doc]> {
  const a = new Y.Doc()
  const b = new Y.Doc()
  const base = start ?? (await seededDoc())
  Y.applyUpdate(a, Y.encodeStateAsUpdate(base))
  Y.applyUpdate(b, Y.encodeStateAsUpdate(base))
  const before = Y.encodeStateVector(a)
  await left(a)
  await right(b)
  const fromA = Y.encodeStateAsUpdate(a, before)
  const fromB = Y.encodeStateAsUpdate(b, before)
  Y.applyUpdate(a, fromB)
  Y.applyUpdate(b, fromA)
  expect(await deriveFiles(a)).toEqual(await deriveFiles(b))
  return [a, b]
}

describe('addFile', () => {
  it('adds a DMN model, decision tests and a text file that derive as if they had been seeded', async () => {
    const doc = await seededDoc()
    await addFile(doc, alice, DMN_FILE, DMN)
    await addFile(doc, alice, TESTS_FILE, TESTS)
    await addFile(doc, alice, 'notizen.md', 'Erste Zeile\n')
    const expected = await seededDerivation({
      [DMN_FILE]: DMN,
      [TESTS_FILE]: TESTS,
      'notizen.md': 'Erste Zeile\n',
    })
    expect(await deriveFiles(doc)).toEqual(expected)
  })

  it('writes the files entry and the content in one transaction with the given origin', async () => {
    const doc = await seededDoc()
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin))
    await addFile(doc, alice, DMN_FILE, DMN)
    expect(origins).toEqual([alice])
    expect(filesMap(doc).get(DMN_FILE)).toMatchObject({ kind: 'dmn' })
  })

  it('refuses a name the draft has, a bad name, an unreadable file and a second BPMN model', async () => {
    const doc = await seededDoc()
    await addFile(doc, alice, DMN_FILE, DMN)
    await expectRefused(doc, 'fileExists', () => addFile(doc, bob, DMN_FILE, OTHER_DMN))
    await expectRefused(doc, 'fileExists', () => addFile(doc, bob, 'baustein.json', '{}'))
    await expectRefused(doc, 'invalidFileName', () => addFile(doc, bob, '../x.dmn', DMN))
    await expectRefused(doc, 'invalidFileName', () => addFile(doc, bob, 'a#b.dmn', DMN))
    await expectRefused(doc, 'unreadableFile', () => addFile(doc, bob, 'kaputt.dmn', '<dmn:'))
    await expectRefused(doc, 'unreadableFile', () => addFile(doc, bob, TESTS_FILE, '{"a":'))
    const bpmn = (await deriveFiles(doc))[BPMN_FILE] ?? ''
    await expectRefused(doc, 'secondBpmn', () => addFile(doc, bob, 'zweites.bpmn', bpmn))
  })
})

describe('removeFile', () => {
  it('removes an added and a seeded file; adding the name again starts afresh', async () => {
    const base = await seededDoc()
    const plain = await deriveFiles(base)
    const seeded = await seededDerivation({ [DMN_FILE]: DMN })
    const doc = new Y.Doc()
    Y.applyUpdate(
      doc,
      (await createSeedUpdate({ ...(await referenceSeed()).files, [DMN_FILE]: DMN })).update
    )
    setCell(doc, alice, DMN_FILE, CELL, '"vorher"')
    removeFile(doc, alice, DMN_FILE)
    expect(await deriveFiles(doc)).toEqual(plain)
    await addFile(doc, alice, DMN_FILE, DMN)
    expect(await deriveFiles(doc)).toEqual(seeded)
    await addFile(doc, alice, 'notizen.md', 'Text\n')
    removeFile(doc, alice, 'notizen.md')
    removeFile(doc, alice, DMN_FILE)
    expect(await deriveFiles(doc)).toEqual(plain)
  })

  it('refuses baustein.json, the BPMN model and a file the draft does not have', async () => {
    const doc = await seededDoc()
    await expectRefused(doc, 'requiredFile', () => removeFile(doc, alice, 'baustein.json'))
    await expectRefused(doc, 'requiredFile', () => removeFile(doc, alice, BPMN_FILE))
    await expectRefused(doc, 'unknownFile', () => removeFile(doc, alice, DMN_FILE))
  })
})

describe('adding and removing files concurrently', () => {
  it('two peers adding the same name with different content: one whole file wins everywhere', async () => {
    const [a] = await concurrently(
      (doc) => addFile(doc, alice, DMN_FILE, DMN),
      (doc) => addFile(doc, bob, DMN_FILE, OTHER_DMN)
    )
    const derived = (await deriveFiles(a))[DMN_FILE]
    const fromAlice = (await seededDerivation({ [DMN_FILE]: DMN }))[DMN_FILE]
    const fromBob = (await seededDerivation({ [DMN_FILE]: OTHER_DMN }))[DMN_FILE]
    expect([fromAlice, fromBob]).toContain(derived)
  })

  it('two peers adding the same name with the same content: one file, no doubled rules', async () => {
    const [a] = await concurrently(
      (doc) => addFile(doc, alice, DMN_FILE, DMN),
      (doc) => addFile(doc, bob, DMN_FILE, DMN)
    )
    expect(await deriveFiles(a)).toEqual(await seededDerivation({ [DMN_FILE]: DMN }))
  })

  it('two peers adding different files: both are kept', async () => {
    const [a] = await concurrently(
      (doc) => addFile(doc, alice, DMN_FILE, DMN),
      (doc) => addFile(doc, bob, TESTS_FILE, TESTS)
    )
    expect(await deriveFiles(a)).toEqual(
      await seededDerivation({ [DMN_FILE]: DMN, [TESTS_FILE]: TESTS })
    )
  })

  it('a removal wins over a concurrent edit inside the removed file', async () => {
    const start = await seededDoc()
    await addFile(start, alice, DMN_FILE, DMN)
    const [a] = await concurrently(
      (doc) => removeFile(doc, alice, DMN_FILE),
      (doc) => setCell(doc, bob, DMN_FILE, CELL, '"von Bob"'),
      start
    )
    expect(await deriveFiles(a)).toEqual(await deriveFiles(await seededDoc()))
    // Added again: nothing of Bob's edit into the removed file comes back.
    await addFile(a, alice, DMN_FILE, DMN)
    expect(await deriveFiles(a)).toEqual(await seededDerivation({ [DMN_FILE]: DMN }))
  })

  it('derives the same whatever order the updates arrive in', async () => {
    const origin = await seededDoc()
    const a = new Y.Doc()
    const b = new Y.Doc()
    Y.applyUpdate(a, Y.encodeStateAsUpdate(origin))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(origin))
    const vector = Y.encodeStateVector(origin)
    await addFile(a, alice, DMN_FILE, DMN)
    setCell(a, alice, DMN_FILE, CELL, '99')
    await addFile(b, bob, DMN_FILE, OTHER_DMN)
    await addFile(b, bob, 'notizen.md', 'Bob\n')
    removeFile(b, bob, 'notizen.md')
    const updates = [Y.encodeStateAsUpdate(a, vector), Y.encodeStateAsUpdate(b, vector)]
    const forwards = new Y.Doc()
    const backwards = new Y.Doc()
    Y.applyUpdate(forwards, Y.encodeStateAsUpdate(origin))
    Y.applyUpdate(backwards, Y.encodeStateAsUpdate(origin))
    for (const update of updates) Y.applyUpdate(forwards, update)
    for (const update of [...updates].reverse()) Y.applyUpdate(backwards, update)
    expect(await deriveFiles(forwards)).toEqual(await deriveFiles(backwards))
    expect(Object.keys(await deriveFiles(forwards))).not.toContain('notizen.md')
  })
})

describe('undo of file adds and removals', () => {
  it("the adder's undo takes the add back on every peer, redo brings it back", async () => {
    const [a, b] = await connectedPair()
    const undo = createUndoManager(a, alice)
    const plain = await deriveFiles(b)
    await addFile(a, alice, DMN_FILE, DMN)
    expect(undo.undoStack.length).toBe(1)
    undo.undo()
    expect(await deriveFiles(b)).toEqual(plain)
    undo.redo()
    expect(await deriveFiles(b)).toEqual(await seededDerivation({ [DMN_FILE]: DMN }))
    undo.destroy()
  })

  it('edits inside an added file are undone one by one, also in a file a peer added', async () => {
    const [a, b] = await connectedPair()
    const undoA = createUndoManager(a, alice)
    const undoB = createUndoManager(b, bob)
    await addFile(a, alice, DMN_FILE, DMN)
    const added = await deriveFiles(a)
    setCell(b, bob, DMN_FILE, CELL, '"von Bob"')
    setCell(a, alice, DMN_FILE, OTHER_CELL, '"von Alice"')
    expect(undoB.undoStack.length).toBe(1)
    expect(undoA.undoStack.length).toBe(2)
    undoA.undo()
    const afterAlice = (await deriveFiles(b))[DMN_FILE] ?? ''
    expect(afterAlice).toContain('von Bob')
    expect(afterAlice).not.toContain('von Alice')
    undoB.undo()
    expect(await deriveFiles(a)).toEqual(added)
    undoA.destroy()
    undoB.destroy()
  })

  it('undoing the add that won against a concurrent add of the same name removes the name everywhere', async () => {
    const a = await seededDoc()
    const b = await seededDoc()
    const undoA = createUndoManager(a, alice)
    const undoB = createUndoManager(b, bob)
    await addFile(a, alice, DMN_FILE, DMN)
    await addFile(b, bob, DMN_FILE, OTHER_DMN)
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const winner = filesMap(a).get(DMN_FILE)?.content?.startsWith(`${a.clientID}.`) ? a : b
    const loser = winner === a ? b : a
    ;(winner === a ? undoA : undoB).undo()
    Y.applyUpdate(loser, Y.encodeStateAsUpdate(winner))
    expect(await deriveFiles(a)).toEqual(await deriveFiles(b))
    expect(Object.keys(await deriveFiles(a))).not.toContain(DMN_FILE)
    undoA.destroy()
    undoB.destroy()
  })

  it("the remover's undo brings the file back with its content", async () => {
    const [a, b] = await connectedPair()
    await addFile(a, alice, DMN_FILE, DMN)
    setCell(b, bob, DMN_FILE, CELL, '"von Bob"')
    const withEdit = await deriveFiles(a)
    const undo = createUndoManager(a, alice)
    removeFile(a, alice, DMN_FILE)
    expect(Object.keys(await deriveFiles(b))).not.toContain(DMN_FILE)
    undo.undo()
    expect(await deriveFiles(b)).toEqual(withEdit)
    undo.destroy()
  })
})

/** Two peers that deliver every update to each other at once. */
async function connectedPair(): Promise<[Y.Doc, Y.Doc]> {
  const a = await seededDoc()
  const b = await seededDoc()
  const REMOTE = 'remote'
  a.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(b, update, REMOTE)
  })
  b.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== REMOTE) Y.applyUpdate(a, update, REMOTE)
  })
  return [a, b]
}
