/**
 * Reading a PDF's text back with poppler for the layout tests: text lines
 * with their boxes in millimetres from the top-left corner of their page.
 */
import { execFileSync } from 'node:child_process';
import { UNIT } from '../../server/src/service/export/layout-constants';

/** Points to millimetres. */
export const PT_TO_MM = UNIT.MM_PER_INCH / UNIT.PT_PER_INCH;

/** One text line of a page, its box in mm. */
export interface PdfLine {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

/** Text lines with their boxes in mm from the top-left corner of their page (`pdftotext -bbox-layout`). */
export function pdfLines(file: string): PdfLine[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8' });
  const out: PdfLine[] = [];
  [...xml.matchAll(/<page [^>]*>(.*?)<\/page>/gs)].forEach((p, i) => {
    for (const m of p[1].matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)<\/line>/gs)) {
      const text = [...m[5].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' ');
      out.push({ page: i + 1, x0: Number(m[1]) * PT_TO_MM, y0: Number(m[2]) * PT_TO_MM, x1: Number(m[3]) * PT_TO_MM, y1: Number(m[4]) * PT_TO_MM, text });
    }
  });
  return out;
}

/** Text without spaces: poppler splits words where a glyph comes from a fallback font. */
export const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, '');
