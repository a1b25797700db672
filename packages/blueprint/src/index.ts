// Public entry point of @bauplan/blueprint; exports are listed explicitly.
export type {
  BackOfficeFlavour,
  BlockVersionFiles,
  BlueprintPart,
  BundleFile,
  DiagramRenderer,
  ExportOptions,
  HandbookLocale,
  PartExporter,
  ResolvedProcedure,
} from './model/exportTypes'
export { BlueprintError } from './model/blueprintError'
export type { BlueprintErrorKind } from './model/blueprintError'

// Sources of blocks: folders in the models/ format; catalogues adapt the interface
export type { BlockSource, CatalogueInfo, SourceBlock, SourceReference } from './source/blockSource'
export { folderBlockSource } from './source/folderSource'
export type { FolderInput } from './source/folderSource'
export { contentHashOf, sha256Hex } from './source/contentHash'

// Resolution, bundle, manifest
export { resolveProcedure } from './resolve/resolveProcedure'
export type { Requester, Resolution, ResolvedBlockInfo } from './resolve/resolveProcedure'
export { buildBundle, BLUEPRINT_TOOL } from './bundle/buildBundle'
export type { Bundle, BundleRequest, PartSelection } from './bundle/buildBundle'
export { PARTS } from './bundle/parts'
export {
  createChromiumRenderer,
  isChromiumAvailable,
  RendererUnavailableError,
} from './parts/index'
export type { ChromiumRenderer, ChromiumRendererOptions } from './parts/index'
export type { HandbookExporter, PartsRegistry } from './bundle/parts'
export { blockFolder, BLOCKS_FOLDER } from './bundle/blockFolder'
export { MANIFEST_FILE, MANIFEST_FORMAT, MANIFEST_FORMAT_VERSION } from './manifest/manifestTypes'
export type {
  BlueprintManifest,
  ManifestBlock,
  ManifestFile,
  ManifestLockEntry,
  ManifestRequester,
} from './manifest/manifestTypes'
export {
  blueprintSchema,
  BLUEPRINT_SCHEMA_ID,
  manifestSchemaProblems,
} from './manifest/manifestSchema'

// Reading and verifying bundles
export { BUNDLE_LIMITS } from './zip/limits'
export type { BundleLimits, ZipLimits } from './zip/limits'
export { readBundleZip } from './zip/readZip'
// The safe zip reader itself, for archives that are not bundles (folder uploads)
export { readZipSafely } from './zip/readZipSafely'
export type { ZipReadRules } from './zip/readZipSafely'
export { ZipRefusal } from './zip/zipRefusal'
export type { ZipRefusalReason } from './zip/zipRefusal'
export { writeDeterministicZip } from './zip/writeZip'
export { verifyBundle, readVerifiedBundle } from './verify/verifyBundle'
export { VERIFY_CHECKS } from './verify/verifyTypes'
export type { CheckOutcome, VerifiedBundle, VerifyCheck, VerifyReport } from './verify/verifyTypes'
