/** `bauplan show <id>[@version]`: a block's overview and one version's metadata and files. */
import type { BlockOverview, VersionDetail } from '@bauplan/api-types'
import type { Locale } from '@bauplan/domain'
import { parseBlockArgument } from '../args/blockArgument'
import { EXIT } from '../exitCodes'
import { formatBytes, shortTime, stateLabel } from '../output/labels'
import type { Command } from './command'

export const showCommand: Command = {
  name: 'show',
  synopsis: '<id>[@version]',
  summary: { de: 'einen Baustein anzeigen', en: 'show a building block' },
  description: {
    de: 'Zeigt Metadaten, Dateien und Zustand einer Version (ohne @version: die neueste veröffentlichte, sonst die neueste sichtbare), dazu alle Versionen, Abhängigkeiten mit verfügbaren Aktualisierungen, Verwendungen und Varianten.',
    en: 'Shows the metadata, files and state of one version (without @version: the latest published, else the latest visible), plus all versions, dependencies with available updates, where-used and variants.',
  },
  options: {},
  positionals: { min: 1, max: 1, names: { de: '<id>[@version]', en: '<id>[@version]' } },
  examples: [
    'bauplan show urn:bauplan:baustein:sn:identitaet-pruefen',
    'bauplan show urn:bauplan:baustein:sn:gewerbe-anmelden@1.0.0 --json',
  ],
  async run(ctx, args) {
    const target = parseBlockArgument(args.positionals[0] as string, 'show')
    const api = await ctx.api()
    const overview = await api.overview(target.id, target.version)
    const version = target.version ?? overview.shownVersion ?? overview.versions[0]?.version
    const detail = version !== undefined ? await api.versionDetail(target.id, version) : null
    return {
      exitCode: EXIT.ok,
      data: { overview, version: detail },
      text: renderShow(overview, detail, ctx.lang),
    }
  },
}

export function renderShow(
  overview: BlockOverview,
  detail: VersionDetail | null,
  lang: Locale
): string[] {
  const de = lang === 'de'
  // Read by field name and checked for strings: a draft's metadata may still lack fields.
  const metadata: Record<string, unknown> = detail?.version.metadata ?? {}
  const field = (name: string) =>
    typeof metadata[name] === 'string' ? (metadata[name] as string) : undefined
  const lines = [field('name') ?? overview.block.id, '']
  const row = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') lines.push(`  ${label.padEnd(16)}${value}`)
  }
  row('ID', overview.block.id)
  row(
    'Organisation',
    overview.organisation
      ? `${overview.organisation.name} (${overview.organisation.id})`
      : overview.block.organisationId
  )
  if (detail) {
    const v = detail.version
    row(
      'Version',
      `${v.version} – ${stateLabel(v.state, lang)}${v.publishedAt ? `, ${de ? 'veröffentlicht' : 'published'} ${shortTime(v.publishedAt)}` : ''}${v.state === 'entwurf' ? `, Revision ${v.revision}` : ''}`
    )
    row('sha256', v.contentHash ?? undefined)
    row(de ? 'Bezeichnung' : 'Display name', field('bezeichnung'))
    row('Bausteinart', field('bausteinart'))
    row('Einsatzbereich', field('einsatzbereich'))
    row(de ? 'Definition' : 'Definition', field('definition'))
    row(
      de ? 'Dateien' : 'Files',
      detail.files.map((f) => `${f.name} (${formatBytes(f.size)})`).join(', ')
    )
  }
  lines.push('', de ? 'Versionen:' : 'Versions:')
  for (const v of overview.versions) {
    lines.push(`  ${v.version.padEnd(10)} ${stateLabel(v.state, lang)}`)
  }
  if (overview.dependencies.length > 0) {
    lines.push('', de ? 'Ruft auf:' : 'Calls:')
    for (const d of overview.dependencies) {
      const pinned = d.resolvedVersion ?? d.wouldResolveTo ?? '?'
      const updates = [
        d.updates.withinRange
          ? de
            ? `Aktualisierung ${d.updates.withinRange}`
            : `update ${d.updates.withinRange}`
          : '',
        d.updates.newerMajor
          ? de
            ? `neue Hauptversion ${d.updates.newerMajor}`
            : `new major ${d.updates.newerMajor}`
          : '',
      ].filter((u) => u !== '')
      lines.push(
        `  ${d.targetBlockId} ${d.range} → ${pinned}${updates.length > 0 ? ` (${updates.join(', ')})` : ''}`
      )
    }
  }
  if (overview.whereUsed.length > 0) {
    lines.push('', de ? 'Verwendet in:' : 'Used by:')
    for (const w of overview.whereUsed) {
      lines.push(`  ${w.blockId}@${w.version} (${w.range}, ${stateLabel(w.state, lang)})`)
    }
  }
  if (overview.variants.length > 0) {
    lines.push('', de ? 'Varianten:' : 'Variants:')
    for (const v of overview.variants) {
      lines.push(
        `  ${v.blockId}${v.organisationId ? ` (${v.organisationId})` : ''}${v.derivedFrom ? `, ${de ? 'aus' : 'from'} ${v.derivedFrom}` : ''}`
      )
    }
  }
  if (overview.origin) {
    const o = overview.origin
    lines.push(
      '',
      `${de ? 'Abgeleitet von' : 'Derived from'}: ${o.blockId}${o.basedOn ? `@${o.basedOn}` : ''}${
        o.upstreamChanged
          ? de
            ? ` – Vorlage geändert, neuer: ${o.newerVersions.join(', ')}`
            : ` – upstream changed, newer: ${o.newerVersions.join(', ')}`
          : ''
      }`
    )
  }
  return lines
}
