/**
 * A department's house layout: the small differences Decree 30/2020 allows
 * (margins, body size, line spacing, paragraph spacing), read from the
 * `layout:` section of `.vbhc.yaml` or the `vbhc.layout.*` settings (same
 * keys). Every value is checked against the decree's range: a value outside
 * it is reported and clamped to the nearest allowed value, a value that is
 * not a number is reported and the default used — never used silently.
 */
import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { msg, pick, type Msg } from '../i18n';
import { SourceText } from '../text/source-text';
import type { Lang, VbhcDiagnostic } from '../types';
import { DEFAULT_HOUSE_LAYOUT, HOUSE_LAYOUT_RANGE, type HouseLayout } from './layout-constants';

/** Diagnostic codes of the settings file (`.vbhc.yaml`). */
export const LAYOUT_CODE = {
  /** A value outside the decree's range (clamped). */
  RANGE: 'settings.layout-range',
  /** A value that is not a number, a section that is not a map, or an unknown key (ignored). */
  INVALID: 'settings.layout-invalid',
} as const;

/** One finding about a house layout value. */
export interface LayoutProblem {
  code: (typeof LAYOUT_CODE)[keyof typeof LAYOUT_CODE];
  /** Key path under `layout`, e.g. `['margins_mm', 'top']`; empty for the section itself. */
  path: string[];
  /** The finding is about the key itself (an unknown key), not its value. */
  onKey?: boolean;
  message: Msg;
}

/** The house layout a settings value gives, and what was wrong with it. */
export interface ResolvedLayout {
  layout: HouseLayout;
  problems: LayoutProblem[];
}

type Limits = { min: number; max?: number; unit: string; vi: string; en: string };

/** Keys of a layout section, their limits (from HOUSE_LAYOUT_RANGE) and names for messages. */
const MARGIN_KEYS = {
  top: { ...HOUSE_LAYOUT_RANGE.MARGIN_TOP_MM, unit: 'mm', vi: 'Lề trên', en: 'Top margin' },
  bottom: { ...HOUSE_LAYOUT_RANGE.MARGIN_BOTTOM_MM, unit: 'mm', vi: 'Lề dưới', en: 'Bottom margin' },
  left: { ...HOUSE_LAYOUT_RANGE.MARGIN_LEFT_MM, unit: 'mm', vi: 'Lề trái', en: 'Left margin' },
  right: { ...HOUSE_LAYOUT_RANGE.MARGIN_RIGHT_MM, unit: 'mm', vi: 'Lề phải', en: 'Right margin' },
} as const satisfies Record<keyof HouseLayout['marginsMm'], Limits>;

const SCALAR_KEYS = {
  body_pt: { ...HOUSE_LAYOUT_RANGE.BODY_PT, unit: 'pt', vi: 'Cỡ chữ phần nội dung', en: 'Body type size' },
  line_spacing: { ...HOUSE_LAYOUT_RANGE.LINE_SPACING, unit: '', vi: 'Giãn dòng', en: 'Line spacing' },
  paragraph_spacing_pt: { ...HOUSE_LAYOUT_RANGE.PARAGRAPH_SPACING_PT, unit: 'pt', vi: 'Khoảng cách giữa các đoạn', en: 'Paragraph spacing' },
} as const satisfies Record<string, Limits>;

const FIELD_OF = { body_pt: 'bodyPt', line_spacing: 'lineSpacing', paragraph_spacing_pt: 'paragraphSpacingPt' } as const;

const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
const fmt = (n: number, unit: string) => `${String(n).replace('.', ',')}${unit ? ` ${unit}` : ''}`;
const fmtEn = (n: number, unit: string) => `${n}${unit ? ` ${unit}` : ''}`;
const rangeVi = (l: Limits) => (l.max === undefined ? `từ ${fmt(l.min, l.unit)} trở lên` : `${fmt(l.min, l.unit)}–${fmt(l.max, l.unit)}`);
const rangeEn = (l: Limits) => (l.max === undefined ? `${fmtEn(l.min, l.unit)} or more` : `${fmtEn(l.min, l.unit)}–${fmtEn(l.max, l.unit)}`);

/** Reads one numeric value: the number to use (clamped or default) and a problem when it was not usable as given. */
function readValue(raw: unknown, fallback: number, l: Limits, path: string[]): { value: number; problem?: LayoutProblem } {
  const shown = typeof raw === 'string' ? `"${raw}"` : JSON.stringify(raw);
  const n = typeof raw === 'number' ? raw : NaN;
  if (!Number.isFinite(n)) {
    return {
      value: fallback,
      problem: {
        code: LAYOUT_CODE.INVALID,
        path,
        message: msg(
          `${l.vi} phải là một số (${rangeVi(l)}), không phải ${shown}; đã dùng mặc định ${fmt(fallback, l.unit)}.`,
          `${l.en} must be a number (${rangeEn(l)}), not ${shown}; the default ${fmtEn(fallback, l.unit)} was used.`,
        ),
      },
    };
  }
  const clamped = Math.min(l.max ?? Infinity, Math.max(l.min, n));
  if (clamped === n) return { value: n };
  return {
    value: clamped,
    problem: {
      code: LAYOUT_CODE.RANGE,
      path,
      message: msg(
        `${l.vi} ${fmt(n, l.unit)} nằm ngoài khoảng Nghị định 30/2020/NĐ-CP cho phép (${rangeVi(l)}); đã dùng ${fmt(clamped, l.unit)}. Sửa thành một giá trị trong khoảng đó.`,
        `${l.en} ${fmtEn(n, l.unit)} is outside the range Decree 30/2020/NĐ-CP allows (${rangeEn(l)}); ${fmtEn(clamped, l.unit)} was used. Change it to a value in that range.`,
      ),
    },
  };
}

function unknownKey(path: string[], key: string, known: readonly string[]): LayoutProblem {
  return {
    code: LAYOUT_CODE.INVALID,
    path: [...path, key],
    onKey: true,
    message: msg(`Khóa "${key}" không có trong phần layout; các khóa hợp lệ: ${known.join(', ')}.`, `Unknown key "${key}" in the layout section; valid keys: ${known.join(', ')}.`),
  };
}

function notAMap(path: string[], what: { vi: string; en: string }): LayoutProblem {
  return { code: LAYOUT_CODE.INVALID, path, message: msg(`${what.vi} phải là một bảng khóa: giá trị; đã dùng mặc định.`, `${what.en} must be a map of keys and values; the defaults were used.`) };
}

/** The house layout of a `layout` settings value (undefined or null: the defaults). */
export function resolveHouseLayout(raw: unknown): ResolvedLayout {
  const d = DEFAULT_HOUSE_LAYOUT;
  const layout: HouseLayout = { marginsMm: { ...d.marginsMm }, bodyPt: d.bodyPt, lineSpacing: d.lineSpacing, paragraphSpacingPt: d.paragraphSpacingPt };
  const problems: LayoutProblem[] = [];
  if (raw === undefined || raw === null) return { layout, problems };
  if (!isObj(raw)) return { layout, problems: [notAMap([], { vi: 'Phần layout', en: 'The layout section' })] };
  const known = ['margins_mm', ...Object.keys(SCALAR_KEYS)];
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined || value === null) continue;
    if (key === 'margins_mm') {
      if (!isObj(value)) {
        problems.push(notAMap(['margins_mm'], { vi: 'margins_mm', en: 'margins_mm' }));
        continue;
      }
      for (const [side, v] of Object.entries(value)) {
        if (v === undefined || v === null) continue;
        if (!(side in MARGIN_KEYS)) {
          problems.push(unknownKey(['margins_mm'], side, Object.keys(MARGIN_KEYS)));
          continue;
        }
        const s = side as keyof typeof MARGIN_KEYS;
        const r = readValue(v, d.marginsMm[s], MARGIN_KEYS[s], ['margins_mm', side]);
        layout.marginsMm[s] = r.value;
        if (r.problem) problems.push(r.problem);
      }
    } else if (key in SCALAR_KEYS) {
      const k = key as keyof typeof SCALAR_KEYS;
      const field = FIELD_OF[k];
      const r = readValue(value, d[field], SCALAR_KEYS[k], [key]);
      layout[field] = r.value;
      if (r.problem) problems.push(r.problem);
    } else problems.push(unknownKey([], key, known));
  }
  return { layout, problems };
}

/**
 * Diagnostics of the `layout:` section of a `.vbhc.yaml` text, each on the
 * offending value (or key). Other sections and YAML errors are not this
 * function's business (the file's reader reports those).
 */
export function houseLayoutDiagnostics(text: string, lang: Lang): VbhcDiagnostic[] {
  const source = new SourceText(text);
  let doc;
  try {
    doc = parseDocument(source.text, { lineCounter: new LineCounter(), prettyErrors: false });
  } catch {
    return [];
  }
  const root = doc.contents;
  if (doc.errors.length > 0 || !isMap(root)) return [];
  const section = root.items.find((p) => isScalar(p.key) && p.key.value === 'layout');
  if (!section) return [];
  const { problems } = resolveHouseLayout(doc.toJS()?.layout);
  const range = (n: unknown): [number, number] => {
    const r = (n as Node | null | undefined)?.range;
    return r ? [r[0], r[1]] : [0, 0];
  };
  /** The node of a key path: the value when there is one, else the key. */
  const locate = (path: string[], onKey = false): [number, number] => {
    let pair = section;
    for (const key of path) {
      const map = pair.value;
      const next = isMap(map) ? map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) : undefined;
      if (!next) break;
      pair = next;
    }
    return range(onKey ? pair.key : (pair.value ?? pair.key));
  };
  return problems.map((p) => {
    const [s, e] = locate(p.path, p.onKey);
    return { range: source.rangeOf(s, e), severity: 'warning', code: p.code, message: pick(p.message, lang) };
  });
}
