import type { TAuthResponse, TForgotPasswordRequest, TLoginRequest, TMeResponse, TRegisterRequest } from '@convix/shared/contracts';
import { call } from '@/lib/api-client';
import * as mock from '@/lib/mock/auth';

export const authApi = {
  login: (body: TLoginRequest) => call<TAuthResponse>({ method: 'POST', path: '/auth/login', body }, () => mock.login(body)),
  register: (body: TRegisterRequest) => call<TAuthResponse>({ method: 'POST', path: '/auth/register', body }, () => mock.register(body)),
  forgotPassword: (body: TForgotPasswordRequest) =>
    call<{ ok: true }>({ method: 'POST', path: '/auth/forgot-password', body }, () => mock.forgotPassword(body)),
  me: () => call<TMeResponse>({ method: 'GET', path: '/auth/me' }, mock.me),
};
