/**
 * The register's routes (sổ đăng ký), served when the adapter is given a
 * register: `POST /register/import` (officer), `GET /register/versions`
 * and `GET /register/stats` (reader), `GET /register/diff` (officer, its
 * answer audited), `GET /register/audit` (administrator: the log and the
 * check of its chain), and the tokens kept in the register,
 * `GET|POST /register/tokens`, `DELETE /register/tokens/:name`
 * (administrator). The upload is parsed and checked where the runner runs
 * (a worker under `serve`); the register's own work (PGlite, or a query to
 * PostgreSQL) runs here, within the request's time limit.
 *
 * @internal
 * @packageDocumentation
 */
import {
  computeStats,
  InvalidArgumentError,
  InvalidDatasetError,
  type ValidationIssue,
} from '@org/party-core';
import type { VersionInfo } from '@org/party-store';
import { Hono } from 'hono';
import { BadRequestError, NotFoundError } from '../errors';
import { countIssues } from '../issues';
import type { Register } from '../options';
import { checkedQuery } from '../query';
import {
  NewTokenRequest,
  type NewTokenResponse,
  type RegisterAudit,
  type RegisterDiff,
  RegisterDiffQuery,
  type RegisterImportResponse,
  RegisterStatsQuery,
  type RegisterStatsResponse,
  type RegisterToken,
  type RegisterVersion,
  type RegisterVersions,
} from '../schemas';
import { tokenHash } from '../security';
import { validateBody } from '../upload/runner';
import type { RouteContext } from './context';

/** A kept version as the API lists it: counts only, no member data. */
export function versionBody(v: VersionInfo): RegisterVersion {
  return {
    id: v.id,
    status: v.status,
    importedAt: v.importedAt,
    importedBy: v.importedBy,
    sources: v.sources.map(({ name, sha256 }) => ({ name, sha256 })),
    dataDate: v.dataDate,
    counts: { ...v.counts },
    issues: countIssues(v.issues as ValidationIssue[]),
    disappeared: v.flags.length,
  };
}

const hex = (bytes: ArrayBuffer) =>
  [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A new random token: 32 bytes, base64url (43 characters). */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');
}

/** The version asked for, checked to be an imported one (404 otherwise). */
async function importedVersion(register: Register, id: number): Promise<VersionInfo> {
  const version = (await register.versions()).find((v) => v.id === id);
  if (version === undefined || version.status !== 'imported') {
    throw new NotFoundError({
      vi: `Sổ đăng ký không có phiên bản ${id} đã nhập thành công. Hãy chọn một phiên bản trong danh sách.`,
      en: `The register has no successfully imported version ${id}. Choose a version from the list.`,
    });
  }
  return version;
}

/** The register's routes. */
export function registerRoutes(context: RouteContext, register: Register): Hono {
  const { requireRole, callerOf, timed, uploadTask, langOf, audit } = context;
  const app = new Hono();

  app.post('/register/import', requireRole('officer'), async (c) => {
    const lang = langOf(c);
    const answer = await timed(async (deadline) => {
      const { upload, result } = await uploadTask(c, { kind: 'import' }, undefined, deadline);
      const sources = await Promise.all(
        upload.files.map(async (file) => ({
          name: file.name,
          sha256: hex(await crypto.subtle.digest('SHA-256', file.bytes as Uint8Array<ArrayBuffer>)),
        })),
      );
      deadline.check();
      const version = await register.import({
        dataset: result.data,
        at: new Date().toISOString(),
        by: callerOf(c).name,
        sources,
        readIssues: result.issues,
      });
      // A rejected attempt is kept (with its issues, no record); the answer is the 422 of bad data.
      if (version.status === 'rejected') {
        throw new InvalidDatasetError(result.ok ? version.issues : result.issues);
      }
      return { version: versionBody(version), check: validateBody(result, lang) };
    });
    const body: RegisterImportResponse = answer;
    return c.json(body, 201);
  });

  app.get('/register/versions', requireRole('reader'), async (c) => {
    const versions = await timed(async () => (await register.versions()).map(versionBody));
    const body: RegisterVersions = { versions: versions.reverse() };
    return c.json(body);
  });

  app.get('/register/stats', requireRole('reader'), async (c) => {
    const query = checkedQuery(c, RegisterStatsQuery);
    const body: RegisterStatsResponse = await timed(async () => {
      const id =
        query.version ??
        (query.asOf === undefined
          ? await register.latest()
          : await register.versionAsOf(query.asOf));
      if (id === undefined) {
        throw new NotFoundError({
          vi: 'Sổ đăng ký chưa có phiên bản nào phù hợp. Hãy nhập dữ liệu vào sổ trước.',
          en: 'The register has no matching version. Import data into it first.',
        });
      }
      const version = await importedVersion(register, id);
      const asOf = query.asOf ?? version.dataDate ?? version.importedAt.slice(0, 10);
      const from = query.from ?? `${asOf.slice(0, 4)}-01-01`;
      if (from > asOf) {
        throw new BadRequestError({
          vi: `Ngày bắt đầu kỳ (${from}) phải trước hoặc trùng ngày số liệu (${asOf}).`,
          en: `from ${from} must not be after asOf ${asOf}.`,
        });
      }
      const stats = computeStats(await register.read(id), { asOf, from });
      return { version: id, asOf, from, stats };
    });
    return c.json(body);
  });

  app.get('/register/diff', requireRole('officer'), async (c) => {
    const { from, to } = checkedQuery(c, RegisterDiffQuery);
    const diff = await timed(async () => {
      await importedVersion(register, from);
      await importedVersion(register, to);
      return register.diff(from, to);
    });
    // The schema's shape (RegisterDiff), with the store's read-only arrays.
    const body = { from, to, ...diff } satisfies Readonly<Record<keyof RegisterDiff, unknown>>;
    await audit(c, {
      from,
      to,
      members: {
        added: body.members.added.length,
        removed: body.members.removed.length,
        changed: body.members.changed.length,
      },
    });
    return c.json(body);
  });

  app.get('/register/audit', requireRole('administrator'), async (c) => {
    const body: RegisterAudit = await timed(async () => {
      const [entries, verdict] = await Promise.all([register.audit(), register.verify()]);
      return {
        entries: entries
          .map(({ seq, at, actor, action, detail, hash }) => ({
            seq,
            at,
            actor,
            action,
            detail,
            hash,
          }))
          .reverse(),
        verdict,
      };
    });
    return c.json(body);
  });

  app.get('/register/tokens', requireRole('administrator'), async (c) => {
    const tokens: RegisterToken[] = (await register.tokens()).map(
      ({ name, role, createdAt, createdBy, revokedAt }) => ({
        name,
        role,
        createdAt,
        createdBy,
        revokedAt,
      }),
    );
    return c.json({ tokens });
  });

  app.post('/register/tokens', requireRole('administrator'), async (c) => {
    let request: NewTokenRequest;
    try {
      request = NewTokenRequest.parse(await c.req.json());
    } catch {
      throw new BadRequestError({
        vi: 'Hãy gửi JSON { "name": tên (chữ, số, . _ -), "role": "reader" | "officer" | "administrator" }.',
        en: 'Send JSON { "name": a name (letters, digits, . _ -), "role": "reader" | "officer" | "administrator" }.',
      });
    }
    const token = randomToken();
    try {
      await register.addToken({
        ...request,
        hash: await tokenHash(token),
        at: new Date().toISOString(),
        by: callerOf(c).name,
      });
    } catch (error) {
      if (error instanceof InvalidArgumentError) throw new BadRequestError(error.localized);
      throw error;
    }
    const body: NewTokenResponse = { ...request, token };
    return c.json(body, 201);
  });

  app.delete('/register/tokens/:name', requireRole('administrator'), async (c) => {
    const name = c.req.param('name');
    const revoked = await register.revokeToken(name, {
      at: new Date().toISOString(),
      by: callerOf(c).name,
    });
    if (!revoked) {
      throw new NotFoundError({
        vi: 'Không có mã truy cập còn hiệu lực với tên này.',
        en: 'No live token has this name.',
      });
    }
    return c.body(null, 204);
  });

  return app;
}
