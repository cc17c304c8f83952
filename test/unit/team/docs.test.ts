import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { draftHash } from '../../../lib/review/hash';
import { designDoc, securityObject, validatorSource } from '../../../lib/team/design';
import { levelRole, parseTeamDoc, roleName, signoffId, teamDraftHash, unitAbilities } from '../../../lib/team/docs';
import { ALL_CHECKS, approve, audit, draft, reject, submission, withdrawal } from './fixtures';

type Validator = (
  newDoc: Record<string, unknown>,
  oldDoc: Record<string, unknown> | null,
  userCtx: { name: string | null; roles: string[] },
  secObj: unknown,
) => void;

/** Runs the validator the way CouchDB does: the thrown object decides (forbidden / unauthorized / nothing). */
function runValidator(
  doc: object,
  user: { name: string | null; roles: string[] },
  oldDoc: object | null = null,
): 'ok' | string {
  const fn = new Function(`return (${validatorSource('unit1')});`)() as Validator;
  try {
    fn(JSON.parse(JSON.stringify(doc)), oldDoc as Record<string, unknown> | null, user, {});
    return 'ok';
  } catch (e) {
    const err = e as { forbidden?: string; unauthorized?: string };
    if (err.forbidden) return `forbidden: ${err.forbidden}`;
    if (err.unauthorized) return `unauthorized: ${err.unauthorized}`;
    throw e;
  }
}

const editor = { name: 'editor1', roles: [roleName('unit1', 'editor')] };
const reviewer1 = { name: 'rev1', roles: [roleName('unit1', 'reviewer'), levelRole('unit1', 1)] };
const auditor = { name: 'aud1', roles: [roleName('unit1', 'auditor')] };

describe('team document model', () => {
  it('hashes a draft exactly like the gate does, every published field included', () => {
    const d = draft('正文', {
      caption: '配文',
      cover: 'https://mmbiz.qpic.cn/cover.jpg',
      images: [{ src: 'https://mmbiz.qpic.cn/a.jpg' }],
    });
    expect(teamDraftHash(d)).toBe(draftHash(d));
    expect(teamDraftHash({ ...d, images: [{ src: 'https://mmbiz.qpic.cn/b.jpg' }] })).not.toBe(teamDraftHash(d));
    expect(teamDraftHash({ ...d, cover: undefined })).not.toBe(teamDraftHash(d));
    expect(teamDraftHash({ ...d, caption: '配文。' })).not.toBe(teamDraftHash(d));
  });

  it('verifies documents on read: id bound to author and hash, hash bound to draft, no conflicts', () => {
    const s = submission('正文');
    expect(parseTeamDoc(s)).toMatchObject({ ok: true });
    expect(parseTeamDoc({ ...s, draft: draft('改过的正文') })).toMatchObject({
      ok: false,
      rejected: { reason: 'hash does not match the submitted draft' },
    });
    const so = approve(s, 'rev1', 1);
    expect(parseTeamDoc({ ...so, reviewer: 'rev2' })).toMatchObject({
      ok: false,
      rejected: { reason: /id does not match/ },
    });
    expect(parseTeamDoc({ ...so, _conflicts: ['1-abc'] })).toMatchObject({
      ok: false,
      rejected: { reason: /conflicting/ },
    });
    expect(parseTeamDoc({ ...so, level: 4 })).toMatchObject({ ok: false });
    expect(parseTeamDoc({ _id: 'x', type: 'memo' })).toMatchObject({
      ok: false,
      rejected: { reason: /unknown document type/ },
    });
    expect(so._id).toBe(signoffId(s.hash, 'rev1'));
  });

  it('derives what a session may do from its roles, per unit', () => {
    const roles = [
      roleName('unit1', 'reviewer'),
      levelRole('unit1', 2),
      roleName('unit2', 'editor'),
      levelRole('unit2', 1),
    ];
    expect(unitAbilities('unit1', roles)).toEqual({
      editor: false,
      reviewer: true,
      auditor: false,
      admin: false,
      levels: [2],
    });
    expect(unitAbilities('unit2', roles)).toMatchObject({ editor: true, reviewer: false, levels: [] });
  });
});

describe('validate_doc_update', () => {
  it('is plain ES5 (CouchDB runs it in its own JavaScript engine)', () => {
    expect(() => parse(`(${validatorSource('unit1')})`, { ecmaVersion: 5 })).not.toThrow();
    expect(() => validatorSource('Unit 1')).toThrow(/invalid unit/);
  });

  it('lets a reviewer sign in their own name at a level they hold, and nothing else', () => {
    const s = submission('正文');
    expect(runValidator(approve(s, 'rev1', 1), reviewer1)).toBe('ok');
    expect(runValidator(approve(s, 'rev2', 1), reviewer1)).toMatch(/forbidden: reviewer must be the logged-in user/);
    expect(runValidator(approve(s, 'rev1', 2), reviewer1)).toMatch(/forbidden: reviewer rev1 does not hold level 2/);
    expect(runValidator(approve(s, 'editor1', 1), editor)).toMatch(/forbidden: only reviewers can sign off/);
    expect(runValidator({ ...approve(s, 'rev1', 1), checklist: { ...ALL_CHECKS, secrecy: false } }, reviewer1)).toMatch(
      /all five checks \(secrecy\)/,
    );
    expect(runValidator(reject(s, 'rev1', 1), reviewer1)).toBe('ok');
    // The id must be signoff:<hash>:<reviewer>, so one reviewer cannot sign one hash twice under another id.
    expect(runValidator({ ...approve(s, 'rev1', 1), _id: `signoff:${s.hash}:rev1:again` }, reviewer1)).toMatch(
      /id must be/,
    );
  });

  it('makes every document immutable and undeletable, for server admins too', () => {
    const so = approve(submission('正文'), 'rev1', 1);
    const admin = { name: 'root', roles: ['_admin'] };
    expect(runValidator({ ...so, comment: '改' }, reviewer1, so)).toMatch(/immutable/);
    expect(runValidator({ _id: so._id, _deleted: true }, reviewer1, so)).toMatch(/immutable/);
    expect(runValidator({ _id: so._id, _deleted: true }, admin, null)).toMatch(/cannot be deleted/);
    expect(runValidator({ ...so, comment: '改' }, admin, so)).toMatch(/immutable/);
    // A server admin may create documents of any author (replication into a backup database).
    expect(runValidator(so, admin)).toBe('ok');
  });

  it('lets editors submit and withdraw their own drafts and write audit records; auditors read only', () => {
    const s = submission('正文');
    expect(runValidator(s, editor)).toBe('ok');
    expect(runValidator(withdrawal(s), editor)).toBe('ok');
    expect(runValidator(submission('正文', { submitter: 'editor2' }), editor)).toMatch(
      /submitter must be the logged-in user/,
    );
    expect(runValidator(s, reviewer1)).toMatch(/only editors can submit/);
    expect(runValidator(audit('editor1', 'u-1'), editor)).toBe('ok');
    expect(runValidator(audit('editor2', 'u-1'), editor)).toMatch(/author must be the logged-in user/);
    expect(runValidator(audit('aud1', 'u-1'), auditor)).toMatch(/auditors and non-members cannot write/);
    expect(runValidator(s, { name: null, roles: [] })).toMatch(/unauthorized/);
    expect(runValidator({ _id: 'memo:1', type: 'memo', format: 1, time: s.time }, editor)).toMatch(
      /unknown document type/,
    );
  });

  it('ships in a design document stamped with its unit, and a security object of the unit roles', () => {
    const d = designDoc('unit1');
    expect(d.validate_doc_update).toBe(validatorSource('unit1'));
    expect(d.publishGuard.unit).toBe('unit1');
    expect(designDoc('unit2').publishGuard.sourceHash).not.toBe(d.publishGuard.sourceHash);
    expect(securityObject('unit1', { admins: { names: ['ops'], roles: ['other'] } })).toEqual({
      admins: { names: ['ops'], roles: ['unit1:admin'] },
      members: { names: [], roles: ['unit1:editor', 'unit1:reviewer', 'unit1:auditor', 'unit1:admin'] },
    });
  });
});
