import {
  COLLECTION_NAMES,
  DATASET_COLLECTIONS,
  FIELD_CODE_LISTS,
  FIELD_HEADERS,
  Ward,
} from '@org/party-core';
import { describe, expect, it } from 'vitest';
import { COLUMN_NOTES, type ColumnNote } from './columnNotes';

interface Probe {
  safeParse(value: unknown): { success: boolean };
}

const KEYS = ['ward', ...COLLECTION_NAMES] as const;

function shapeOf(key: (typeof KEYS)[number]): Record<string, Probe> {
  return (key === 'ward' ? Ward.shape : DATASET_COLLECTIONS[key].shape) as unknown as Record<
    string,
    Probe
  >;
}

function notesOf(key: (typeof KEYS)[number]): Record<string, ColumnNote> {
  return COLUMN_NOTES[key] as Record<string, ColumnNote>;
}

describe('COLUMN_NOTES', () => {
  it('has a note for exactly the fields of every collection', () => {
    for (const key of KEYS) {
      expect(Object.keys(notesOf(key)), key).toEqual(Object.keys(FIELD_HEADERS[key]));
      expect(Object.keys(notesOf(key)), key).toEqual(Object.keys(shapeOf(key)));
    }
  });

  it('marks as required exactly the fields the schema requires', () => {
    for (const key of KEYS) {
      const shape = shapeOf(key);
      for (const [field, note] of Object.entries(notesOf(key))) {
        const optional = shape[field]?.safeParse(undefined).success;
        expect(note.required, `${key}.${field}`).toBe(!optional);
      }
    }
  });

  it('calls a column coded exactly when the field has a code list', () => {
    for (const key of COLLECTION_NAMES) {
      const lists = (FIELD_CODE_LISTS[key] ?? {}) as Record<string, unknown>;
      for (const [field, note] of Object.entries(notesOf(key))) {
        expect(note.kind === 'coded', `${key}.${field}`).toBe(field in lists);
      }
    }
  });

  it('gives kinds the schema agrees with', () => {
    for (const key of KEYS) {
      const shape = shapeOf(key);
      for (const [field, note] of Object.entries(notesOf(key))) {
        const schema = shape[field] as Probe;
        const label = `${key}.${field}`;
        if (note.kind === 'yes-no') expect(schema.safeParse(true).success, label).toBe(true);
        if (note.kind === 'date' || note.kind === 'date-or-year') {
          expect(schema.safeParse('2020-01-31').success, label).toBe(true);
          expect(schema.safeParse('31/01/2020').success, label).toBe(false);
        }
        if (note.kind === 'date-or-year')
          expect(schema.safeParse('1950').success, label).toBe(true);
        if (note.kind === 'integer') expect(schema.safeParse(1.5).success, label).toBe(false);
        if (note.kind === 'integer' || note.kind === 'year') {
          expect(schema.safeParse(2020).success, label).toBe(true);
        }
        // A decimal may be bounded (a score is 0 to 100, a term 0,5 to 10 years in halves): a value inside every bound.
        if (note.kind === 'decimal') expect(schema.safeParse(5).success, label).toBe(true);
        if (note.kind === 'text' || note.kind === 'id') {
          expect(schema.safeParse('CB01').success, label).toBe(true);
        }
      }
    }
  });

  it('writes short Vietnamese sentences', () => {
    for (const key of KEYS) {
      for (const [field, note] of Object.entries(notesOf(key))) {
        expect(note.note, `${key}.${field}`).toMatch(/^\p{Lu}.*\.$/u);
        expect(note.note.length, `${key}.${field}`).toBeLessThanOrEqual(200);
      }
    }
  });
});
