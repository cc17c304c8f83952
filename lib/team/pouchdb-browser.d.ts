// pouchdb-browser ships no type declarations; lib/team/replicate.ts types the API it uses (PouchLike).
declare module 'pouchdb-browser' {
  const PouchDB: import('./replicate').PouchConstructor;
  export default PouchDB;
}
