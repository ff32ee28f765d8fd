import { z } from 'zod';
import { ZId, ZIsoDate } from './common';

/** ≥ 8 chars, at least one letter and one digit or symbol. */
export const ZPassword = z
  .string()
  .min(8, 'at least 8 characters')
  .max(200)
  .refine((p) => /\p{L}/u.test(p), 'needs a letter')
  .refine((p) => /[\p{N}\p{P}\p{S}]/u.test(p), 'needs a digit or a symbol');

export const ZEmail = z.string().trim().toLowerCase().pipe(z.email().max(254));

export const ZUser = z.object({
  id: ZId,
  email: z.string(),
  name: z.string(),
  createdAt: ZIsoDate,
});
export type TUser = z.infer<typeof ZUser>;

export const ZRegisterRequest = z.strictObject({
  email: ZEmail,
  password: ZPassword,
  name: z.string().trim().min(1).max(120),
});
export const ZLoginRequest = z.strictObject({ email: ZEmail, password: z.string().min(1).max(200) });
/** Browsers send the refresh token as an httpOnly cookie; other clients in the body. */
export const ZRefreshRequest = z.strictObject({ refreshToken: z.string().min(20).max(200).optional() });
export const ZLogoutRequest = ZRefreshRequest;
export const ZForgotPasswordRequest = z.strictObject({ email: ZEmail });
export const ZResetPasswordRequest = z.strictObject({ token: z.string().min(20).max(200), password: ZPassword });

export const ZAuthResponse = z.object({
  user: ZUser,
  accessToken: z.string(),
  accessTokenExpiresAt: ZIsoDate,
  refreshToken: z.string(),
  refreshTokenExpiresAt: ZIsoDate,
});
export const ZMeResponse = z.object({
  user: ZUser,
  stores: z.array(z.object({ id: ZId, name: z.string(), role: z.enum(['OWNER', 'ADMIN', 'AGENT']) })),
});
export const ZOkResponse = z.object({ ok: z.literal(true) });

export type TRegisterRequest = z.infer<typeof ZRegisterRequest>;
export type TLoginRequest = z.infer<typeof ZLoginRequest>;
export type TRefreshRequest = z.infer<typeof ZRefreshRequest>;
export type TForgotPasswordRequest = z.infer<typeof ZForgotPasswordRequest>;
export type TResetPasswordRequest = z.infer<typeof ZResetPasswordRequest>;
export type TAuthResponse = z.infer<typeof ZAuthResponse>;
export type TMeResponse = z.infer<typeof ZMeResponse>;
