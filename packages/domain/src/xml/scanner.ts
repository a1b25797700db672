import type { Problem } from '../problem'
import { readAttributes } from './attributes'
import { isForbiddenControl, isNameChar, isNameStart, isWhitespace } from './characters'
import { refuseDoctype, refuseEntityDeclaration } from './declarations'
import { XML_LIMITS, type XmlLimits } from './limits'
import { positionAt } from './position'
import { checkReference } from './references'
import { StopScan, stopForbiddenCharacter, stopMalformed, stopScan } from './scanStop'
import type { ScannedStartTag, XmlScanOptions, XmlScanResult, XmlScanStats } from './scanTypes'
import { utf8ByteLength } from './utf8'
import { xmlFindings, type XmlFinding } from './xmlProblems'

const LT = 0x3c
const GT = 0x3e
const SLASH = 0x2f
const AMP = 0x26
const BOM = 0xfeff

/**
 * The scanner behind `scanXml`. Every loop advances `pos` (or searches forward from it with
 * indexOf), so the whole scan is linear in the text length whatever the input looks like.
 */
export function scanXmlText(text: string, options: XmlScanOptions = {}): XmlScanResult {
  const limits = options.limits ?? XML_LIMITS
  const stats: XmlScanStats = { bytes: utf8ByteLength(text), elements: 0, maxDepth: 0 }
  try {
    if (stats.bytes > limits.maxBytes)
      throw new StopScan(xmlFindings.tooLarge(stats.bytes, limits.maxBytes), 0)
    new Scanner(text, limits, stats, options.onStartTag).run()
    return { problems: [], stats }
  } catch (error) {
    if (!(error instanceof StopScan)) throw error
    const { line, column } = positionAt(text, error.offset)
    const problem: Problem = { ...error.finding, severity: 'error', line, column }
    return { problems: [problem], stats }
  }
}

class Scanner {
  private pos = 0
  private readonly open: { name: string; offset: number }[] = []
  private rootSeen = false

  constructor(
    private readonly text: string,
    private readonly limits: XmlLimits,
    private readonly stats: XmlScanStats,
    private readonly onStartTag: ((tag: ScannedStartTag) => void) | undefined
  ) {}

  run(): void {
    const { text } = this
    if (text.charCodeAt(0) === BOM) this.pos = 1
    if (this.isBlankFrom(this.pos)) this.stop(xmlFindings.empty(), 0)
    if (text.startsWith('<?xml', this.pos) && this.isDeclarationEnd(this.pos + 5)) {
      this.pos =
        this.indexOrStop('?>', this.pos + 5, 'Die XML-Deklaration', 'The XML declaration') + 2
    }
    while (this.pos < text.length) {
      if (text.charCodeAt(this.pos) === LT) this.markup()
      else this.characterData()
    }
    const unclosed = this.open[this.open.length - 1]
    if (unclosed) {
      this.malformed(
        unclosed.offset,
        `Das Element <${unclosed.name}> wird nie geschlossen.`,
        `The element <${unclosed.name}> is never closed.`
      )
    }
    if (!this.rootSeen) {
      this.malformed(text.length, 'Es gibt kein Wurzelelement.', 'There is no root element.')
    }
  }

  private markup(): void {
    const { text, pos } = this
    const next = text.charCodeAt(pos + 1)
    if (next === 0x3f /* ? */) return this.processingInstruction()
    if (next === SLASH) return this.endTag()
    if (next !== 0x21 /* ! */) return this.startTag()
    if (text.startsWith('<!--', pos)) {
      this.pos = this.indexOrStop('-->', pos + 4, 'Der Kommentar', 'The comment') + 3
    } else if (text.startsWith('<![CDATA[', pos)) {
      if (this.open.length === 0) {
        this.malformed(
          pos,
          'CDATA außerhalb des Wurzelelements.',
          'CDATA outside the root element.'
        )
      }
      this.pos = this.indexOrStop(']]>', pos + 9, 'Der CDATA-Abschnitt', 'The CDATA section') + 3
    } else if (text.startsWith('<!DOCTYPE', pos)) {
      refuseDoctype(text, pos)
    } else if (text.startsWith('<!ENTITY', pos)) {
      refuseEntityDeclaration(text, pos)
    } else {
      this.malformed(pos, 'Unbekannte Deklaration „<!“.', 'Unknown declaration "<!".')
    }
  }

  private processingInstruction(): void {
    const start = this.pos
    this.pos += 2
    const target = this.readName()
    if (target === '') {
      this.malformed(
        start,
        '„<?“ ohne Namen der Verarbeitungsanweisung.',
        '"<?" without a processing-instruction name.'
      )
    }
    if (target.toLowerCase() === 'xml') {
      this.malformed(
        start,
        'Die XML-Deklaration <?xml …?> ist nur ganz am Anfang der Datei erlaubt.',
        'The XML declaration <?xml …?> is only allowed at the very beginning of the file.'
      )
    }
    const targetEnd = this.pos
    this.pos = start
    this.pos =
      this.indexOrStop(
        '?>',
        targetEnd,
        'Die Verarbeitungsanweisung',
        'The processing instruction'
      ) + 2
  }

  private startTag(): void {
    const start = this.pos
    this.pos++
    if (!isNameStart(this.text.charCodeAt(this.pos))) {
      this.malformed(
        start,
        '„<“ muss ein Element beginnen; im Text bitte &lt; schreiben.',
        '"<" must start an element; in text write &lt;.'
      )
    }
    const name = this.readName()
    if (this.open.length === 0 && this.rootSeen) {
      this.malformed(
        start,
        `Zweites Wurzelelement <${name}>: Ein Dokument hat genau ein Wurzelelement.`,
        `Second root element <${name}>: a document has exactly one root element.`
      )
    }
    this.rootSeen = true
    this.stats.elements++
    if (this.stats.elements > this.limits.maxElements) {
      this.stop(xmlFindings.tooManyElements(this.limits.maxElements), start)
    }
    const depth = this.open.length + 1
    if (depth > this.limits.maxDepth)
      this.stop(xmlFindings.tooDeep(name, this.limits.maxDepth), start)
    this.stats.maxDepth = Math.max(this.stats.maxDepth, depth)
    const { attributes, selfClosing, end } = readAttributes(this.text, this.pos, name, start)
    this.pos = end
    this.onStartTag?.({ name, offset: start, depth, attributes })
    if (!selfClosing) this.open.push({ name, offset: start })
  }

  private endTag(): void {
    const start = this.pos
    this.pos += 2
    const name = this.readName()
    this.skipWhitespace()
    if (name === '' || this.text.charCodeAt(this.pos) !== GT) {
      this.malformed(
        start,
        `Der End-Tag </${name}> ist unvollständig.`,
        `The end tag </${name}> is incomplete.`
      )
    }
    this.pos++
    const opened = this.open.pop()
    if (!opened) {
      this.malformed(
        start,
        `Zum End-Tag </${name}> gibt es keinen Start-Tag.`,
        `The end tag </${name}> has no start tag.`
      )
    }
    if (opened.name !== name) {
      const { line, column } = positionAt(this.text, opened.offset)
      this.malformed(
        start,
        `</${name}> passt nicht zu <${opened.name}> (Zeile ${line}, Spalte ${column}); erwartet: </${opened.name}>.`,
        `</${name}> does not match <${opened.name}> (line ${line}, column ${column}); expected </${opened.name}>.`
      )
    }
  }

  /** Text between tags: only whitespace outside the root; inside, references and characters are checked. */
  private characterData(): void {
    const { text } = this
    let i = this.pos
    for (; i < text.length; i++) {
      const unit = text.charCodeAt(i)
      if (unit === LT) break
      if (this.open.length === 0) {
        if (!isWhitespace(unit)) this.textOutsideRoot(i)
      } else if (unit === AMP) i = checkReference(text, i) - 1
      else if (isForbiddenControl(unit)) stopForbiddenCharacter(text, i)
      else if (unit === 0x5d /* ] */ && text.startsWith(']]>', i)) {
        this.malformed(i, '„]]>“ ist im Text nicht erlaubt.', '"]]>" is not allowed in text.')
      }
    }
    this.pos = i
  }

  private textOutsideRoot(offset: number): never {
    if (this.rootSeen) {
      this.malformed(
        offset,
        'Nach dem Wurzelelement sind nur Leerraum, Kommentare und Verarbeitungsanweisungen erlaubt.',
        'After the root element only whitespace, comments and processing instructions are allowed.'
      )
    }
    this.malformed(
      offset,
      'Vor dem Wurzelelement ist Text nicht erlaubt.',
      'Text is not allowed before the root element.'
    )
  }

  private readName(): string {
    const start = this.pos
    if (!isNameStart(this.text.charCodeAt(this.pos))) return ''
    while (isNameChar(this.text.charCodeAt(this.pos))) this.pos++
    return this.text.slice(start, this.pos)
  }

  /** Skips whitespace; returns whether there was any. */
  private skipWhitespace(): boolean {
    const start = this.pos
    while (isWhitespace(this.text.charCodeAt(this.pos))) this.pos++
    return this.pos > start
  }

  private isBlankFrom(offset: number): boolean {
    for (let i = offset; i < this.text.length; i++)
      if (!isWhitespace(this.text.charCodeAt(i))) return false
    return true
  }

  private isDeclarationEnd(offset: number): boolean {
    const unit = this.text.charCodeAt(offset)
    return isWhitespace(unit) || unit === 0x3f /* ? */
  }

  /** Where `terminator` ends the construct that began at `this.pos`; refused if it never comes. */
  private indexOrStop(terminator: string, from: number, whatDe: string, whatEn: string): number {
    const end = this.text.indexOf(terminator, from)
    if (end < 0) {
      this.malformed(
        this.pos,
        `${whatDe} wird nicht mit „${terminator}“ geschlossen.`,
        `${whatEn} is not closed by "${terminator}".`
      )
    }
    return end
  }

  private malformed(offset: number, de: string, en: string): never {
    stopMalformed(offset, de, en)
  }

  private stop(finding: XmlFinding, offset: number): never {
    stopScan(finding, offset)
  }
}
