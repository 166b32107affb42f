import { InvalidArgumentError } from '../../errors';

/**
 * The labels of the age bands cut at `boundaries` (ascending ages in years):
 * `[40, 50]` gives `under-40`, `40-49`, `50-plus`. Throws an
 * `InvalidArgumentError` unless the boundaries are positive integers in
 * strictly increasing order, at least one.
 */
export function ageBandLabels(boundaries: readonly number[]): string[] {
  if (boundaries.length === 0)
    throw new InvalidArgumentError('ageBands needs at least one boundary');
  let previous = 0;
  for (const boundary of boundaries) {
    if (!Number.isInteger(boundary) || boundary <= previous) {
      throw new InvalidArgumentError(
        'ageBands must be positive integers in strictly increasing order',
      );
    }
    previous = boundary;
  }
  const labels = [`under-${boundaries[0]}`];
  for (let i = 1; i < boundaries.length; i += 1) {
    labels.push(`${boundaries[i - 1]}-${(boundaries[i] ?? 0) - 1}`);
  }
  labels.push(`${boundaries[boundaries.length - 1]}-plus`);
  return labels;
}

/** The index of the band an age falls in, for the labels of {@link ageBandLabels}. */
export function ageBandIndex(age: number, boundaries: readonly number[]): number {
  let index = 0;
  while (index < boundaries.length && age >= (boundaries[index] ?? 0)) index += 1;
  return index;
}
