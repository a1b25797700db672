/**
 * The suggested id of a variant: the origin's last segment under the target organisation,
 * `urn:bauplan:baustein:sn:identitaet-pruefen` → `urn:bauplan:baustein:dresden:identitaet-pruefen`.
 */
export function suggestVariantId(originId: string, organisationId: string): string {
  const slug = originId.split(':').pop() ?? 'baustein'
  return `urn:bauplan:baustein:${organisationId}:${slug}`
}
