import { z } from 'zod';

/**
 * Required free text: NFC, trimmed, not empty.
 */
export const Text = z.string().normalize('NFC').trim().min(1);

/**
 * An identifier or code written by the ward: a party card number, a member
 * code, an organisation code. Always text, so leading zeros and all twelve
 * digits of a citizen-id number are kept.
 */
export const Code = z
  .string()
  .normalize('NFC')
  .trim()
  .min(1)
  .meta({ description: 'Identifier as text (leading zeros are kept).', examples: ['DV0001'] });
