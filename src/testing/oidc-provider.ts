/**
 * A real OpenID Connect provider for tests (the `oidc-provider` package, the certified implementation)
 * on a local port: authorization code flow with PKCE, signed ID tokens, its own discovery document.
 * Only the login screen is ours: it lists the test accounts as buttons (for a browser test), and
 * logs in at once when the authorization request names an account in `login_hint` (for API tests).
 *
 *   const idp = await startTestOidcProvider({ redirectUris: ['http://localhost/api/auth/sso/callback'],
 *     accounts: [{ sub: 'u1', email: 'ib@school.nl', emailVerified: true, name: 'Ida' }] });
 *   … idp.issuer, idp.clientId, idp.clientSecret …
 *   await idp.close();
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestOidcAccount {
  sub: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

export interface TestOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function loginPage(uid: string, accounts: readonly TestOidcAccount[]): string {
  const buttons = accounts
    .map(
      (a) =>
        `<button type="submit" name="sub" value="${escapeHtml(a.sub)}">${escapeHtml(a.name)} (${escapeHtml(a.email)})</button>`,
    )
    .join('\n');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Test-identiteitsprovider</title></head>
<body><main><h1>Inloggen bij de test-identiteitsprovider</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}/login">${buttons}</form></main></body></html>`;
}

async function formField(req: IncomingMessage, name: string): Promise<string | null> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body).get(name);
}

function providerFor(issuer: string, options: StartOptions, client: { id: string; secret: string }) {
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  return new Provider(issuer, {
    clients: [
      {
        client_id: client.id,
        client_secret: client.secret,
        redirect_uris: options.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...key, kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // Put the requested claims in the ID token, as Entra ID and Google do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, sub: string) => {
      const account = options.accounts.find((a) => a.sub === sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          email: account.email,
          email_verified: account.emailVerified,
          name: account.name,
        }),
      };
    },
  });
}

interface StartOptions {
  redirectUris: string[];
  accounts: readonly TestOidcAccount[];
}

async function finishLogin(provider: Provider, req: IncomingMessage, res: ServerResponse, sub: string) {
  const details = await provider.interactionDetails(req, res);
  const grant = new provider.Grant({ accountId: sub, clientId: String(details.params.client_id) });
  grant.addOIDCScope('openid email profile');
  const grantId = await grant.save();
  await provider.interactionFinished(
    req,
    res,
    { login: { accountId: sub }, consent: { grantId } },
    { mergeWithLastSubmission: false },
  );
}

/** Our login screen: a button per account, or straight through for an account named in login_hint. */
async function interaction(
  provider: Provider,
  accounts: readonly TestOidcAccount[],
  req: IncomingMessage,
  res: ServerResponse,
  match: RegExpExecArray,
): Promise<void> {
  const known = (sub: unknown) => accounts.find((a) => a.sub === sub || a.email === sub);
  if (match[2]) {
    const account = known(await formField(req, 'sub'));
    if (account) return finishLogin(provider, req, res, account.sub);
    res.writeHead(400).end('onbekend account');
    return;
  }
  const details = await provider.interactionDetails(req, res);
  const hinted = known(details.params.login_hint);
  if (hinted) return finishLogin(provider, req, res, hinted.sub);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(loginPage(match[1] ?? '', accounts));
}

/** Starts the provider on a free port of 127.0.0.1. */
export async function startTestOidcProvider(options: StartOptions): Promise<TestOidcProvider> {
  const client = { id: 'leerwinst-test', secret: randomBytes(24).toString('base64url') };
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = providerFor(issuer, options, client);
  const handle = provider.callback();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const match = /^\/interaction\/([^/]+)(\/login)?$/.exec(new URL(req.url ?? '/', issuer).pathname);
    if (!match) return handle(req, res);
    interaction(provider, options.accounts, req, res, match).catch((error: unknown) => {
      res.writeHead(500).end(String(error));
    });
  });
  return {
    issuer,
    clientId: client.id,
    clientSecret: client.secret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Plays the browser between our start redirect and our callback: follows the provider's redirects
 * with its cookies until the provider sends the browser back to `callbackPrefix`; returns that URL.
 */
export async function followProviderLogin(authorizationUrl: string, callbackPrefix: string): Promise<string> {
  const cookies = new Map<string, string>();
  let url = authorizationUrl;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(callbackPrefix)) return url;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (name) cookies.set(name.trim(), value.join('='));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`the provider stopped at ${url} with ${response.status}: ${await response.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects at the provider');
}
