import Fastify from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestApp, type TestApp } from '../testing/testApp'

// The OpenAPI document is checked structurally against a minimal OpenAPI 3.1 schema with Ajv (the
// validator Fastify itself compiles schemas with), not against a schema from the network.

/** The routes the API promises (docs/api.md); the document must list every one. */
const EXPECTED_OPERATIONS = [
  'GET /api/health',
  'GET /api/openapi.json',
  'POST /api/session',
  'GET /api/session',
  'DELETE /api/session',
  'POST /api/session/password',
  'GET /api/tokens',
  'POST /api/tokens',
  'DELETE /api/tokens/{id}',
  'GET /api/organisations',
  'POST /api/organisations',
  'GET /api/users',
  'POST /api/users',
  'POST /api/users/{id}/roles',
  'DELETE /api/users/{id}/roles',
  'POST /api/users/{id}/disable',
  'GET /api/bausteine',
  'POST /api/bausteine',
  'GET /api/bausteine/{id}',
  'GET /api/bausteine/{id}/versionen',
  'GET /api/bausteine/{id}/versionen/{version}',
  'PUT /api/bausteine/{id}/versionen/{version}',
  'GET /api/bausteine/{id}/versionen/{version}/dateien/{name}',
  'PUT /api/bausteine/{id}/versionen/{version}/dateien/{name}',
  'GET /api/bausteine/{id}/versionen/{version}/zip',
  'GET /api/bausteine/{id}/versionen/{version}/blueprint',
  'POST /api/blueprints/import',
  'POST /api/bausteine/{id}/entwuerfe',
  'POST /api/bausteine/{id}/versionen/{version}/einreichen',
  'POST /api/bausteine/{id}/versionen/{version}/freigeben',
  'POST /api/bausteine/{id}/versionen/{version}/zurueckweisen',
  'POST /api/bausteine/{id}/versionen/{version}/abkuendigen',
  'POST /api/bausteine/{id}/varianten',
  'GET /api/bausteine/{id}/diff',
  'GET /api/bausteine/{id}/audit',
  'GET /api/audit',
  'GET /api/benachrichtigungen',
  'POST /api/benachrichtigungen/gelesen',
  'GET /api/benachrichtigungen/einreichungen',
  'POST /api/pruefen',
  'GET /api/pruefregeln',
  'PUT /api/pruefregeln',
  'GET /api/pruefregeln/verlauf',
]

const operation = {
  type: 'object',
  required: ['responses'],
  properties: {
    summary: { type: 'string', minLength: 1 },
    tags: { type: 'array', items: { type: 'string' } },
    parameters: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'in'],
        properties: {
          name: { type: 'string', minLength: 1 },
          in: { enum: ['query', 'header', 'path', 'cookie'] },
          required: { type: 'boolean' },
          schema: { type: ['object', 'boolean'] },
        },
      },
    },
    requestBody: {
      type: 'object',
      required: ['content'],
      properties: { content: { type: 'object', minProperties: 1 } },
    },
    responses: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^([1-5][0-9][0-9]|[1-5]XX|default)$' },
      additionalProperties: {
        type: 'object',
        required: ['description'],
        properties: { description: { type: 'string' }, content: { type: 'object' } },
      },
    },
  },
}

const minimalOpenApi31 = {
  type: 'object',
  required: ['openapi', 'info', 'paths'],
  properties: {
    openapi: { type: 'string', pattern: '^3\\.1\\.[0-9]+$' },
    info: {
      type: 'object',
      required: ['title', 'version'],
      properties: { title: { type: 'string', minLength: 1 }, version: { type: 'string' } },
    },
    paths: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^/' },
      additionalProperties: {
        type: 'object',
        propertyNames: {
          enum: [
            'get',
            'put',
            'post',
            'delete',
            'patch',
            'head',
            'options',
            'trace',
            'parameters',
            'summary',
            'description',
          ],
        },
        patternProperties: { '^(get|put|post|delete|patch|head|options|trace)$': operation },
      },
    },
    components: {
      type: 'object',
      properties: {
        schemas: { type: 'object', additionalProperties: { type: ['object', 'boolean'] } },
        securitySchemes: {
          type: 'object',
          additionalProperties: { type: 'object', required: ['type'] },
        },
      },
    },
  },
}

type Operation = {
  parameters?: { name: string; in: string; required?: boolean }[]
  responses: Record<string, unknown>
  tags?: string[]
}
type Document = {
  openapi: string
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, unknown> }
  tags: { name: string }[]
}

let t: TestApp
let doc: Document

beforeAll(async () => {
  t = await startTestApp()
  const response = await t.app.inject({ url: '/api/openapi.json' })
  expect(response.statusCode).toBe(200)
  doc = response.json()
})
afterAll(async () => t.close())

function operations(): [string, string, Operation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(
      ([method, op]) => [method.toUpperCase(), path, op] as [string, string, Operation]
    )
  )
}

describe('GET /api/openapi.json', () => {
  it('is structurally valid OpenAPI 3.1 (checked with Ajv)', async () => {
    const checker = Fastify({ ajv: { customOptions: { allowUnionTypes: true } } })
    checker.post('/check', async (request) => {
      const validate = request.compileValidationSchema(minimalOpenApi31)
      return { valid: validate(request.body), errors: validate.errors ?? [] }
    })
    const check = async (document: unknown) =>
      (await checker.inject({ method: 'POST', url: '/check', payload: document as object })).json()
    expect(await check(doc)).toEqual({ valid: true, errors: [] })
    expect(doc.openapi).toBe('3.1.0')
    // The check can fail: an operation without responses is refused.
    const broken = structuredClone(doc)
    delete (broken.paths['/api/health']?.get as Partial<Operation>).responses
    expect((await check(broken)).valid).toBe(false)
    await checker.close()
  })

  it('lists every route of the API, and only routes that exist', () => {
    const listed = operations().map(([method, path]) => `${method} ${path}`)
    expect(listed.sort()).toEqual([...EXPECTED_OPERATIONS].sort())
    for (const [method, path] of operations()) {
      const url = path.replace(/\{(\w+)\}/g, ':$1')
      expect(t.app.hasRoute({ method: method as 'GET', url }), `${method} ${url}`).toBe(true)
    }
  })

  it('gives every operation responses, a tag, the lang parameter and its path parameters', () => {
    const tags = new Set(doc.tags.map((tag) => tag.name))
    for (const [method, path, op] of operations()) {
      const where = `${method} ${path}`
      expect(Object.keys(op.responses).length, where).toBeGreaterThan(0)
      expect(
        op.tags?.every((tag) => tags.has(tag)),
        where
      ).toBe(true)
      expect(
        op.parameters?.some((p) => p.in === 'query' && p.name === 'lang'),
        where
      ).toBe(true)
      for (const [, name] of path.matchAll(/\{(\w+)\}/g)) {
        expect(
          op.parameters?.some((p) => p.in === 'path' && p.name === name && p.required === true),
          `${where} {${name}}`
        ).toBe(true)
      }
    }
  })

  it('groups the blueprint export and import under their own tag', () => {
    expect(doc.tags.map((tag) => tag.name)).toContain('Blaupausen')
    const blueprintOperations = operations().filter(
      ([method, path]) =>
        path.endsWith('/blueprint') || `${method} ${path}` === 'POST /api/blueprints/import'
    )
    expect(blueprintOperations).toHaveLength(2)
    for (const [method, path, op] of blueprintOperations) {
      expect(op.tags, `${method} ${path}`).toEqual(['Blaupausen'])
    }
  })

  it('documents errors as problem details and refers only to components that exist', () => {
    const refs = new Set<string>()
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (value !== null && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          if (key === '$ref' && typeof child === 'string') refs.add(child)
          else collect(child)
        }
      }
    }
    collect(doc)
    expect(refs.size).toBeGreaterThan(5)
    for (const ref of refs) {
      expect(ref, ref).toMatch(/^#\/components\/schemas\//)
      expect(doc.components.schemas[ref.slice('#/components/schemas/'.length)], ref).toBeDefined()
    }
    const login = doc.paths['/api/session']?.post?.responses['401'] as {
      content: Record<string, unknown>
    }
    expect(Object.keys(login.content)).toEqual(['application/problem+json'])
  })

  it('serves the reference page and its assets from the package (no CDN)', async () => {
    const page = await t.app.inject({ url: '/api/docs/' })
    expect(page.statusCode).toBe(200)
    expect(page.body).not.toMatch(/https?:\/\//)
    const scripts = [...page.body.matchAll(/src="([^"]+)"/g)].map((m) => m[1] ?? '')
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) {
      const url = new URL(script, 'http://localhost/api/docs/').pathname
      expect((await t.app.inject({ url })).statusCode, url).toBe(200)
    }
    const csp = String(page.headers['content-security-policy'])
    expect(csp).not.toMatch(/upgrade-insecure-requests|validator\.swagger\.io/)
  })
})
