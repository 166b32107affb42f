import { describe, expect, it } from 'vitest';
import { dataset, stats, WINDOW } from './dataset';

describe('movements of the period', () => {
  it('add up: 1.216 + 31 + 48 − 44 − 5 − 7 = 1.239', async () => {
    const m = (await stats()).movements;
    expect([m.from, m.to]).toEqual([WINDOW.from, WINDOW.asOf]);
    expect(m.opening).toBe(1216);
    expect(
      m.opening + m.admitted + m.transferredIn - m.transferredOut - m.struckOff - m.deceased,
    ).toBe(m.closing);
    expect(m.closing).toBe(1239);
    expect(m.net).toBe(23);
    expect([m.expelled, m.resigned]).toEqual([0, 0]);
  });

  it('agree with the roster: who came is on it, who left is not', async () => {
    const data = await dataset();
    const roster = new Set(data.members.map((member) => member.id));
    for (const movement of data.movements) {
      const onRoster = roster.has(movement.memberId);
      if (['admitted', 'transferred-in', 'internal-transfer'].includes(movement.type)) {
        expect(onRoster, movement.type).toBe(true);
      } else {
        expect(onRoster, movement.type).toBe(false);
      }
    }
  });

  it('admit probationary members only: each admission is the member admission date', async () => {
    const data = await dataset();
    const byId = new Map(data.members.map((member) => [member.id, member]));
    const admitted = data.movements.filter((movement) => movement.type === 'admitted');
    expect(admitted).toHaveLength(31);
    for (const movement of admitted) {
      const member = byId.get(movement.memberId);
      expect(member?.admittedOn).toBe(movement.date);
      expect(member?.officialOn).toBeUndefined();
      expect(member?.org).toBe(movement.org);
    }
  });
});
