import { describe, expect, it } from 'vitest'
import { canonicalJson, computeContentHash, sha256Hex } from './contentHash'

describe('canonicalJson', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [true, null], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[true,null]},"b":1}'
    )
  })

  it('keeps array order, which carries meaning', () => {
    expect(canonicalJson([2, 1])).toBe('[2,1]')
  })
})

describe('computeContentHash', () => {
  const bpmn = { name: 'a.bpmn', mediaType: 'application/xml', sha256: sha256Hex('<bpmn/>') }
  const json = { name: 'baustein.json', mediaType: 'application/json', sha256: sha256Hex('{}') }

  it('does not depend on key order or file order', () => {
    const one = computeContentHash({ metadata: { a: 1, b: 2 }, files: [bpmn, json] })
    const two = computeContentHash({ metadata: { b: 2, a: 1 }, files: [json, bpmn] })
    expect(one).toBe(two)
    expect(one).toMatch(/^[0-9a-f]{64}$/)
  })

  it('changes when metadata, a file byte or a media type changes', () => {
    const base = computeContentHash({ metadata: { a: 1 }, files: [bpmn] })
    expect(computeContentHash({ metadata: { a: 2 }, files: [bpmn] })).not.toBe(base)
    expect(
      computeContentHash({
        metadata: { a: 1 },
        files: [{ ...bpmn, sha256: sha256Hex('<bpmn />') }],
      })
    ).not.toBe(base)
    expect(
      computeContentHash({ metadata: { a: 1 }, files: [{ ...bpmn, mediaType: 'text/xml' }] })
    ).not.toBe(base)
  })

  it('is the sha256 of the documented canonical text', () => {
    const expected = sha256Hex(
      `bauplan-content-v1\n{"files":[{"mediaType":"application/xml","name":"a.bpmn","sha256":"${bpmn.sha256}"}],"metadata":{"a":1}}`
    )
    expect(computeContentHash({ metadata: { a: 1 }, files: [bpmn] })).toBe(expected)
  })
})
