import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formAction } from "./form-action";

const schema = z.object({
  name: z.string().min(1, "nameRequired"),
  password: z.string().min(8, "passwordTooShort"),
});

function formData(values: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

describe("formAction", () => {
  it("never runs the body on invalid input and returns field-level message keys", async () => {
    const body = vi.fn(async () => undefined);
    const state = await formAction(schema, body)({}, formData({ name: "", password: "short" }));
    expect(body).not.toHaveBeenCalled();
    expect(state.fieldErrors).toEqual({ name: ["nameRequired"], password: ["passwordTooShort"] });
  });

  it("echoes typed values back but never a password field", async () => {
    const state = await formAction(schema, async () => undefined)(
      {},
      formData({
        name: "",
        password: "secret",
        currentPassword: "old",
        newPassword: "new",
        confirmPassword: "new",
      }),
    );
    expect(state.values).toEqual({ name: "" });
  });

  it("runs the body with the parsed input", async () => {
    const body = vi.fn(async () => ({ formError: "invalidCredentials" }));
    const state = await formAction(schema, body)({}, formData({ name: "花子", password: "long enough" }));
    expect(body).toHaveBeenCalledWith({ name: "花子", password: "long enough" }, expect.any(FormData));
    expect(state.formError).toBe("invalidCredentials");
  });
});
