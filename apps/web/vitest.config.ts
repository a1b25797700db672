import { defineProject } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { playwright } from '@vitest/browser-playwright'
import { headlessChromium } from '../../vitest.chromium'

// Component tests run in real Chromium (Debian's /usr/bin/chromium): bpmn-js and dmn-js need real
// SVG geometry, which jsdom cannot provide.
export default defineProject({
  plugins: [react()],
  // Pre-bundle the heavy CommonJS/ESM mixes up front: discovered mid-run, Vite would reload the
  // page during the tests of a fresh clone ("Vite unexpectedly reloaded a test").
  optimizeDeps: {
    include: [
      'bpmn-js/lib/Modeler',
      'bpmn-js/lib/NavigatedViewer',
      'bpmn-js/lib/Viewer',
      'dmn-js/lib/Modeler',
      'bpmn-js-properties-panel',
      'bpmn-js-bpmnlint',
      '@bauplan/lint > bpmnlint',
      '@bauplan/lint > bpmnlint-utils',
      '@bauplan/dmn-engine > feelin',
      '@bauplan/domain > bpmn-moddle',
      '@bauplan/domain > dmn-moddle',
      '@bauplan/domain > ajv/dist/2020',
      '@bauplan/domain > ajv-formats',
      '@bauplan/domain > ajv-i18n/localize/de',
      '@bauplan/domain > ajv-i18n/localize/en',
      '@bauplan/domain > semver',
      'react',
      'react-dom',
      'react-dom/client',
      'vitest-browser-react',
      'axe-core',
      '@bpmn-io/form-js-viewer',
      // Collaboration: one Yjs for the app and @bauplan/collab (a copy discovered mid-run would be
      // a second Yjs, whose types fail every instanceof of the first).
      'yjs',
      'y-websocket',
      '@bauplan/collab > y-protocols/sync',
      '@bauplan/collab > y-protocols/auth',
      '@bauplan/collab > y-protocols/awareness',
      '@bauplan/collab > lib0/decoding',
      '@bauplan/collab > lib0/encoding',
    ],
  },
  test: {
    name: 'web',
    include: ['src/**/*.test.{ts,tsx}'],
    browser: headlessChromium(playwright),
  },
})
