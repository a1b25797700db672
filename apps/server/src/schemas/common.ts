/**
 * Building blocks for route schemas. Shared object schemas are registered once with an `$id`, so
 * the OpenAPI document lists them as components and routes refer to them instead of repeating them.
 */
import type { FastifyInstance } from 'fastify'

export type JsonSchema = Record<string, unknown>

export function ref(id: string): JsonSchema {
  return { $ref: `${id}#` }
}

export function nullable(type: string, extra: JsonSchema = {}): JsonSchema {
  return { type: [type, 'null'], ...extra }
}

export const timestamp: JsonSchema = { type: 'string', format: 'date-time' }
export const nullableTimestamp: JsonSchema = nullable('string', { format: 'date-time' })

/**
 * Every route's query string accepts `lang` (it overrides Accept-Language), so every route declares
 * it and the reference shows it everywhere.
 */
export function langQuery(
  properties: Record<string, JsonSchema> = {},
  required: string[] = []
): JsonSchema {
  return {
    type: 'object',
    properties: {
      lang: {
        type: 'string',
        enum: ['de', 'en'],
        description:
          'Sprache der Fehlermeldungen (vor Accept-Language) / language of error messages',
      },
      ...properties,
    },
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  }
}

/** A JSON body that is an object with exactly these properties. */
export function objectBody(
  properties: Record<string, JsonSchema>,
  required: string[] = []
): JsonSchema {
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
  }
}

const localizedText: JsonSchema = {
  $id: 'LocalizedText',
  type: 'object',
  description: 'Ein Text auf Deutsch und Englisch / a text in German and English',
  required: ['de', 'en'],
  properties: { de: { type: 'string' }, en: { type: 'string' } },
}

const problem: JsonSchema = {
  $id: 'Problem',
  type: 'object',
  description:
    'Ein einzelner Befund (Schema, XML, BPMN/DMN, Referenzen, Anfrage) / one finding, as in @bauplan/domain',
  required: ['code', 'severity', 'message'],
  properties: {
    code: { type: 'string', examples: ['schema.required'] },
    severity: { type: 'string', enum: ['error', 'warning'] },
    message: ref('LocalizedText'),
    pointer: { type: 'string', description: 'JSON pointer (RFC 6901)' },
    file: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
    elementId: { type: 'string' },
  },
}

const problemDocument: JsonSchema = {
  $id: 'ProblemDocument',
  type: 'object',
  description: 'RFC 9457 problem details, in the language of the request',
  required: ['type', 'title', 'status', 'detail', 'instance', 'code', 'problems'],
  properties: {
    type: { type: 'string', format: 'uri', examples: ['urn:bauplan:problem:auth.required'] },
    title: { type: 'string' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string' },
    instance: { type: 'string' },
    code: { type: 'string', description: 'stable machine-readable code (docs/api.md)' },
    problems: { type: 'array', items: ref('Problem') },
  },
}

const STATUS_DESCRIPTIONS: Record<number, string> = {
  400: 'Ungültige Anfrage / bad request',
  401: 'Nicht angemeldet / not authenticated',
  403: 'Nicht erlaubt (Grund in detail) / forbidden (reason in detail)',
  404: 'Nicht gefunden / not found',
  409: 'Falscher Zustand oder Konflikt / wrong state or conflict',
  413: 'Zu groß / too large',
  415: 'Medientyp nicht unterstützt / unsupported media type',
  422: 'Inhalt ungültig (problems nennt Feld und Grund) / invalid content',
  429: 'Zu viele Versuche (Retry-After) / too many attempts',
}

/** Error responses of a route, all problem documents; 400 is added to every route (validation). */
export function problemResponses(...statuses: number[]): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {}
  for (const status of [...new Set([400, ...statuses])].sort()) {
    responses[String(status)] = {
      description: STATUS_DESCRIPTIONS[status] ?? 'Fehler / error',
      content: { 'application/problem+json': { schema: ref('ProblemDocument') } },
    }
  }
  return responses
}

/** Statuses every authenticated route can answer with. */
export const AUTHENTICATED = [401, 403] as const

export function registerCommonSchemas(app: FastifyInstance): void {
  app.addSchema(localizedText)
  app.addSchema(problem)
  app.addSchema(problemDocument)
}
