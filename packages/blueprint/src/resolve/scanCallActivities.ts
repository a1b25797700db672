import { BAUPLAN_BPMN_URI, BPMN_MODEL_URI, type CallActivityReferenceInput } from '@bauplan/domain'

/**
 * The call activities of a BPMN text, read in one linear pass over its start tags instead of a
 * full bpmn-moddle parse — resolution only needs the `bauplan:baustein` and `bauplan:version`
 * attributes, and parsing every block of a procedure with moddle was most of an export's time.
 * Namespaces are resolved as XML says (any prefix may stand for the bauplan namespace); comments,
 * CDATA and processing instructions are skipped. Anything unusual — a DOCTYPE, an unknown entity,
 * an unterminated construct — returns undefined, and the caller parses the model fully instead.
 * The same attributes as `readBpmnFacts` are read, so both give the same references (tested on
 * every reference model).
 */
export function scanCallActivities(xml: string): CallActivityReferenceInput[] | undefined {
  const found: CallActivityReferenceInput[] = []
  const scopes: ReadonlyMap<string, string>[] = [new Map([['xml', XML_URI]])]
  let at = 0
  for (;;) {
    at = xml.indexOf('<', at)
    if (at < 0) return scopes.length === 1 ? found : undefined
    if (xml.startsWith('<!--', at)) at = skipPast(xml, '-->', at + 4)
    else if (xml.startsWith('<![CDATA[', at)) at = skipPast(xml, ']]>', at + 9)
    else if (xml.startsWith('<?', at)) at = skipPast(xml, '?>', at + 2)
    else if (xml.startsWith('<!', at)) return undefined
    else if (xml.startsWith('</', at)) {
      at = skipPast(xml, '>', at + 2)
      if (scopes.length <= 1) return undefined
      scopes.pop()
    } else {
      const tag = readStartTag(xml, at + 1)
      if (tag === undefined) return undefined
      at = tag.end
      const scope = new Map(scopes[scopes.length - 1])
      for (const [name, value] of tag.attributes) {
        if (name === 'xmlns') scope.set('', value)
        else if (name.startsWith('xmlns:')) scope.set(name.slice(6), value)
      }
      const element = resolve(tag.name, scope, true)
      // An undeclared prefix is a namespace error the full parser reports.
      if (element === undefined) return undefined
      if (element.uri === BPMN_MODEL_URI && element.local === 'callActivity') {
        const activity = callActivityOf(tag.attributes, scope)
        if (activity === undefined) return undefined
        found.push(activity)
      }
      if (!tag.selfClosing) scopes.push(scope)
    }
    if (at < 0) return undefined
  }
}

const XML_URI = 'http://www.w3.org/XML/1998/namespace'
const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?/

interface StartTag {
  name: string
  attributes: [string, string][]
  selfClosing: boolean
  /** Index just after the tag's `>`. */
  end: number
}

function skipPast(xml: string, terminator: string, from: number): number {
  const index = xml.indexOf(terminator, from)
  return index < 0 ? -1 : index + terminator.length
}

function readStartTag(xml: string, from: number): StartTag | undefined {
  const name = NAME.exec(xml.slice(from, from + 200))?.[0]
  if (name === undefined) return undefined
  const attributes: [string, string][] = []
  let at = from + name.length
  for (;;) {
    while (/\s/.test(xml[at] ?? '')) at++
    const char = xml[at]
    if (char === '>') return { name, attributes, selfClosing: false, end: at + 1 }
    if (char === '/' && xml[at + 1] === '>')
      return { name, attributes, selfClosing: true, end: at + 2 }
    const attribute = NAME.exec(xml.slice(at, at + 200))?.[0]
    if (attribute === undefined) return undefined
    at += attribute.length
    while (/\s/.test(xml[at] ?? '')) at++
    if (xml[at] !== '=') return undefined
    at++
    while (/\s/.test(xml[at] ?? '')) at++
    const quote = xml[at]
    if (quote !== '"' && quote !== "'") return undefined
    const close = xml.indexOf(quote, at + 1)
    if (close < 0) return undefined
    const value = decodeEntities(xml.slice(at + 1, close))
    if (value === undefined) return undefined
    attributes.push([attribute, value])
    at = close + 1
  }
}

function resolve(
  qualified: string,
  scope: ReadonlyMap<string, string>,
  isElement: boolean
): { uri: string | undefined; local: string } | undefined {
  const colon = qualified.indexOf(':')
  if (colon < 0) return { uri: isElement ? scope.get('') : undefined, local: qualified }
  const uri = scope.get(qualified.slice(0, colon))
  return uri === undefined ? undefined : { uri, local: qualified.slice(colon + 1) }
}

function callActivityOf(
  attributes: readonly [string, string][],
  scope: ReadonlyMap<string, string>
): CallActivityReferenceInput | undefined {
  let id = ''
  let name: string | undefined
  let calledElement: string | undefined
  let baustein: string | undefined
  let version: string | undefined
  for (const [qualified, value] of attributes) {
    if (qualified === 'xmlns' || qualified.startsWith('xmlns:')) continue
    const attribute = resolve(qualified, scope, false)
    if (attribute === undefined) return undefined
    if (attribute.uri === undefined) {
      if (attribute.local === 'id') id = value
      else if (attribute.local === 'name') name = value
      else if (attribute.local === 'calledElement') calledElement = value
    } else if (attribute.uri === BAUPLAN_BPMN_URI) {
      if (attribute.local === 'baustein') baustein = value
      else if (attribute.local === 'version') version = value
    }
  }
  return {
    id,
    ...(name !== undefined ? { name } : {}),
    ...(calledElement !== undefined ? { calledElement } : {}),
    ...(baustein !== undefined
      ? {
          bausteinRef: {
            id: baustein,
            ...(version !== undefined ? { versionRange: version } : {}),
          },
        }
      : {}),
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
}

/** The five predefined entities and character references; any other entity: undefined. */
function decodeEntities(value: string): string | undefined {
  if (!value.includes('&')) return value
  let failed = false
  const decoded = value.replace(/&([^;&]*);?/g, (match, body: string) => {
    if (!match.endsWith(';')) failed = true
    else if (body.startsWith('#x'))
      return String.fromCodePoint(parseInt(body.slice(2), 16) || 0xfffd)
    else if (body.startsWith('#'))
      return String.fromCodePoint(parseInt(body.slice(1), 10) || 0xfffd)
    else if (body in NAMED_ENTITIES) return NAMED_ENTITIES[body] ?? ''
    else failed = true
    return match
  })
  return failed ? undefined : decoded
}
