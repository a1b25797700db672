import { jsonPointer } from '../../text/jsonPointer'
import type { MetadataRuleFactory } from './metadataRule'

/**
 * `bauplan/handlungsgrundlage`: a block submitted for review names its legal basis. The schema
 * requires one only from freigabestatus 4 (methodically approved) on; the rule asks for it as soon
 * as the block is submitted, so reviewers see it, and rejects names of nothing but blanks.
 */
export const handlungsgrundlage: MetadataRuleFactory = () => ({
  check({ metadata }, reporter) {
    const grundlagen = metadata.handlungsgrundlagen
    if (grundlagen.length === 0) {
      reporter.report({ pointer: jsonPointer('handlungsgrundlagen') }, 'handlungsgrundlage.missing')
    }
    grundlagen.forEach((grundlage, index) => {
      if (grundlage.name.trim() !== '') return
      const pointer = jsonPointer('handlungsgrundlagen', index, 'name')
      reporter.report({ pointer }, 'handlungsgrundlage.blankName', { pointer })
    })
  },
})
