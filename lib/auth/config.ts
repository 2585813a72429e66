// next-auth (Auth.js v5) for the signed-in area: e-mail + password, and Microsoft Entra ID
// (OpenID Connect) when its three variables are set. Sessions are JWTs in httpOnly,
// SameSite=Lax cookies (Secure over https). The token carries only the user's id and session
// version: role, assignments and whether the session still holds are read from the database on
// every request (lib/auth/session.ts). Signing out raises the version, which ends the session
// even where a copy of the cookie lives on (lib/auth/session-user.ts, endSessions).
import "server-only";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import MicrosoftEntraID from "next-auth/providers/microsoft-entra-id";
import { db } from "../db";
import { env } from "../env";
import { sitePath } from "../security/safe-url";
import { authenticateWithPassword } from "./authenticate";
import { clientAddress, normaliseEmail } from "./rate-limit";
import { currentSessionVersion, endSessions } from "./session-user";

declare module "@auth/core/types" {
  interface Session {
    /** The user's session version when the token was issued (lib/auth/session-user.ts). */
    sessionVersion?: number;
  }
}
declare module "@auth/core/jwt" {
  interface JWT {
    /** The user's session version at sign-in. */
    sv?: number;
  }
}

/** Too many failed attempts: the sign-in page says so without saying which part was wrong. */
class RateLimited extends CredentialsSignin {
  code = "rate_limited";
}

const ENTRA_ID = "microsoft-entra-id";

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

/**
 * next-auth's own address (sign-in, the Entra ID redirect_uri) is AUTH_URL; otherwise it takes
 * X-Forwarded-Host or Host, which proxy.ts and lib/auth/handlers.ts reduce to what the trusted
 * proxies said (lib/security/forwarded.ts). The site's public address is SITE_URL: use it.
 */
function withSiteUrl(config: NextAuthConfig): NextAuthConfig {
  const { SITE_URL } = env();
  if (SITE_URL && !process.env.AUTH_URL) process.env.AUTH_URL = SITE_URL;
  return config;
}

const authConfig = (): NextAuthConfig => ({
  secret: env().AUTH_SECRET,
  // Required by next-auth, which builds its addresses from the request (see withSiteUrl).
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
    // A path of this site, never an absolute address (next-auth's default keeps any URL of the
    // request's own origin, which a forged X-Forwarded-Host chose).
    redirect: ({ url, baseUrl }) => sitePath(url, baseUrl),
    async signIn({ account, profile }) {
      if (account?.provider !== ENTRA_ID) return true;
      return (await accountForEmail(profile?.email ?? profile?.preferred_username)) != null;
    },
    async jwt({ token, user, account, profile }) {
      // At sign-in only (account and user are given then): the id and the current session version.
      if (account?.provider === ENTRA_ID) {
        const found = await accountForEmail(profile?.email ?? profile?.preferred_username);
        token.sub = found ? String(found.id) : undefined;
      } else if (user?.id) {
        token.sub = user.id;
      } else {
        return token;
      }
      const version = token.sub ? await currentSessionVersion(db(), Number(token.sub)) : null;
      token.sv = version ?? undefined;
      return token;
    },
    session({ session, token }) {
      // Only the id and version: everything else comes from the database (lib/auth/session.ts).
      return { ...session, user: { ...session.user, id: token.sub ?? "" }, sessionVersion: token.sv };
    },
  },
  events: {
    // Sign-out ends the session on the server too: a copy of the cookie is worthless afterwards.
    async signOut(message) {
      const token = "token" in message ? message.token : null;
      const id = Number(token?.sub);
      if (Number.isInteger(id) && id > 0 && typeof token?.sv === "number")
        await endSessions(db(), id, token.sv);
    },
  },
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => withSiteUrl(authConfig()));
