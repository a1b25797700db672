// @bauplan/models: the reference content and a reader for the folder format.
export {
  MODELS_DIR,
  MODEL_COLLECTIONS,
  FOLDER_LIMITS,
  FolderReadError,
  readModelFolder,
  listModelFolders,
  readAllModelFolders,
} from './readModelFolder'
export type { ModelFolder, ModelCollection } from './readModelFolder'
