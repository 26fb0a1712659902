import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

// Lists every npm package whose code ends up in the web bundle, with its licence and licence
// text, in dist/THIRD-PARTY-LICENSES.txt: what the bundle redistributes must say so (Apache-2.0 §4
// of our own licence, and the MIT/BSD/ISC notices of the others).

interface PackageInfo {
  name: string;
  version: string;
  license: string;
  text: string;
}

function packageRoot(moduleId: string): string | undefined {
  const marker = '/node_modules/';
  const at = moduleId.lastIndexOf(marker);
  if (at < 0) return undefined;
  const rest = moduleId.slice(at + marker.length).split('/');
  const name = rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  return name ? moduleId.slice(0, at + marker.length) + name : undefined;
}

function readPackage(root: string): PackageInfo | undefined {
  const manifest = join(root, 'package.json');
  if (!existsSync(manifest)) return undefined;
  const json = JSON.parse(readFileSync(manifest, 'utf8')) as {
    name?: string;
    version?: string;
    license?: string | { type?: string };
  };
  const licenceFile = readdirSync(root).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
  return {
    name: json.name ?? root,
    version: json.version ?? '',
    license: typeof json.license === 'string' ? json.license : (json.license?.type ?? 'UNKNOWN'),
    text: licenceFile ? readFileSync(join(root, licenceFile), 'utf8').trim() : '',
  };
}

export function thirdPartyLicences(): Plugin {
  return {
    name: 'ungcuu-third-party-licences',
    apply: 'build',
    generateBundle(_options, bundle) {
      const roots = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const root = packageRoot(id.replace(/\\/g, '/').replace(/^\0/, ''));
          if (root) roots.add(root);
        }
      }
      const byKey = new Map<string, PackageInfo>();
      for (const info of [...roots].map(readPackage))
        if (info) byKey.set(`${info.name}@${info.version}`, info);
      const packages = [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name));
      const body = packages
        .map(
          (p) => `${p.name}@${p.version} — ${p.license}\n\n${p.text || '(no licence file in the package)'}\n`,
        )
        .join(`\n${'-'.repeat(72)}\n\n`);
      this.emitFile({
        type: 'asset',
        fileName: 'THIRD-PARTY-LICENSES.txt',
        source: `Third-party software in the ungcuu web app (${packages.length} packages)\n\n${body}`,
      });
    },
  };
}
