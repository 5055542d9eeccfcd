/**
 * Message types of the preview's scroll sync, between the page the server
 * renders (export/html.ts) and the webview host in the client
 * (client/src/features/preview.ts). Plain names, shared by both sides.
 */
export const PREVIEW_MESSAGE = {
  /** Page → host: `{ type, line }`, the first source line (0-based) visible at the top. */
  TOP_LINE: 'vbhc.previewTopLine',
  /** Host → page: `{ type, line }`, scroll so that this source line is at the top. */
  SCROLL_TO_LINE: 'vbhc.scrollToLine',
} as const;
