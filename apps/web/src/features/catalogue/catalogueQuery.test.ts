import { describe, expect, it } from 'vitest'
import {
  catalogueHref,
  parseCatalogueQuery,
  toggleFilter,
  toggleState,
  toSearchParams,
} from './catalogueQuery'
import { pageWindow } from './Pagination'

describe('catalogue query in the URL', () => {
  it('reads and writes search, facets, states, sorting and page', () => {
    const search =
      '?q=Gewerbe&bausteinart=prozessbaustein&bausteinart=musterprozess&status=entwurf&sort=name&page=3'
    const query = parseCatalogueQuery(search)
    expect(query.q).toBe('Gewerbe')
    expect(query.filters.bausteinart).toEqual(['prozessbaustein', 'musterprozess'])
    expect(query.filters.bundesland).toEqual([])
    expect(query.states).toEqual(['entwurf'])
    expect(query.sort).toBe('name')
    expect(query.page).toBe(3)
    expect(catalogueHref(query)).toBe(`/${search}`)
  })

  it('ignores unknown states, sorts and page numbers', () => {
    const query = parseCatalogueQuery('?status=geloescht&sort=zufall&page=-2')
    expect(query.states).toEqual([])
    expect(query.sort).toBeUndefined()
    expect(query.page).toBe(1)
    expect(catalogueHref(query)).toBe('/')
  })

  it('starts at page 1 when a filter changes', () => {
    const query = parseCatalogueQuery('?page=4&einsatzbereich=backoffice')
    const added = toggleFilter(query, 'einsatzbereich', 'beide', true)
    expect(added.filters.einsatzbereich).toEqual(['backoffice', 'beide'])
    expect(added.page).toBe(1)
    expect(
      toggleFilter(added, 'einsatzbereich', 'backoffice', false).filters.einsatzbereich
    ).toEqual(['beide'])
    expect(toggleState(query, 'in_pruefung', true).states).toEqual(['in_pruefung'])
  })

  it('leaves the state list out when none is chosen (the server then shows published ones)', () => {
    expect(toSearchParams(parseCatalogueQuery('')).states).toBeUndefined()
  })
})

describe('pageWindow', () => {
  it('shows first, last and the neighbours of the current page with gaps', () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3])
    expect(pageWindow(6, 12)).toEqual([1, 'gap', 4, 5, 6, 7, 8, 'gap', 12])
    expect(pageWindow(12, 12)).toEqual([1, 'gap', 10, 11, 12])
  })
})
