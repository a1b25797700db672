import * as Y from 'yjs'
import { toShared, type Json } from '../document/jsonValue'
import { filesMap, jsonRoot } from '../document/modelSpace'
import { OperationError } from './operationError'

/** Where a value sits in a JSON file: object keys and array indexes, e.g. `['leistung', 0, 'name']`. */
export type JsonPath = readonly (string | number)[]

/**
 * Sets (or, with `undefined`, removes) one value of a JSON file of the draft — a field of
 * baustein.json edited in a form, one decision test — in one transaction. Objects merge per field:
 * two users editing different fields both keep their change; a field added by both at once is
 * written once (last writer wins for its value).
 */
export function setJsonValue(
  doc: Y.Doc,
  origin: unknown,
  file: string,
  path: JsonPath,
  value: Json | undefined
): void {
  if (filesMap(doc).get(file)?.kind !== 'json') {
    throw new OperationError('notAJsonFile', {
      de: `Der Entwurf hat keine JSON-Datei „${file}“.`,
      en: `The draft has no JSON file "${file}".`,
    })
  }
  const root = jsonRoot(doc, file)
  if (path.length === 0) {
    if (value === undefined) throw unknownPath(file, path)
    doc.transact(() => root.set('value', toShared(value)), origin)
    return
  }
  let container: unknown = root.get('value')
  for (const segment of path.slice(0, -1)) {
    container = childOf(container, segment)
    if (container === undefined) throw unknownPath(file, path)
  }
  const last = path[path.length - 1] as string | number
  if (container instanceof Y.Map && typeof last === 'string') {
    const keys = container.get('keys') as Y.Array<string>
    const values = container.get('values') as Y.Map<unknown>
    doc.transact(() => {
      if (value === undefined) {
        const listed = keys.toArray()
        for (let index = listed.length - 1; index >= 0; index--) {
          if (listed[index] === last) keys.delete(index, 1)
        }
        values.delete(last)
      } else {
        if (!keys.toArray().includes(last)) keys.push([last])
        values.set(last, toShared(value))
      }
    }, origin)
    return
  }
  if (container instanceof Y.Array && typeof last === 'number') {
    const array = container
    if (!Number.isInteger(last) || last < 0 || last > array.length) throw unknownPath(file, path)
    if (value === undefined && last === array.length) throw unknownPath(file, path)
    doc.transact(() => {
      if (last < array.length) array.delete(last, 1)
      if (value !== undefined) array.insert(last, [toShared(value)])
    }, origin)
    return
  }
  throw unknownPath(file, path)
}

function childOf(container: unknown, segment: string | number): unknown {
  if (container instanceof Y.Map && typeof segment === 'string') {
    return (container.get('values') as Y.Map<unknown> | undefined)?.get(segment)
  }
  if (container instanceof Y.Array && typeof segment === 'number') return container.get(segment)
  return undefined
}

function unknownPath(file: string, path: JsonPath): OperationError {
  const pointer = `/${path.join('/')}`
  return new OperationError('unknownJsonPath', {
    de: `In „${file}“ gibt es die Stelle ${pointer} nicht (oder sie ist kein Objekt/Array, das diesen Schlüssel haben kann).`,
    en: `"${file}" has no place ${pointer} (or it is not an object/array that can hold this key).`,
  })
}
