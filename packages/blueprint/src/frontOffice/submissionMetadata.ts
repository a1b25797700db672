import type { Baustein, Datenfeld } from '@bauplan/domain'
import { applicationFields } from './applicationFields'
import { applicationSchemaId } from './applicationSchema'
import { multiplicity } from './multiplicity'

export const FIT_CONNECT_METADATA_SCHEMA =
  'https://schema.fitko.de/fit-connect/metadata/1.0.0/metadata.schema.json'

/** Marks a value the online service fills in for each submission. */
const placeholder = (what: string) => `{{${what}}}`

/**
 * A template for the FIT-Connect submission metadata (schema 1.0.0) of this procedure: the fixed
 * parts (public service type, submission schema, which attachments and which authentication and
 * payment information to send) filled from the metadata, the per-submission values as `{{…}}`
 * placeholders listed in `platzhalter`.
 */
export function submissionMetadata(metadata: Baustein): Record<string, unknown> {
  const leistung = metadata.leistungen?.[0]
  const payment = (metadata.kosten ?? []).some((kosten) => kosten.vorkasse === true)
  const attachments = attachmentFields(applicationFields(metadata))
  const template = {
    $schema: FIT_CONNECT_METADATA_SCHEMA,
    contentStructure: {
      data: {
        submissionSchema: {
          schemaUri: applicationSchemaId(metadata),
          mimeType: 'application/json',
        },
        hash: { type: 'sha512', content: placeholder('sha512 der Antragsdaten') },
      },
      attachments: attachments.map((attachment) => ({
        attachmentId: placeholder(`UUIDv4 der Anlage ${attachment.datenfeld}`),
        hash: { type: 'sha512', content: placeholder(`sha512 der Anlage ${attachment.datenfeld}`) },
        mimeType: placeholder(`einer von ${attachment.mimeTypes.join(', ') || 'beliebig'}`),
        purpose: 'attachment',
        description: attachment.bezeichnung,
      })),
    },
    publicServiceType: leistung
      ? {
          identifier: `urn:de:fim:leika:leistung:${leistung.leistungsschluessel}`,
          name: leistung.bezeichnung ?? metadata.bezeichnung ?? metadata.name,
        }
      : // Without a LeiKa key FIT-Connect accepts another unique URN for the time being: the block id.
        { identifier: metadata.id, name: metadata.bezeichnung ?? metadata.name },
    ...(metadata.vertrauensniveau !== undefined &&
    metadata.vertrauensniveau !== 'basisregistrierung'
      ? {
          authenticationInformation: [
            {
              type: 'identificationReport',
              version: placeholder('Version des Identifikationsberichts'),
              content: placeholder(
                `Identifikationsbericht, Vertrauensniveau ${metadata.vertrauensniveau}`
              ),
            },
          ],
        }
      : {}),
    ...(payment
      ? {
          paymentInformation: {
            transactionId: placeholder('Transaktions-ID der Bezahlplattform'),
            transactionReference: placeholder('Kassenzeichen'),
            paymentMethod: placeholder('GIROPAY|PAYDIRECT|CREDITCARD|PAYPAL|INVOICE|OTHER'),
            status: placeholder('INITIAL|BOOKED|FAILED|CANCELED'),
          },
        }
      : {}),
  }
  return {
    vorlage: template,
    anlagen: attachments,
    vertrauensniveau: metadata.vertrauensniveau,
    zahlungVorEinreichung: payment,
    platzhalter: {
      de: 'Werte in {{…}} setzt der Onlinedienst für jede Einreichung; alle anderen Werte sind fest.',
      en: 'Values in {{…}} are set by the online service for each submission; all other values are fixed.',
    },
  }
}

interface AttachmentField {
  datenfeld: string
  bezeichnung: string
  mimeTypes: string[]
  maxGroesseByte?: number
  min: number
  max: number | '*'
}

function attachmentFields(fields: readonly Datenfeld[]): AttachmentField[] {
  const found: AttachmentField[] = []
  const walk = (list: readonly Datenfeld[], path: string[]) => {
    for (const field of list) {
      const here = [...path, field.id]
      if (field.datentyp === 'file') {
        const { min, max } = multiplicity(field)
        found.push({
          datenfeld: here.join('.'),
          bezeichnung: field.name,
          mimeTypes: [...(field.mediaType ?? [])],
          ...(field.maxSize !== undefined ? { maxGroesseByte: field.maxSize } : {}),
          min: field.bedingung === undefined ? min : 0,
          max: max ?? '*',
        })
      }
      if (field.felder) walk(field.felder, here)
    }
  }
  walk(fields, [])
  return found
}
