import { defineProject } from 'vitest/config'
import { playwright } from '@vitest/browser-playwright'
import { headlessChromium } from '../../vitest.chromium'

// The bpmn-js binding runs against real bpmn-js in real Chromium (Debian's /usr/bin/chromium):
// the canvas needs SVG geometry that jsdom cannot provide. Node tests stay in vitest.config.ts.
export default defineProject({
  // Pre-bundled up front: discovered mid-run, Vite would reload the page during the tests.
  optimizeDeps: {
    include: [
      'bpmn-js/lib/Modeler',
      'dmn-js/lib/Modeler',
      'yjs',
      '@bauplan/domain > bpmn-moddle',
      '@bauplan/domain > dmn-moddle',
      '@bauplan/domain > ajv/dist/2020',
      '@bauplan/domain > ajv-formats',
      '@bauplan/domain > ajv-i18n/localize/de',
      '@bauplan/domain > ajv-i18n/localize/en',
      '@bauplan/domain > semver',
    ],
  },
  // The tests read the reference models from the repository's `models/` folder.
  server: { fs: { allow: ['../..'] } },
  test: {
    name: 'collab-browser',
    include: ['src/**/*.browser.test.ts'],
    testTimeout: 60_000,
    browser: { ...headlessChromium(playwright), screenshotFailures: false },
  },
})
