// A real OpenID Connect provider for the tests (the certified `oidc-provider` package), on loopback only: one
// confidential client registered for the portal's callback, a few fixed accounts, and a sign-in page that asks for no
// password (a button per account). Imported by the integration tests; run directly by the e2e run
// (e2e/playwright.config.ts) with OIDC_TEST_PORT, OIDC_TEST_REDIRECT_URI and optionally OIDC_TEST_CLIENT_SECRET.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:http";
import { pathToFileURL } from "node:url";
import Provider from "oidc-provider";

export const TEST_CLIENT = { clientId: "portal", clientSecret: "portal-test-secret-not-for-production" };

/** The accounts the provider knows, by `sub`; the tests create portal users for some of them. */
export const TEST_ACCOUNTS = {
  known: { email: "Sso.Known@Nordvik.example", email_verified: true, name: "Kim Known", groups: [] },
  newcomer: {
    email: "sso.newcomer@nordvik.example",
    email_verified: true,
    name: "Nina Newcomer",
    groups: ["everyone"],
  },
  unverified: {
    email: "sso.unverified@nordvik.example",
    email_verified: false,
    name: "Uma Unverified",
    groups: [],
  },
  grouped: {
    email: "sso.grouped@nordvik.example",
    email_verified: true,
    name: "Gus Grouped",
    groups: ["everyone", "portal-hr"],
  },
  inactive: { email: "sso.inactive@nordvik.example", email_verified: true, name: "Ian Inactive", groups: [] },
};

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The sign-in page: one button per account (tests pick one by its name, "Sign in as Kim Known"). */
const loginPage = (
  uid,
) => `<!doctype html><html lang="en"><head><title>Test identity provider</title></head><body>
<h1>Test identity provider</h1><form method="post" action="/interaction/${escape(uid)}">
${Object.entries(TEST_ACCOUNTS)
  .map(
    ([sub, a]) =>
      `<button type="submit" name="account" value="${escape(sub)}">Sign in as ${escape(a.name)}</button>`,
  )
  .join("\n")}
</form></body></html>`;

async function readForm(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
}

/**
 * Starts the provider on 127.0.0.1:`port` (0: any free port) with the client allowed to return to `redirectUris`.
 * Resolves with its issuer URL and a `close`.
 */
export async function startOidcProvider({ port = 0, redirectUris, client = TEST_CLIENT }) {
  const server = createServer();
  await new Promise((resolve) => server.listen(port, "127.0.0.1", resolve));
  const issuer = `http://localhost:${server.address().port}`;
  const signingKey = generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [{ ...signingKey, use: "sig", alg: "RS256", kid: "test" }] },
    cookies: { keys: [randomBytes(16).toString("hex")] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"], groups: ["groups"] },
    scopes: ["openid", "email", "profile", "groups"],
    pkce: { required: () => true },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    async findAccount(ctx, sub) {
      const account = TEST_ACCOUNTS[sub];
      if (!account) return undefined;
      return { accountId: sub, claims: async () => ({ sub, ...account }) };
    },
    // The portal is this provider's own application: the person is not asked to consent to what it may read.
    async loadExistingGrant(ctx) {
      const grantId =
        ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope("openid email profile groups");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  server.on("request", async (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec(new URL(req.url, issuer).pathname);
    if (!match) return callback(req, res);
    try {
      await provider.interactionDetails(req, res);
      if (req.method === "GET") {
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        return res.end(loginPage(match[1]));
      }
      const accountId = (await readForm(req)).get("account");
      if (!accountId || !TEST_ACCOUNTS[accountId]) throw new Error(`unknown test account ${accountId}`);
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId } },
        { mergeWithLastSubmission: false },
      );
    } catch (error) {
      res.statusCode = 400;
      res.end(String(error));
    }
  });
  return { issuer, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const port = Number(process.env.OIDC_TEST_PORT);
  const redirectUri = process.env.OIDC_TEST_REDIRECT_URI;
  if (!port || !redirectUri) throw new Error("OIDC_TEST_PORT and OIDC_TEST_REDIRECT_URI must be set");
  const client = {
    ...TEST_CLIENT,
    clientSecret: process.env.OIDC_TEST_CLIENT_SECRET ?? TEST_CLIENT.clientSecret,
  };
  const { issuer, close } = await startOidcProvider({ port, redirectUris: [redirectUri], client });
  console.log(`test OpenID Connect provider at ${issuer}`);
  for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => close().then(() => process.exit(0)));
}
