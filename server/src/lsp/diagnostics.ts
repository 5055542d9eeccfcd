/**
 * Publishing diagnostics: an edited document is re-checked after a short
 * pause, then the rest of the workspace (cross-document rules) after a
 * longer one, open documents first, giving way to the editor's messages
 * between slices of documents (give-way.ts) and to a newer run. A list identical to the one sent last is not sent
 * again.
 */
import { createHash } from 'node:crypto';
import { DiagnosticSeverity, type Connection, type Diagnostic, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Severity, VbhcDiagnostic, VbhcLanguageService } from '../service/index';
import { giveWay, inSlices } from './give-way';

/** Delay after a keystroke before the edited document is re-checked. */
const CHECK_DELAY_MS = 200;
/** Delay before the rest of the workspace is re-checked (cross-document rules). */
export const WORKSPACE_CHECK_DELAY_MS = 1500;

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** Converts a core diagnostic to the LSP shape. */
export function toLspDiagnostic(d: VbhcDiagnostic): Diagnostic {
  return { range: d.range, severity: SEVERITY[d.severity], code: d.code, source: 'vbhc', message: d.message, data: d.data };
}

export class DiagnosticsPublisher {
  /** A digest of what was sent last for each document. */
  private readonly published = new Map<string, string>();
  private editTimer: NodeJS.Timeout | undefined;
  private workspaceTimer: NodeJS.Timeout | undefined;
  private readonly pendingUris = new Set<string>();
  private workspaceRun = 0;
  /**
   * While the workspace is being read, a check started by an edit publishes
   * the open documents only: the closed ones are checked in steps by the
   * reading, which then checks the whole workspace (a closed file checked
   * here would be checked whole in one turn, holding requests).
   */
  readingWorkspace = false;
  /** Ends the promise of a scheduled run whose timer is cleared before it fires. */
  private endScheduledRun: (() => void) | undefined;

  constructor(
    private readonly connection: Connection,
    private readonly service: VbhcLanguageService,
    private readonly documents: TextDocuments<TextDocument>,
    /** Awaited between documents (see give-way.ts). */
    private readonly giveWay: () => Promise<void> = giveWay,
  ) {}

  /** Sends a document's diagnostics when they differ from those sent last. */
  publish(uri: string): void {
    if (!this.service.hasDocument(uri)) return;
    const diagnostics = this.service.getDiagnostics(uri).map(toLspDiagnostic);
    // A digest of what was sent, not the JSON itself: 1,000 documents' lists
    // held as text cost megabytes for a comparison.
    const key = createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64');
    if (this.published.get(uri) === key) return;
    this.published.set(uri, key);
    void this.connection.sendDiagnostics({ uri, diagnostics });
  }

  /** Clears the diagnostics of a document the workspace no longer has. */
  clear(uri: string): void {
    this.published.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  /** Re-checks an edited document after a pause, then the workspace. */
  scheduleCheck(uri: string): void {
    this.pendingUris.add(uri);
    if (this.editTimer) clearTimeout(this.editTimer);
    this.editTimer = setTimeout(() => {
      this.editTimer = undefined;
      for (const u of this.pendingUris) this.publish(u);
      this.pendingUris.clear();
      void this.scheduleWorkspaceCheck(WORKSPACE_CHECK_DELAY_MS);
    }, CHECK_DELAY_MS);
  }

  /** Re-checks the workspace after `delay`; resolves when that run has ended (done, or replaced by a newer one). */
  scheduleWorkspaceCheck(delay: number): Promise<void> {
    if (this.workspaceTimer) clearTimeout(this.workspaceTimer);
    this.endScheduledRun?.();
    const run = ++this.workspaceRun;
    return new Promise<void>((resolve) => {
      this.endScheduledRun = resolve;
      this.workspaceTimer = setTimeout(async () => {
        this.workspaceTimer = undefined;
        this.endScheduledRun = undefined;
        try {
          // Open documents first, then the rest; give way between slices of documents and stop when a newer run starts.
          const open = new Set(this.documents.keys());
          const order = [...open, ...this.service.uris().filter((u) => !open.has(u))];
          const publishing = function* (self: DiagnosticsPublisher) {
            for (const uri of order) {
              if (run !== self.workspaceRun || (self.readingWorkspace && !open.has(uri))) return;
              self.publish(uri);
              yield;
            }
          };
          await inSlices(publishing(this), this.giveWay);
        } finally {
          resolve();
        }
      }, delay);
    });
  }
}
