import { hashPassword } from '../lifecycle/passwords'
import type { NewOrganisation } from '../model/inputs'
import type { Role } from '../model/vocabulary'
import type { CatalogueStore } from '../store'
import { ensureOrganisation, SEED_ORGANISATION } from './seedOrganisation'

/** Meta key recording that the demo organisations and users exist. */
export const DEMO_SEEDED_KEY = 'seed.demo'

/**
 * The password of every demo user. Public on purpose (documented for BAUPLAN_DEMO=1): a demo
 * installation must never hold real data.
 */
export const DEMO_PASSWORD = 'bauplan-demo'

export const DEMO_ORGANISATIONS: readonly NewOrganisation[] = [
  SEED_ORGANISATION,
  { id: 'dresden', name: 'Landeshauptstadt Dresden', kind: 'kommune', bundesland: '14' },
  { id: 'leipzig', name: 'Stadt Leipzig', kind: 'kommune', bundesland: '14' },
  { id: 'chemnitz', name: 'Stadt Chemnitz', kind: 'kommune', bundesland: '14' },
  {
    id: 'it-dienstleister-sachsen',
    name: 'Kommunaler IT-Dienstleister Sachsen (Demo)',
    kind: 'it_dienstleister',
    bundesland: '14',
  },
]

export interface DemoUser {
  /** Also the login name. */
  email: string
  displayName: string
  roles: ReadonlyArray<{ organisationId: string; role: Role }>
}

/** One user per role and organisation a demo needs, including two curators for the four-eyes rule. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    email: 'admin@demo.example',
    displayName: 'Demo-Administration',
    roles: [{ organisationId: SEED_ORGANISATION.id, role: 'admin' }],
  },
  {
    email: 'analyst@koordinierung.example',
    displayName: 'Modellierer Koordinierungsstelle',
    roles: [{ organisationId: SEED_ORGANISATION.id, role: 'modellierer' }],
  },
  {
    email: 'kurator@koordinierung.example',
    displayName: 'Kuratorin Koordinierungsstelle',
    roles: [{ organisationId: SEED_ORGANISATION.id, role: 'kurator' }],
  },
  {
    email: 'analyst@dresden.example',
    displayName: 'Modelliererin Dresden',
    roles: [{ organisationId: 'dresden', role: 'modellierer' }],
  },
  {
    email: 'kurator@dresden.example',
    displayName: 'Kurator Dresden',
    roles: [{ organisationId: 'dresden', role: 'kurator' }],
  },
  {
    email: 'analyst@leipzig.example',
    displayName: 'Modellierer Leipzig',
    roles: [{ organisationId: 'leipzig', role: 'modellierer' }],
  },
  {
    email: 'analyst@chemnitz.example',
    displayName: 'Modelliererin Chemnitz',
    roles: [{ organisationId: 'chemnitz', role: 'modellierer' }],
  },
  {
    email: 'it@dienstleister.example',
    displayName: 'IT-Dienstleister (Demo)',
    roles: [{ organisationId: 'it-dienstleister-sachsen', role: 'it_dienstleister' }],
  },
]

/**
 * Demo organisations and users (BAUPLAN_DEMO=1), once: a meta key records it. Users that already
 * exist (same e-mail) are left as they are, so a demo user whose password was changed keeps it.
 */
export async function seedDemo(store: CatalogueStore): Promise<{ seeded: boolean }> {
  if ((await store.getMeta(DEMO_SEEDED_KEY)) !== null) return { seeded: false }
  // One hash for all: the password is public anyway, and scrypt is deliberately slow.
  const passwordHash = await hashPassword(DEMO_PASSWORD)
  return store.transaction(async (tx) => {
    if ((await tx.getMeta(DEMO_SEEDED_KEY)) !== null) return { seeded: false }
    for (const organisation of DEMO_ORGANISATIONS) await ensureOrganisation(tx, organisation)
    for (const demo of DEMO_USERS) {
      if ((await tx.findUserByEmail(demo.email)) !== null) continue
      const user = await tx.createUser({ displayName: demo.displayName, email: demo.email })
      await tx.createLocalAccount({
        userId: user.id,
        username: demo.email,
        passwordHash,
      })
      for (const role of demo.roles) await tx.grantRole({ userId: user.id, ...role })
    }
    await tx.appendAudit({
      actorId: null,
      action: 'demo.seeded',
      details: { users: DEMO_USERS.length },
    })
    await tx.setMeta(DEMO_SEEDED_KEY, new Date().toISOString())
    return { seeded: true }
  })
}
