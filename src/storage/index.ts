/** The storage API for extension pages and the background (see README in the report / each module's header). */
export { DB_NAME, DB_VERSION, getDb, openDatabase, type Db, type SourcelightDB } from './db';
export { canonicalizeUrl, registrableDomain, siteOf } from './canonical-url';
export { BLOCKED_MESSAGE, QUOTA_MESSAGE, StorageError, isQuotaError, toStorageError } from './errors';
export {
  claimsForPageInfo,
  countClaims,
  deleteAllData,
  deleteClaim,
  getClaim,
  getPage,
  listClaims,
  listClaimsForPage,
  listCorrections,
  listPages,
  listRecentClaims,
  pageKey,
  restoreClaim,
  saveClaim,
  saveCorrection,
  updateClaim,
  updatePageProfile,
  upsertPage,
  type SaveResult,
} from './library';
export { exportData, exportJson, importData, importJson, type ImportSummary } from './transfer';
export { requestPersistentStorage } from './persist';
