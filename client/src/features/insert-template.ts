/**
 * Templates in the editor (see templates.ts for where each may go): a
 * completion provider that answers only a typed `vbhc-…` token (trigger
 * character `-`) or Ctrl+Space on an empty line — never a plain word — and
 * the "insert template" command, a pick list of the templates that fit at
 * the cursor plus the whole-document skeletons, which open in a new document
 * when the current one is not empty. A front-matter block asked for from
 * the body jumps to its key, adding the block first when it is absent.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from '../command-ids';
import { t } from '../i18n';
import { expandSnippet } from './snippet-text';
import { frontMatterTarget, type FrontMatterTarget, splitLines, TEMPLATE_TOKEN, allTemplates, templatesAt, type Template, type TemplateOffer, type TextSpan } from './templates';
import { isVbhcDocument, reportFailure, type Feature } from './feature';

/** The template feature: completion provider and the "insert template" command. */
export const insertTemplateFeature: Feature = (ctx) =>
  vscode.Disposable.from(
    vscode.languages.registerCompletionItemProvider(
      [
        { scheme: 'file', language: LANGUAGE_ID },
        { scheme: 'untitled', language: LANGUAGE_ID },
      ],
      { provideCompletionItems },
      '-',
    ),
    vscode.commands.registerCommand(COMMANDS.insertTemplate, () => reportFailure(ctx.output, t('Insert template failed'), pickTemplate)),
  );

function provideCompletionItems(doc: vscode.TextDocument, pos: vscode.Position, _token: vscode.CancellationToken, context: vscode.CompletionContext): vscode.CompletionItem[] {
  const explicit = context.triggerKind === vscode.CompletionTriggerKind.Invoke;
  const before = doc.lineAt(pos.line).text.slice(0, pos.character);
  if (!explicit && !TEMPLATE_TOKEN.test(before)) return []; // cheap exit for every other `-` typed
  return templatesAt(doc.getText(), pos.line, pos.character, explicit).map((o, i) => completionItem(doc, o, i));
}

function completionItem(doc: vscode.TextDocument, offer: TemplateOffer, index: number): vscode.CompletionItem {
  const { template, action } = offer;
  const item = new vscode.CompletionItem({ label: template.prefix, description: template.title }, vscode.CompletionItemKind.Snippet);
  item.range = toRange(action.range);
  item.filterText = template.prefix;
  item.sortText = String(index).padStart(3, '0');
  if (action.kind === 'insert') {
    item.insertText = new vscode.SnippetString(action.snippet);
    item.detail = template.description;
    item.documentation = new vscode.MarkdownString().appendCodeblock(preview(action.snippet), 'markdown');
    return item;
  }
  const jump = jumpEdit(doc, action.key, template);
  item.label = { label: template.prefix, description: t('Go to {0} in the front matter', action.key) };
  item.insertText = '';
  item.detail = jump.insert ? t('Adds {0} to the front matter, then goes there.', action.key) : t('Goes to {0} in the front matter.', action.key);
  if (jump.insert) item.additionalTextEdits = [vscode.TextEdit.insert(new vscode.Position(jump.insert.at, 0), jump.insert.text)];
  const target = new vscode.Location(doc.uri, new vscode.Position(jump.line, 0));
  item.command = { title: item.detail, command: 'editor.action.goToLocations', arguments: [doc.uri, target.range.start, [target], 'goto', ''] };
  return item;
}

/** What jumping to a front-matter key does: the line it lands on, and the block added first when the key is absent. */
function jumpEdit(doc: vscode.TextDocument, key: string, template: Template): FrontMatterTarget {
  return frontMatterTarget(splitLines(doc.getText()), key, expandSnippet(template.body.join('\n')));
}

/** A template as the user will see it (defaults filled, today's date). */
function preview(snippet: string): string {
  const d = new Date();
  const variables = { CURRENT_YEAR: String(d.getFullYear()), CURRENT_MONTH: String(d.getMonth() + 1).padStart(2, '0'), CURRENT_DATE: String(d.getDate()).padStart(2, '0') };
  try {
    return expandSnippet(snippet, { variables });
  } catch {
    return snippet;
  }
}

function toRange(span: TextSpan): vscode.Range {
  return new vscode.Range(span.start.line, span.start.character, span.end.line, span.end.character);
}

type TemplatePick = vscode.QuickPickItem & { offer?: TemplateOffer; newDocument?: string };

/** `vbhc.insertTemplate`: the pick list; returns the id of the template used. */
async function pickTemplate(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const doc = editor?.document;
  const pos = editor?.selection.active;
  const offers = doc && pos && isVbhcDocument(doc) ? templatesAt(doc.getText(), pos.line, pos.character, true) : [];
  const items: TemplatePick[] = offers.map((o) => ({
    label: o.template.title,
    description: o.template.prefix,
    detail: o.action.kind === 'jump' ? t('Goes to {0} in the front matter.', o.action.key) : o.template.description,
    offer: o,
  }));
  for (const s of allTemplates().filter((x) => x.where === 'document' && !offers.some((o) => o.template.id === x.id))) {
    items.push({ label: s.title, description: s.prefix, detail: t('Opens in a new document.'), newDocument: s.id.toUpperCase() });
  }
  const blankLine = !!doc && !!pos && doc.lineAt(pos.line).isEmptyOrWhitespace;
  const choice = await vscode.window.showQuickPick(items, {
    title: t('Insert template'),
    placeHolder: offers.length || blankLine ? t('Which template?') : t('Put the cursor on an empty line to insert a part of the document here.'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (!choice) return undefined;
  if (choice.newDocument) {
    await vscode.commands.executeCommand(COMMANDS.newDocument, { loai: choice.newDocument });
    return choice.newDocument.toLowerCase();
  }
  const offer = choice.offer!;
  if (!editor || !doc) return undefined;
  if (offer.action.kind === 'insert') {
    await editor.insertSnippet(new vscode.SnippetString(offer.action.snippet), toRange(offer.action.range));
  } else {
    const jump = jumpEdit(doc, offer.action.key, offer.template);
    const insert = jump.insert;
    if (insert) await editor.edit((b) => b.insert(new vscode.Position(insert.at, 0), insert.text));
    const p = new vscode.Position(jump.line, 0);
    editor.selection = new vscode.Selection(p, p);
    editor.revealRange(new vscode.Range(p, p), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }
  return offer.template.id;
}
