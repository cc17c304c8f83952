import PouchDB from 'pouchdb-browser';
import { openRemote, type PouchLike, type TeamServer } from './replicate';

/**
 * PouchDB in the extension origin: the local replica lives in IndexedDB (pouchdb-browser's idb adapter), so
 * page scripts cannot reach it, and the last replicated state survives browser and worker restarts.
 */
export const LOCAL_REPLICA_NAME = 'publish-guard-team';

export function openLocalReplica(name = LOCAL_REPLICA_NAME): PouchLike {
  return new PouchDB(name, { auto_compaction: true });
}

export function openTeamRemote(server: TeamServer): PouchLike {
  return openRemote(PouchDB, server);
}
