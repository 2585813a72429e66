import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("treats empty variables as unset and applies the defaults", () => {
    const env = parseEnv({ DATABASE_URL: "", PORT: "" });
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PORT).toBe(3000);
    expect(env.SMTP_URL).toBeUndefined();
    expect(env.TRUSTED_PROXY_HOPS).toBe(0);
  });

  it("takes a small number of trusted proxies and refuses anything else", () => {
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "-1" })).toThrow(/TRUSTED_PROXY_HOPS/);
    expect(() => parseEnv({ TRUSTED_PROXY_HOPS: "ja" })).toThrow(/TRUSTED_PROXY_HOPS/);
  });

  it("takes an SMTP server with a sender and the public address for mailed links", () => {
    const env = parseEnv({
      SMTP_URL: "smtps://user:secret@mail.example.org:465",
      MAIL_FROM: "Vänortsregistret <noreply@example.org>",
      SITE_URL: "https://vanorter.example.org",
    });
    expect(env.SMTP_URL).toBe("smtps://user:secret@mail.example.org:465");
  });

  it("names every missing or malformed mail setting", () => {
    expect(() => parseEnv({ SMTP_URL: "smtp://mail.example.org" })).toThrow(
      /MAIL_FROM: is required with SMTP_URL[\s\S]*SITE_URL: is required with SMTP_URL/,
    );
    expect(() =>
      parseEnv({ SMTP_URL: "mail.example.org", MAIL_FROM: "a@b.se", SITE_URL: "https://x.se" }),
    ).toThrow("SMTP_URL: must be an smtp:// or smtps:// address");
  });
});
