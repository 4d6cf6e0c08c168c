// GET/POST /api/auth/* – next-auth's own endpoints (session, csrf, callback, signout)
import { handlers } from "@/auth";

export const { GET, POST } = handlers;
