/**
 * What every feature of the language server shares: the connection, the
 * core's front door, the editor's open documents, the workspace folders and
 * their trust, and the publisher of diagnostics. server.ts builds it once and
 * hands it to each feature's `register…` function.
 */
import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { IFileSystem, Logger, VbhcLanguageService } from '../service/index';
import type { ProjectSettings } from '../project-config';
import type { DiagnosticsPublisher } from './diagnostics';

/** What the server is built from. */
export interface ServerDeps {
  fs: IFileSystem;
  /**
   * How many messages the connection has handled so far (give-way.ts): long
   * work then waits between its slices until no message is waiting. Without
   * it, the work yields one turn of the event loop.
   */
  messagesHandled?: () => number;
}

export interface ServerContext {
  readonly connection: Connection;
  readonly service: VbhcLanguageService;
  /** The documents open in the editor (their text is the editor's, not the disk's). */
  readonly documents: TextDocuments<TextDocument>;
  readonly logger: Logger;
  readonly fs: IFileSystem;
  readonly diagnostics: DiagnosticsPublisher;
  /** Resolves once the messages waiting have been handled: long work awaits it between its slices (give-way.ts). */
  readonly giveWay: () => Promise<void>;
  /** The workspace folders, as paths (set at initialize). */
  roots: string[];
  /** The client's locale, for the setting `vbhc.language: auto`. */
  locale?: string;
  /** The workspace is trusted; until it is, catalogs outside its folders are not read and PDF export is refused. */
  trusted: boolean;
  /** The client's `vbhc.*` settings as it sent them last. */
  clientSettings: Record<string, unknown>;
  /**
   * The workspace's `.vbhc.yaml`: its `layout` wins over `vbhc.layout.*` (as
   * for the CLI); its `dictionary` and `abbreviations` are added to the
   * editor's.
   */
  project?: ProjectSettings;
  /**
   * Settles once the settings and `.vbhc.yaml` have been applied after
   * `initialized`: an export or preview asked for before that would
   * otherwise be laid out with the defaults.
   */
  settingsApplied: Promise<void>;
}

/** The handlers of one feature, registered on the context's connection. */
export type Feature = (ctx: ServerContext) => void;
