import { jsonLdText } from "@/lib/linked-data/json-ld";

/** A schema.org description as a JSON-LD data block (not run by the browser; escaped so no text can close it). */
export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdText(data) }} />;
}
