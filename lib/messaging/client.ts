import { browser } from 'wxt/browser';
import type { Reply, Req, RequestType, Res, TabMessageType, TabReq, TabRes } from './protocol';

/** Sends a typed request to the background; throws with the background's message on failure. */
export async function request<T extends RequestType>(type: T, payload: Req<T>): Promise<Res<T>> {
  const reply = (await browser.runtime.sendMessage({ pg: 1, type, payload })) as Reply<Res<T>> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Sends a typed message to the content script of a tab. */
export async function tabRequest<T extends TabMessageType>(
  tabId: number,
  type: T,
  payload: TabReq<T>,
): Promise<TabRes<T>> {
  const reply = (await browser.tabs.sendMessage(tabId, { pg: 1, type, payload })) as Reply<TabRes<T>> | undefined;
  if (!reply) throw new Error(`no reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
