import { describe, expect, it } from 'vitest'
import { referenceProcedure } from '../parts/testSupport'
import { roleId, roles } from './roles'

describe('roles from lanes', () => {
  it('makes ASCII ids from German lane names', () => {
    expect(roleId('Sachbearbeitung Bauaufsicht')).toBe('sachbearbeitung-bauaufsicht')
    expect(roleId('Straßenverkehrsbehörde / Kasse')).toBe('strassenverkehrsbehoerde-kasse')
    expect(roleId('Teamleitung (Zeichnung)')).toBe('teamleitung-zeichnung')
    expect(roleId('—')).toBe('rolle')
  })

  it('groups same-named lanes of several blocks and says where a called block runs', async () => {
    const list = roles(await referenceProcedure('hundesteuer-anmelden'))
    const sachbearbeitung = list.find((role) => role.id === 'sachbearbeitung')
    expect(sachbearbeitung?.lanes.length).toBeGreaterThan(1)
    expect(sachbearbeitung?.lanes.every((lane) => lane.ausgefuehrtIn.length > 0)).toBe(true)
    const steueramt = list.find((role) => role.id === 'steueramt')
    expect(steueramt).toMatchObject({ name: 'Steueramt', prozessrolle: 'hauptakteur' })
    expect(list.map((role) => role.id)).toEqual([...list.map((role) => role.id)].sort())
  })
})
