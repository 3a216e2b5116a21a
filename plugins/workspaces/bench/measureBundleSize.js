// What the plugin adds to an app's download, gzipped.
//
// Method: esbuild bundles the plugin's entry point the way a production app
// build would (minified, ESM, lazy routes split into their own chunks), and
// leaves out only what every Backstage app already ships whether or not it
// installs this plugin: React, react-router, Material UI v4, react-use and
// @backstage/*. Everything else the plugin pulls in (our -common package with
// its validation, zod, permissions) is bundled and counted. Building the whole
// app takes minutes and mixes our code into shared chunks, so that would
// measure the app rather than the plugin.
const path = require('path');
const zlib = require('zlib');
const fs = require('fs');
const os = require('os');
const esbuild = require('esbuild');

const pluginDir = path.resolve(__dirname, '..');
const sharedWithEveryApp = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'react-router',
  'react-router-dom',
  '@material-ui/*',
  '@backstage/*',
  'react-use',
  'react-use/*',
];

async function measureBundleSize() {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'workspaces-bundle-'));
  try {
    const result = await esbuild.build({
      entryPoints: [
        path.join(pluginDir, 'src/index.ts'),
        path.join(pluginDir, 'src/alpha.tsx'),
      ],
      bundle: true,
      splitting: true,
      format: 'esm',
      minify: true,
      platform: 'browser',
      target: 'es2020',
      jsx: 'automatic',
      outdir,
      external: sharedWithEveryApp,
      define: { 'process.env.NODE_ENV': '"production"' },
      metafile: true,
      logLevel: 'silent',
    });
    const files = Object.keys(result.metafile.outputs).filter(file =>
      file.endsWith('.js'),
    );
    let rawBytes = 0;
    let gzipBytes = 0;
    for (const file of files) {
      const content = fs.readFileSync(path.resolve(file));
      rawBytes += content.length;
      gzipBytes += zlib.gzipSync(content, { level: 9 }).length;
    }
    return {
      chunks: files.length,
      rawKb: rawBytes / 1024,
      gzipKb: gzipBytes / 1024,
    };
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

module.exports = { measureBundleSize };
