/**
 * Hard ceilings for every XML file the workbench reads (BPMN, DMN). They are checked by `scanXml`
 * before any real XML parser sees the text, so a hostile upload cannot make a parser allocate
 * without bound. Real models stay far below: the largest BPMN in the interoperability corpus has a
 * few hundred elements and a nesting depth under 10.
 */
export const XML_LIMITS = { maxBytes: 10 * 1024 * 1024, maxElements: 20_000, maxDepth: 64 } as const

export interface XmlLimits {
  maxBytes: number
  maxElements: number
  maxDepth: number
}
