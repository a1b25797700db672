import type { PartExporter } from '../model/exportTypes'
import { jsonFile, sortedFiles } from '../parts/bundleFile'
import { applicationSchema } from './applicationSchema'
import { CITIZEN_STEP_KINDS, citizenSteps } from './citizenSteps'
import { formDefinition } from './formDefinition'
import { serviceDescription } from './serviceDescription'
import { submissionMetadata } from './submissionMetadata'

export const FRONT_OFFICE_DIR = 'front-office'

/** The front-office part: what an online service is built from. Paths are listed in docs/blueprints.md. */
export const frontOfficeExporter: PartExporter = (procedure) => {
  const metadata = procedure.root.metadata
  return sortedFiles([
    jsonFile(`${FRONT_OFFICE_DIR}/leistungsbeschreibung.json`, serviceDescription(metadata)),
    jsonFile(`${FRONT_OFFICE_DIR}/antrag.schema.json`, applicationSchema(metadata)),
    jsonFile(`${FRONT_OFFICE_DIR}/antrag.form.json`, formDefinition(metadata)),
    jsonFile(`${FRONT_OFFICE_DIR}/buergerschritte.json`, {
      arten: CITIZEN_STEP_KINDS,
      schritte: citizenSteps(procedure),
    }),
    jsonFile(`${FRONT_OFFICE_DIR}/fit-connect-metadaten.json`, submissionMetadata(metadata)),
  ])
}
