import { describe, expect, it } from "vitest";
import { MAX_IMPORT_REQUEST_BYTES } from "./limits";
import { oversizeImportQuery } from "./oversize-upload";

describe("too-large import posts", () => {
  const over = String(MAX_IMPORT_REQUEST_BYTES + 1);
  it("sends a post larger than any import form back to its page with the error", () => {
    expect(oversizeImportQuery("POST", "/hantera/import", over)).toBe("?fel=file_too_large");
    expect(oversizeImportQuery("POST", "/hantera/import/kommungrupper", over)).toBe("?fel=file_too_large");
  });
  it("lets everything else pass: small posts, other pages, other methods, no length", () => {
    expect(oversizeImportQuery("POST", "/hantera/import", String(MAX_IMPORT_REQUEST_BYTES))).toBeNull();
    expect(oversizeImportQuery("POST", "/hantera/importera-inte", over)).toBeNull();
    expect(oversizeImportQuery("POST", "/hantera/umea", over)).toBeNull();
    expect(oversizeImportQuery("GET", "/hantera/import", over)).toBeNull();
    expect(oversizeImportQuery("POST", "/hantera/import", null)).toBeNull();
  });
});
