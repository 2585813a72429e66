// The import page's handlers (same shape as partnership-actions.ts: (db, user, formData)).
//
// Between the preview and the commit nothing is kept on the server and nothing the client
// says about the preview is trusted: the preview answer carries the uploaded file itself
// (base64) and its SHA-256; the commit form sends both back, the handler checks that the bytes
// still hash to what was previewed, reads the file again and recomputes the whole preview
// (matches, duplicates, the user's scope) before lib/import/commit writes the rows the user
// ticked. The client only chooses lines and, for review rows, one of the server's own
// candidates. A changed or forged file is refused; an out-of-scope row is never written.
import { actorOf, type SessionUser } from "../auth/session-user";
import type { Database } from "../database/client";
import { commitImport, importActor, type ImportResult } from "../import/commit";
import { importMunicipalityGroups, type GroupImportResult } from "../import/municipality-groups";
import { previewImport, type ImportPreview, type PreviewOptions, type PreviewRow } from "../import/preview";
import { MAX_IMPORT_BASE64_LENGTH, MAX_IMPORT_BYTES } from "../import/limits";
import { fileHash, UnreadableFileError } from "../import/read-file";
import { text } from "./form-state";
import { scopeOf } from "../auth/scope";

export { MAX_IMPORT_BYTES };

export type ImportError =
  | "file_missing"
  | "file_too_large"
  | "file_format"
  | "file_empty"
  | "file_corrupt"
  | "file_changed"
  | "nothing_accepted"
  | "candidate_unknown"
  | "input_not_allowed";

export type ImportState = {
  status: "idle" | "preview" | "committed" | "invalid" | "forbidden" | "unauthenticated";
  error?: ImportError;
  /** The uploaded file, carried to the commit form (checked against `hash` there). */
  file?: { name: string; data: string; hash: string };
  preview?: ImportPreview;
  result?: ImportResult;
  /** The kommungrupp import's answer. */
  groups?: GroupImportResult;
};

const IMPORT_IDLE: ImportState = { status: "idle" };

/** The state an import page opens with when its address names an error (only the too-large post has one: proxy.ts). */
export function importErrorState(code: string | string[] | undefined): ImportState {
  return code === "file_too_large" ? { status: "invalid", error: code } : IMPORT_IDLE;
}

type UploadedFile = { name: string; bytes: Uint8Array };

async function uploaded(formData: FormData): Promise<UploadedFile | ImportError> {
  const file = formData.get("file");
  if (!file || typeof file === "string" || file.size === 0)
    return file && typeof file !== "string" && file.name ? "file_empty" : "file_missing";
  if (file.size > MAX_IMPORT_BYTES) return "file_too_large";
  return { name: file.name.slice(0, 200), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** A spreadsheet the reader refuses, as the form's error. */
async function readSafely<T>(read: () => Promise<T>): Promise<T | ImportError> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof UnreadableFileError) return `file_${error.reason}`;
    throw error;
  }
}

const invalid = (error: ImportError, extra: Partial<ImportState> = {}): ImportState => ({
  status: "invalid",
  error,
  ...extra,
});

/**
 * Step 1: read the uploaded file and show what would be imported. Writes nothing. The server
 * action answers with the state at the end; the streaming route (import-preview-stream.ts)
 * passes `onProgress` to report the rows matched on the way.
 */
export async function submitImportPreview(
  db: Database,
  user: SessionUser | null,
  formData: FormData,
  options: PreviewOptions = {},
): Promise<ImportState> {
  if (!user) return { status: "unauthenticated" };
  const file = await uploaded(formData);
  if (typeof file === "string") return invalid(file);
  const preview = await readSafely(() => previewImport(db, file, scopeOf(user), options));
  if (typeof preview === "string") return invalid(preview);
  return {
    status: "preview",
    preview,
    file: { name: file.name, data: Buffer.from(file.bytes).toString("base64"), hash: preview.fileHash },
  };
}

/** The file the commit form carried back, if it is still the one previewed. */
function carriedFile(formData: FormData): UploadedFile | ImportError {
  const data = text(formData, "fileData");
  const name = text(formData, "fileName");
  if (!data || !name) return "file_missing";
  if (data.length > MAX_IMPORT_BASE64_LENGTH + 4) return "file_too_large";
  const bytes = new Uint8Array(Buffer.from(data, "base64"));
  if (bytes.length === 0) return "file_missing";
  if (fileHash(bytes) !== text(formData, "fileHash")) return "file_changed";
  return { name: name.slice(0, 200), bytes };
}

/** A review row whose partner the user picked from the server's own candidates becomes a place match. */
function withChosenCandidate(row: PreviewRow, choice: string): PreviewRow | null {
  if (
    !choice ||
    choice === "review" ||
    row.status !== "review" ||
    !row.partner ||
    row.partner.status === "matched"
  )
    return row;
  const place = row.partner.candidates.find((c) => String(c.geonameId) === choice);
  if (!place) return null;
  return {
    ...row,
    status: "ready",
    partner: {
      status: "matched",
      place,
      confidence: 1,
      candidates: row.partner.candidates,
      reasons: [{ code: "chosen" }],
    },
  };
}

/** Step 2: write the accepted rows (one transaction, lib/import/commit). */
export async function submitImportCommit(
  db: Database,
  user: SessionUser | null,
  formData: FormData,
): Promise<ImportState> {
  if (!user) return { status: "unauthenticated" };
  const file = carriedFile(formData);
  if (typeof file === "string") return invalid(file);
  const preview = await readSafely(() => previewImport(db, file, scopeOf(user)));
  if (typeof preview === "string") return invalid(preview);
  const again = {
    preview,
    file: { name: file.name, data: text(formData, "fileData"), hash: preview.fileHash },
  };

  const accepted = new Set(formData.getAll("accept").map(String));
  const lines = preview.rows.filter((r) => accepted.has(String(r.line))).map((r) => r.line);
  if (lines.length === 0) return invalid("nothing_accepted", again);
  const rows: PreviewRow[] = [];
  for (const row of preview.rows) {
    const chosen = withChosenCandidate(row, text(formData, `candidate-${row.line}`));
    if (!chosen) return invalid("candidate_unknown", again);
    rows.push(chosen);
  }
  const result = await commitImport(
    db,
    { ...preview, rows },
    { actor: { ...importActor(file.name, user.id) }, scope: scopeOf(user), lines },
  );
  return { status: "committed", result, preview: { ...preview, rows } };
}

/** The kommungrupp list: administrators only. */
export async function submitMunicipalityGroupImport(
  db: Database,
  user: SessionUser | null,
  formData: FormData,
): Promise<ImportState> {
  if (!user) return { status: "unauthenticated" };
  if (user.role !== "ADMINISTRATOR") return { status: "forbidden" };
  const file = await uploaded(formData);
  if (typeof file === "string") return invalid(file);
  const groups = await readSafely(() => importMunicipalityGroups(db, file, actorOf(user)));
  if (typeof groups === "string") return invalid(groups);
  return groups.ok ? { status: "committed", groups } : { status: "invalid", groups };
}
