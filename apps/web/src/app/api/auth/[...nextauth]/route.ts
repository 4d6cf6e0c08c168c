// GET/POST /api/auth/* – next-auth's own endpoints (session, csrf, callback, signout)
import { handlers } from "@/server/auth/config";

export const { GET, POST } = handlers;
