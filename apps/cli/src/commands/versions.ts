/** `bauplan versions <id>`: every visible version of a block, highest first. */
import type { VersionSummary } from '@bauplan/api-types'
import type { Locale } from '@bauplan/domain'
import { requireBlockId } from '../args/blockArgument'
import { EXIT } from '../exitCodes'
import { shortTime, stateLabel } from '../output/labels'
import { table } from '../output/table'
import type { Command } from './command'

export const versionsCommand: Command = {
  name: 'versions',
  synopsis: '<id>',
  summary: { de: 'Versionen eines Bausteins auflisten', en: 'list the versions of a block' },
  description: {
    de: 'Listet die Versionen, die Sie sehen dürfen (IT-Dienstleister: nur veröffentlichte und abgekündigte), höchste zuerst, mit Zustand, Veröffentlichungsdatum, Inhalts-Hash und Nachfolger.',
    en: 'Lists the versions you may see (IT providers: published and deprecated only), highest first, with state, publication date, content hash and successor.',
  },
  options: {},
  positionals: { min: 1, max: 1, names: { de: '<id>', en: '<id>' } },
  examples: ['bauplan versions urn:bauplan:baustein:sn:identitaet-pruefen'],
  async run(ctx, args) {
    const id = requireBlockId(args.positionals[0] as string, 'versions')
    const versions = await (await ctx.api()).versions(id)
    return {
      exitCode: EXIT.ok,
      data: { blockId: id, versions },
      text: renderVersions(id, versions, ctx.lang),
    }
  },
}

export function renderVersions(id: string, versions: VersionSummary[], lang: Locale): string[] {
  const de = lang === 'de'
  if (versions.length === 0) {
    return [de ? `${id} hat keine sichtbaren Versionen.` : `${id} has no visible versions.`]
  }
  return [
    id,
    '',
    ...table(
      de
        ? ['VERSION', 'ZUSTAND', 'VERÖFFENTLICHT', 'SHA256', 'NACHFOLGER']
        : ['VERSION', 'STATE', 'PUBLISHED', 'SHA256', 'SUCCESSOR'],
      versions.map((v) => [
        v.version,
        stateLabel(v.state, lang),
        shortTime(v.publishedAt),
        v.contentHash ? v.contentHash.slice(0, 12) : '–',
        v.successor ? `${v.successor.id}@${v.successor.version}` : '',
      ])
    ),
  ]
}
