import { describe, expect, it } from 'vitest'
import { hrefFor, matchRoute, type LinkableRoute } from './routes'

const URN = 'urn:bauplan:baustein:sn:identitaet-pruefen'

describe('routes', () => {
  it('parses every page of the route table', () => {
    expect(matchRoute('/')).toEqual({ name: 'catalogue' })
    expect(matchRoute('/pruefung')).toEqual({ name: 'review' })
    expect(matchRoute('/benachrichtigungen/')).toEqual({ name: 'notifications' })
    expect(matchRoute('/konto')).toEqual({ name: 'account' })
    expect(matchRoute('/pruefregeln')).toEqual({ name: 'qualityRules' })
    expect(matchRoute('/blaupausen/import')).toEqual({ name: 'blueprintImport' })
    expect(matchRoute('/login', '?next=%2Fpruefung')).toEqual({ name: 'login', next: '/pruefung' })
    const id = encodeURIComponent(URN)
    expect(matchRoute(`/bausteine/${id}`)).toEqual({ name: 'baustein', id: URN })
    expect(matchRoute(`/bausteine/${id}/versionen/1.2.0`)).toEqual({
      name: 'version',
      id: URN,
      version: '1.2.0',
    })
    expect(matchRoute(`/bausteine/${id}/versionen/1.2.0/bearbeiten`)).toEqual({
      name: 'editor',
      id: URN,
      version: '1.2.0',
    })
    expect(matchRoute(`/bausteine/${id}/diff`, '?von=1.0.0&bis=1.1.0')).toEqual({
      name: 'diff',
      id: URN,
      from: '1.0.0',
      to: '1.1.0',
    })
  })

  it('turns routes into URLs and back without loss', () => {
    const routes: LinkableRoute[] = [
      { name: 'catalogue' },
      { name: 'qualityRules' },
      { name: 'blueprintImport' },
      { name: 'login', next: '/bausteine/x?y=1' },
      { name: 'baustein', id: URN },
      { name: 'version', id: 'urn:a:b/c d', version: '1.0.0' },
      { name: 'editor', id: URN, version: '2.0.0' },
      { name: 'diff', id: URN, from: '1.0.0', to: '1.0.1' },
      { name: 'diff', id: URN },
      { name: 'review' },
      { name: 'notifications' },
      { name: 'account' },
    ]
    for (const route of routes) {
      const url = new URL(hrefFor(route), 'http://x')
      expect(matchRoute(url.pathname, url.search)).toEqual(route)
    }
    expect(hrefFor({ name: 'version', id: URN, version: '1.0.0' })).toBe(
      '/bausteine/urn%3Abauplan%3Abaustein%3Asn%3Aidentitaet-pruefen/versionen/1.0.0'
    )
  })

  it('answers unknown and malformed addresses with notFound', () => {
    expect(matchRoute('/gibt-es-nicht')).toEqual({ name: 'notFound', path: '/gibt-es-nicht' })
    expect(matchRoute('/bausteine')).toMatchObject({ name: 'notFound' })
    expect(matchRoute('/bausteine/x/versionen')).toMatchObject({ name: 'notFound' })
    expect(matchRoute('/bausteine/x/versionen/1.0.0/loeschen')).toMatchObject({ name: 'notFound' })
    expect(matchRoute('/bausteine/%E0%A4%A')).toMatchObject({ name: 'notFound' })
  })

  it('never sends a user to another site after login', () => {
    expect(matchRoute('/login', '?next=https://evil.example')).toEqual({ name: 'login' })
    expect(matchRoute('/login', '?next=//evil.example')).toEqual({ name: 'login' })
    expect(matchRoute('/login', '?next=/\\evil.example')).toEqual({ name: 'login' })
  })
})
