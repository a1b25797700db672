/**
 * Which language a response speaks. German is the default (the users are German administrations);
 * English when the client prefers it. `?lang=de|en` wins over the header so a link can force one.
 */
import type { Locale } from '@bauplan/domain'
import type { FastifyRequest } from 'fastify'

export const SUPPORTED_LOCALES: readonly Locale[] = ['de', 'en']
export const DEFAULT_LOCALE: Locale = 'de'

/** Picks the supported language with the highest `q` in an Accept-Language header (RFC 9110 §12.5.4). */
export function pickLocale(acceptLanguage: string | undefined, lang?: unknown): Locale {
  if (typeof lang === 'string' && isLocale(lang)) return lang
  if (!acceptLanguage) return DEFAULT_LOCALE
  let best: { locale: Locale; q: number } | undefined
  for (const part of acceptLanguage.split(',')) {
    const [tag = '', ...params] = part.trim().split(';')
    const primary = tag.trim().toLowerCase().split('-')[0] ?? ''
    const q = qualityOf(params)
    const locale = primary === '*' ? DEFAULT_LOCALE : primary
    // Strictly greater keeps the earlier entry on ties, as the header's order is the tie-breaker.
    if (isLocale(locale) && q > 0 && (best === undefined || q > best.q)) best = { locale, q }
  }
  return best?.locale ?? DEFAULT_LOCALE
}

/** The language of this request; computed on demand so error handlers work even before routing. */
export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as Record<string, unknown> | undefined
  return pickLocale(request.headers['accept-language'], query?.lang)
}

function qualityOf(params: string[]): number {
  for (const param of params) {
    const [name, value] = param.trim().split('=')
    if (name?.trim().toLowerCase() === 'q') {
      const q = Number(value)
      return Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0
    }
  }
  return 1
}

function isLocale(value: string): value is Locale {
  return (SUPPORTED_LOCALES as readonly string[]).includes(value)
}
