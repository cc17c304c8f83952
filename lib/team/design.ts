import { sha256Hex } from '../review/sha256';
import { levelRole, roleName, TEAM_DOC_FORMAT, UNIT_RE } from './docs';

/**
 * The design document and security object `publish-guard team init` installs in a unit's database.
 *
 * What the server enforces (validate_doc_update, run by CouchDB for every write by anyone, server admins
 * included, and by pouchdb-server in the tests):
 *   - only the four document types of lib/team/docs.ts, each with its required fields;
 *   - no update and no delete of any document (immutability; a write that finds an old revision, or that
 *     carries _deleted, is forbidden);
 *   - the id is built from the content and names the author, and the author is the authenticated user;
 *   - submissions and withdrawals only by editors; sign-offs only by reviewers holding the level's role;
 *     audit records by editors, reviewers and unit admins; auditors read only;
 *   - an approval must have all five 关 ticked;
 *   - one sign-off per reviewer per hash (the id), so the levels of one content are always signed by
 *     distinct people.
 * What it cannot see, and the clients verify on read (lib/team/derive.ts): other documents (whether a
 * submission exists for a signed hash, whether the lower level was signed first), that a submission's hash
 * matches its draft, and the truth of claimed times and machine ids. Server admins may create documents of
 * any author so that replication into a backup database works; they can also replace this design document
 * or purge documents — the trust boundary is the server administrator (see docs/team.md).
 */

export const DESIGN_DOC_ID = '_design/publish-guard';
/** Bump when the validator changes in a way clients should know about. */
export const DESIGN_VERSION = 1;

/** ES5 source of the validator (CouchDB's JavaScript engine and pouchdb-server's evaluator both run it). */
export function validatorSource(unit: string): string {
  if (!UNIT_RE.test(unit)) throw new Error(`invalid unit id: ${unit}`);
  const R = (r: 'editor' | 'reviewer' | 'auditor' | 'admin') => JSON.stringify(roleName(unit, r));
  return `function (newDoc, oldDoc, userCtx, secObj) {
  var FORMAT = ${TEAM_DOC_FORMAT};
  var HASH = /^[0-9a-f]{64}$/;
  var NAME = /^[^\\s:\\u0000-\\u001f\\u007f]{1,64}$/;
  var TIME = /^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$/;
  var roles = (userCtx && userCtx.roles) || [];
  function has(role) { return roles.indexOf(role) !== -1; }
  function forbid(message) { throw ({ forbidden: message }); }
  function need(ok, message) { if (!ok) forbid(message); }
  function str(v) { return typeof v === 'string'; }
  function optStr(field) { need(newDoc[field] === undefined || str(newDoc[field]), field + ' must be a string'); }
  var serverAdmin = has('_admin');
  if (!userCtx || !userCtx.name) throw ({ unauthorized: 'log in to write to the team database' });
  if (oldDoc) forbid('team documents are immutable: ' + newDoc._id + ' already exists');
  if (newDoc._deleted) forbid('team documents cannot be deleted');
  var type = newDoc.type;
  need(newDoc.format === FORMAT, 'unsupported document format');
  need(str(newDoc.time) && TIME.test(newDoc.time), 'time must be an ISO 8601 time');
  optStr('machine');
  function own(field) {
    need(str(newDoc[field]) && NAME.test(newDoc[field]), field + ' must be a user name');
    need(serverAdmin || newDoc[field] === userCtx.name, field + ' must be the logged-in user (' + userCtx.name + ')');
  }
  function hashed(prefix, field) {
    need(str(newDoc.hash) && HASH.test(newDoc.hash), 'hash must be a SHA-256 hex digest');
    need(newDoc._id === prefix + ':' + newDoc.hash + ':' + newDoc[field], 'id must be ' + prefix + ':<hash>:<' + field + '>');
  }
  if (type === 'submission') {
    need(serverAdmin || has(${R('editor')}), 'only editors can submit drafts');
    own('submitter');
    hashed('submission', 'submitter');
    need(newDoc.draft && typeof newDoc.draft === 'object' && str(newDoc.draft.body), 'draft.body is required');
    need(str(newDoc.draftKey) && newDoc.draftKey.length > 0, 'draftKey is required');
    need(str(newDoc.platform), 'platform is required');
    need(newDoc.requiredLevels === 0 || newDoc.requiredLevels === 1 || newDoc.requiredLevels === 2 || newDoc.requiredLevels === 3, 'requiredLevels must be 0-3');
    need(newDoc.findings && typeof newDoc.findings === 'object', 'findings summary is required');
    optStr('account');
  } else if (type === 'withdrawal') {
    need(serverAdmin || has(${R('editor')}), 'only editors can withdraw submissions');
    own('submitter');
    hashed('withdrawal', 'submitter');
  } else if (type === 'signoff') {
    need(serverAdmin || has(${R('reviewer')}), 'only reviewers can sign off');
    own('reviewer');
    hashed('signoff', 'reviewer');
    var level = newDoc.level;
    need(level === 1 || level === 2 || level === 3, 'level must be 1, 2 or 3');
    need(serverAdmin || has(${JSON.stringify(levelRole(unit, 0).slice(0, -1))} + level), 'reviewer ' + userCtx.name + ' does not hold level ' + level);
    need(newDoc.decision === 'approve' || newDoc.decision === 'reject', 'decision must be approve or reject');
    var c = newDoc.checklist;
    var keys = ['politics', 'law', 'policy', 'secrecy', 'text'];
    need(c && typeof c === 'object', 'checklist is required');
    for (var i = 0; i < keys.length; i++) {
      need(typeof c[keys[i]] === 'boolean', 'checklist.' + keys[i] + ' must be true or false');
      if (newDoc.decision === 'approve') need(c[keys[i]] === true, 'an approval needs all five checks (' + keys[i] + ')');
    }
    need(str(newDoc.comment), 'comment must be a string');
    optStr('draftKey');
    optStr('account');
  } else if (type === 'audit') {
    need(serverAdmin || has(${R('editor')}) || has(${R('reviewer')}) || has(${R('admin')}), 'auditors and non-members cannot write audit records');
    own('author');
    need(str(newDoc.uid) && newDoc.uid.length > 0, 'uid is required');
    need(newDoc._id === 'audit:' + newDoc.author + ':' + newDoc.uid, 'id must be audit:<author>:<uid>');
    need(str(newDoc.machine) && newDoc.machine.length > 0, 'machine is required');
    need(str(newDoc.action) && newDoc.action.length > 0, 'action is required');
    need(str(newDoc.summary), 'summary is required');
  } else {
    forbid('unknown document type: ' + type);
  }
}`;
}

export interface DesignDoc {
  _id: typeof DESIGN_DOC_ID;
  _rev?: string;
  language: 'javascript';
  validate_doc_update: string;
  publishGuard: { version: number; unit: string; sourceHash: string };
}

/** The design document for a unit; sourceHash tells `team init` whether the installed one is current. */
export function designDoc(unit: string): DesignDoc {
  const source = validatorSource(unit);
  return {
    _id: DESIGN_DOC_ID,
    language: 'javascript',
    validate_doc_update: source,
    publishGuard: { version: DESIGN_VERSION, unit, sourceHash: sha256Hex(source) },
  };
}

export interface SecurityObject {
  admins: { names: string[]; roles: string[] };
  members: { names: string[]; roles: string[] };
}

/**
 * The database security object: only the unit's roles are members (can read and write, subject to the
 * validator); its admin role administers the database (design documents, security). Names already listed
 * by the server administrator are kept.
 */
export function securityObject(unit: string, existing?: Partial<SecurityObject>): SecurityObject {
  return {
    admins: { names: [...(existing?.admins?.names ?? [])], roles: [roleName(unit, 'admin')] },
    members: {
      names: [...(existing?.members?.names ?? [])],
      roles: [roleName(unit, 'editor'), roleName(unit, 'reviewer'), roleName(unit, 'auditor'), roleName(unit, 'admin')],
    },
  };
}
