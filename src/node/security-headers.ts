import { readdir, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, type WorkerFile } from './security-policy.ts';

/** The lab's worker entries: src/workers/<name>-worker.ts, each bundled into <assets>/<name>-worker-<hash>.js. */
const WORKER_ENTRY = /^(.+-worker)\.ts$/;

/** Pairs each worker entry with its one bundled file; an entry with none or several is a build error. */
export function findWorkerFiles(entries: readonly string[], assetFiles: readonly string[], assetsDir: string): WorkerFile[] {
  const workers = entries.flatMap((file) => WORKER_ENTRY.exec(file)?.[1] ?? []);
  return workers.map((worker) => {
    const bundled = assetFiles.filter((file) => new RegExp(`^${worker}-[\\w-]+\\.js$`).test(file));
    if (bundled.length !== 1) {
      throw new Error(`src/workers/${worker}.ts: expected one bundled file ${assetsDir}/${worker}-<hash>.js, found ${bundled.length} (${bundled.join(', ') || 'none'})`);
    }
    return { worker, path: `${assetsDir}/${bundled[0]}` };
  });
}

/**
 * Writes `_headers` into the build folder at the end of the build: the site's security and
 * isolation headers, and each worker script's own policy on its hashed path under the base.
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  let assetsDir = '_astro';
  let workersDir: URL;
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        assetsDir = config.build.assets;
        workersDir = new URL('workers/', config.srcDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const entries = await readdir(workersDir);
        const assetFiles = await readdir(new URL(`${assetsDir}/`, dir));
        const workerFiles = findWorkerFiles(entries, assetFiles, assetsDir);
        await writeFile(new URL('_headers', dir), headersFile(base, workerFiles));
        logger.info(`_headers: site headers and the policies of ${workerFiles.map((w) => basename(w.path)).join(', ')} (${fileURLToPath(dir)})`);
      },
    },
  };
}
