'use strict';
// The .vsix written by package-vsix.js, read back with an independent minimal ZIP reader (central directory
// -> local headers -> inflate -> CRC-32 check), as VS Code's installer would read it.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { buildVsix, crc32, SHIPPED } = require('../package-vsix');

const root = path.join(__dirname, '..');

function readZip(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'no end-of-central-directory record');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'bad central directory header');
    const method = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extra = buf.readUInt16LE(p + 30);
    const comment = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8');
    assert.equal(buf.readUInt32LE(localOffset), 0x04034b50, `bad local header for ${name}`);
    const dataStart = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    const raw = buf.subarray(dataStart, dataStart + compressedSize);
    const data = method === 8 ? zlib.inflateRawSync(raw) : raw;
    assert.equal(data.length, size, `${name}: size`);
    assert.equal(crc32(data), crc, `${name}: CRC-32`);
    files.set(name, data);
    p += 46 + nameLength + extra + comment;
  }
  return files;
}

test('CRC-32 matches the standard check value', () => assert.equal(crc32(Buffer.from('123456789')), 0xcbf43926));

test('archive holds the OPC parts and every shipped file unchanged', () => {
  const files = readZip(buildVsix().archive);
  assert.ok(files.has('[Content_Types].xml'));
  assert.ok(files.has('extension.vsixmanifest'));
  for (const rel of SHIPPED) {
    assert.deepEqual(files.get(`extension/${rel}`), fs.readFileSync(path.join(root, rel)), rel);
  }
  assert.ok(![...files.keys()].some((n) => n.includes('node_modules') || n.includes('/test/')));
  const types = files.get('[Content_Types].xml').toString();
  for (const name of [...files.keys()].filter((n) => n !== '[Content_Types].xml')) {
    assert.ok(types.includes(`Extension="${path.extname(name)}"`), `no content type for ${name}`);
  }
});

test('manifest identity comes from package.json', () => {
  const { manifest, archive } = buildVsix();
  const xml = readZip(archive).get('extension.vsixmanifest').toString();
  assert.ok(xml.includes(`Id="${manifest.name}"`));
  assert.ok(xml.includes(`Version="${manifest.version}"`));
  assert.ok(xml.includes(`Publisher="${manifest.publisher}"`));
  assert.ok(xml.includes('Path="extension/package.json"'));
});

test('everything the shipped code requires is shipped or built into Node/VS Code', () => {
  const shipped = new Set(SHIPPED);
  for (const rel of SHIPPED.filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(root, rel), 'utf8');
    for (const m of code.matchAll(/require\('([^']+)'\)/g)) {
      const request = m[1];
      if (request === 'vscode' || request.startsWith('node:')) continue;
      assert.ok(request.startsWith('.'), `${rel} requires package ${request}, which the .vsix does not contain`);
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(rel), `${request}.js`));
      assert.ok(shipped.has(target), `${rel} requires ${target}, which is not in SHIPPED`);
    }
  }
});

test('same sources give the same bytes', () => assert.deepEqual(buildVsix().archive, buildVsix().archive));
