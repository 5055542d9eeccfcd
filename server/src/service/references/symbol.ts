/**
 * Document symbols (số và ký hiệu) of the dialect's section 3, parsed and
 * sorted into their families:
 *
 * | family     | form                                   | example                    |
 * |------------|----------------------------------------|----------------------------|
 * | `qppl`     | `n/yyyy/TYPE-ISSUER`                   | `30/2020/NĐ-CP`            |
 * | `law`      | `n/yyyy/QHk`, `n/yyyy/UBTVQHk`         | `10/2022/QH15`             |
 * | `admin`    | `n/TYPE-ISSUER[-UNIT]`                 | `33/CT-TTg`, `39/KH-UBND`  |
 * | `cong-van` | `n/ISSUER[-UNIT]`                      | `1119/SNV-XDCQ`            |
 * | `party`    | `n-TYPE/ISSUER[-ISSUER2]`              | `114-KL/TW`                |
 *
 * A symbol that mixes two families' separators (`01/KL/TW`, `218-QĐ-TW`),
 * writes its type code in lower case (`77-Kl/TU`) or fits no family gets a
 * `problem` and, where the right form is clear, a `suggestion`. A symbol
 * broken in a way only its context reveals — a type code glued to the
 * issuer (`27/CTTg` after `Chỉ thị`), a stray space (`75/KH- UBND`) — is
 * read as the symbol meant (see brokenReading), the problem kept.
 */
import { PARTY_ONLY_CODES, PARTY_TYPE_CODES, STATE_TYPE_CODES, typeCodeIgnoringCase } from './data/cited-types';
import { isPartyIssuer, issuerByCode } from './data/issuer-codes';

/** Families of symbols. */
export type SymbolFamily = 'qppl' | 'law' | 'admin' | 'cong-van' | 'party';

/**
 * What is wrong with a symbol's form: mixed separators, a lower-case type
 * code, no family at all; or, read in context, a type code glued to the
 * issuer code (`27/CTTg`) or a stray space (`75/KH- UBND`).
 */
export type SymbolProblem = 'mixed' | 'lowercase-type' | 'no-family' | 'glued' | 'spaced';

/** A parsed symbol. */
export interface ParsedSymbol {
  /** The symbol as written. */
  text: string;
  /** The registration number (digits as written). */
  number: string;
  /** The year of a `qppl` or `law` symbol. */
  year?: number;
  /** The family whose form the symbol has (the intended one when `problem` is `mixed`). */
  family?: SymbolFamily;
  /** The type code as written (`KH`, `Kl`), when the form has one. */
  typeCode?: string;
  /** Offset of the type code inside `text`. */
  typeCodeOffset?: number;
  /** Issuer codes (Party: every issuer; state: the issuer; công văn: the issuer; law: `QH`/`UBTVQH`). */
  issuers: string[];
  /** Offset of the first issuer code inside `text`. */
  issuerOffset?: number;
  problem?: SymbolProblem;
  /** The symbol in its family's form, when the problem has one clear fix. */
  suggestion?: string;
}

const LAW_ISSUER = /^(QH|UBTVQH)(\d{1,2})$/u;
const MIN_YEAR = 1945;
const MAX_YEAR = 2100;

const memo = new Map<string, ParsedSymbol | undefined>();
const MAX_MEMO_ENTRIES = 20_000;

/**
 * Parses a symbol (`33/CT-TTg`, `114-KL/TW`, …). Undefined when the text is
 * no symbol candidate at all. Results are shared between calls: treat them
 * as read-only.
 */
export function parseSymbol(text: string): ParsedSymbol | undefined {
  if (memo.has(text)) return memo.get(text);
  const parsed = parseSymbolUncached(text);
  if (memo.size >= MAX_MEMO_ENTRIES) memo.clear();
  memo.set(text, parsed);
  return parsed;
}

function parseSymbolUncached(text: string): ParsedSymbol | undefined {
  const m = /^(\d{1,5})([/-])(?:(\d{4})\/)?(.+)$/u.exec(text);
  if (!m) return undefined;
  const number = m[1];
  const sep1 = m[2];
  const yearText = m[3];
  const rest = m[4];
  const restOffset = text.length - rest.length;
  // Segments and the separators between them, with each segment's offset.
  const segs: string[] = [];
  const seps: string[] = [];
  const offsets: number[] = [];
  let from = 0;
  for (let i = 0; i <= rest.length; i++) {
    const ch = rest[i];
    if (i < rest.length && ch !== '/' && ch !== '-') continue;
    if (i === from) return undefined;
    segs.push(rest.slice(from, i));
    offsets.push(restOffset + from);
    if (i < rest.length) seps.push(ch);
    from = i + 1;
  }
  if (!/^\p{L}/u.test(segs[0])) return undefined; // `23/5/2025` is a date, not a symbol
  const segOffset = (k: number) => offsets[k];
  const base: ParsedSymbol = { text, number, issuers: [] };
  const year = yearText ? Number(yearText) : undefined;

  if (year !== undefined) {
    base.year = year;
    if (year < MIN_YEAR || year > MAX_YEAR) return { ...base, problem: 'no-family' };
    if (segs.length === 1 && LAW_ISSUER.test(segs[0])) {
      return { ...base, family: 'law', issuers: [LAW_ISSUER.exec(segs[0])![1]], issuerOffset: segOffset(0) };
    }
    if (segs.length < 2) return { ...base, problem: 'no-family' };
    const typed = withType(base, segs[0], restOffset, 'qppl');
    typed.issuers = segs.slice(1);
    typed.issuerOffset = segOffset(1);
    if (seps.some((s) => s === '/')) {
      typed.problem = 'mixed';
      typed.suggestion = `${number}/${year}/${fixCode(segs[0])}-${segs.slice(1).join('-')}`;
    }
    return typed;
  }

  const first = segs[0];
  const firstIsType = STATE_TYPE_CODES.has(first) || PARTY_TYPE_CODES.has(first) || lowerCaseCode(first) !== undefined;
  if (sep1 === '/') {
    if (seps.every((s) => s === '-')) {
      if (!firstIsType) return { ...base, family: 'cong-van', issuers: [first], issuerOffset: segOffset(0) };
      if (segs.length < 2) return { ...base, typeCode: first, typeCodeOffset: restOffset, problem: 'no-family' };
      const typed = withType(base, first, restOffset, 'admin');
      typed.issuers = [segs[1]];
      typed.issuerOffset = segOffset(1);
      if (PARTY_ONLY_CODES.has(fixCode(first)) || isPartyIssuer(segs[1])) {
        // `01/KL-TW`: a Party type or issuer in the state form.
        typed.family = 'party';
        typed.issuers = segs.slice(1);
        typed.problem = 'mixed';
        typed.suggestion = `${number}-${fixCode(first)}/${segs.slice(1).join('-')}`;
      }
      return typed;
    }
    // A `/` after the type code: `01/KL/TW`.
    if (firstIsType && seps[0] === '/' && segs.length >= 2) {
      const typed = withType(base, first, restOffset, 'admin');
      typed.issuers = segs.slice(1);
      typed.issuerOffset = segOffset(1);
      typed.problem = 'mixed';
      const party = PARTY_ONLY_CODES.has(fixCode(first)) || isPartyIssuer(segs[1]);
      typed.family = party ? 'party' : 'admin';
      typed.suggestion = party ? `${number}-${fixCode(first)}/${segs.slice(1).join('-')}` : `${number}/${fixCode(first)}-${segs.slice(1).join('-')}`;
      return typed;
    }
    return { ...base, problem: 'no-family' };
  }

  // sep1 === '-': the Party family.
  if (!firstIsType || segs.length < 2) return { ...base, problem: 'no-family' };
  const typed = withType(base, first, restOffset, 'party');
  typed.issuers = segs.slice(1);
  typed.issuerOffset = segOffset(1);
  if (seps[0] !== '/' || seps.slice(1).some((s) => s !== '-')) {
    // `218-QĐ-TW`: the state separator in a Party symbol (or the reverse order of separators).
    const party = PARTY_ONLY_CODES.has(fixCode(first)) || isPartyIssuer(segs[1]) || !STATE_TYPE_CODES.has(fixCode(first));
    typed.family = party ? 'party' : 'admin';
    typed.problem = 'mixed';
    typed.suggestion = party ? `${number}-${fixCode(first)}/${segs.slice(1).join('-')}` : `${number}/${fixCode(first)}-${segs.slice(1).join('-')}`;
  }
  return typed;
}

function withType(base: ParsedSymbol, code: string, offset: number, family: SymbolFamily): ParsedSymbol {
  const out: ParsedSymbol = { ...base, family, typeCode: code, typeCodeOffset: offset };
  const fixed = lowerCaseCode(code);
  if (fixed) {
    out.problem = 'lowercase-type';
    out.suggestion = base.text.slice(0, offset) + fixed + base.text.slice(offset + code.length);
  }
  return out;
}

/** The known code a type code written with lower-case letters stands for (`Kl` → `KL`), or undefined. */
export function lowerCaseCode(code: string): string | undefined {
  if (STATE_TYPE_CODES.has(code) || PARTY_TYPE_CODES.has(code)) return undefined;
  if (code === code.toUpperCase()) return undefined;
  return typeCodeIgnoringCase(code);
}

function fixCode(code: string): string {
  return lowerCaseCode(code) ?? code;
}

/**
 * `written` read as the well-formed symbol `meant`, which differs from it at
 * one place by one or two characters (a `-` left out, a space put in): the
 * family, codes and year of `meant`, offsets into `written`, the problem and
 * `meant` as the suggestion. Undefined when `meant` is not itself well
 * formed. Shared between calls like parseSymbol's results.
 */
export function brokenReading(written: string, meant: string, problem: 'glued' | 'spaced'): ParsedSymbol | undefined {
  const key = `${problem}\u0000${written}\u0000${meant}`;
  if (readings.has(key)) return readings.get(key);
  const base = parseSymbol(meant);
  let out: ParsedSymbol | undefined;
  if (base && !base.problem && base.family && Math.abs(written.length - meant.length) <= 2 && written !== meant) {
    // The first offset where the two differ; offsets past it move by the difference.
    let at = 0;
    while (at < written.length && written[at] === meant[at]) at++;
    const shift = written.length - meant.length;
    const map = (o: number | undefined) => (o === undefined || o < at ? o : o + shift);
    out = { ...base, text: written, typeCodeOffset: map(base.typeCodeOffset), issuerOffset: map(base.issuerOffset), problem, suggestion: meant };
  }
  if (readings.size >= MAX_MEMO_ENTRIES) readings.clear();
  readings.set(key, out);
  return out;
}

const readings = new Map<string, ParsedSymbol | undefined>();

/**
 * The reading of a symbol whose type code is glued to its issuer code
 * (`12/QĐUBND`, `41/NQCP`, `30/2020/NĐCP`), given the codes the type named
 * before it carries: the part after the number (and year) starts with one of
 * them and the rest is a known issuer code — or is one once the code's last
 * letter is shared with it (`27/CTTg`: CT and TTg). Undefined otherwise, and
 * for a symbol that is a known issuer code itself (`TTCP` is Thanh tra Chính
 * phủ, not TT + CP).
 */
export function gluedReading(text: string, codes: readonly string[]): ParsedSymbol | undefined {
  const m = /^(\d{1,5}\/(?:\d{4}\/)?)([^/-]+)(.*)$/u.exec(text);
  if (!m || issuerByCode(m[2])) return undefined;
  const seg = m[2];
  for (const code of codes) {
    if (seg.length <= code.length || !seg.startsWith(code)) continue;
    const rest = seg.slice(code.length);
    const issuer = issuerByCode(rest) ? rest : issuerByCode(code.slice(-1) + rest) ? code.slice(-1) + rest : undefined;
    if (!issuer) continue;
    const reading = brokenReading(text, `${m[1]}${code}-${issuer}${m[3]}`, 'glued');
    if (reading && reading.typeCode === code) return reading;
  }
  return undefined;
}

/** The key under which a symbol is indexed and looked up (its text, upper-cased). */
export function symbolKey(text: string): string {
  return text.normalize('NFC').toUpperCase();
}
