// Interoperability of crypto-service with an implementation nobody here wrote: @noble/post-quantum (ML-KEM,
// ML-DSA) and Node's own crypto (HMAC-SHA256 for HKDF, AES-256-GCM, ChaCha20-Poly1305).
//   (a) noble verifies the service's ML-DSA signatures, with and without context (and refuses a wrong context);
//   (b) the service's POST /v1/signatures/verify accepts signatures noble made (and refuses altered ones);
//   (c) this script encrypts to a service kem key following docs/CRYPTO.md (HPKE base mode, ML-KEM KEM ids
//       0x0040-0x0042, HKDF-SHA256, AES-256-GCM / ChaCha20-Poly1305) and the service decrypts.
// Usage: CRYPTO_URL=http://127.0.0.1:13001 CRYPTO_TOKEN=<bearer token or empty> node interop.mjs
// Prints one JSON line per check and exits 1 if any check failed.
import { ml_dsa44, ml_dsa65, ml_dsa87 } from '@noble/post-quantum/ml-dsa.js';
import { ml_kem512, ml_kem768, ml_kem1024 } from '@noble/post-quantum/ml-kem.js';
import { createCipheriv, createHmac, randomBytes } from 'node:crypto';

const BASE = process.env.CRYPTO_URL ?? 'http://127.0.0.1:13001';
const TOKEN = process.env.CRYPTO_TOKEN ?? '';
const results = [];

const b64 = (bytes) => Buffer.from(bytes).toString('base64url');
const unb64 = (text) => new Uint8Array(Buffer.from(text, 'base64url'));
const utf8 = (text) => new Uint8Array(Buffer.from(text, 'utf8'));

async function call(method, path, body) {
  const headers = { 'Content-Type': 'application/json' };
  if (TOKEN) headers.Authorization = `Bearer ${TOKEN}`;
  const response = await fetch(BASE + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path} -> ${response.status} ${JSON.stringify(json)}`);
  return json;
}

function check(name, ok, detail = {}) {
  results.push({ check: name, ok: Boolean(ok), ...detail });
  console.log(JSON.stringify({ check: name, ok: Boolean(ok), ...detail }));
}

// ---- (a) + (b): ML-DSA ----------------------------------------------------------------------------------------
const DSA = { 'nz-128': ['ML-DSA-44', ml_dsa44], 'nz-192': ['ML-DSA-65', ml_dsa65], 'nz-256': ['ML-DSA-87', ml_dsa87] };
for (const [level, [algorithm, dsa]] of Object.entries(DSA)) {
  const key = await call('POST', '/v1/keys', { purpose: 'signature', parameterSet: level });
  check(`${algorithm}: key algorithm`, key.algorithm === algorithm, { got: key.algorithm });
  const publicKey = unb64(key.publicKey);
  check(`${algorithm}: public key length`, publicKey.length === dsa.lengths.publicKey, { got: publicKey.length });
  const message = utf8(`interop message for ${algorithm}`);
  const context = utf8('nexuszero interop context');
  for (const [label, extra] of [['no context', {}], ['context', { context: b64(context) }],
    ['deterministic, context', { context: b64(context), deterministic: true }]]) {
    const signed = await call('POST', `/v1/keys/${key.keyId}/signatures`, { message: b64(message), ...extra });
    const signature = unb64(signed.signature);
    const opts = extra.context ? { context } : {};
    check(`(a) ${algorithm}: noble verifies the service's signature (${label})`,
      dsa.verify(signature, message, publicKey, opts));
    // the checks must be able to fail: another context, another message
    check(`(a) ${algorithm}: noble refuses it under another context (${label})`,
      !dsa.verify(signature, message, publicKey, { context: utf8('other context') }));
    check(`(a) ${algorithm}: noble refuses it for another message (${label})`,
      !dsa.verify(signature, utf8('other message'), publicKey, opts));
  }

  const seed = randomBytes(32);
  const own = dsa.keygen(new Uint8Array(seed));
  for (const [label, context] of [['no context', undefined], ['context', utf8('noble context')]]) {
    const signature = dsa.sign(message, own.secretKey, context ? { context } : {});
    const request = { algorithm, publicKey: b64(own.publicKey), message: b64(message), signature: b64(signature) };
    if (context) request.context = b64(context);
    const verified = await call('POST', '/v1/signatures/verify', request);
    check(`(b) ${algorithm}: the service accepts noble's signature (${label})`, verified.valid === true);
    const altered = Uint8Array.from(signature);
    altered[10] ^= 1;
    const refused = await call('POST', '/v1/signatures/verify', { ...request, signature: b64(altered) });
    check(`(b) ${algorithm}: the service refuses an altered noble signature (${label})`, refused.valid === false);
  }
}

// ---- (c): HPKE with ML-KEM, from docs/CRYPTO.md ------------------------------------------------------------------
const concat = (...parts) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const i2osp = (value, length) => {
  const out = new Uint8Array(length);
  for (let i = length - 1; i >= 0; i--) { out[i] = value & 0xff; value >>>= 8; }
  return out;
};
const hmac = (key, data) => new Uint8Array(createHmac('sha256', key.length ? key : new Uint8Array(32)).update(data).digest());
const extract = (salt, ikm) => hmac(salt, ikm);                        // HKDF-Extract (RFC 5869)
const expand = (prk, info, length) => {                                // HKDF-Expand (RFC 5869)
  let previous = new Uint8Array(0);
  let out = new Uint8Array(0);
  for (let block = 1; out.length < length; block++) {
    previous = hmac(prk, concat(previous, info, [block]));
    out = concat(out, previous);
  }
  return out.slice(0, length);
};
function keySchedule(kemId, aeadId, sharedSecret, info) {              // RFC 9180 §5.1, mode_base
  const suiteId = concat(utf8('HPKE'), i2osp(kemId, 2), i2osp(0x0001, 2), i2osp(aeadId, 2));
  const labeledExtract = (salt, label, ikm) => extract(salt, concat(utf8('HPKE-v1'), suiteId, utf8(label), ikm));
  const labeledExpand = (prk, label, ctx, length) =>
    expand(prk, concat(i2osp(length, 2), utf8('HPKE-v1'), suiteId, utf8(label), ctx), length);
  const context = concat([0x00], labeledExtract(new Uint8Array(0), 'psk_id_hash', new Uint8Array(0)),
    labeledExtract(new Uint8Array(0), 'info_hash', info));
  const secret = labeledExtract(sharedSecret, 'secret', new Uint8Array(0));
  return { key: labeledExpand(secret, 'key', context, 32), nonce: labeledExpand(secret, 'base_nonce', context, 12) };
}
function seal(aead, key, nonce, aad, plaintext) {
  const cipher = aead === 'AES-256-GCM'
    ? createCipheriv('aes-256-gcm', key, nonce)
    : createCipheriv('chacha20-poly1305', key, nonce, { authTagLength: 16 });
  cipher.setAAD(aad, { plaintextLength: plaintext.length });
  return concat(cipher.update(plaintext), cipher.final(), cipher.getAuthTag());
}

const KEM = { 'nz-128': ['ML-KEM-512', ml_kem512, 0x0040], 'nz-192': ['ML-KEM-768', ml_kem768, 0x0041],
  'nz-256': ['ML-KEM-1024', ml_kem1024, 0x0042] };
const AEAD_IDS = { 'AES-256-GCM': 0x0002, 'ChaCha20-Poly1305': 0x0003 };
for (const [level, [algorithm, kem, kemId]] of Object.entries(KEM)) {
  const created = await call('POST', '/v1/keys', { purpose: 'kem', parameterSet: level });
  // the public key as any client would fetch it: GET /v1/keys/{keyId}, public
  const key = await call('GET', `/v1/keys/${created.keyId}`);
  const publicKey = unb64(key.publicKey);
  check(`${algorithm}: encapsulation key length`, publicKey.length === kem.lengths.publicKey, { got: publicKey.length });
  for (const [aead, aeadId] of Object.entries(AEAD_IDS)) {
    const plaintext = utf8(`secret for ${algorithm} with ${aead}: ` + 'x'.repeat(1000));
    const aad = utf8('record 42');
    const info = utf8('nexuszero interop');
    const { cipherText: enc, sharedSecret } = kem.encapsulate(publicKey);
    const { key: aeadKey, nonce } = keySchedule(kemId, aeadId, sharedSecret, info);
    const ciphertext = seal(aead, aeadKey, nonce, aad, plaintext);
    const request = { encapsulatedKey: b64(enc), ciphertext: b64(ciphertext), aad: b64(aad), info: b64(info), aead };
    const opened = await call('POST', `/v1/keys/${created.keyId}/decrypt`, request);
    check(`(c) ${algorithm} ${aead}: the service decrypts what this client encrypted`,
      opened.plaintext === b64(plaintext));
    // and the check can fail: the same ciphertext under another aad is refused
    const response = await fetch(`${BASE}/v1/keys/${created.keyId}/decrypt`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', ...(TOKEN ? { Authorization: `Bearer ${TOKEN}` } : {}) },
      body: JSON.stringify({ ...request, aad: b64(utf8('record 43')) }) });
    check(`(c) ${algorithm} ${aead}: another aad is refused (422 decryption_failed)`,
      response.status === 422 && (await response.json()).code === 'decryption_failed', { status: response.status });
  }
}

const failed = results.filter((r) => !r.ok);
console.log(JSON.stringify({ summary: true, checks: results.length, failed: failed.length }));
process.exit(failed.length === 0 ? 0 : 1);
