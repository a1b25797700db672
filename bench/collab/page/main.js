// The render benchmark's page (bundled by renderPage.ts with Vite): bpmn-js's Modeler bound to a
// Y.Doc with @bauplan/collab's bindBpmnModeler, and a second Y.Doc in the same page as the remote
// peer. The peer makes one edit at a time with @bauplan/collab's operations (rename, move,
// create + connect, delete); the page applies the peer's update to the bound document and measures
// from just before `Y.applyUpdate` until the changed element is in the DOM and a frame has been
// painted. Results go to `window.__bench` for the benchmark to read.
/* global window, document, requestAnimationFrame */
import 'bpmn-js/dist/assets/diagram-js.css'
import 'bpmn-js/dist/assets/bpmn-js.css'
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css'
import Modeler from 'bpmn-js/lib/Modeler'
import * as Y from 'yjs'
import { bauplanModdleDescriptor } from '@bauplan/domain'
import {
  bindBpmnModeler,
  connect,
  createSeedUpdate,
  createShape,
  deleteElement,
  deriveFiles,
  moveShape,
  rename,
} from '@bauplan/collab'

const PEER = 'bench:peer'
const REMOTE = 'bench:remote'
const PARTICIPANT = 'Participant_Behoerde'
const KINDS = ['rename', 'move', 'create+connect', 'delete']
const MAX_FRAMES = 600

window.__bench = { status: 'running', results: [], problems: [] }

/** Resolves after the next frame has been painted: a task queued from rAF runs after the paint. */
function afterNextPaint() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve()
      channel.port2.postMessage(0)
    })
  })
}

function inDom(registry, id) {
  const gfx = registry.getGraphics(id)
  return gfx !== undefined && gfx !== null && document.contains(gfx)
}

function translateX(gfx) {
  const transform = gfx.transform.baseVal.consolidate()
  return transform ? transform.matrix.e : Number.NaN
}

function compact(text) {
  return text.replace(/\s+/g, '')
}

async function main() {
  const params = new URLSearchParams(window.location.search)
  const edits = Number(params.get('edits') ?? 200)
  const warmup = Number(params.get('warmup') ?? 20)
  const { files, bpmnFile, tasks } = await (await fetch('./draft.json')).json()
  const seed = await createSeedUpdate(files)
  if (seed.problems.length > 0) throw new Error(JSON.stringify(seed.problems))
  const local = new Y.Doc()
  const peer = new Y.Doc()
  Y.applyUpdate(local, seed.update)
  Y.applyUpdate(peer, seed.update)
  const xml = (await deriveFiles(local))[bpmnFile]
  const modeler = new Modeler({
    container: document.getElementById('canvas'),
    moddleExtensions: { bauplan: bauplanModdleDescriptor },
  })
  await modeler.importXML(xml)
  modeler.get('canvas').zoom('fit-viewport', 'auto')
  bindBpmnModeler(modeler, local, {
    fileName: bpmnFile,
    origin: { user: 'local' },
    onProblem: (problem) => window.__bench.problems.push(problem.message?.en ?? problem.code),
  })
  const registry = modeler.get('elementRegistry')
  let captured = []
  peer.on('update', (update, origin) => {
    if (origin === PEER) captured.push(update)
  })
  let created = 0
  let lastCreated
  // One edit by the peer; returns the check that the change is drawn.
  const edit = (kind, index) => {
    const task = tasks[index % tasks.length]
    if (kind === 'rename') {
      const name = `Aufgabe ${index} umbenannt`
      rename(peer, PEER, task, name)
      return () =>
        inDom(registry, task) &&
        compact(registry.getGraphics(task).textContent).includes(compact(name))
    }
    if (kind === 'move') {
      const shape = registry.get(task)
      const x = shape.x + (index % 8 < 4 ? 10 : -10)
      moveShape(peer, PEER, { id: task, x, y: shape.y })
      return () => registry.get(task)?.x === x && translateX(registry.getGraphics(task)) === x
    }
    if (kind === 'create+connect') {
      created++
      const shape = registry.get(task)
      const id = `Task_Remote_${created}`
      const flow = `Flow_Remote_${created}`
      const bounds = { x: shape.x + 20, y: shape.y + 100, width: 100, height: 80 }
      peer.transact(() => {
        createShape(peer, PEER, { id, type: 'bpmn:Task', parent: PARTICIPANT, bounds, name: 'Neu' })
        connect(peer, PEER, {
          id: flow,
          source: task,
          target: id,
          waypoints: [
            { x: shape.x + 50, y: shape.y + shape.height },
            { x: shape.x + 50, y: bounds.y },
          ],
        })
      }, PEER)
      lastCreated = id
      return () => inDom(registry, id) && inDom(registry, flow)
    }
    // delete: the task the previous create+connect added (with its flow), so the size stays.
    const gone = lastCreated
    deleteElement(peer, PEER, gone)
    return () =>
      registry.get(gone) === undefined &&
      document.querySelector(`[data-element-id="${gone}"]`) === null
  }
  for (let index = 0; index < warmup + edits; index++) {
    const kind = KINDS[index % KINDS.length]
    captured = []
    const drawn = edit(kind, index)
    if (captured.length !== 1) throw new Error(`${kind} gave ${captured.length} updates`)
    // Settle: the page is idle before the remote update arrives.
    await afterNextPaint()
    await afterNextPaint()
    const start = performance.now()
    Y.applyUpdate(local, captured[0], REMOTE)
    const applied = performance.now()
    let frames = 0
    let visible = drawn()
    await afterNextPaint()
    frames++
    while (!visible && frames < MAX_FRAMES) {
      visible = drawn()
      await afterNextPaint()
      frames++
    }
    const painted = performance.now()
    if (!visible) throw new Error(`${kind} #${index} was not drawn within ${MAX_FRAMES} frames`)
    if (index >= warmup) {
      window.__bench.results.push({
        kind,
        applyMs: applied - start,
        totalMs: painted - start,
        frames,
      })
    }
  }
  window.__bench.shapes = document.querySelectorAll('.djs-shape').length
  window.__bench.status = 'done'
}

main().catch((error) => {
  window.__bench.error = String(error?.stack ?? error)
  window.__bench.status = 'failed'
})
