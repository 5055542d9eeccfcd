// The citations of a document open in the editor are read group by group
// (text between blank lines) and kept by group text; they must equal one
// scan of the whole body, which is how a closed file is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../model/document';
import { documentCitations } from './recognizer';

const OWN = `---
loai: KH
trich_yeu: "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024"
ngay: 2025-03-10
---

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ.
   
Thực hiện Kế hoạch số 12/KH-UBND ngày 02/01/2025 của UBND tỉnh.

# I. MỤC ĐÍCH, YÊU CẦU

- Triển khai Chỉ thị số 27/CTTg ngày 15/7/2024;
- Quy chế phối hợp số 49/QCPH-UBND-UBMT-HCTĐ và Kế hoạch số 75/KH- UBND;
  1. Công văn số 145/SKHCN-VP, xem https://vbpl.vn/12/KH-UBND ngày 1/1/2025.

| Văn bản | Ngày |
|---|---|
| Quyết định số 835/QĐ-UBND | 05/5/2025 |

> Thông tư số 01/2011/TT-BNV ngày 19/01/2011 của Bộ Nội vụ.

Theo Nghị quyết số 57-NQ/TW[^1].

[^1]: Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.

\`\`\`
Quyết định số 1/QĐ-UBND trong khối mã
\`\`\`

Kết thúc: Kế hoạch số 3/KH-SKHCN.`;

function sources(): { name: string; text: string }[] {
  const out = [{ name: 'own', text: OWN }];
  for (const f of readdirSync('examples')) if (f.endsWith('.vbhc.md')) out.push({ name: f, text: readFileSync(join('examples', f), 'utf8') });
  const corpus = join('..', 'shared', 'corpus');
  if (existsSync(corpus)) for (const f of readdirSync(corpus)) if (f.endsWith('.vbhc.md')) out.push({ name: `corpus/${f}`, text: readFileSync(join(corpus, f), 'utf8') });
  return out;
}

test('the sample text holds citations in every kind of block, around blank lines with spaces, a URL and a code block', () => {
  const whole = documentCitations(parseDocument('file:///own.vbhc.md', OWN, -1));
  const keys = whole.map((c) => c.key);
  for (const k of ['30/2020/NĐ-CP', '12/KH-UBND', '835/QĐ-UBND', '01/2011/TT-BNV', '3/KH-SKHCN']) assert.ok(keys.includes(k), `${k} in ${keys.join(' ')}`);
  assert.ok(!keys.includes('1/QĐ-UBND'), 'not in the code block');
  assert.ok(whole.length >= 8, `${whole.length} citations`);
});

test('read group by group (open document), twice, the citations equal one scan of the whole body (closed file)', () => {
  let n = 0;
  for (const { name, text } of sources()) {
    const whole = documentCitations(parseDocument(`file:///${name}`, text, -1));
    for (let round = 0; round < 2; round++) {
      const grouped = documentCitations(parseDocument(`file:///${name}`, text, 1));
      assert.deepEqual(grouped, whole, `${name}, round ${round}`);
    }
    n += whole.length;
  }
  assert.ok(n > 20, `${n} citations compared`);
});
