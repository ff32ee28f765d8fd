export * from './contracts/index';
export * from './errors';
export * from './realtime';
