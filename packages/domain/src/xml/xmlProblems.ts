import type { LocalizedText } from '../problem'

/**
 * The fatal findings of the XML pre-scan. Kept apart from the scanner so the wording (German and
 * English, saying what was found and why it is refused) can be read and reviewed in one place.
 */
export interface XmlFinding {
  code: string
  message: LocalizedText
}

const mib = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(0)

export const xmlFindings = {
  empty: (): XmlFinding => ({
    code: 'xml.empty',
    message: {
      de: 'Die Datei ist leer: Es wurde kein XML-Inhalt gefunden.',
      en: 'The file is empty: no XML content was found.',
    },
  }),
  tooLarge: (bytes: number, maxBytes: number): XmlFinding => ({
    code: 'xml.tooLarge',
    message: {
      de: `Die Datei ist ${bytes} Bytes groß; erlaubt sind höchstens ${maxBytes} Bytes (${mib(maxBytes)} MiB).`,
      en: `The file is ${bytes} bytes; at most ${maxBytes} bytes (${mib(maxBytes)} MiB) are allowed.`,
    },
  }),
  doctype: (): XmlFinding => ({
    code: 'xml.doctype',
    message: {
      de: 'Eine DOCTYPE-Deklaration ist nicht erlaubt: DTDs werden zum Schutz vor XXE und Entitäts-Expansion nie gelesen.',
      en: 'A DOCTYPE declaration is not allowed: DTDs are never read, to protect against XXE and entity expansion.',
    },
  }),
  entity: (name: string): XmlFinding => ({
    code: 'xml.entity',
    message: {
      de: `Die Entität „${name}“ wird nicht erlaubt und nie expandiert (Schutz vor „Billion Laughs“); erlaubt sind nur &amp; &lt; &gt; &quot; &apos; und Zeichenreferenzen.`,
      en: `The entity "${name}" is not allowed and never expanded (protection against "billion laughs"); only &amp; &lt; &gt; &quot; &apos; and character references are allowed.`,
    },
  }),
  externalEntity: (name: string): XmlFinding => ({
    code: 'xml.externalEntity',
    message: {
      de: `Die externe Entität „${name}“ ist nicht erlaubt: Externe Verweise (SYSTEM/PUBLIC) werden zum Schutz vor XXE nie geladen.`,
      en: `The external entity "${name}" is not allowed: external references (SYSTEM/PUBLIC) are never loaded, to protect against XXE.`,
    },
  }),
  tooManyElements: (maxElements: number): XmlFinding => ({
    code: 'xml.tooManyElements',
    message: {
      de: `Die Datei enthält mehr als ${maxElements} Elemente; mehr sind nicht erlaubt.`,
      en: `The file contains more than ${maxElements} elements; no more are allowed.`,
    },
  }),
  tooDeep: (name: string, maxDepth: number): XmlFinding => ({
    code: 'xml.tooDeep',
    message: {
      de: `Das Element <${name}> ist tiefer als ${maxDepth} Ebenen verschachtelt; mehr sind nicht erlaubt.`,
      en: `The element <${name}> is nested deeper than ${maxDepth} levels; no more are allowed.`,
    },
  }),
  malformed: (de: string, en: string): XmlFinding => ({
    code: 'xml.malformed',
    message: { de: `Kein wohlgeformtes XML: ${de}`, en: `Not well-formed XML: ${en}` },
  }),
}
