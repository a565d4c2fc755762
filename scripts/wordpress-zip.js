// Builds dist/iop-fit-check-wordpress.zip: the plugin in wordpress/iop-fit-check/
// plus the built widget (dist/iop-fit-check.js and dist/locales/) as its assets/,
// under one iop-fit-check/ folder, as WordPress's "Upload Plugin" expects.
// The zip is written here with node:zlib, so no zip program is needed.
import {existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {dirname, join, relative, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {deflateRawSync} from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pluginDir = join(root, 'wordpress', 'iop-fit-check');
const dist = join(root, 'dist');
const output = join(dist, 'iop-fit-check-wordpress.zip');

const fail = (message) => {
  console.error(`wordpress:zip: ${message}`);
  process.exit(1);
};

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesIn(dir, skip = () => false) {
  const found = [];
  const walk = (current) => {
    for (const entry of readdirSync(current, {withFileTypes: true})) {
      const path = join(current, entry.name);
      const name = relative(dir, path).split(sep).join('/');
      if (entry.name.startsWith('.') || skip(name)) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) found.push(name);
    }
  };
  walk(dir);
  return found.sort();
}

// What goes in: the plugin's own files (any assets/ copied there by hand are left out),
// then the built script and its language files.
const widget = join(dist, 'iop-fit-check.js');
const localeDir = join(dist, 'locales');
if (!existsSync(widget) || !existsSync(localeDir)) {
  fail('dist/iop-fit-check.js or dist/locales/ is missing: run `npm run build` first.');
}
const entries = [
  ...filesIn(pluginDir, (name) => name === 'assets' || name.startsWith('assets/')).map((name) => ({
    name,
    source: join(pluginDir, name),
  })),
  {name: 'assets/iop-fit-check.js', source: widget},
  ...filesIn(localeDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({name: `assets/locales/${name}`, source: join(localeDir, name)})),
];

// The versions and language lists that must agree before the zip is worth shipping.
const text = (name) => readFileSync(join(pluginDir, name), 'utf8');
const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const main = text('iop-fit-check.php');
const found = {
  'iop-fit-check.php header Version': /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1],
  IOP_FIT_CHECK_VERSION: /const IOP_FIT_CHECK_VERSION = '([^']+)'/.exec(main)?.[1],
  'readme.txt Stable tag': /^Stable tag:\s*(\S+)/m.exec(text('readme.txt'))?.[1],
  'block.json version': JSON.parse(text('block/block.json')).version,
};
for (const [where, value] of Object.entries(found)) {
  if (value !== version) fail(`${where} is ${value ?? 'missing'}, package.json says ${version}.`);
}
const phpLocales = /function iop_fit_check_locales\(\) \{\s*return array\(([^)]*)\)/
  .exec(text('includes/validation.php'))?.[1]
  .match(/'[^']+'/g)
  ?.map((quoted) => quoted.slice(1, -1))
  .sort();
const builtLocales = [
  'en',
  ...filesIn(localeDir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => name.slice(0, -3)),
].sort();
if (JSON.stringify(phpLocales) !== JSON.stringify(builtLocales)) {
  fail(
    `includes/validation.php lists ${phpLocales?.join(' ')} but dist/locales/ has ${builtLocales.join(' ')}.`
  );
}

// CRC-32 (IEEE), as the zip format wants for each file.
const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};

/** MS-DOS date and time, which zip entries carry. */
function dosTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return {time, day};
}

// One timestamp for every entry (the newest input, or SOURCE_DATE_EPOCH), so the same
// files always make the same zip.
const stamp = process.env.SOURCE_DATE_EPOCH
  ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
  : new Date(Math.max(...entries.map((entry) => statSync(entry.source).mtimeMs)));
const {time, day} = dosTime(stamp);

const folders = new Set();
for (const {name} of entries) {
  const parts = `iop-fit-check/${name}`.split('/').slice(0, -1);
  parts.forEach((_, i) => folders.add(`${parts.slice(0, i + 1).join('/')}/`));
}

const local = [];
const central = [];
let offset = 0;
const add = (name, data, mode) => {
  const nameBytes = Buffer.from(name, 'utf8');
  const isFolder = name.endsWith('/');
  const packed = isFolder ? data : deflateRawSync(data, {level: 9});
  const crc = isFolder ? 0 : crc32(data);
  const method = isFolder ? 0 : 8;
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4); // version needed: 2.0
  header.writeUInt16LE(0x0800, 6); // names are UTF-8
  header.writeUInt16LE(method, 8);
  header.writeUInt16LE(time, 10);
  header.writeUInt16LE(day, 12);
  header.writeUInt32LE(crc, 14);
  header.writeUInt32LE(packed.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  header.writeUInt16LE(0, 28);
  local.push(header, nameBytes, packed);

  const entry = Buffer.alloc(46);
  entry.writeUInt32LE(0x02014b50, 0);
  entry.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, zip 2.0, so modes survive unzip
  entry.writeUInt16LE(20, 6);
  entry.writeUInt16LE(0x0800, 8);
  entry.writeUInt16LE(method, 10);
  entry.writeUInt16LE(time, 12);
  entry.writeUInt16LE(day, 14);
  entry.writeUInt32LE(crc, 16);
  entry.writeUInt32LE(packed.length, 20);
  entry.writeUInt32LE(data.length, 24);
  entry.writeUInt16LE(nameBytes.length, 28);
  entry.writeUInt16LE(0, 30); // extra
  entry.writeUInt16LE(0, 32); // comment
  entry.writeUInt16LE(0, 34); // disk
  entry.writeUInt16LE(0, 36); // internal attributes
  entry.writeUInt32LE(((mode << 16) | (isFolder ? 0x10 : 0)) >>> 0, 38);
  entry.writeUInt32LE(offset, 42);
  central.push(entry, nameBytes);
  offset += header.length + nameBytes.length + packed.length;
};

for (const folder of [...folders].sort()) add(folder, Buffer.alloc(0), 0o40755);
for (const {name, source} of entries) add(`iop-fit-check/${name}`, readFileSync(source), 0o100644);

const directory = Buffer.concat(central);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(0, 4);
end.writeUInt16LE(0, 6);
const count = folders.size + entries.length;
end.writeUInt16LE(count, 8);
end.writeUInt16LE(count, 10);
end.writeUInt32LE(directory.length, 12);
end.writeUInt32LE(offset, 16);
end.writeUInt16LE(0, 20);

mkdirSync(dist, {recursive: true});
const zip = Buffer.concat([...local, directory, end]);
writeFileSync(output, zip);
console.log(
  `wordpress:zip: ${relative(root, output)} (${entries.length} files, ${(zip.length / 1024).toFixed(1)} KiB, plugin ${version})`
);
