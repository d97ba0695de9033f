/**
 * The saved state's key in localStorage and the version this build writes, apart from storage.ts so that the inline
 * boot and the page-enhancements module can write theme and visit records without loading the store's validation.
 * Bump the version together with a new entry in MIGRATIONS (storage.ts).
 */
export const STATE_KEY = 'critical-path:state';
export const STATE_VERSION = 1;
