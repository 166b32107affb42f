import {
  createIssue,
  InvalidArgumentError,
  InvalidDatasetError,
  UnreadableInputError,
} from '@org/party-core';
import { unreadableInput } from '@org/party-import';
import { describe, expect, it, vi } from 'vitest';
import { ERROR_STATUS, errorResponse } from './errorResponse';
import {
  BadRequestError,
  NotFoundError,
  PartyWebError,
  PayloadTooLargeError,
  RequestTimeoutError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  WEB_ERROR_CODES,
} from './errors';

const message = { vi: 'Thông báo.', en: 'Message.' };

describe('errorResponse', () => {
  it.each([
    [new UnauthorizedError(), 401, 'unauthorized'],
    [new NotFoundError(), 404, 'not-found'],
    [new PayloadTooLargeError('body', 1024), 413, 'payload-too-large'],
    [new PayloadTooLargeError('files', 3), 413, 'too-many-files'],
    [new UnsupportedMediaTypeError(message), 415, 'unsupported-media-type'],
    [new BadRequestError(message), 400, 'bad-request'],
    [new BadRequestError(message, 'invalid-template'), 400, 'invalid-template'],
    [new RequestTimeoutError(60_000), 504, 'timeout'],
    [new PartyWebError('page-unavailable', message), 503, 'page-unavailable'],
    [new InvalidArgumentError('bad'), 400, 'invalid-argument'],
    [new UnreadableInputError('Không đọc được.'), 400, 'unreadable-input'],
    [
      new InvalidDatasetError([createIssue('required', { kind: 'members' })]),
      422,
      'invalid-dataset',
    ],
    [new Error('unexpected'), 500, 'internal'],
  ])('maps %o to %i with its code', async (error, status, code) => {
    const response = errorResponse(error, 'vi');
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(body.error.message.length).toBeGreaterThan(5);
  });

  it('has a status for every code, and only error statuses', () => {
    for (const code of WEB_ERROR_CODES) expect(ERROR_STATUS[code]).toBeGreaterThanOrEqual(400);
  });

  it('gives the English text of bilingual errors when asked', async () => {
    const error = unreadableInput('Không đọc được “a.xlsx”.', 'Cannot read “a.xlsx”.');
    const body = (await errorResponse(error, 'en').json()) as { error: { message: string } };
    expect(body.error.message).toBe('Cannot read “a.xlsx”.');
  });

  it('lists the data issues of an invalid dataset', async () => {
    const error = new InvalidDatasetError([createIssue('required', { kind: 'members', index: 0 })]);
    const body = (await errorResponse(error, 'vi').json()) as { error: { issues: unknown[] } };
    expect(body.error.issues).toHaveLength(1);
  });

  it('reveals nothing of an unexpected error but hands it to onError', async () => {
    const onError = vi.fn(() => {
      throw new Error('the logger itself fails');
    });
    const response = errorResponse(new Error('C:/secret/path'), 'vi', onError);
    expect(await response.text()).not.toContain('secret');
    expect(onError).toHaveBeenCalledOnce();
  });
});
