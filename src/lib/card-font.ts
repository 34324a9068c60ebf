// Just enough of a WOFF font to set a line of text the way the card's layout engine does: which glyph
// draws each character (cmap), how far each glyph moves the pen (hmtx) and the pair kerning of the
// font's `kern` feature (GPOS pair adjustment). Pure: bytes in, numbers out. The fast card path uses it
// to place pre-drawn glyphs without laying out a whole card per title.
import { inflateSync } from 'node:zlib';

export interface CardFont {
  unitsPerEm: number;
  /** Glyph id for a code point, or 0 (the missing glyph). */
  glyphOf(codePoint: number): number;
  /** Advance width in font units. */
  advance(glyph: number): number;
  /** Extra advance between two glyphs, in font units (0 when the font does not kern the pair). */
  kerning(left: number, right: number): number;
}

type Reader = DataView;
const u16 = (d: Reader, o: number) => d.getUint16(o);
const i16 = (d: Reader, o: number) => d.getInt16(o);
const u32 = (d: Reader, o: number) => d.getUint32(o);

/** The sfnt tables of a WOFF (1.0) or a plain TrueType/OpenType file, by tag. */
export function fontTables(bytes: Uint8Array): Map<string, DataView> {
  const file = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (o: number) => String.fromCharCode(bytes[o]!, bytes[o + 1]!, bytes[o + 2]!, bytes[o + 3]!);
  const tables = new Map<string, DataView>();
  const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (tag(0) === 'wOFF') {
    const count = u16(file, 12);
    for (let i = 0; i < count; i++) {
      const e = 44 + i * 20;
      const [offset, compLength, origLength] = [u32(file, e + 4), u32(file, e + 8), u32(file, e + 12)];
      const data = bytes.subarray(offset, offset + compLength);
      tables.set(tag(e), view(compLength < origLength ? inflateSync(data) : data));
    }
  } else {
    const count = u16(file, 4);
    for (let i = 0; i < count; i++) {
      const e = 12 + i * 16;
      tables.set(tag(e), view(bytes.subarray(u32(file, e + 8), u32(file, e + 8) + u32(file, e + 12))));
    }
  }
  return tables;
}

/** Glyph ids listed by a Coverage table, mapped to their coverage index. */
function coverage(d: Reader, o: number): Map<number, number> {
  const map = new Map<number, number>();
  if (u16(d, o) === 1) {
    for (let i = 0, n = u16(d, o + 2); i < n; i++) map.set(u16(d, o + 4 + i * 2), i);
  } else {
    for (let r = 0, n = u16(d, o + 2); r < n; r++) {
      const [start, end, index] = [u16(d, o + 4 + r * 6), u16(d, o + 6 + r * 6), u16(d, o + 8 + r * 6)];
      for (let g = start; g <= end; g++) map.set(g, index + g - start);
    }
  }
  return map;
}

/** A ClassDef table: glyph → class (glyphs not listed are class 0). */
function classDef(d: Reader, o: number): Map<number, number> {
  const map = new Map<number, number>();
  if (u16(d, o) === 1) {
    const start = u16(d, o + 2);
    for (let i = 0, n = u16(d, o + 4); i < n; i++) map.set(start + i, u16(d, o + 6 + i * 2));
  } else {
    for (let r = 0, n = u16(d, o + 2); r < n; r++) {
      const [start, end, cls] = [u16(d, o + 4 + r * 6), u16(d, o + 6 + r * 6), u16(d, o + 8 + r * 6)];
      for (let g = start; g <= end; g++) map.set(g, cls);
    }
  }
  return map;
}

const bitCount = (n: number) => n.toString(2).replaceAll('0', '').length;
/** The XAdvance field of a ValueRecord at `o` (0 when the format has none). */
function xAdvance(d: Reader, o: number, format: number): number {
  if (!(format & 4)) return 0;
  return i16(d, o + 2 * bitCount(format & 3));
}

type PairLookup = (left: number, right: number) => number | undefined;

/** One PairPos subtable (format 1: listed pairs; format 2: pairs of classes). undefined = not covered. */
function pairSubtable(d: Reader, o: number): PairLookup {
  const format = u16(d, o);
  const covered = coverage(d, o + u16(d, o + 2));
  const [vf1, vf2] = [u16(d, o + 4), u16(d, o + 6)];
  const recordSize = 2 * (bitCount(vf1) + bitCount(vf2));
  if (format === 1) {
    const sets = new Map<number, Map<number, number>>();
    const setOf = (index: number) => {
      let set = sets.get(index);
      if (!set) {
        set = new Map();
        const s = o + u16(d, o + 10 + index * 2);
        for (let i = 0, n = u16(d, s); i < n; i++) {
          const r = s + 2 + i * (2 + recordSize);
          set.set(u16(d, r), xAdvance(d, r + 2, vf1));
        }
        sets.set(index, set);
      }
      return set;
    };
    // Format 1 only applies when the pair is listed; otherwise the next subtable is tried.
    return (left, right) => {
      const index = covered.get(left);
      return index === undefined ? undefined : setOf(index).get(right);
    };
  }
  const [class1, class2] = [classDef(d, o + u16(d, o + 8)), classDef(d, o + u16(d, o + 10))];
  const class2Count = u16(d, o + 14);
  // Format 2 applies to every covered first glyph, even with a zero value.
  return (left, right) => {
    if (!covered.has(left)) return undefined;
    const r = o + 16 + ((class1.get(left) ?? 0) * class2Count + (class2.get(right) ?? 0)) * recordSize;
    return xAdvance(d, r, vf1);
  };
}

/** Pair kerning from the GPOS `kern` feature's pair-adjustment lookups (extension lookups followed). */
function gposKerning(gpos: Reader | undefined): PairLookup[] {
  if (!gpos) return [];
  const features = u16(gpos, 6);
  const lookups = u16(gpos, 8);
  const lookupIds = new Set<number>();
  for (let i = 0, n = u16(gpos, features); i < n; i++) {
    const r = features + 2 + i * 6;
    const tag = String.fromCharCode(gpos.getUint8(r), gpos.getUint8(r + 1), gpos.getUint8(r + 2), gpos.getUint8(r + 3));
    if (tag !== 'kern') continue;
    const f = features + u16(gpos, r + 4);
    for (let k = 0, m = u16(gpos, f + 2); k < m; k++) lookupIds.add(u16(gpos, f + 4 + k * 2));
  }
  const result: PairLookup[] = [];
  for (const id of [...lookupIds].sort((a, b) => a - b)) {
    const l = lookups + u16(gpos, lookups + 2 + id * 2);
    const type = u16(gpos, l);
    const subtables: PairLookup[] = [];
    for (let s = 0, n = u16(gpos, l + 4); s < n; s++) {
      let o = l + u16(gpos, l + 6 + s * 2);
      let subtype = type;
      if (type === 9) {
        subtype = u16(gpos, o + 2);
        o += u32(gpos, o + 4);
      }
      if (subtype === 2) subtables.push(pairSubtable(gpos, o));
    }
    // Within a lookup the first subtable that applies wins; lookups add up.
    if (subtables.length) {
      result.push((left, right) => {
        for (const sub of subtables) {
          const value = sub(left, right);
          if (value !== undefined) return value;
        }
        return undefined;
      });
    }
  }
  return result;
}

/** cmap format 4 (the BMP), the subtable every Latin font carries. */
function cmap4(cmap: Reader): Map<number, number> {
  const map = new Map<number, number>();
  for (let i = 0, n = u16(cmap, 2); i < n; i++) {
    const [platform, encoding, offset] = [u16(cmap, 4 + i * 8), u16(cmap, 6 + i * 8), u32(cmap, 8 + i * 8)];
    if (!((platform === 3 && encoding === 1) || platform === 0) || u16(cmap, offset) !== 4) continue;
    const segX2 = u16(cmap, offset + 6);
    const ends = offset + 14;
    const starts = ends + segX2 + 2;
    const deltas = starts + segX2;
    const ranges = deltas + segX2;
    for (let s = 0; s < segX2 / 2; s++) {
      const [end, start, delta, range] = [u16(cmap, ends + s * 2), u16(cmap, starts + s * 2), i16(cmap, deltas + s * 2), u16(cmap, ranges + s * 2)];
      for (let c = start; c <= end && c !== 0xffff; c++) {
        let glyph: number;
        if (range === 0) glyph = (c + delta) & 0xffff;
        else {
          glyph = u16(cmap, ranges + s * 2 + range + (c - start) * 2);
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph !== 0) map.set(c, glyph);
      }
    }
    return map;
  }
  return map;
}

export function parseCardFont(bytes: Uint8Array): CardFont {
  const tables = fontTables(bytes);
  const need = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`card font: no ${tag} table`);
    return t;
  };
  const [head, hhea, hmtx] = [need('head'), need('hhea'), need('hmtx')];
  const metrics = u16(hhea, 34);
  const glyphs = cmap4(need('cmap'));
  const kerns = gposKerning(tables.get('GPOS'));
  const pairs = new Map<number, number>();
  return {
    unitsPerEm: u16(head, 18),
    glyphOf: (codePoint) => glyphs.get(codePoint) ?? 0,
    advance: (glyph) => u16(hmtx, 4 * Math.min(glyph, metrics - 1)),
    kerning(left, right) {
      const key = left * 65536 + right;
      let value = pairs.get(key);
      if (value === undefined) {
        value = 0;
        for (const lookup of kerns) value += lookup(left, right) ?? 0;
        pairs.set(key, value);
      }
      return value;
    },
  };
}
