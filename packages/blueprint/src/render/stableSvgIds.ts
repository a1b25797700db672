/**
 * Gives every id an SVG defines a stable name and rewrites every reference to it.
 *
 * bpmn-js and dmn-js name the arrow markers they draw with random ids (`marker-0665ufgz…`), so two
 * renders of the same diagram differ in bytes. Renaming each defined id to
 * `<prefix>-<element>-<n>` (n counted per element name, in document order) makes the output depend
 * on the diagram alone; a prefix per diagram keeps the ids unique when several SVGs share one HTML
 * document. References are rewritten by exact id (a map lookup, never a substring replace), so an
 * id that is the prefix of another one is not touched by mistake.
 */
export function stableSvgIds(svg: string, prefix: string): string {
  const safePrefix = idPrefix(prefix)
  const renamed = new Map<string, string>()
  const perElement = new Map<string, number>()

  // Definitions: an `id` attribute inside a start tag (not `data-element-id`, which is a different
  // attribute). Serialised SVG escapes `>` inside attribute values, so a tag ends at the first `>`.
  const defined = svg.replace(
    /<([A-Za-z][\w:.-]*)(\s[^>]*)>/g,
    (_tag, name: string, attributes: string) =>
      `<${name}${attributes.replace(
        /(\sid\s*=\s*)(["'])(.*?)\2/,
        (_match, lead: string, quote: string, id: string) => {
          const element = (name.split(':').pop() ?? name).toLowerCase()
          const n = (perElement.get(element) ?? 0) + 1
          perElement.set(element, n)
          const stable = `${safePrefix}-${element}-${n}`
          // A duplicate id keeps pointing at its first definition, as in the browser.
          if (!renamed.has(id)) renamed.set(id, stable)
          return `${lead}${quote}${stable}${quote}`
        }
      )}>`
  )
  if (renamed.size === 0) return defined

  return defined
    .replace(
      /url\(\s*('|"|&quot;|&apos;|&#39;)?#([^'")\s&]+)\1\s*\)/g,
      (match, quote: string | undefined, id: string) => {
        const stable = renamed.get(id)
        return stable === undefined ? match : `url(${quote ?? ''}#${stable}${quote ?? ''})`
      }
    )
    .replace(
      /(\s(?:xlink:)?href\s*=\s*)(["'])#(.*?)\2/g,
      (match, lead: string, quote: string, id: string) => {
        const stable = renamed.get(id)
        return stable === undefined ? match : `${lead}${quote}#${stable}${quote}`
      }
    )
}

/** A prefix that is a valid, readable id start: letters, digits and hyphens, beginning with a letter. */
export function idPrefix(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
  return /^[a-z]/.test(cleaned) ? cleaned : `d-${cleaned}`
}
