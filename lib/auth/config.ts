// next-auth (Auth.js v5) for the signed-in area: e-mail + password, and Microsoft Entra ID
// (OpenID Connect) when its three variables are set. Sessions are JWTs in httpOnly,
// SameSite=Lax cookies (Secure over https). The token carries only the user's id: role and
// assignments are read from the database on every request (lib/auth/session.ts).
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { db } from "../db";
import { env } from "../env";
import { authenticateWithPassword } from "./authenticate";
import { clientAddress, normaliseEmail } from "./rate-limit";

/** Too many failed attempts: the sign-in page says so without saying which part was wrong. */
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

export const ENTRA_ID = "microsoft-entra-id";

export function entraIdEnabled() {
  const e = env();
  return Boolean(
    e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET && e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
  );
}

function providers(): NextAuthConfig["providers"] {
  const list: NextAuthConfig["providers"] = [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials.email === "string" ? credentials.email : "";
        const password = typeof credentials.password === "string" ? credentials.password : "";
        const result = await authenticateWithPassword(db(), {
          email,
          password,
          address: clientAddress(request.headers),
        });
        if (result.ok) return { id: String(result.userId) };
        if (result.reason === "rate_limited") throw new RateLimited();
        return null;
      },
    }),
  ];
  if (entraIdEnabled()) {
    const e = env();
    list.push(
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
      }),
    );
  }
  return list;
}

/** An OpenID Connect sign-in is accepted only for an existing, active account with that e-mail. */
async function accountForEmail(email: unknown) {
  if (typeof email !== "string" || !email) return null;
  return db().user.findFirst({ where: { email: normaliseEmail(email), active: true }, select: { id: true } });
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: env().AUTH_SECRET,
  // The app is reached at one configured address (AUTH_URL or the request's host behind our own proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/logga-in", error: "/logga-in" },
  // A wrong password is an expected answer, not a server error worth a stack trace in the log.
  logger: {
    error(error) {
      if ((error as { type?: string }).type !== "CredentialsSignin") console.error(error);
    },
  },
  providers: providers(),
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== ENTRA_ID) return true;
      return (await accountForEmail(profile?.email ?? profile?.preferred_username)) != null;
    },
    async jwt({ token, user, account, profile }) {
      if (account?.provider === ENTRA_ID) {
        const found = await accountForEmail(profile?.email ?? profile?.preferred_username);
        token.sub = found ? String(found.id) : undefined;
      } else if (user?.id) {
        token.sub = user.id;
      }
      return token;
    },
    session({ session, token }) {
      // Only the id: everything else comes from the database (lib/auth/session.ts).
      return { ...session, user: { ...session.user, id: token.sub ?? "" } };
    },
  },
}));
