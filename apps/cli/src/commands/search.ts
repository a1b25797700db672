/** `bauplan search [QUERY…]`: full-text search with facet filters and pages. */
import {
  SEARCH_FACETS,
  SEARCH_SORTS,
  VERSION_STATES,
  type SearchResult,
  type SearchSort,
  type VersionState,
} from '@bauplan/api-types'
import type { Locale } from '@bauplan/domain'
import { parseCount } from '../args/blockArgument'
import { booleanOption, listOption, stringOption, type OptionSpecs } from '../args/optionSpec'
import type { SearchParams } from '../client/catalogueApi'
import { UsageError } from '../errors'
import { EXIT } from '../exitCodes'
import { stateLabel } from '../output/labels'
import { table } from '../output/table'
import type { Command } from './command'

/** The server's page size limit. */
const MAX_LIMIT = 100

const FACET_OPTIONS: OptionSpecs = {
  bausteinart: {
    type: 'string',
    multiple: true,
    valueName: 'ART',
    description: {
      de: 'prozessbaustein, stammprozess, referenzprozess, musterprozess',
      en: 'prozessbaustein, stammprozess, referenzprozess, musterprozess',
    },
  },
  einsatzbereich: {
    type: 'string',
    multiple: true,
    valueName: 'BEREICH',
    description: { de: 'frontoffice, backoffice, beide', en: 'frontoffice, backoffice, beide' },
  },
  bundesland: {
    type: 'string',
    multiple: true,
    valueName: 'SCHLÜSSEL',
    description: { de: 'Länderschlüssel, z. B. 14 (Sachsen)', en: 'state key, e.g. 14 (Saxony)' },
  },
  organisation: {
    type: 'string',
    multiple: true,
    valueName: 'ID',
    description: { de: 'besitzende Organisation', en: 'owning organisation' },
  },
  themenfeld: {
    type: 'string',
    multiple: true,
    valueName: 'THEMA',
    description: { de: 'OZG-Themenfeld', en: 'OZG subject area' },
  },
}

export const searchCommand: Command = {
  name: 'search',
  synopsis: '[QUERY…] [--bausteinart ART] [--status ZUSTAND] [--limit N] [--page N] [--facets]',
  summary: { de: 'Bausteine im Katalog suchen', en: 'search building blocks in the catalogue' },
  description: {
    de: 'Volltextsuche über Namen, Beschreibungen, Handlungsgrundlagen, Schlagwörter und Leistungsschlüssel (deutsche Wortstämme). Ohne Suchbegriff listet sie alle sichtbaren Bausteine. Filter derselben Facette werden mit ODER, verschiedene Facetten mit UND verknüpft.',
    en: 'Full-text search over names, descriptions, legal bases, keywords and Leistungsschlüssel (German stemming). Without a query it lists every visible block. Filters of one facet are combined with OR, different facets with AND.',
  },
  options: {
    ...FACET_OPTIONS,
    status: {
      type: 'string',
      multiple: true,
      valueName: 'ZUSTAND',
      description: {
        de: `${VERSION_STATES.join(', ')} (Standard: veroeffentlicht)`,
        en: `${VERSION_STATES.join(', ')} (default: veroeffentlicht)`,
      },
    },
    sort: {
      type: 'string',
      valueName: SEARCH_SORTS.join('|'),
      description: { de: 'Sortierung', en: 'order' },
    },
    limit: {
      type: 'string',
      valueName: 'N',
      description: {
        de: `Treffer je Seite (1–${MAX_LIMIT}, Standard 20)`,
        en: `hits per page (1–${MAX_LIMIT}, default 20)`,
      },
    },
    page: {
      type: 'string',
      valueName: 'N',
      description: { de: 'Seite (ab 1)', en: 'page (from 1)' },
    },
    facets: {
      type: 'boolean',
      description: { de: 'Facetten mit Anzahlen zeigen', en: 'show facets with counts' },
    },
  },
  positionals: { min: 0, max: Infinity, names: { de: '[SUCHBEGRIFF…]', en: '[QUERY…]' } },
  examples: [
    'bauplan search identität',
    'bauplan search gebühr --bausteinart prozessbaustein --limit 5',
    'bauplan search --status entwurf --status in_pruefung',
    'bauplan search --facets --json',
  ],
  async run(ctx, args) {
    const params = searchParams(args.positionals, {
      status: listOption(args, 'status'),
      sort: stringOption(args, 'sort'),
      limit: stringOption(args, 'limit'),
      page: stringOption(args, 'page'),
    })
    for (const facet of SEARCH_FACETS) {
      const values = listOption(args, facet)
      if (values.length > 0) params.filters[facet] = values
    }
    const result = await (await ctx.api()).search(params)
    return {
      exitCode: EXIT.ok,
      data: result,
      text: renderSearch(result, ctx.lang, booleanOption(args, 'facets')),
    }
  },
}

function searchParams(
  positionals: string[],
  raw: { status: string[]; sort?: string; limit?: string; page?: string }
): SearchParams {
  for (const state of raw.status) {
    if (!VERSION_STATES.includes(state as VersionState)) {
      throw new UsageError(
        'usage.invalidStatus',
        {
          de: `--status „${state}“ gibt es nicht; möglich: ${VERSION_STATES.join(', ')}.`,
          en: `--status "${state}" does not exist; possible: ${VERSION_STATES.join(', ')}.`,
        },
        'search'
      )
    }
  }
  if (raw.sort !== undefined && !SEARCH_SORTS.includes(raw.sort as SearchSort)) {
    throw new UsageError(
      'usage.invalidSort',
      {
        de: `--sort „${raw.sort}“ gibt es nicht; möglich: ${SEARCH_SORTS.join(', ')}.`,
        en: `--sort "${raw.sort}" does not exist; possible: ${SEARCH_SORTS.join(', ')}.`,
      },
      'search'
    )
  }
  const q = positionals.join(' ').trim()
  return {
    ...(q !== '' ? { q } : {}),
    filters: {},
    ...(raw.status.length > 0 ? { status: raw.status as VersionState[] } : {}),
    ...(raw.sort !== undefined ? { sort: raw.sort as SearchSort } : {}),
    limit: parseCount(raw.limit, 'limit', { min: 1, max: MAX_LIMIT, fallback: 20 }, 'search'),
    page: parseCount(raw.page, 'page', { min: 1, max: 10_000, fallback: 1 }, 'search'),
  }
}

export function renderSearch(result: SearchResult, lang: Locale, showFacets: boolean): string[] {
  const pages = Math.max(1, Math.ceil(result.total / result.limit))
  const lines = [
    lang === 'de'
      ? `${result.total} ${result.total === 1 ? 'Baustein' : 'Bausteine'} gefunden (Seite ${result.page} von ${pages}).`
      : `${result.total} ${result.total === 1 ? 'block' : 'blocks'} found (page ${result.page} of ${pages}).`,
  ]
  if (result.hits.length > 0) {
    lines.push(
      '',
      ...table(
        lang === 'de' ? ['ID', 'VERSION', 'ZUSTAND', 'NAME'] : ['ID', 'VERSION', 'STATE', 'NAME'],
        result.hits.map((hit) => [hit.blockId, hit.version, stateLabel(hit.state, lang), hit.name])
      )
    )
  }
  if (result.page < pages) {
    lines.push(
      '',
      lang === 'de'
        ? `Weitere Treffer: --page ${result.page + 1}`
        : `More hits: --page ${result.page + 1}`
    )
  }
  if (showFacets) {
    lines.push('', lang === 'de' ? 'Facetten:' : 'Facets:')
    for (const facet of SEARCH_FACETS) {
      const counts = result.facets[facet] ?? []
      const values = counts.map((c) => `${c.value} (${c.count})`).join(', ')
      lines.push(`  ${facet}: ${values === '' ? '–' : values}`)
    }
  }
  return lines
}
