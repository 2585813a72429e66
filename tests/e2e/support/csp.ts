import type { Page } from "@playwright/test";

/**
 * Records what the Content-Security-Policy blocked on a page: every `securitypolicyviolation`
 * event (an init script, which runs before any of the page's scripts and is not itself subject
 * to the policy) and every console message about the policy ("Refused to execute inline
 * script…"). Call before the first navigation.
 */
export async function watchCsp(page: Page) {
  const consoleMessages: string[] = [];
  page.on("console", (message) => {
    const text = message.text();
    if (/Content Security Policy|Refused to/i.test(text)) consoleMessages.push(text);
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      w.__cspViolations.push(
        `${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return {
    consoleMessages,
    /** The violations on the current document. */
    violations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}
