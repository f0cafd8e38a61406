/**
 * Just enough protobuf for the BuildKit session and trace messages: varints, length-delimited fields,
 * and skipping what we do not read. No schema compiler, no runtime dependency.
 */

export interface Field {
  no: number;
  wire: number;
  /** varint (as number; values above 2^53 lose precision, none we read are that large) */
  int?: number;
  bytes?: Buffer;
}

function readVarint(buf: Buffer, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (;;) {
    if (pos >= buf.length) throw new Error('protobuf: truncated varint');
    const b = buf[pos++] as number;
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [result, pos];
    shift += 7;
    if (shift > 63) throw new Error('protobuf: varint too long');
  }
}

export function* fields(buf: Buffer): Generator<Field> {
  let pos = 0;
  while (pos < buf.length) {
    const [key, p1] = readVarint(buf, pos);
    pos = p1;
    const no = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) {
      const [v, p2] = readVarint(buf, pos);
      pos = p2;
      yield { no, wire, int: v };
    } else if (wire === 2) {
      const [len, p2] = readVarint(buf, pos);
      if (p2 + len > buf.length) throw new Error('protobuf: truncated field');
      yield { no, wire, bytes: buf.subarray(p2, p2 + len) };
      pos = p2 + len;
    } else if (wire === 1) {
      pos += 8;
    } else if (wire === 5) {
      pos += 4;
    } else throw new Error(`protobuf: unsupported wire type ${wire}`);
  }
}

function varint(n: number): Buffer {
  const out: number[] = [];
  let v = n;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return Buffer.from(out);
}

/** Encodes length-delimited (string/bytes/message) and varint fields, in the given order. */
export function encode(
  parts: readonly ({ no: number; bytes: Buffer | string } | { no: number; int: number })[],
): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    if ('int' in p) {
      chunks.push(varint(p.no * 8), varint(p.int));
    } else {
      const b = typeof p.bytes === 'string' ? Buffer.from(p.bytes) : p.bytes;
      chunks.push(varint(p.no * 8 + 2), varint(b.length), b);
    }
  }
  return Buffer.concat(chunks);
}

/** The first string (length-delimited) value of a field, if any. */
export function stringField(buf: Buffer, no: number): string | undefined {
  for (const f of fields(buf)) if (f.no === no && f.bytes) return f.bytes.toString('utf8');
  return undefined;
}
