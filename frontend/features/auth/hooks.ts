'use client';
import { useMutation } from '@tanstack/react-query';
import type { TAuthResponse, TForgotPasswordRequest, TLoginRequest, TRegisterRequest } from '@convix/shared/contracts';
import { useSessionStore } from '@/lib/stores/session';
import { authApi } from './api';

function useStartSession() {
  const signIn = useSessionStore((s) => s.signIn);
  return (r: TAuthResponse) => signIn({ user: r.user, accessToken: r.accessToken, accessTokenExpiresAt: r.accessTokenExpiresAt });
}

export function useLogin() {
  const start = useStartSession();
  return useMutation({ mutationFn: (b: TLoginRequest) => authApi.login(b), onSuccess: start });
}
export function useRegister() {
  const start = useStartSession();
  return useMutation({ mutationFn: (b: TRegisterRequest) => authApi.register(b), onSuccess: start });
}
export function useForgotPassword() {
  return useMutation({ mutationFn: (b: TForgotPasswordRequest) => authApi.forgotPassword(b) });
}
