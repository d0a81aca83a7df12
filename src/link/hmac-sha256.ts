// SHA-256 and HMAC-SHA-256 in plain TypeScript: synchronous, browser-safe, no `node:crypto`.
//
// Method: SHA-256 as specified in FIPS 180-4 (NIST 2015; same algorithm as FIPS 180-2), HMAC as in
// RFC 2104 (Krawczyk, Bellare & Canetti 1997). Checked against the FIPS 180-2 appendix examples
// and the RFC 4231 HMAC-SHA-256 test cases in tests/link/hmac-sha256.test.ts.
// Choices: 32-bit arithmetic on Int32 values (`| 0`), one reusable 64-word schedule; the HMAC key
// can be prepared once (`prepareHmacKey`) so that each short message costs two or three
// compressions (the padded-key blocks are hashed once per key, not once per message).

/** Round constants: first 32 bits of the fractional parts of the cube roots of the first 64 primes (FIPS 180-4 §4.2.2). */
const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** Initial hash value (FIPS 180-4 §5.3.3). */
const H0 = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);

const BLOCK = 64;
const W = new Int32Array(64);

/** Hash state after the padded key blocks, for `hmacSha256Prepared`. */
export interface HmacKey {
  /** State after compressing key ⊕ ipad. */
  inner: Int32Array;
  /** State after compressing key ⊕ opad. */
  outer: Int32Array;
}

/**
 * SHA-256 digest of a byte string (FIPS 180-4).
 * @example toHex(sha256(new TextEncoder().encode("abc"))) // "ba7816bf…f20015ad"
 */
export function sha256(message: Uint8Array): Uint8Array {
  const state = H0.slice();
  const out = new Uint8Array(32);
  finish(state, message, message.length, 0, out);
  return out;
}

/**
 * HMAC-SHA-256 (RFC 2104) of a message under a key of any length.
 * @example toHex(hmacSha256(new TextEncoder().encode("key"), new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))) // "f7bc83f4…"
 */
export function hmacSha256(key: Uint8Array, message: Uint8Array): Uint8Array {
  const prepared = prepareHmacKey(key);
  const out = new Uint8Array(32);
  hmacSha256Prepared(prepared, message, message.length, out);
  return out;
}

/**
 * Hash the padded key blocks once (RFC 2104 §2: keys longer than the block are hashed first).
 * @example prepareHmacKey(new TextEncoder().encode("secret")).inner.length // 8
 */
export function prepareHmacKey(key: Uint8Array): HmacKey {
  const k = key.length > BLOCK ? sha256(key) : key;
  const ipad = new Uint8Array(BLOCK).fill(0x36);
  const opad = new Uint8Array(BLOCK).fill(0x5c);
  for (let i = 0; i < k.length; i++) {
    ipad[i] ^= k[i];
    opad[i] ^= k[i];
  }
  const inner = H0.slice();
  const outer = H0.slice();
  compress(inner, ipad, 0);
  compress(outer, opad, 0);
  return { inner, outer };
}

const innerDigest = new Uint8Array(32);
const workState = new Int32Array(8);

/**
 * HMAC-SHA-256 of `message[0, length)` under a prepared key, written into `out` (32 bytes).
 * Allocation-free: the hot path of `createPseudonymiser`.
 * @example hmacSha256Prepared(prepareHmacKey(key), bytes, bytes.length, new Uint8Array(32))
 */
export function hmacSha256Prepared(key: HmacKey, message: Uint8Array, length: number, out: Uint8Array): void {
  workState.set(key.inner);
  finish(workState, message, length, BLOCK, innerDigest);
  workState.set(key.outer);
  finish(workState, innerDigest, 32, BLOCK, out);
}

/** Lower-case hex of bytes. @example toHex(new Uint8Array([1, 255])) // "01ff" */
export function toHex(bytes: Uint8Array): string {
  const parts: string[] = new Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) parts[i] = HEX[bytes[i]];
  return parts.join("");
}

const HEX: string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));
const tail = new Uint8Array(2 * BLOCK);

/**
 * Compress every whole block of `message[0, length)`, then the padded tail, into `state`, and
 * write the digest to `out`. `prefixBytes` counts bytes already compressed into `state` (the
 * HMAC key block), so the encoded bit length is right.
 */
function finish(
  state: Int32Array,
  message: Uint8Array,
  length: number,
  prefixBytes: number,
  out: Uint8Array,
): void {
  const whole = length - (length % BLOCK);
  for (let off = 0; off < whole; off += BLOCK) compress(state, message, off);
  const rest = length - whole;
  tail.fill(0);
  for (let i = 0; i < rest; i++) tail[i] = message[whole + i];
  tail[rest] = 0x80;
  const tailLength = rest + 9 <= BLOCK ? BLOCK : 2 * BLOCK;
  // Message length in bits, big-endian 64-bit (FIPS 180-4 §5.1.1); lengths here stay below 2^53 bits.
  const bits = (length + prefixBytes) * 8;
  const hi = Math.floor(bits / 4294967296);
  const lo = bits >>> 0;
  tail[tailLength - 8] = hi >>> 24;
  tail[tailLength - 7] = hi >>> 16;
  tail[tailLength - 6] = hi >>> 8;
  tail[tailLength - 5] = hi;
  tail[tailLength - 4] = lo >>> 24;
  tail[tailLength - 3] = lo >>> 16;
  tail[tailLength - 2] = lo >>> 8;
  tail[tailLength - 1] = lo;
  compress(state, tail, 0);
  if (tailLength > BLOCK) compress(state, tail, BLOCK);
  for (let i = 0; i < 8; i++) {
    const v = state[i];
    out[4 * i] = v >>> 24;
    out[4 * i + 1] = v >>> 16;
    out[4 * i + 2] = v >>> 8;
    out[4 * i + 3] = v;
  }
}

/** One SHA-256 compression of the 64-byte block at `offset` into `state` (FIPS 180-4 §6.2.2). */
function compress(state: Int32Array, block: Uint8Array, offset: number): void {
  for (let t = 0; t < 16; t++) {
    const j = offset + 4 * t;
    W[t] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3];
  }
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15];
    const w2 = W[t - 2];
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = (W[t - 16] + s0 + W[t - 7] + s1) | 0;
  }
  let a = state[0];
  let b = state[1];
  let c = state[2];
  let d = state[3];
  let e = state[4];
  let f = state[5];
  let g = state[6];
  let h = state[7];
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (h + S1 + ch + K[t] + W[t]) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = (state[0] + a) | 0;
  state[1] = (state[1] + b) | 0;
  state[2] = (state[2] + c) | 0;
  state[3] = (state[3] + d) | 0;
  state[4] = (state[4] + e) | 0;
  state[5] = (state[5] + f) | 0;
  state[6] = (state[6] + g) | 0;
  state[7] = (state[7] + h) | 0;
}
