import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formError } from "@/components/form/form-state";
import { formAction } from "./form-action";

const schema = z.object({
  name: z.string().min(1, "nameRequired"),
  password: z.string().min(8, "passwordTooShort"),
});

function formData(values: Record<string, string | string[]>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values))
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  return data;
}

describe("formAction", () => {
  it("never runs the body on invalid input and returns field errors as message values", async () => {
    const body = vi.fn(async () => undefined);
    const state = await formAction(schema, body)({}, formData({ name: "", password: "short" }));
    expect(body).not.toHaveBeenCalled();
    expect(state.fieldErrors).toEqual({
      name: [{ key: "nameRequired", values: { minLength: 1 } }],
      password: [{ key: "passwordTooShort", values: { minLength: 8 } }],
    });
  });

  it("gives every field message its field's bounds from the schema, whatever the issue", async () => {
    const counted = z.object({
      count: z.coerce
        .number("countInvalid")
        .int("countInvalid")
        .min(1, "countInvalid")
        .max(50, "countInvalid"),
    });
    const state = await formAction(counted, async () => undefined)({}, formData({ count: "abc" }));
    expect(state.fieldErrors).toEqual({ count: [{ key: "countInvalid", values: { min: 1, max: 50 } }] });
  });

  it("echoes typed values back, repeated fields as arrays, but never a password field", async () => {
    const state = await formAction(schema, async () => undefined)(
      {},
      formData({
        name: "",
        types: ["choice", "order"],
        password: "secret",
        currentPassword: "old",
        newPassword: "new",
        confirmPassword: "new",
      }),
    );
    expect(state.values).toEqual({ name: "", types: ["choice", "order"] });
  });

  it("runs the body with the parsed input and passes its answer on with the echo", async () => {
    const body = vi.fn(async () => formError("invalidCredentials"));
    const state = await formAction(schema, body)({}, formData({ name: "花子", password: "long enough" }));
    expect(body).toHaveBeenCalledWith({ name: "花子", password: "long enough" }, expect.any(FormData));
    expect(state).toEqual({ formError: { key: "invalidCredentials" }, values: { name: "花子" } });
  });

  it("answers nothing at all when the body has nothing to say", async () => {
    expect(
      await formAction(schema, async () => undefined)({}, formData({ name: "a", password: "12345678" })),
    ).toEqual({});
  });
});
