// PouchDB packages ship no type declarations; lib/team/replicate.ts types the API it uses (PouchLike).
declare module 'pouchdb-core' {
  interface PouchStatic {
    new (
      name: string,
      opts?: Record<string, unknown>,
    ): import('../../lib/team/replicate').PouchLike & {
      destroy(): Promise<void>;
      info(): Promise<{ doc_count: number; update_seq: number | string }>;
    };
    plugin(plugin: unknown): PouchStatic;
  }
  const PouchDB: PouchStatic;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
