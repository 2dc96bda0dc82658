// Two OpenID providers on 127.0.0.1 for convene's OIDC tests (test only; nothing here is
// for production):
//
// - "provider": a real OpenID provider (oidc-provider, code flow, PKCE required, one
//   confidential client). Its login page is a plain form the test posts to: `login` names one
//   of USERS. Consent is given at once (the test client asks only openid, email, profile).
// - "forge": a tiny issuer with its own signing key that answers the token request with an ID
//   token that is wrong on purpose (POST /mode {"mode": ...}): audience, expiry, nonce,
//   issuer or signing key; "good" is right in every way, so the test can show that the forge
//   itself passes and only the broken part is refused.
//
// It prints "provider http://..." and "forge http://..." and then waits for
// POST /test/setup {"redirect_uris": [...]} on the provider's port (convene's address is
// known only once convene listens), after which the provider answers.

import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';
import * as jose from 'jose';

const CLIENT_ID = 'convene-test';
const CLIENT_SECRET = process.env.OIDC_TEST_SECRET || 'test-secret-not-for-production';

const USERS = {
  alice: { email: 'alice@partner.example', email_verified: true, name: 'Alice Partner' },
  bob: { email: 'bob@partner.example', email_verified: true, name: 'Bob Partner' },
  carol: { email: 'carol@partner.example', email_verified: true, name: 'Carol Partner' },
};

function readBody(req) {
  return new Promise((resolve, reject) => {
    let data = '';
    req.on('data', (c) => { data += c; if (data.length > 65536) reject(new Error('too big')); });
    req.on('end', () => resolve(data));
    req.on('error', reject);
  });
}

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

function send(res, status, type, body) {
  res.statusCode = status;
  res.setHeader('content-type', type);
  res.end(body);
}

// ---------------------------------------------------------------- the real provider
let provider = null;
const providerServer = http.createServer();
const providerPort = await listen(providerServer);
const issuer = `http://127.0.0.1:${providerPort}`;

function makeProvider(redirectUris) {
  const p = new Provider(issuer, {
    clients: [{
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      redirect_uris: redirectUris,
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    }],
    pkce: { required: () => true },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    // The claims asked for by scope go into the ID token too (convene reads only that).
    conformIdTokenClaims: false,
    cookies: { keys: ['test-only-cookie-key-1'] },
    async findAccount(ctx, sub) {
      if (!USERS[sub]) return undefined;
      return { accountId: sub, async claims() { return { sub, ...USERS[sub] }; } };
    },
  });
  p.on('server_error', (ctx, err) => console.error('provider error', err));
  return p;
}

function loginPage(uid, error) {
  return `<!doctype html><html lang="en"><head><title>Test provider sign-in</title></head><body>
<h1>Test provider</h1>${error ? `<p role="alert">${error}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label for="login">User</label><input id="login" name="login" autofocus>
<button type="submit">Sign in</button></form></body></html>`;
}

async function interaction(req, res, url) {
  const parts = url.pathname.split('/').filter(Boolean); // interaction, uid, [login]
  const details = await provider.interactionDetails(req, res);
  if (parts[2] === 'login' && req.method === 'POST') {
    const form = new URLSearchParams(await readBody(req));
    const login = form.get('login') || '';
    if (!USERS[login]) return send(res, 200, 'text/html', loginPage(details.uid, 'No such user'));
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }
  if (details.prompt.name === 'login') return send(res, 200, 'text/html', loginPage(details.uid));
  // Consent: grant what was asked.
  const { prompt: { details: missing }, params, session } = details;
  const grant = details.grantId
    ? await provider.Grant.find(details.grantId)
    : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
  if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
  const grantId = await grant.save();
  return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
}

providerServer.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, issuer);
    if (url.pathname === '/test/setup' && req.method === 'POST') {
      const { redirect_uris: uris } = JSON.parse(await readBody(req));
      provider = makeProvider(uris);
      return send(res, 204, 'text/plain', '');
    }
    if (!provider) return send(res, 503, 'text/plain', 'not set up yet');
    if (url.pathname.startsWith('/interaction/')) return await interaction(req, res, url);
    return provider.callback()(req, res);
  } catch (e) {
    console.error(e);
    send(res, 500, 'text/plain', String(e));
  }
});

// ---------------------------------------------------------------- the forge
const forgeServer = http.createServer();
const forgePort = await listen(forgeServer);
const forge = `http://127.0.0.1:${forgePort}`;
const rsa = () => crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const { publicKey, privateKey } = rsa();
const other = rsa();
const jwk = { ...(await jose.exportJWK(publicKey)), kid: 'forge-1', use: 'sig', alg: 'RS256' };
let mode = 'good';
const codes = new Map();

async function idToken(nonce) {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: forge,
    sub: 'forged-user',
    aud: CLIENT_ID,
    iat: now,
    exp: now + 300,
    nonce,
    email: 'mallory@forge.example',
    email_verified: true,
  };
  let key = privateKey;
  if (mode === 'aud') claims.aud = 'someone-else';
  if (mode === 'expired') { claims.iat = now - 7200; claims.exp = now - 3600; }
  if (mode === 'nonce') claims.nonce = 'not-the-nonce-that-was-sent';
  if (mode === 'iss') claims.iss = 'http://127.0.0.1:1';
  if (mode === 'key') key = other.privateKey;
  return new jose.SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'forge-1' }).sign(key);
}

forgeServer.on('request', async (req, res) => {
  try {
    const url = new URL(req.url, forge);
    if (url.pathname === '/.well-known/openid-configuration') {
      return send(res, 200, 'application/json', JSON.stringify({
        issuer: forge,
        authorization_endpoint: `${forge}/auth`,
        token_endpoint: `${forge}/token`,
        jwks_uri: `${forge}/jwks`,
        response_types_supported: ['code'],
        subject_types_supported: ['public'],
        id_token_signing_alg_values_supported: ['RS256'],
      }));
    }
    if (url.pathname === '/jwks') return send(res, 200, 'application/json', JSON.stringify({ keys: [jwk] }));
    if (url.pathname === '/mode' && req.method === 'POST') {
      mode = JSON.parse(await readBody(req)).mode;
      return send(res, 204, 'text/plain', '');
    }
    if (url.pathname === '/auth') {
      const q = url.searchParams;
      if (q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        return send(res, 400, 'text/plain', 'PKCE S256 required');
      }
      const code = crypto.randomBytes(16).toString('hex');
      codes.set(code, { nonce: q.get('nonce'), challenge: q.get('code_challenge') });
      const back = new URL(q.get('redirect_uri'));
      back.searchParams.set('code', code);
      back.searchParams.set('state', q.get('state'));
      res.statusCode = 303;
      res.setHeader('location', back.toString());
      return res.end();
    }
    if (url.pathname === '/token' && req.method === 'POST') {
      const form = new URLSearchParams(await readBody(req));
      const c = codes.get(form.get('code'));
      codes.delete(form.get('code'));
      const verifier = form.get('code_verifier') || '';
      const challenge = crypto.createHash('sha256').update(verifier).digest('base64url');
      if (!c || challenge !== c.challenge) {
        return send(res, 400, 'application/json', JSON.stringify({ error: 'invalid_grant' }));
      }
      return send(res, 200, 'application/json', JSON.stringify({
        access_token: crypto.randomBytes(16).toString('hex'),
        token_type: 'Bearer',
        expires_in: 300,
        id_token: await idToken(c.nonce),
      }));
    }
    return send(res, 404, 'text/plain', 'not found');
  } catch (e) {
    console.error(e);
    send(res, 500, 'text/plain', String(e));
  }
});

console.log(`provider ${issuer}`);
console.log(`forge ${forge}`);
