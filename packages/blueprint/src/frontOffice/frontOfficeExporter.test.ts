import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import type { BundleFile } from '../model/exportTypes'
import { REFERENCE_PROCEDURES, referenceProcedure } from '../parts/testSupport'
import { frontOfficeExporter } from './frontOfficeExporter'

// Each test parses and checks a whole procedure with its blocks; in a full parallel run on two
// cores that can take longer than the default five seconds.
vi.setConfig({ testTimeout: 30_000 })

const options = { flavour: 'neutral', locale: 'de' } as const
const decoder = new TextDecoder()

function json(files: BundleFile[], path: string): Record<string, unknown> {
  const file = files.find((candidate) => candidate.path === path)
  if (!file) throw new Error(`${path} missing`)
  return JSON.parse(decoder.decode(file.content)) as Record<string, unknown>
}

function compile(schema: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: true, allErrors: true })
  addFormats(ajv)
  return ajv.compile(schema)
}

describe('front office of every reference procedure', () => {
  for (const slug of REFERENCE_PROCEDURES) {
    it(`${slug}: files match the golden copies and the application schema compiles`, async () => {
      const files = frontOfficeExporter(await referenceProcedure(slug), options)
      expect(files.map((file) => file.path)).toEqual([
        'front-office/antrag.form.json',
        'front-office/antrag.schema.json',
        'front-office/buergerschritte.json',
        'front-office/fit-connect-metadaten.json',
        'front-office/leistungsbeschreibung.json',
      ])
      for (const file of files) {
        await expect(decoder.decode(file.content)).toMatchFileSnapshot(
          `./__golden__/${slug}/${file.path.replace('front-office/', '')}`
        )
      }
      expect(() => compile(json(files, 'front-office/antrag.schema.json'))).not.toThrow()
      const steps = json(files, 'front-office/buergerschritte.json').schritte as unknown[]
      expect(steps.length).toBeGreaterThan(0)
    })
  }

  it('is deterministic: two exports give the same bytes', async () => {
    const procedure = await referenceProcedure('gewerbe-anmelden')
    const first = frontOfficeExporter(procedure, options)
    const second = frontOfficeExporter(procedure, options)
    expect(second).toEqual(first)
  })
})

describe('application schema (Hundesteuer)', () => {
  const valid = {
    halter: { familienname: 'Muster', vornamen: 'Erika', geburtsdatum: '1980-04-01' },
    anschrift: {
      strasse: 'Hauptstraße',
      hausnummer: '1',
      postleitzahl: '01468',
      ort: 'Moritzburg',
    },
    kontakt: { email: 'erika@example.org' },
    hund: {
      rasse: 'Dackel',
      geburtsdatumHund: '2024-02-01',
      haltungsbeginn: '2026-10-01',
      gefaehrlicherHund: false,
      weitereHundeImHaushalt: 0,
    },
    befreiung: { befreiungBeantragt: false },
  }

  async function validator() {
    const files = frontOfficeExporter(await referenceProcedure('hundesteuer-anmelden'), options)
    return compile(json(files, 'front-office/antrag.schema.json'))
  }

  it('accepts a complete application', async () => {
    const validate = await validator()
    expect(validate(valid), JSON.stringify(validate.errors)).toBe(true)
  })

  it('rejects a wrong postcode, a missing required field and an unknown field', async () => {
    const validate = await validator()
    expect(validate({ ...valid, anschrift: { ...valid.anschrift, postleitzahl: '1468' } })).toBe(
      false
    )
    expect(validate.errors?.[0]?.instancePath).toBe('/anschrift/postleitzahl')
    const { rasse: _rasse, ...hundOhneRasse } = valid.hund
    expect(validate({ ...valid, hund: hundOhneRasse })).toBe(false)
    expect(validate({ ...valid, hund: { ...valid.hund, farbe: 'braun' } })).toBe(false)
  })

  it('requires the purpose and the proof only when an exemption is requested', async () => {
    const validate = await validator()
    const requested = { ...valid, befreiung: { befreiungBeantragt: true } }
    expect(validate(requested)).toBe(false)
    const withProof = {
      ...valid,
      befreiung: {
        befreiungBeantragt: true,
        zweck: 'Blindenfuehrhund',
        nachweisBefreiung: [
          {
            attachmentId: '0f8f7c62-7a4f-4c1b-9a4e-2b1f3c4d5e6f',
            filename: 'ausweis.pdf',
            mimeType: 'application/pdf',
            size: 1200,
          },
        ],
      },
    }
    expect(validate(withProof), JSON.stringify(validate.errors)).toBe(true)
    expect(
      validate({ ...withProof, befreiung: { ...withProof.befreiung, zweck: 'Schosshund' } })
    ).toBe(false)
    // A purpose given without requesting an exemption is data for a question that was not asked.
    expect(
      validate({ ...valid, befreiung: { befreiungBeantragt: false, zweck: 'Diensthund' } })
    ).toBe(false)
  })
})

describe('FIT-Connect metadata template', () => {
  it('names the Leistung as a LeiKa URN and the application schema by its $id', async () => {
    const files = frontOfficeExporter(await referenceProcedure('hundesteuer-anmelden'), options)
    const metadata = json(files, 'front-office/fit-connect-metadaten.json')
    expect(metadata).toMatchObject({
      vorlage: {
        publicServiceType: { identifier: 'urn:de:fim:leika:leistung:99102013104000' },
        contentStructure: {
          data: {
            submissionSchema: { schemaUri: json(files, 'front-office/antrag.schema.json').$id },
          },
          attachments: [{ purpose: 'attachment', description: 'Nachweis für die Steuerbefreiung' }],
        },
      },
    })
  })
})

describe('the form definition the web app renders in its browser test', () => {
  // apps/web keeps a copy (it does not depend on this package); this keeps the copy honest.
  const copy = new URL(
    '../../../../apps/web/src/features/blueprint-preview/fixtures/hundesteuer-anmelden.form.json',
    import.meta.url
  )
  it('is what the exporter writes for Hundesteuer', async () => {
    const files = frontOfficeExporter(await referenceProcedure('hundesteuer-anmelden'), options)
    expect(JSON.parse(readFileSync(copy, 'utf8'))).toEqual(
      json(files, 'front-office/antrag.form.json')
    )
  })
})
