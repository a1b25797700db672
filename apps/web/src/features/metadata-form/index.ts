export { MetadataForm } from './MetadataForm'
export type { MetadataFormProps } from './MetadataForm'
export { focusMetadataField } from './focusField'
