/**
 * Feature detection on the language service: the bench calls a method only
 * when the service has it, so it measures what exists and picks up features
 * as they land, reporting "not available yet" otherwise.
 */
import type { VbhcLanguageService } from '../../server/src/service/index';

/** A service method looked up by name, bound, or undefined when absent. */
export function method(svc: VbhcLanguageService, name: string): ((...args: unknown[]) => unknown) | undefined {
  const f = (svc as unknown as Record<string, unknown>)[name];
  return typeof f === 'function' ? (f as (...args: unknown[]) => unknown).bind(svc) : undefined;
}

/** Names under which a catalog-loading method may appear (first found is used). */
export const CATALOG_LOADERS = ['loadCatalogs', 'reloadCatalogs', 'refreshCatalogs', 'loadCatalog', 'indexCatalogs'] as const;

/** Number of items in a completion result (an array or `{ items }`). */
export function itemCount(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  const items = (result as { items?: unknown } | null | undefined)?.items;
  return Array.isArray(items) ? items.length : 0;
}
