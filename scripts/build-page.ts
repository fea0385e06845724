// Build the what-if page into dist/page (or the folder given): `npm run build:page [-- DIR]`.
import path from 'node:path';
import { buildPage } from './lib/buildPage';

const dir = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist', 'page'));
const built = await buildPage(dir);
for (const [file, bytes] of Object.entries(built.files))
  console.log(`${file.padEnd(22)} ${(bytes / 1024).toFixed(1).padStart(8)} kB`);
console.log(`The page is in ${dir}`);
