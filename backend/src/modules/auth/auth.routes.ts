// /v1/auth: parse, call the auth service, set or clear the refresh cookie, respond.
import {
  ZAuthResponse, ZForgotPasswordRequest, ZLoginRequest, ZLogoutRequest, ZMeResponse, ZOkResponse, ZRefreshRequest,
  ZRegisterRequest, ZResetPasswordRequest,
} from '@convix/shared/contracts';
import { defineRoute } from '../../lib/http/route.js';
import * as auth from './auth.service.js';
import { clearRefreshCookie, clientInfo, presentedRefreshToken, setRefreshCookie } from './auth.cookies.js';
import { requestPasswordReset, resetPassword } from './password-reset.js';

const tags = ['auth'];
const publicAuth = { kind: 'public' } as const;

export const authRoutes = [
  defineRoute({
    method: 'post', path: '/auth/register', summary: 'Create an account and sign in', tags, auth: publicAuth,
    body: ZRegisterRequest, status: 201, responses: { 201: ZAuthResponse },
    handler: async ({ c, req, res, body }) => {
      const result = await auth.register(c, body, clientInfo(req));
      setRefreshCookie(res, c.env, result.refresh);
      return result.body;
    },
  }),
  defineRoute({
    method: 'post', path: '/auth/login', summary: 'Sign in with email and password', tags, auth: publicAuth,
    body: ZLoginRequest, responses: { 200: ZAuthResponse },
    handler: async ({ c, req, res, body }) => {
      const result = await auth.login(c, body, clientInfo(req));
      setRefreshCookie(res, c.env, result.refresh);
      return result.body;
    },
  }),
  defineRoute({
    method: 'post', path: '/auth/refresh', summary: 'Rotate the refresh token (cookie or body) for new tokens', tags, auth: publicAuth,
    body: ZRefreshRequest, responses: { 200: ZAuthResponse },
    handler: async ({ c, req, res, body }) => {
      try {
        const result = await auth.refresh(c, presentedRefreshToken(req, body.refreshToken), clientInfo(req));
        setRefreshCookie(res, c.env, result.refresh);
        return result.body;
      } catch (err) {
        clearRefreshCookie(res, c.env); // a dead cookie would only fail again
        throw err;
      }
    },
  }),
  defineRoute({
    method: 'post', path: '/auth/logout', summary: 'Revoke the refresh token family and clear the cookie', tags, auth: publicAuth,
    body: ZLogoutRequest, status: 204,
    handler: async ({ c, req, res, body }) => {
      await auth.logout(c, presentedRefreshToken(req, body.refreshToken));
      clearRefreshCookie(res, c.env);
      return undefined;
    },
  }),
  defineRoute({
    method: 'post', path: '/auth/forgot-password', summary: 'Email a password reset link (same answer for unknown emails)', tags, auth: publicAuth,
    body: ZForgotPasswordRequest, status: 202, responses: { 202: ZOkResponse },
    handler: async ({ c, req, body }) => {
      await requestPasswordReset(c, body.email, clientInfo(req).ip);
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'post', path: '/auth/reset-password', summary: 'Set a new password with a reset token; signs out every device', tags, auth: publicAuth,
    body: ZResetPasswordRequest, responses: { 200: ZOkResponse },
    handler: async ({ c, req, res, body }) => {
      await resetPassword(c, body.token, body.password, clientInfo(req).ip);
      clearRefreshCookie(res, c.env);
      return { ok: true };
    },
  }),
  defineRoute({
    method: 'get', path: '/auth/me', summary: 'The signed-in user and their stores', tags, auth: { kind: 'user' },
    responses: { 200: ZMeResponse },
    handler: async ({ c, user }) => auth.me(c, user!.id),
  }),
];
