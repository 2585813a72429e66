import { describe, expect, it } from "vitest";
import { policyStatus } from "./queries";

describe("policyStatus", () => {
  it("labels a policy whose period has passed as expired", () => {
    expect(policyStatus({ validFromYear: 2019, validToYear: 2022 }, 2026)).toBe("expired");
    expect(policyStatus({ validFromYear: 2019, validToYear: 2022 }, 2022)).toBe("current");
  });

  it("treats an open-ended policy as current and one without dates as unknown", () => {
    expect(policyStatus({ validFromYear: 2019, validToYear: null }, 2026)).toBe("current");
    expect(policyStatus({ validFromYear: null, validToYear: null }, 2026)).toBe("unknown");
  });
});
