// Checks an entry of the coalition record in the browser, trusting only WebCrypto:
// 1. fetch the entry's canonical bytes and hash them: leaf = SHA-256(0x00 || bytes);
// 2. fetch the latest signed tree head; verify the log's Ed25519 signature over its checkpoint
//    text, then read the tree size and root hash from that signed text;
// 3. fetch the inclusion proof of the leaf in that tree and run RFC 9162 section 2.1.3.2 on it.
// The log key is pinned in this browser the first time it is seen (trust on first use).
(function () {
  'use strict';

  const messages = document.getElementById('ledger-messages').dataset;
  const encoder = new TextEncoder();

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function toBase64(bytes) {
    let binary = '';
    bytes.forEach(b => { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function fromHex(hex) {
    if (!/^[0-9a-f]*$/.test(hex) || hex.length % 2 !== 0) throw new Error('not hex: ' + hex);
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.substr(2 * i, 2), 16);
    return bytes;
  }

  function toHex(bytes) {
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  }

  function equal(a, b) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }

  async function sha256(...parts) {
    const length = parts.reduce((n, p) => n + p.length, 0);
    const joined = new Uint8Array(length);
    let offset = 0;
    for (const p of parts) { joined.set(p, offset); offset += p.length; }
    return new Uint8Array(await crypto.subtle.digest('SHA-256', joined));
  }

  const leafHash = bytes => sha256(Uint8Array.of(0), bytes);
  const nodeHash = (left, right) => sha256(Uint8Array.of(1), left, right);

  // RFC 9162 section 2.1.3.2, step for step; numbers stay exact up to 2^53 leaves.
  async function verifyInclusion(leaf, leafIndex, treeSize, path, root) {
    if (leafIndex >= treeSize) return false;
    let fn = leafIndex;
    let sn = treeSize - 1;
    let r = leaf;
    for (const p of path) {
      if (sn === 0) return false;
      if (fn % 2 === 1 || fn === sn) {
        r = await nodeHash(p, r);
        while (fn % 2 === 0 && fn !== 0) {
          fn = Math.floor(fn / 2);
          sn = Math.floor(sn / 2);
        }
      } else {
        r = await nodeHash(r, p);
      }
      fn = Math.floor(fn / 2);
      sn = Math.floor(sn / 2);
    }
    return sn === 0 && equal(r, root);
  }

  async function verifySignature(publicKey, signature, message) {
    const key = await crypto.subtle.importKey('raw', publicKey, { name: 'Ed25519' }, false, ['verify']);
    return crypto.subtle.verify({ name: 'Ed25519' }, key, signature, message);
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    return response.json();
  }

  async function check(seq) {
    const entry = await getJson('/api/v1/ledger/entries/' + seq);
    const leaf = await leafHash(fromBase64(entry.canonical));
    const head = await getJson('/api/v1/ledger/tree-head');
    const checkpoint = head.checkpoint;
    const lines = checkpoint.split('\n');
    if (lines.length < 4 || lines[lines.length - 1] !== '') return { ok: false, why: 'malformed checkpoint' };
    const pinned = localStorage.getItem('reassure.ledger.logKey');
    if (pinned && pinned !== head.publicKey && !sessionStorage.getItem('reassure.ledger.keyRotationSeen')) {
      return { ok: false, why: messages.keyChanged };
    }
    if (!await verifySignature(fromBase64(head.publicKey), fromBase64(head.signature), encoder.encode(checkpoint))) {
      return { ok: false, why: 'the tree head signature does not verify' };
    }
    localStorage.setItem('reassure.ledger.logKey', head.publicKey);
    const treeSize = Number(lines[1]);
    const root = fromBase64(lines[2]);
    if (seq >= treeSize) return { ok: null, why: messages.unsigned };
    const proof = await getJson('/api/v1/ledger/proofs/inclusion?leafHash=' + toHex(leaf) + '&treeSize=' + treeSize);
    if (proof.leafIndex !== seq) return { ok: false, why: 'the proof is for entry ' + proof.leafIndex };
    if (!await verifyInclusion(leaf, proof.leafIndex, treeSize, proof.path.map(fromHex), root)) {
      return { ok: false, why: 'the inclusion proof does not lead to the signed root' };
    }
    for (const c of head.cosignatures) {
      const message = encoder.encode('cosignature/v1\ntime ' + c.time + '\n' + checkpoint);
      if (!await verifySignature(fromBase64(c.publicKey), fromBase64(c.signature), message)) {
        return { ok: false, why: 'the cosignature of ' + c.witness + ' does not verify' };
      }
    }
    return { ok: true, size: treeSize, root: toBase64(root) };
  }

  async function onClick(event) {
    const button = event.currentTarget;
    const seq = Number(button.dataset.seq);
    const result = document.getElementById('verify-result-' + seq);
    result.className = 'verify-result';
    result.textContent = messages.checking;
    try {
      const outcome = await check(seq);
      if (outcome.ok) {
        result.classList.add('ok');
        result.textContent = messages.verified.replace('{size}', outcome.size);
      } else if (outcome.ok === null) {
        result.textContent = outcome.why;
      } else {
        result.classList.add('bad');
        result.textContent = messages.failed + ': ' + outcome.why;
      }
    } catch (e) {
      result.classList.add('bad');
      const unsupported = e && (e.name === 'NotSupportedError' || /Ed25519/.test(String(e.message)));
      result.textContent = messages.failed + ': ' + (unsupported ? messages.unsupported : e.message);
    }
  }

  document.querySelectorAll('button.verify').forEach(b => b.addEventListener('click', onClick));
})();
