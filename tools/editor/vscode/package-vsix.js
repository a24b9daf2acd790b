'use strict';
// Packages this folder as a VS Code extension file (.vsix) with nothing but Node's standard library, so that
// packaging works offline and needs no npm packages (`vsce` pulls in a large dependency tree).
//
// A .vsix is a ZIP archive (Open Packaging Conventions) holding:
//   [Content_Types].xml     the MIME type of each file extension in the archive;
//   extension.vsixmanifest  identity, engine and assets, derived from package.json;
//   extension/...           the extension itself: package.json, its code, grammar and configuration.
// Only the files listed in SHIPPED are packed: no tests, no node_modules (the extension has no runtime
// dependencies; vscode-textmate is for tests only).
//
// ZIP layout written here: one local header + DEFLATE data per file, then the central directory and the
// end-of-central-directory record (no ZIP64; the archive is a few tens of kilobytes). Timestamps are fixed so
// the same sources always give byte-identical archives.

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const root = __dirname;
const SHIPPED = [
  'package.json',
  'language-configuration.json',
  'syntaxes/gox.tmLanguage.json',
  'src/extension.js',
  'src/diagnostics-provider.js',
  'src/check-output.js',
  'src/goxx-process.js',
  'src/byte-columns.js',
];
const README = path.join(root, '..', 'README.md');

const CONTENT_TYPES = {
  '.json': 'application/json',
  '.js': 'application/javascript',
  '.md': 'text/markdown',
  '.vsixmanifest': 'text/xml',
};

function xmlEscape(s) {
  return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function contentTypesXml(names) {
  const extensions = [...new Set(names.map((n) => path.extname(n)))].sort();
  const defaults = extensions.map((ext) => {
    if (!CONTENT_TYPES[ext]) throw new Error(`no content type known for ${ext}`);
    return `  <Default Extension="${ext}" ContentType="${CONTENT_TYPES[ext]}"/>`;
  });
  return ['<?xml version="1.0" encoding="utf-8"?>',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">', ...defaults, '</Types>', ''].join('\n');
}

function vsixManifestXml(manifest, hasReadme) {
  const assets = ['    <Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true"/>'];
  if (hasReadme) {
    assets.push('    <Asset Type="Microsoft.VisualStudio.Services.Content.Details" Path="extension/README.md" Addressable="true"/>');
  }
  return `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011" xmlns:d="http://schemas.microsoft.com/developer/vsx-schema-design/2011">
  <Metadata>
    <Identity Language="en-US" Id="${xmlEscape(manifest.name)}" Version="${xmlEscape(manifest.version)}" Publisher="${xmlEscape(manifest.publisher)}"/>
    <DisplayName>${xmlEscape(manifest.displayName || manifest.name)}</DisplayName>
    <Description xml:space="preserve">${xmlEscape(manifest.description || '')}</Description>
    <Tags>gox,go,goxx</Tags>
    <Categories>${xmlEscape((manifest.categories || []).join(','))}</Categories>
    <GalleryFlags>Public</GalleryFlags>
    <Properties>
      <Property Id="Microsoft.VisualStudio.Code.Engine" Value="${xmlEscape(manifest.engines.vscode)}"/>
      <Property Id="Microsoft.VisualStudio.Code.ExtensionKind" Value="workspace"/>
    </Properties>
  </Metadata>
  <Installation>
    <InstallationTarget Id="Microsoft.VisualStudio.Code"/>
  </Installation>
  <Dependencies/>
  <Assets>
${assets.join('\n')}
  </Assets>
</PackageManifest>
`;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

// 1980-01-01 00:00:00, the earliest DOS timestamp: fixed for reproducible archives.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

function zip(entries) {
  const chunks = [];
  const central = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    chunks.push(local, nameBytes, compressed);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, spec 2.0
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(0x0800, 8);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(DOS_TIME, 12);
    header.writeUInt16LE(DOS_DATE, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(0, 30); // extra length
    header.writeUInt16LE(0, 32); // comment length
    header.writeUInt16LE(0, 34); // disk number
    header.writeUInt16LE(0, 36); // internal attributes
    header.writeUInt32LE((0o100644 << 16) >>> 0, 38); // external attributes: regular file, rw-r--r--
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const centralBytes = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, centralBytes, end]);
}

function buildVsix() {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  const files = SHIPPED.map((rel) => ({ name: `extension/${rel}`, data: fs.readFileSync(path.join(root, rel)) }));
  const hasReadme = fs.existsSync(README);
  if (hasReadme) files.push({ name: 'extension/README.md', data: fs.readFileSync(README) });
  const manifestXml = Buffer.from(vsixManifestXml(manifest, hasReadme), 'utf8');
  const names = [...files.map((f) => f.name), 'extension.vsixmanifest'];
  return {
    manifest,
    archive: zip([
      { name: '[Content_Types].xml', data: Buffer.from(contentTypesXml(names), 'utf8') },
      { name: 'extension.vsixmanifest', data: manifestXml },
      ...files,
    ]),
  };
}

function main() {
  const { manifest, archive } = buildVsix();
  const out = path.resolve(process.argv[2] || path.join(root, `${manifest.name}-${manifest.version}.vsix`));
  fs.writeFileSync(out, archive);
  process.stdout.write(`${out}\n`);
}

if (require.main === module) main();

module.exports = { buildVsix, crc32, SHIPPED };
