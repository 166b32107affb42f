import {
  InvalidDatasetError,
  MissingFiguresError,
  PartyError,
  WindowNotCoveredError,
} from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { errorResponse } from '../errorResponse';
import { PayloadTooLargeError, ServiceBusyError } from '../errors';
import { receiveError, sendError } from './runner';

/** An error as it comes back from a worker: posted as a value, cloned, rebuilt. */
const roundTrip = (error: unknown) => receiveError(structuredClone(sendError(error)));

describe('errors from a worker come back as the classes thrown', () => {
  it.each([
    ['a missing figure', new MissingFiguresError([], { vi: ['Mục I'], en: ['Part I'] })],
    ['an invalid dataset', new InvalidDatasetError([])],
    ['a window the data does not cover', new WindowNotCoveredError({ vi: 'thiếu', en: 'missing' })],
    ['a body too large', new PayloadTooLargeError('expanded')],
    ['a busy pool', new ServiceBusyError(5)],
  ])('%s', (_, error) => {
    const back = roundTrip(error);
    expect(back).toBeInstanceOf(Object.getPrototypeOf(error).constructor);
    expect(back.message).toBe(error.message);
    expect((back as { code?: string }).code).toBe((error as { code?: string }).code);
    expect(errorResponse(back, 'vi').status).toBe(errorResponse(error, 'vi').status);
  });

  it('keeps the code and status of a subclass it does not list, as its nearest ancestor', () => {
    class LaterError extends InvalidDatasetError {}
    const error = new LaterError([]);
    const back = roundTrip(error);
    expect(back).toBeInstanceOf(InvalidDatasetError);
    expect(back).toBeInstanceOf(PartyError);
    expect(errorResponse(back, 'vi').status).toBe(422);
  });

  it('turns anything else into a plain error (a 500 that says nothing of the data)', () => {
    const back = roundTrip(new TypeError('boom'));
    expect(back.constructor).toBe(Error);
    expect(errorResponse(back, 'vi').status).toBe(500);
  });
});
