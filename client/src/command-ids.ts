/**
 * The one table of vbhc command ids. package.json contributes the same ids
 * (a unit test could compare them); code refers to commands only through
 * this table.
 */

/** Every command of the extension, under the `vbhc.` prefix. */
export const COMMANDS = {
  newDocument: 'vbhc.newDocument',
  insertTemplate: 'vbhc.insertTemplate',
  exportDocx: 'vbhc.exportDocx',
  exportPdf: 'vbhc.exportPdf',
  openPreview: 'vbhc.openPreview',
  insertReference: 'vbhc.insertReference',
  importCatalog: 'vbhc.importCatalog',
  fixAll: 'vbhc.fixAll',
  renumberHeadings: 'vbhc.renumberHeadings',
  convertLegacy: 'vbhc.convertLegacy',
  showOutput: 'vbhc.showOutput',
  importDocument: 'vbhc.importDocument',
  addToDictionary: 'vbhc.addToDictionary',
} as const;

/** A command id of the extension. */
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Language id of vbhc documents. */
export const LANGUAGE_ID = 'vbhc';

export { VBHC_SUFFIX } from '../../server/src/service/workspace';
