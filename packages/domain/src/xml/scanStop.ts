import { xmlFindings, type XmlFinding } from './xmlProblems'

/**
 * Thrown to end a scan at the first fatal finding: one clear problem beats a flood of follow-ups
 * (after the first error, a pre-parser cannot know what the rest of the text means anyway).
 */
export class StopScan {
  constructor(
    readonly finding: XmlFinding,
    readonly offset: number
  ) {}
}

export function stopScan(finding: XmlFinding, offset: number): never {
  throw new StopScan(finding, offset)
}

export function stopMalformed(offset: number, de: string, en: string): never {
  throw new StopScan(xmlFindings.malformed(de, en), offset)
}

export function stopForbiddenCharacter(text: string, offset: number): never {
  const hex = text.charCodeAt(offset).toString(16).toUpperCase().padStart(4, '0')
  stopMalformed(
    offset,
    `Das Steuerzeichen U+${hex} ist in XML nicht erlaubt.`,
    `The control character U+${hex} is not allowed in XML.`
  )
}
