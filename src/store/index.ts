/** The store's public surface: the interface, the SQLite implementation, and ingest. */
export * from './store.ts';
export { SqliteStore } from './sqlite/sqlite-store.ts';
export { SCHEMA_VERSION } from './sqlite/migrations.ts';
export { toFtsQuery } from './fts-query.ts';
export { slugify } from './slug.ts';
