import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseBpmn, readBpmnFacts } from '@bauplan/domain'
import { describe, expect, it } from 'vitest'
import { assessTaskName } from './taskNames'

const MODELS_DIR = fileURLToPath(new URL('../../../../../models', import.meta.url))

/** Every activity name of the reference models (tasks, call activities, sub-processes). */
async function activityNamesInModels(): Promise<string[]> {
  const names: string[] = []
  for (const collection of ['bausteine', 'verfahren']) {
    for (const slug of readdirSync(join(MODELS_DIR, collection))) {
      const dir = join(MODELS_DIR, collection, slug)
      for (const file of readdirSync(dir).filter((name) => name.endsWith('.bpmn'))) {
        const { definitions } = await parseBpmn(readFileSync(join(dir, file), 'utf8'))
        if (!definitions) throw new Error(`${file} did not parse`)
        for (const node of readBpmnFacts(definitions).flowNodes) {
          if (/Task$|CallActivity$|SubProcess$|Transaction$/.test(node.type) && node.name) {
            names.push(node.name)
          }
        }
      }
    }
  }
  return names
}

describe('assessTaskName', () => {
  it('accepts every activity name of the reference models', async () => {
    const names = await activityNamesInModels()
    // The models hold well over a hundred activities; a broken reader must not pass vacuously.
    expect(names.length).toBeGreaterThan(100)
    const refused = names.filter((name) => !assessTaskName(name).ok)
    expect(refused).toEqual([])
  })

  it.each([
    ['Prüfung', 'singleWord', 'Prüfung'],
    ['Antrag', 'singleWord', 'Antrag'],
    ['Bescheid', 'singleWord', 'Bescheid'],
    ['Prüfen', 'singleWord', 'Prüfen'],
    ['Antragsprüfung', 'singleWord', 'Antragsprüfung'],
    ['Prüfung des Antrags', 'noVerb', 'Antrags'],
    ['Bescheid über Gebühren', 'noVerb', 'Gebühren'],
    ['Unterlagen und Daten', 'noVerb', 'Daten'],
    ['Antrag eingegangen', 'participle', 'eingegangen'],
    ['Bescheid bekanntgegeben', 'participle', 'bekanntgegeben'],
    ['Antrag geprüft', 'participle', 'geprüft'],
    ['Antrag abgelehnt', 'participle', 'abgelehnt'],
    ['Unterlagen zusammen', 'noVerb', 'zusammen'],
    ['Antrag an den', 'noVerb', 'den'],
  ] as const)('refuses „%s“ (%s)', (name, reason, word) => {
    expect(assessTaskName(name)).toEqual({ ok: false, reason, word })
  })

  it.each([
    'Antrag prüfen',
    'Bescheid bekanntgeben',
    'Daten an Register übermitteln',
    'Zahlung abwickeln',
    'Vorgang zur E-Akte nehmen',
    'Antrag Prüfen',
    'Unterlagen prüfen (ggf. mit Fachamt)',
    'Gebühr berechnen und festsetzen.',
    'Hinweis   zur fehlenden\nAnzeigepflicht senden',
    'Vorgang zu den Akten tun',
    '„Antrag“ prüfen?',
  ])('accepts „%s“', (name) => {
    expect(assessTaskName(name)).toEqual({ ok: true })
  })
})
