/** Server URLs team mode accepts: https, or plain http on this computer only (a test or a local proxy). */
export function teamUrlProblem(url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '服务器地址无效（例：https://couch.example.gov.cn:6984）';
  }
  if (u.username || u.password) return '服务器地址中不能包含用户名或密码';
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)) return undefined;
  return '服务器地址必须使用 HTTPS（本机 127.0.0.1 / localhost 除外）：密码随每个请求发送';
}

/** The host-permission pattern of a server URL (requested as an optional host permission at set-up). */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}
