/**
 * What the server does once at start-up, after the store is open (which applied the migrations):
 * make sure an admin exists (printing a fresh one-time password only when one was just created),
 * import the reference catalogue from models/ exactly once, and, with BAUPLAN_DEMO=1, the demo
 * organisations and users. Each step is idempotent, so restarts change nothing.
 */
import path from 'node:path'
import { ensureAdmin, seedDemo, seedFromModels, type CatalogueStore } from '@bauplan/catalogue'
import { readAllModelFolders, type ModelFolder } from '@bauplan/models'
import { adminPasswordBox } from './adminPasswordBox'

export interface BootstrapOptions {
  /** Import models/ (default true); tests of other things switch it off for speed. */
  seedModels?: boolean
  /** Seed demo organisations and users (BAUPLAN_DEMO=1). */
  demo?: boolean
  /** Where the one-time password goes; the server passes stdout. */
  print: (text: string) => void
  /** The reference folders; default all of models/. */
  readModels?: () => Promise<ModelFolder[]>
}

export interface BootstrapReport {
  adminCreated: boolean
  modelsSeeded: boolean
  demoSeeded: boolean
}

export async function bootstrap(
  store: CatalogueStore,
  options: BootstrapOptions
): Promise<BootstrapReport> {
  const admin = await ensureAdmin(store)
  if (admin.created) options.print(adminPasswordBox(admin.username, admin.oneTimePassword))
  let modelsSeeded = false
  if (options.seedModels !== false) {
    const folders = await (options.readModels ?? readAllModelFolders)()
    const result = await seedFromModels(
      store,
      folders.map((folder) => ({ name: seedName(folder), files: folder.files }))
    )
    modelsSeeded = result.seeded
  }
  const demo = options.demo === true ? await seedDemo(store) : { seeded: false }
  return { adminCreated: admin.created, modelsSeeded, demoSeeded: demo.seeded }
}

/** `bausteine/identitaet-pruefen`: collection and folder, as the audit log names the source. */
function seedName(folder: ModelFolder): string {
  return `${path.basename(path.dirname(folder.dir))}/${folder.slug}`
}
