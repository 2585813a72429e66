// GET/POST /api/auth/*: next-auth's endpoints (session, sign-out, OpenID Connect callbacks).
export { GET, POST } from "@/lib/auth/handlers";
