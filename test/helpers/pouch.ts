import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';

/** PouchDB for Node tests and benchmarks: in-memory local databases, HTTP remotes, replication. */
export const NodePouch = PouchDB.plugin(memory).plugin(http).plugin(replication);

let counter = 0;
/** A fresh in-memory local database (the stand-in for the extension's IndexedDB replica). */
export function memoryDb(label: string) {
  counter++;
  return new NodePouch(`${label}-${process.pid}-${counter}`, { adapter: 'memory' });
}
