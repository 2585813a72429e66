import { describe, expect, expectTypeOf, it } from "vitest";
import { isMessageKey, type MessageKey } from "./keys";
import { getI18n } from "./server";

const { t } = getI18n("en");

describe("isMessageKey", () => {
  it("accepts a key built at run time when the messages have it", () => {
    const action = "UPDATE";
    const key = `manage.action.${action}`;
    expect(isMessageKey(t, key)).toBe(true);
    if (isMessageKey(t, key)) expect(t(key)).not.toBe(key);
  });

  it("refuses a misspelt key and a namespace (a key must name one message)", () => {
    expect(isMessageKey(t, "manage.action.UPDATED")).toBe(false);
    expect(isMessageKey(t, "manage.action")).toBe(false);
  });
});

describe("MessageKey", () => {
  it("is every message's key and nothing else, so tsc refuses a misspelt key", () => {
    expectTypeOf<"manage.fields.none">().toExtend<MessageKey>();
    expectTypeOf<"manage.fields.nonee">().not.toExtend<MessageKey>();
    expectTypeOf<"manage.fields">().not.toExtend<MessageKey>();
  });
});
