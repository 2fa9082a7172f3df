/** The strings the storage notice needs, in a module of their own so that listing them does not load the notice. */
export const STORAGE_NOTICE_KEYS = [
  'storage.disabled',
  'storage.readonly',
  'storage.full',
  'storage.corrupt',
  'storage.newer',
  'storage.exportNow',
] as const;
