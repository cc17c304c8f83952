import type { QueueItemView, QueuePage, TeamStatus } from '../../lib/background/team';
import { request } from '../../lib/messaging/client';
import type { Req } from '../../lib/messaging/protocol';
import type { TrailRow } from '../../lib/team/derive';
import type { SyncReport, SyncState } from '../../lib/team/replicate';

/** Typed calls of the team requests (the protocol validates requests; these replies come from our background). */
export const teamApi = {
  status: () => request('team/status', {}) as Promise<TeamStatus>,
  sync: () => request('team/sync', {}) as Promise<SyncReport | null>,
  queue: (p: Req<'team/queue'>) => request('team/queue', p) as Promise<QueuePage>,
  item: (hash: string) => request('team/item', { hash }) as Promise<QueueItemView | null>,
  trail: () => request('team/trail', {}) as Promise<{ rows: TrailRow[]; rejected: number; sync: SyncState }>,
};

export const LEVEL_NAMES = ['', '初审', '复审', '终审'] as const;
