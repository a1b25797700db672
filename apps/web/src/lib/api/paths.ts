/**
 * API paths. Block ids are URNs (`urn:bauplan:baustein:sn:x`): every path segment goes through
 * encodeURIComponent, so the colons and any other character reach the server intact.
 */
export const apiPaths = {
  session: '/api/session',
  password: '/api/session/password',
  tokens: '/api/tokens',
  token: (id: string) => `/api/tokens/${encodeURIComponent(id)}`,
  organisations: '/api/organisations',
  bausteine: '/api/bausteine',
  block: (id: string) => `/api/bausteine/${encodeURIComponent(id)}`,
  versions: (id: string) => `${apiPaths.block(id)}/versionen`,
  version: (id: string, version: string) =>
    `${apiPaths.versions(id)}/${encodeURIComponent(version)}`,
  file: (id: string, version: string, name: string) =>
    `${apiPaths.version(id, version)}/dateien/${encodeURIComponent(name)}`,
  zip: (id: string, version: string) => `${apiPaths.version(id, version)}/zip`,
  drafts: (id: string) => `${apiPaths.block(id)}/entwuerfe`,
  variants: (id: string) => `${apiPaths.block(id)}/varianten`,
  diff: (id: string) => `${apiPaths.block(id)}/diff`,
  blockAudit: (id: string) => `${apiPaths.block(id)}/audit`,
  submit: (id: string, version: string) => `${apiPaths.version(id, version)}/einreichen`,
  approve: (id: string, version: string) => `${apiPaths.version(id, version)}/freigeben`,
  reject: (id: string, version: string) => `${apiPaths.version(id, version)}/zurueckweisen`,
  deprecate: (id: string, version: string) => `${apiPaths.version(id, version)}/abkuendigen`,
  audit: '/api/audit',
  notifications: '/api/benachrichtigungen',
  notificationsRead: '/api/benachrichtigungen/gelesen',
  mySubmissions: '/api/benachrichtigungen/einreichungen',
  check: '/api/pruefen',
} as const
