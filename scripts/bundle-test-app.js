// Bundles test/bundler-app the way a partner's bundler would: the package is
// linked into the app's node_modules and imported by name, so its package.json
// exports, its Lit dependency and its locale chunks are resolved for real.
import {mkdirSync, rmSync, symlinkSync} from 'node:fs';
import {resolve} from 'node:path';
import {rollup} from 'rollup';
import nodeResolve from '@rollup/plugin-node-resolve';

const app = resolve('test/bundler-app');
rmSync(resolve(app, 'dist'), {recursive: true, force: true});
rmSync(resolve(app, 'node_modules'), {recursive: true, force: true});
mkdirSync(resolve(app, 'node_modules'));
symlinkSync(resolve('.'), resolve(app, 'node_modules/iop-fit-check'), 'dir');

const build = await rollup({
  input: resolve(app, 'app.js'),
  plugins: [nodeResolve({browser: true})],
});
const {output} = await build.write({dir: resolve(app, 'dist'), format: 'es'});
console.log(`bundled test/bundler-app: ${output.map((chunk) => chunk.fileName).join(', ')}`);
