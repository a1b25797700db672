/**
 * People who edit one draft together, each in a browser context of their own (own cookies, own
 * network): the demo analyst, a second analyst of the same organisation created through the admin
 * API, and the organisation's curator, who may read drafts but not write them.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { newPage } from './browser'
import { controlCollabNetwork, type CollabNetwork } from './collabNetwork'
import { explainFailure } from './failureShots'
import { callApi, draftsApiPath } from './pageApi'
import { logIn, POLL, processCanvas, versionPath } from './workbench'

export const ADMIN = 'admin@demo.example'
/** The organisation that owns the reference catalogue (and whose analysts may write its drafts). */
const OWNER = 'sn-koordinierungsstelle'

export interface CollabAccount {
  username: string
  /** As the presence bar names the person. */
  displayName: string
}

export const FIRST_ANALYST: CollabAccount = {
  username: 'analyst@koordinierung.example',
  displayName: 'Modellierer Koordinierungsstelle',
}
export const SECOND_ANALYST: CollabAccount = {
  username: 'zweite.analystin@koordinierung.example',
  displayName: 'Zweite Modelliererin Koordinierungsstelle',
}
export const CURATOR: CollabAccount = {
  username: 'kurator@koordinierung.example',
  displayName: 'Kuratorin Koordinierungsstelle',
}

export interface Person {
  account: CollabAccount
  context: BrowserContext
  page: Page
  network: CollabNetwork
}

/** A signed-in person in a fresh context whose collaboration connection the test can cut. */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  account: CollabAccount
): Promise<Person> {
  const { context, page } = await newPage(browser, baseUrl)
  try {
    const network = await controlCollabNetwork(context)
    await logIn(page, account.username)
    return { account, context, page, network }
  } catch (error) {
    await context.close()
    throw error
  }
}

/**
 * Creates the second analyst through the admin API, with the demo password so `logIn` works for
 * them like for the demo accounts. The suite's server is fresh, but a file run twice against one
 * server (while developing) finds them there already, which is fine.
 */
export async function createSecondAnalyst(adminPage: Page): Promise<void> {
  const answer = await callApi(adminPage, 'POST', '/api/users', {
    username: SECOND_ANALYST.username,
    displayName: SECOND_ANALYST.displayName,
    email: SECOND_ANALYST.username,
    password: 'bauplan-demo',
    roles: [{ organisationId: OWNER, role: 'modellierer' }],
  })
  expect([201, 409], answer.text).toContain(answer.status)
}

/** Opens a new draft of a published reference block over the API; returns its version. */
export async function openDraftOf(analystPage: Page, blockId: string): Promise<string> {
  const answer = await callApi(analystPage, 'POST', draftsApiPath(blockId), {})
  expect(answer.status, answer.text).toBe(201)
  return (JSON.parse(answer.text) as { version: { version: string } }).version.version
}

export function editorPath(blockId: string, version: string): string {
  return `${versionPath(blockId, version)}/bearbeiten`
}

/** The editor's root: it carries the shared draft's connection and rights (`data-collab-*`). */
export function editorOf(page: Page) {
  return page.locator('.bauplan-editor')
}

/** The shared draft's connection as the editor shows it: connecting, online, offline, stopped. */
export function connectionOf(page: Page): Promise<string | null> {
  return editorOf(page).getAttribute('data-collab-status')
}

/** The save indicator's state: saved, saving, unsaved, offline, readOnly, failed. */
export function saveStateOf(page: Page): Promise<string | null> {
  return page.locator('[data-save-state]').getAttribute('data-save-state')
}

/** Opens the draft's editor; resolves once the diagram is drawn and the document synced (`online`). */
export async function openEditor(person: Person, blockId: string, version: string): Promise<void> {
  const { page } = person
  await page.goto(editorPath(blockId, version))
  await processCanvas(page).locator('.bauplan-process-modeler[data-ready="true"]').waitFor()
  await expect.poll(() => connectionOf(page), POLL).toBe('online')
}

/** Waits until the person's editor is online and the server acknowledged all their changes. */
export async function expectSaved(person: Person): Promise<void> {
  await expect.poll(() => connectionOf(person.page), POLL).toBe('online')
  await expect.poll(() => saveStateOf(person.page), POLL).toBe('saved')
}

/**
 * Closes everyone's context; a failure first gets a screenshot of every page (each named after
 * the test and the person), all of them listed in the error.
 */
export async function closeAll(people: Person[], label: string, failure?: unknown): Promise<void> {
  let error = failure
  if (error !== undefined) {
    for (const [index, person] of people.entries()) {
      try {
        await explainFailure(person.page, `${label}-${index + 1}`, error)
      } catch (explained) {
        error = explained
      }
    }
  }
  await Promise.all(people.map((person) => person.context.close().catch(() => undefined)))
  if (error !== undefined) throw error
}
