/**
 * The central directory of a zip (an XLSX is one), read without inflating anything: how many
 * entries, what each declares it inflates to, and where its data lie. Lets the XLSX reader refuse
 * a zip bomb from its declared sizes before exceljs inflates a byte (APPNOTE.TXT 6.3: 4.3.12
 * central directory header, 4.3.16 end of central directory record). It also gives each entry's
 * CRC-32, which io/node/zip-inflation-issue.ts checks (exceljs's JSZip does not).
 */

export interface ZipEntryInfo {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared; 0xFFFFFFFF means ZIP64 (4 GB or more). */
  uncompressedSize: number;
  localHeaderOffset: number;
  /** CRC-32 of the uncompressed data, as the directory declares it. */
  crc32: number;
}

export interface ZipDirectory {
  /** Entry count from the end record (read before the entries themselves). */
  count: number;
  entries: ZipEntryInfo[];
  /** Sum of the declared uncompressed sizes. */
  declaredBytes: number;
  /** True when the zip uses ZIP64 fields (sizes or counts too large for 32/16 bits). */
  zip64: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Read the directory; undefined when the bytes hold no readable one (the XLSX reader then lets
 * exceljs say what is wrong). Stops reading entries past `maxEntries`.
 * @example readZipDirectory(xlsxBytes)?.entries.map((e) => e.name) // ["[Content_Types].xml", …]
 */
export function readZipDirectory(
  bytes: Uint8Array,
  maxEntries = Number.POSITIVE_INFINITY,
): ZipDirectory | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndRecord(bytes, view);
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const dirOffset = view.getUint32(end + 16, true);
  let zip64 = count === 0xffff || dirOffset === 0xffffffff;
  const entries: ZipEntryInfo[] = [];
  let declaredBytes = 0;
  let p = dirOffset;
  for (let k = 0; k < count && k < maxEntries; k++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const entry: ZipEntryInfo = {
      name: new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLength)),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      uncompressedSize: view.getUint32(p + 24, true),
      localHeaderOffset: view.getUint32(p + 42, true),
      crc32: view.getUint32(p + 16, true),
    };
    if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) zip64 = true;
    entries.push(entry);
    declaredBytes += entry.uncompressedSize;
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { count, entries, declaredBytes, zip64 };
}

/** The end-of-central-directory record: within the last 22 + 65,535 bytes (its comment). */
function findEndRecord(bytes: Uint8Array, view: DataView): number {
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (view.getUint32(i, true) === EOCD) return i;
  }
  return -1;
}
