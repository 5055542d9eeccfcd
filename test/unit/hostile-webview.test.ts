// The preview webview's security envelope, checked outside VS Code: the CSP
// the client puts on every page (default-src 'none', nonce-only scripts and
// styles, nothing remote), the page wrapping that puts the CSP first, and —
// by reading the client source, since createWebviewPanel needs VS Code — the
// panel options (localResourceRoots limited to the extension, no command URIs)
// and the server page rendered through it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import Module from 'node:module';
import { join } from 'node:path';
import { FUZZ_URI, serviceWith } from '../fuzz/harness';

const CLIENT_SRC = join(process.cwd(), 'client/src');
const PREVIEW_TS = join(CLIENT_SRC, 'features/preview.ts');

/** A stand-in for the `vscode` module: every property is itself, every call returns itself. */
function vscodeStub(): unknown {
  const f: (...args: unknown[]) => unknown = () => stub;
  const stub: unknown = new Proxy(f, {
    get: (_t, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : stub),
    apply: () => stub,
    construct: () => stub as object,
  });
  return stub;
}

type PreviewModule = { previewCsp(nonce: string, cspSource: string): string; securePage(html: string, nonce: string, cspSource: string): string };

function loadPreview(): PreviewModule {
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  const stub = vscodeStub();
  mod._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? stub : original.call(this, request, ...rest);
  };
  try {
    return Module.createRequire(__filename)(PREVIEW_TS) as PreviewModule;
  } finally {
    mod._load = original;
  }
}

/** Parses a CSP into directive → sources. */
function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const CSP_SOURCE = 'https://file+.vscode-resource.vscode-cdn.net';
const NONCE = 'q1w2e3r4t5y6u7i8o9p0aA==';

test("the preview CSP is default-src 'none' with nonce-only scripts and styles and no remote or inline sources", () => {
  const { previewCsp } = loadPreview();
  const d = directives(previewCsp(NONCE, CSP_SOURCE));
  assert.deepEqual(d.get('default-src'), ["'none'"]);
  assert.deepEqual(d.get('script-src'), [`'nonce-${NONCE}'`]);
  assert.deepEqual(d.get('style-src'), [`'nonce-${NONCE}'`]);
  for (const [name, sources] of d) {
    for (const s of sources) {
      assert.ok(!/unsafe-inline|unsafe-eval|\*|^https?:$|^http:/.test(s), `${name} allows ${s}`);
      assert.ok(s === CSP_SOURCE || s === 'data:' || s.startsWith("'"), `${name} allows the foreign source ${s}`);
    }
  }
  assert.ok(!d.has('connect-src') && !d.has('frame-src') && !d.has('child-src'), 'no network, frames or workers');
});

test('securePage puts the CSP meta first in <head>, for a full page, a page without head and a bare fragment', () => {
  const { securePage } = loadPreview();
  for (const html of ['<!DOCTYPE html><html><head><title>x</title></head><body>x</body></html>', '<html><body>x</body></html>', '<p>x</p>']) {
    const page = securePage(html, NONCE, CSP_SOURCE);
    const head = /<head[^>]*>([\s\S]*?)<\/head>/i.exec(page);
    assert.ok(head, `a head in ${page}`);
    assert.match(head[1], /^<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
  }
});

test('a server page with hostile content wrapped by securePage keeps one nonce for every script and style, and the CSP comes before them', () => {
  const { securePage } = loadPreview();
  const text = '---\nloai: BC\nco_quan: "<script>alert(1)</script>"\nky_hieu: SKHCN\ndia_danh: "Quảng Ngãi"\nngay: 2025-05-30\ntrich_yeu: "x"\nnoi_nhan: ["Lưu: VT"]\nky:\n  chuc_vu: "GĐ"\n  ho_ten: "A"\n---\n\n<img src=x onerror=alert(1)> <script>alert(2)</script>./.\n';
  const page = securePage(serviceWith(text).renderHtml(FUZZ_URI, { nonce: NONCE }), NONCE, CSP_SOURCE);
  const cspAt = page.indexOf('Content-Security-Policy');
  const tags = [...page.matchAll(/<(script|style)\b[^>]*>/gi)];
  assert.ok(tags.length > 0);
  for (const m of tags) {
    assert.match(m[0], new RegExp(`nonce="${NONCE.replace(/[+/=]/g, (c) => '\\' + c)}"`), m[0]);
    assert.ok(m.index! > cspAt, 'the CSP is in force before any script or style');
  }
  assert.ok(!/<img\b/i.test(page));
});

test('the preview panel may read only the extension folder and cannot run command URIs (read from the client source)', () => {
  const src = readFileSync(PREVIEW_TS, 'utf8');
  const call = /createWebviewPanel\(([\s\S]*?)\);/.exec(src);
  assert.ok(call, 'the preview creates its panel with createWebviewPanel');
  assert.match(call[1], /localResourceRoots:\s*\[\s*ctx\.extension\.extensionUri\s*\]/);
  assert.ok(!/enableCommandUris\s*:\s*true/.test(src));
  assert.match(src, /randomBytes\(16\)/, 'a fresh 128-bit nonce per render');
});

test('no client file weakens a webview: no unsafe-inline/unsafe-eval, no command URIs, no localResourceRoots beyond the extension', () => {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const n of readdirSync(dir)) {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (n.endsWith('.ts')) files.push(p);
    }
  };
  walk(CLIENT_SRC);
  assert.ok(files.length > 0);
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    assert.ok(!/unsafe-inline|unsafe-eval/.test(src), `${f} mentions unsafe-inline/unsafe-eval`);
    assert.ok(!/enableCommandUris\s*:\s*true/.test(src), `${f} enables command URIs`);
    for (const m of src.matchAll(/localResourceRoots\s*:\s*\[([^\]]*)\]/g)) assert.match(m[1].trim(), /^ctx\.extension\.extensionUri$|^context\.extensionUri$|^this\.ctx\.extension\.extensionUri$/, `${f}: ${m[0]}`);
  }
});
