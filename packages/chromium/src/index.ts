// @bauplan/chromium: which Chromium Bauplan starts and with which flags (renderer, tests, benchmarks).
export { CHROMIUM_ARGS } from './launchArgs'
export { chromiumExecutablePath, DEFAULT_CHROMIUM_PATH } from './executablePath'
