import { describe, expect, it } from 'vitest'
import type { BausteinInterface } from './bausteinInterface'
import { interfaceChanges, requiredBump } from './interfaceBump'

const base: BausteinInterface = {
  processId: 'Process_HundAnmelden',
  inputs: [
    { id: 'anzahlHunde', datentyp: 'num_int', required: true },
    { id: 'bemerkung', datentyp: 'text', required: false },
    {
      id: 'halter',
      datentyp: 'obj',
      required: true,
      felder: [
        { id: 'name', datentyp: 'text', required: true },
        { id: 'telefon', datentyp: 'text', required: false },
      ],
    },
  ],
  outputs: [
    { id: 'steuerbetrag', datentyp: 'num_currency', required: true },
    { id: 'hinweis', datentyp: 'text', required: false },
  ],
  decisions: [{ id: 'Decision_Steuer', inputs: ['anzahlHunde', 'kampfhund'], outputs: ['betrag'] }],
}

function variant(change: (copy: BausteinInterface) => BausteinInterface): BausteinInterface {
  return change(structuredClone(base) as BausteinInterface)
}

describe('requiredBump', () => {
  it('is patch when the interface is unchanged (even if list order differs)', () => {
    const reordered = variant((c) => ({ ...c, inputs: [...c.inputs].reverse() }))
    expect(requiredBump(base, base)).toBe('patch')
    expect(requiredBump(base, reordered)).toBe('patch')
    expect(interfaceChanges(base, reordered)).toEqual([])
  })

  const cases: Array<[string, BumpKindCase, (c: BausteinInterface) => BausteinInterface]> = [
    ['processIdChanged', 'major', (c) => ({ ...c, processId: 'Process_Neu' })],
    [
      'inputTypeChanged',
      'major',
      (c) => ({
        ...c,
        inputs: c.inputs.map((f) => (f.id === 'anzahlHunde' ? { ...f, datentyp: 'text' } : f)),
      }),
    ],
    [
      'inputMadeRequired',
      'major',
      (c) => ({
        ...c,
        inputs: c.inputs.map((f) => (f.id === 'bemerkung' ? { ...f, required: true } : f)),
      }),
    ],
    [
      'requiredInputAdded',
      'major',
      (c) => ({ ...c, inputs: [...c.inputs, { id: 'rasse', datentyp: 'text', required: true }] }),
    ],
    [
      'outputRemoved',
      'major',
      (c) => ({ ...c, outputs: c.outputs.filter((f) => f.id !== 'hinweis') }),
    ],
    [
      'outputTypeChanged',
      'major',
      (c) => ({
        ...c,
        outputs: c.outputs.map((f) => (f.id === 'steuerbetrag' ? { ...f, datentyp: 'num' } : f)),
      }),
    ],
    [
      'outputMadeOptional',
      'major',
      (c) => ({
        ...c,
        outputs: c.outputs.map((f) => (f.id === 'steuerbetrag' ? { ...f, required: false } : f)),
      }),
    ],
    ['decisionRemoved', 'major', (c) => ({ ...c, decisions: [] })],
    [
      'decisionOutputRemoved',
      'major',
      (c) => ({
        ...c,
        decisions: [{ id: 'Decision_Steuer', inputs: ['anzahlHunde', 'kampfhund'], outputs: [] }],
      }),
    ],
    [
      'decisionInputAdded',
      'major',
      (c) => ({
        ...c,
        decisions: [
          {
            id: 'Decision_Steuer',
            inputs: ['anzahlHunde', 'kampfhund', 'ort'],
            outputs: ['betrag'],
          },
        ],
      }),
    ],
    [
      'optionalInputAdded',
      'minor',
      (c) => ({ ...c, inputs: [...c.inputs, { id: 'rasse', datentyp: 'text', required: false }] }),
    ],
    [
      'inputRemoved',
      'minor',
      (c) => ({ ...c, inputs: c.inputs.filter((f) => f.id !== 'bemerkung') }),
    ],
    [
      'inputMadeOptional',
      'minor',
      (c) => ({
        ...c,
        inputs: c.inputs.map((f) => (f.id === 'anzahlHunde' ? { ...f, required: false } : f)),
      }),
    ],
    [
      'outputAdded',
      'minor',
      (c) => ({ ...c, outputs: [...c.outputs, { id: 'frist', datentyp: 'date', required: true }] }),
    ],
    [
      'outputMadeRequired',
      'minor',
      (c) => ({
        ...c,
        outputs: c.outputs.map((f) => (f.id === 'hinweis' ? { ...f, required: true } : f)),
      }),
    ],
    [
      'decisionAdded',
      'minor',
      (c) => ({ ...c, decisions: [...c.decisions, { id: 'D2', inputs: [], outputs: ['x'] }] }),
    ],
    [
      'decisionOutputAdded',
      'minor',
      (c) => ({
        ...c,
        decisions: [
          {
            id: 'Decision_Steuer',
            inputs: ['anzahlHunde', 'kampfhund'],
            outputs: ['betrag', 'grund'],
          },
        ],
      }),
    ],
    [
      'decisionInputRemoved',
      'minor',
      (c) => ({
        ...c,
        decisions: [{ id: 'Decision_Steuer', inputs: ['anzahlHunde'], outputs: ['betrag'] }],
      }),
    ],
  ]

  it.each(cases)('%s needs a %s bump', (kind, bump, change) => {
    const next = variant(change)
    const changes = interfaceChanges(base, next)
    expect(changes.map((c) => c.kind)).toEqual([kind])
    expect(changes[0]?.bump).toBe(bump)
    expect(changes[0]?.message.de.length).toBeGreaterThan(10)
    expect(changes[0]?.message.en.length).toBeGreaterThan(10)
    expect(requiredBump(base, next)).toBe(bump)
  })

  it('compares nested group members by dotted path', () => {
    const next = variant((c) => ({
      ...c,
      inputs: c.inputs.map((f) =>
        f.id === 'halter'
          ? {
              ...f,
              felder: [
                { id: 'name', datentyp: 'text', required: true },
                { id: 'telefon', datentyp: 'text', required: true },
              ],
            }
          : f
      ),
    }))
    const changes = interfaceChanges(base, next)
    expect(changes).toMatchObject([
      { kind: 'inputMadeRequired', subject: 'halter.telefon', bump: 'major' },
    ])
    expect(changes[0]?.message.de).toContain('„halter.telefon“')
  })

  it('takes the largest bump when changes are mixed', () => {
    const next = variant((c) => ({
      ...c,
      inputs: [...c.inputs, { id: 'rasse', datentyp: 'text', required: false }],
      outputs: c.outputs.filter((f) => f.id !== 'hinweis'),
    }))
    expect(
      interfaceChanges(base, next)
        .map((c) => c.bump)
        .sort()
    ).toEqual(['major', 'minor'])
    expect(requiredBump(base, next)).toBe('major')
  })
})

type BumpKindCase = 'major' | 'minor'
