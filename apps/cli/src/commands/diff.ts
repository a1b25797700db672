/** `bauplan diff <id> <from> <to>`: what changed between two versions of a block. */
import { requireBlockId, requireVersion } from '../args/blockArgument'
import { EXIT } from '../exitCodes'
import { renderDiff } from '../output/renderDiff'
import type { Command } from './command'

export const diffCommand: Command = {
  name: 'diff',
  synopsis: '<id> <from> <to>',
  summary: { de: 'zwei Versionen vergleichen', en: 'compare two versions' },
  description: {
    de: 'Zeigt die Unterschiede zwischen zwei Versionen: Dateien, geänderte Metadatenfelder (als JSON-Pointer), BPMN-Elemente (hinzugefügt, entfernt, geändert, nur Layout geändert) und DMN-Entscheidungen bis auf Regel- und Zellebene.',
    en: 'Shows the differences between two versions: files, changed metadata fields (as JSON pointers), BPMN elements (added, removed, changed, layout changed only) and DMN decisions down to rules and cells.',
  },
  options: {},
  positionals: { min: 3, max: 3, names: { de: '<id> <von> <bis>', en: '<id> <from> <to>' } },
  examples: [
    'bauplan diff urn:bauplan:baustein:sn:identitaet-pruefen 1.0.0 1.0.1',
    'bauplan diff urn:bauplan:baustein:sn:identitaet-pruefen 1.0.0 1.0.1 --json',
  ],
  async run(ctx, args) {
    const [rawId, rawFrom, rawTo] = args.positionals as [string, string, string]
    const id = requireBlockId(rawId, 'diff')
    const from = requireVersion(rawFrom, 'diff')
    const to = requireVersion(rawTo, 'diff')
    const diff = await (await ctx.api()).diff(id, from, to)
    return { exitCode: EXIT.ok, data: diff, text: renderDiff(diff, ctx.lang) }
  },
}
