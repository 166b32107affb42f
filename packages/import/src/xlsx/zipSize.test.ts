import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { measureExpandedSize } from './zipSize';

interface Entry {
  readonly name: string;
  readonly content: Uint8Array;
  readonly method?: 0 | 8 | 12;
  /** The uncompressed size the archive claims (the real one when absent). */
  readonly declaredSize?: number;
}

/** A minimal ZIP archive: local headers, data, central directory, end record. */
function zip(entries: readonly Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const data = method === 8 ? deflateRawSync(entry.content) : Buffer.from(entry.content);
    const name = Buffer.from(entry.name);
    const size = entry.declaredSize ?? entry.content.byteLength;
    const crc = crc32(entry.content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.byteLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.byteLength, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.byteLength, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.byteLength, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.byteLength + name.byteLength + data.byteLength;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const text = (length: number) => new Uint8Array(length).fill(0x61);

describe('measureExpandedSize', () => {
  it('counts stored and deflated entries against the limit, at the byte', async () => {
    const archive = zip([
      { name: 'a.xml', content: text(1000) },
      { name: 'b.bin', content: text(500), method: 0 },
    ]);
    expect(await measureExpandedSize(archive, 1500)).toBe('ok');
    expect(await measureExpandedSize(archive, 1499)).toBe('too-large');
    expect(await measureExpandedSize(archive, 999)).toBe('too-large');
  });

  it('does not trust the sizes an archive declares', async () => {
    const archive = zip([{ name: 'a.xml', content: text(4 * 1024 * 1024), declaredSize: 10 }]);
    expect(archive.byteLength).toBeLessThan(16 * 1024);
    expect(await measureExpandedSize(archive, 1024 * 1024)).toBe('too-large');
  });

  it('finds an archive it cannot walk unreadable', async () => {
    const good = zip([{ name: 'a.xml', content: text(100) }]);
    expect(await measureExpandedSize(new TextEncoder().encode('a,b\n1,2\n'), 1000)).toBe(
      'unreadable',
    );
    expect(await measureExpandedSize(good.subarray(0, 40), 1000)).toBe('unreadable');
    expect(
      await measureExpandedSize(zip([{ name: 'a', content: text(10), method: 12 }]), 1000),
    ).toBe('unreadable');
    const damaged = new Uint8Array(good);
    // The deflated data starts after the 30-byte local header and the name:
    // a first block of the reserved type 3 cannot be inflated.
    damaged[30 + 'a.xml'.length] = 0xff;
    expect(await measureExpandedSize(damaged, 1000)).toBe('unreadable');
  });

  it('reads an empty archive as holding nothing', async () => {
    expect(await measureExpandedSize(zip([]), 0)).toBe('ok');
  });
});
