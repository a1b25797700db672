import { jsonPointer } from '../../text/jsonPointer'
import type { MetadataRuleFactory } from './metadataRule'

/**
 * `bauplan/handlungsgrundlage`: a block submitted for review names its legal basis. The schema
 * requires one only from freigabestatus 4 (methodically approved) on; the rule asks for it as soon
 * as the block is submitted, so reviewers see it, and rejects names of nothing but blanks.
 *
 * A Prozessbaustein is generic: it is called by procedures, and the legal basis of what it does
 * (which register may be queried, which fee law applies) is the calling procedure's, which this
 * rule checks with full force. So a Prozessbaustein without one gets a reminder (at most a
 * warning), not an error — see docs/decisions/0009-quality-gate-and-generic-blocks.md.
 */
export const handlungsgrundlage: MetadataRuleFactory = () => ({
  check({ metadata }, reporter) {
    const grundlagen = metadata.handlungsgrundlagen
    if (grundlagen.length === 0 && metadata.bausteinart === 'prozessbaustein') {
      reporter.report(
        { pointer: jsonPointer('handlungsgrundlagen') },
        'handlungsgrundlage.missingInGenericBlock',
        {},
        { atMostWarning: true }
      )
    } else if (grundlagen.length === 0) {
      reporter.report({ pointer: jsonPointer('handlungsgrundlagen') }, 'handlungsgrundlage.missing')
    }
    grundlagen.forEach((grundlage, index) => {
      if (grundlage.name.trim() !== '') return
      const pointer = jsonPointer('handlungsgrundlagen', index, 'name')
      reporter.report({ pointer }, 'handlungsgrundlage.blankName', { pointer })
    })
  },
})
