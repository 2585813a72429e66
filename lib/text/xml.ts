// Text and attribute values in XML we write (Atom feeds, the DCAT catalogue). Written by hand on
// purpose: the XML builder we tried left "&amp;" in a text node as it was, taking it for an
// entity, so a name typed as "&amp;" would have read as "&". Here every & < > " ' is escaped.

// XML 1.0 cannot carry C0 controls but tab, LF and CR, nor U+FFFE/U+FFFF (the forms refuse
// them already; this is the last wall).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** `text` as XML character data or an attribute value (either quote). */
export const xmlEscape = (text: string) => text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
