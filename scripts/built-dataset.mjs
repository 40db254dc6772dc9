// Finds the dataset build.rs wrote for a checkout: OUT_DIR/dataset.json (the validated dataset,
// the same JSON the download button ships), next to dataset.origin (the checkout's path). Used by
// the prerender hook and the size ledger. A build has just run, so the newest file of this
// checkout is the current data.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

/** The path of the newest dataset.json that build.rs wrote for `checkout` (a directory). */
export function builtDatasetFile(checkout) {
  checkout = fs.realpathSync(checkout);
  const meta = JSON.parse(execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'],
    { cwd: checkout, encoding: 'utf8', maxBuffer: 64 << 20 }));
  const target = meta.target_directory;
  const pkg = meta.packages.find((p) => fs.realpathSync(path.dirname(p.manifest_path)) === checkout)?.name;
  if (!pkg) throw new Error(`built-dataset: no package at ${checkout}`);
  // <target>/<profile>/build/<pkg>-<hash>/out and <target>/<triple>/<profile>/build/<pkg>-<hash>/out
  const found = [];
  const visit = (dir, depth) => {
    let entries;
    try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries.filter((x) => x.isDirectory())) {
      const p = path.join(dir, e.name);
      if (e.name === 'build') {
        for (const b of fs.readdirSync(p).filter((n) => n.startsWith(`${pkg}-`))) {
          const out = path.join(p, b, 'out');
          try {
            const originFile = path.join(out, 'dataset.origin');
            const origin = fs.readFileSync(originFile, 'utf8');
            const file = path.join(out, 'dataset.json');
            const mtime = fs.statSync(file).mtimeMs;
            // build.rs writes the origin right after the JSON: a JSON newer than its origin was
            // written by a build.rs that writes no origin (an older checkout's).
            const fresh = fs.statSync(originFile).mtimeMs >= mtime;
            found.push({ file, origin: fresh ? origin : 'an older build.rs', mine: fresh && fs.realpathSync(origin) === checkout, mtime });
          } catch { /* the build-script compile dir, or an older build without dataset.origin */ }
        }
      } else if (depth > 0 && !['deps', 'incremental', '.fingerprint', 'examples', 'doc'].includes(e.name)) {
        visit(p, depth - 1);
      }
    }
  };
  visit(target, 2);
  const mine = found.filter((f) => f.mine).sort((a, b) => b.mtime - a.mtime);
  if (mine.length) return mine[0].file;
  const others = [...new Set(found.map((f) => f.origin))];
  throw new Error(`built-dataset: no dataset.json built from ${checkout} under ${target}` +
    (others.length ? ` (the last one there came from ${others.join(', ')}: a target dir shared with another checkout;` +
      ' build this one again, after `touch build.rs` if cargo thinks it is fresh)' : ''));
}
