/**
 * One entry of a reference catalog, with the keys of the dialect's section 4
 * (the same in the built-in catalog, in `*.vanban.yaml` files and in the
 * learned catalog of full citations found in the workspace).
 */

/** The values of `hieu_luc`: in force, no longer in force, not known. */
export const HIEU_LUC = ['con', 'het', 'khong-ro'] as const;

/** Validity of a catalogued document. */
export type HieuLuc = (typeof HIEU_LUC)[number];

/** The keys of a catalog entry in a `*.vanban.yaml` file, in the order they are written. */
export const CATALOG_KEYS = ['so_ky_hieu', 'loai', 'ngay', 'co_quan', 'trich_yeu', 'hieu_luc', 'thay_the_boi', 'nguon'] as const;

/** A catalogued document. */
export interface CatalogEntry {
  /** Number and symbol exactly as printed, e.g. `33/CT-TTg`, `114-KL/TW`. */
  so_ky_hieu: string;
  /** Type name in Vietnamese, e.g. `Chỉ thị`. */
  loai: string;
  /** Signing date `YYYY-MM-DD`. */
  ngay: string;
  /** Issuer as cited after `của`, e.g. `Thủ tướng Chính phủ`. */
  co_quan: string;
  /** Subject as cited after `về`/`ban hành`, e.g. `về tiếp tục tăng cường …`. */
  trich_yeu: string;
  /** Validity, when known. */
  hieu_luc?: HieuLuc;
  /** Symbol of the replacing document, when known for certain. */
  thay_the_boi?: string | null;
  /** Where the facts were taken from (required in the built-in catalog). */
  nguon?: string;
  /** Still in force but partly repealed (built-in catalog). */
  partly?: boolean;
  /** Further replacing documents, when several replace it (built-in catalog). */
  also_replaced_by?: readonly string[];
  /** The document's ItemIDs on vbpl.vn, for a look-up link (built-in catalog). */
  vbpl?: readonly string[];
  /** Why its facts are less certain (bits of UNCERTAIN in ./builtin-data.ts); absent or 0: clean. */
  uncertain?: number;
}
