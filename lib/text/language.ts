// Which language an officer wrote a text in, so pages can mark it (lang="sv" on an English page,
// lang="en" on a Swedish one) and screen readers pronounce it right. Officers write Swedish
// unless the text is plainly English: many of the sources' descriptions are English
// translations ("The three cities of Sundsvall, Östersund and Trondheim have …").
import type { Locale } from "../i18n/config";

// Short words that are frequent in one language and rare in the other.
const SWEDISH = new Set(
  "och att är med för som av till på det den ett om har inte vi de inom mellan sedan samt under ska".split(
    " ",
  ),
);
const ENGLISH = new Set(
  "the and of to is with for have has been are by on as that this from was were an its their will".split(" "),
);

/** "en" when English words clearly outnumber Swedish ones, otherwise "sv". */
export function textLanguage(text: string): Locale {
  let swedish = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (SWEDISH.has(word)) swedish++;
    if (ENGLISH.has(word)) english++;
  }
  return english > swedish ? "en" : "sv";
}

/** The lang attribute for an officer's text on a page in `locale`: only when it differs. */
export function langAttribute(text: string, locale: Locale): Locale | undefined {
  const language = textLanguage(text);
  return language === locale ? undefined : language;
}
